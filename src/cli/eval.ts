import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { loadDataset } from '../data/load-dataset.js';
import { DataLoadError } from '../data/data-load-error.js';
import { PROJECT_ROOT, resolveDataDir } from '../config/data-dir.js';
import { createAssistant } from '../assistant/create-assistant.js';
import { lazySubmissionSearch } from '../assistant/lazy-submission-search.js';
import { emptyMemory, type Assistant, type AssistantAnswer, type ConversationMemory } from '../assistant/answer.js';
import { renderTextTable } from '../text/render-table.js';
import { parseCommonArgs, UsageError } from './args.js';
import { isEntryPoint } from './is-entry-point.js';

const USAGE = 'Användning: npm run eval -- [--json] [--data MAPP] [FIL]';

export const EvalQuestionSchema = z.object({
  id: z.string(),
  category: z.string(),
  language: z.enum(['sv', 'en']),
  question: z.string(),
  followUpOf: z.string().nullable().default(null),
  expect: z.object({
    contains: z.array(z.string()).default([]),
    containsAny: z.array(z.string()).optional(),
    notContains: z.array(z.string()).optional(),
    tool: z.string().optional(),
  }),
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;
export const EvalSetSchema = z.object({ version: z.literal(1), questions: z.array(EvalQuestionSchema) });

export interface EvalResult {
  question: EvalQuestion;
  passed: boolean;
  reasons: string[];
  answer: AssistantAnswer;
  latencyMs: number;
}

/** The text a user sees: the answer and its tables. */
export function visibleText(answer: AssistantAnswer): string {
  return [answer.answer, ...answer.tables.map(renderTextTable)].join('\n');
}

/** Checks one answer against the question's expectations (plain substring checks, nothing else). */
export function checkAnswer(question: EvalQuestion, answer: AssistantAnswer): string[] {
  const text = visibleText(answer);
  const reasons: string[] = [];
  for (const wanted of question.expect.contains) if (!text.includes(wanted)) reasons.push(`saknar "${wanted}"`);
  if (question.expect.containsAny && question.expect.containsAny.length > 0 && !question.expect.containsAny.some((wanted) => text.includes(wanted))) {
    reasons.push(`saknar något av ${question.expect.containsAny.map((wanted) => `"${wanted}"`).join(', ')}`);
  }
  for (const unwanted of question.expect.notContains ?? []) if (text.includes(unwanted)) reasons.push(`innehåller "${unwanted}"`);
  if (question.expect.tool && !answer.toolCalls.some((call) => call.tool === question.expect.tool)) {
    reasons.push(`anropade inte ${question.expect.tool} (anropade ${answer.toolCalls.map((call) => call.tool).join(', ') || 'inget verktyg'})`);
  }
  return reasons;
}

/** Runs every question through the assistant; a follow-up continues its parent's conversation memory. */
export async function runEval(assistant: Assistant, questions: readonly EvalQuestion[]): Promise<EvalResult[]> {
  const memories = new Map<string, ConversationMemory>();
  const results: EvalResult[] = [];
  for (const question of questions) {
    const memory = question.followUpOf ? memories.get(question.followUpOf) ?? emptyMemory() : emptyMemory();
    const started = performance.now();
    const { answer, memory: next } = await assistant.answer(question.question, memory);
    const latencyMs = performance.now() - started;
    memories.set(question.id, next);
    const reasons = checkAnswer(question, answer);
    results.push({ question, passed: reasons.length === 0, reasons, answer, latencyMs });
  }
  return results;
}

export function summarise(results: readonly EvalResult[]): { overall: number; passed: number; total: number; perCategory: Array<{ category: string; passed: number; total: number; accuracy: number }> } {
  const categories = new Map<string, { passed: number; total: number }>();
  for (const result of results) {
    const entry = categories.get(result.question.category) ?? { passed: 0, total: 0 };
    entry.total += 1;
    if (result.passed) entry.passed += 1;
    categories.set(result.question.category, entry);
  }
  const passed = results.filter((result) => result.passed).length;
  return {
    overall: results.length > 0 ? passed / results.length : 0, passed, total: results.length,
    perCategory: [...categories.entries()].map(([category, entry]) => ({ category, ...entry, accuracy: entry.passed / entry.total })),
  };
}

export function loadEvalSet(file: string): EvalQuestion[] {
  return EvalSetSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).questions;
}

/** `npm run eval`: accuracy per category and overall, and every failure. Always exits 0: it measures. */
export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseCommonArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) { process.stderr.write(`Fel: ${error.message}\n${USAGE}\n`); return 2; }
    throw error;
  }
  if (args.help) { process.stdout.write(`${USAGE}\n`); return 0; }
  const file = resolve(args.rest[0] ?? resolve(PROJECT_ROOT, 'eval', 'questions.json'));
  let dataset;
  try {
    dataset = loadDataset(resolveDataDir(args.data));
  } catch (error) {
    if (error instanceof DataLoadError) { process.stderr.write(`${error.message}\n`); return 1; }
    throw error;
  }
  const questions = loadEvalSet(file);
  const results = await runEval(createAssistant({ dataset, searchSubmissions: lazySubmissionSearch(dataset) }), questions);
  const summary = summarise(results);
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ ...summary, failures: results.filter((result) => !result.passed).map((result) => ({ id: result.question.id, question: result.question.question, reasons: result.reasons, answer: result.answer.answer })) }, null, 2)}\n`);
    return 0;
  }
  const lines: string[] = ['Utvärdering av frågesvar (eval/questions.json)', ''];
  lines.push(renderTextTable({
    title: 'Per kategori',
    columns: [{ key: 'category', label: 'Kategori' }, { key: 'passed', label: 'Rätt', align: 'right' }, { key: 'total', label: 'Antal', align: 'right' }, { key: 'accuracy', label: 'Andel', align: 'right' }],
    rows: summary.perCategory.map((row) => ({ category: row.category, passed: String(row.passed), total: String(row.total), accuracy: `${(row.accuracy * 100).toFixed(1).replace('.', ',')} %` })),
  }));
  lines.push('', `Totalt: ${summary.passed} av ${summary.total} rätt (${(summary.overall * 100).toFixed(1).replace('.', ',')} %)`);
  const failures = results.filter((result) => !result.passed);
  if (failures.length > 0) {
    lines.push('', 'Fel:');
    for (const failure of failures) {
      lines.push(`- ${failure.question.id} [${failure.question.category}] ${failure.question.question}`);
      lines.push(`    ${failure.reasons.join('; ')}`);
      lines.push(`    svar: ${failure.answer.answer.replace(/\s+/g, ' ').slice(0, 240)}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

if (isEntryPoint(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
