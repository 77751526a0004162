import { resolve } from 'node:path';
import { loadDataset } from '../data/load-dataset.js';
import { DataLoadError } from '../data/data-load-error.js';
import { PROJECT_ROOT, resolveDataDir } from '../config/data-dir.js';
import { createAssistant } from '../assistant/create-assistant.js';
import { lazySubmissionSearch } from '../assistant/lazy-submission-search.js';
import { loadEvalSet } from '../evaluation/eval-question.js';
import { runEval, summarise } from '../evaluation/run-eval.js';
import { GENERATED_SEED, NoGeneratedQuestionsError, runGeneratedSuite } from '../evaluation/run-generated-suite.js';
import { splitGeneratedArgs } from './eval-generated-args.js';
import { renderTextTable } from '../text/render-table.js';
import { parseCommonArgs, UsageError } from './args.js';
import { isEntryPoint } from './is-entry-point.js';

const USAGE = 'Användning: npm run eval -- [--json] [--data MAPP] [FIL]\n' +
  '           npm run eval -- --generated [--json] [--data MAPP] [--limit N] [--category KATEGORI] [--seed N]';

export { EvalQuestionSchema, EvalSetSchema, checkAnswer, loadEvalSet, visibleText, type EvalQuestion } from '../evaluation/eval-question.js';
export { runEval, summarise, type EvalResult } from '../evaluation/run-eval.js';

/** `npm run eval`: accuracy per category and overall, and every failure. Always exits 0: it measures. */
export async function main(argv: string[]): Promise<number> {
  let args;
  let generated;
  try {
    generated = splitGeneratedArgs(argv);
    args = parseCommonArgs(generated.rest);
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
  const assistantOf = () => createAssistant({ dataset, searchSubmissions: lazySubmissionSearch(dataset) });
  if (generated.options) {
    try {
      process.stdout.write(`${await runGeneratedSuite(assistantOf(), { dataDir: dataset.dir, json: args.json, seed: GENERATED_SEED, ...generated.options })}\n`);
      return 0;
    } catch (error) {
      if (error instanceof NoGeneratedQuestionsError) { process.stderr.write(`Fel: ${error.message}\n`); return 2; }
      throw error;
    }
  }
  const questions = loadEvalSet(file);
  const results = await runEval(assistantOf(), questions);
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
