import { renderTextTable } from '../text/render-table.js';
import type { GeneratedQuestion } from './generate.js';
import type { EvalResult } from './run-eval.js';

export interface ScoreRow { key: string; passed: number; total: number; accuracy: number }

export interface FailureExample { id: string; question: string; style: string; expected: string; firstLine: string }

export interface SuiteScore {
  passed: number;
  total: number;
  accuracy: number;
  perCategory: ScoreRow[];
  perStyle: ScoreRow[];
  /** A few failures per category, in the suite's order. */
  examples: Record<string, FailureExample[]>;
}

function rows(results: ReadonlyArray<EvalResult<GeneratedQuestion>>, keyOf: (question: GeneratedQuestion) => string): ScoreRow[] {
  const counts = new Map<string, { passed: number; total: number }>();
  for (const result of results) {
    const entry = counts.get(keyOf(result.question)) ?? { passed: 0, total: 0 };
    entry.total += 1;
    if (result.passed) entry.passed += 1;
    counts.set(keyOf(result.question), entry);
  }
  return [...counts].map(([key, entry]) => ({ key, ...entry, accuracy: entry.passed / entry.total }));
}

/** What the question expected, short: the first strings it must contain, or the forms it accepts. */
export function expectedText(question: GeneratedQuestion): string {
  const all = [...question.expect.contains.map((text) => `"${text}"`), ...(question.expect.containsAny?.length ? [`ett av ${question.expect.containsAny.slice(0, 3).map((text) => `"${text}"`).join(' / ')}`] : [])];
  return all.slice(0, 3).join(', ') + (all.length > 3 ? ` (+${all.length - 3})` : '');
}

export function scoreSuite(results: ReadonlyArray<EvalResult<GeneratedQuestion>>, examplesPerCategory = 3): SuiteScore {
  const examples: Record<string, FailureExample[]> = {};
  for (const result of results) {
    if (result.passed) continue;
    const list = (examples[result.question.category] ??= []);
    if (list.length >= examplesPerCategory) continue;
    list.push({
      id: result.question.id, question: result.question.question, style: result.question.style, expected: expectedText(result.question),
      firstLine: (result.answer.answer.split('\n').find((line) => line.trim() !== '') ?? '').slice(0, 200),
    });
  }
  const passed = results.filter((result) => result.passed).length;
  return {
    passed, total: results.length, accuracy: results.length > 0 ? passed / results.length : 0,
    perCategory: rows(results, (question) => question.category), perStyle: rows(results, (question) => question.style), examples,
  };
}

const percent = (share: number): string => `${(share * 100).toFixed(1).replace('.', ',')} %`;

function table(title: string, label: string, scoreRows: readonly ScoreRow[]): string {
  return renderTextTable({
    title,
    columns: [{ key: 'key', label }, { key: 'passed', label: 'Rätt', align: 'right' }, { key: 'total', label: 'Antal', align: 'right' }, { key: 'accuracy', label: 'Andel', align: 'right' }],
    rows: scoreRows.map((row) => ({ key: row.key, passed: String(row.passed), total: String(row.total), accuracy: percent(row.accuracy) })),
  });
}

/** The score as text: per category, per style, the total and a few failures per category. */
export function renderScore(score: SuiteScore, heading: string): string {
  const lines = [heading, '', table('Per kategori', 'Kategori', score.perCategory), '', table('Per formulering', 'Formulering', score.perStyle), ''];
  lines.push(`Totalt: ${score.passed} av ${score.total} rätt (${percent(score.accuracy)})`);
  const failing = Object.entries(score.examples);
  if (failing.length > 0) lines.push('', 'Exempel på fel per kategori:');
  for (const [category, examples] of failing) {
    lines.push(`${category}:`);
    for (const example of examples) {
      lines.push(`- ${example.id} [${example.style}] ${example.question}`);
      lines.push(`    väntat: ${example.expected}`);
      lines.push(`    svar: ${example.firstLine}`);
    }
  }
  return lines.join('\n');
}
