import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAssistant } from '../assistant/create-assistant.js';
import { EmbeddedAssistant } from '../assistant/embedded-assistant.js';
import { ConfigError } from '../config/config-error.js';
import { PROJECT_ROOT, resolveDataDir } from '../config/data-dir.js';
import { describeModel, loadConfig } from '../config/env.js';
import { DataLoadError } from '../data/data-load-error.js';
import { loadDataset } from '../data/load-dataset.js';
import type { Dataset } from '../domain/dataset.js';
import { measureGrounding } from '../model/grounding-measure.js';
import type { ModelLogEntry } from '../model/model-logger.js';
import { runTool } from '../tools/registry.js';
import { loadEvalSet, runEval, summarise, type EvalQuestion, type EvalResult } from './eval.js';
import { isEntryPoint } from './is-entry-point.js';

const USAGE = 'Användning: npm run eval:model -- [--json] [--data MAPP] [--limit N] [--offline] [FIL]';

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1).replace('.', ',')} %`);

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/** Offline: how the grounding check judges the embedded interpreter's answers (no model, no key). */
async function offlineReport(dataset: Dataset, questions: readonly EvalQuestion[], json: boolean): Promise<string> {
  const results = await runEval(new EmbeddedAssistant({ dataset }), questions);
  const measurement = await measureGrounding(
    results.map((result) => ({ id: result.question.id, question: result.question.question, answer: result.answer })),
    { dataset },
    runTool,
  );
  if (json) return JSON.stringify({ mode: 'offline', grounding: measurement }, null, 2);
  const lines = [
    'Grundningskontrollen mätt på den inbyggda tolkens svar (ingen modell anropas)',
    '',
    `Svar där varje tal finns i verktygsresultaten: ${measurement.answersPassing} av ${measurement.answers} (${percent(measurement.answersPassing, measurement.answers)})`,
    `Tal som inte hittades i verktygsresultaten: ${measurement.mentionsNotFound} av ${measurement.mentions} (${percent(measurement.mentionsNotFound, measurement.mentions)})`,
    `Svar där varje tal är ett verktygs eget tal (inget härlett): ${measurement.answersStrict} av ${measurement.answers} (${percent(measurement.answersStrict, measurement.answers)})`,
    `Påhittade tal (ett tal ändrat 7 %) som upptäcktes: ${measurement.inventedCaught} av ${measurement.inventedTried} (${percent(measurement.inventedCaught, measurement.inventedTried)})`,
  ];
  if (measurement.notFound.length > 0) {
    lines.push('', 'Tal som tolken själv räknat fram (finns inte i något verktygsresultat):');
    for (const entry of measurement.notFound) lines.push(`- ${entry.id}: ${entry.numbers.join(', ')}`);
  }
  if (measurement.derived.length > 0) {
    lines.push('', 'Tal som bara kan härledas (skillnad, andel eller placering som tolken räknat ut):');
    for (const entry of measurement.derived) lines.push(`- ${entry.id}: ${entry.numbers.join(', ')}`);
  }
  if (measurement.missed.length > 0) {
    lines.push('', 'Påhittade tal som inte upptäcktes (talet finns någon annanstans i verktygsresultaten):');
    for (const entry of measurement.missed) lines.push(`- ${entry.id}: ${entry.original} → ${entry.invented}`);
  }
  return lines.join('\n');
}

function modelReport(results: readonly EvalResult[], logs: readonly ModelLogEntry[], model: string, json: boolean): string {
  const summary = summarise(results);
  const answeredByModel = results.filter((result) => result.answer.mode === 'model');
  const failures = new Map<string, number>();
  for (const entry of logs) if (entry.failure) failures.set(entry.failure, (failures.get(entry.failure) ?? 0) + 1);
  const tokens = logs.reduce((sum, entry) => sum + entry.totalTokens, 0);
  const latencies = logs.map((entry) => entry.latencyMs);
  const report = {
    model,
    ...summary,
    answeredByModel: answeredByModel.length,
    modelAnswersCorrect: answeredByModel.filter((result) => result.passed).length,
    corrected: logs.filter((entry) => entry.outcome === 'corrected').length,
    fallbacks: Object.fromEntries(failures),
    totalTokens: tokens,
    latencyMs: { p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95) },
    failures: results
      .filter((result) => !result.passed)
      .map((result) => ({ id: result.question.id, question: result.question.question, mode: result.answer.mode, reasons: result.reasons, answer: result.answer.answer })),
  };
  if (json) return JSON.stringify(report, null, 2);
  const lines = [
    `Utvärdering i modelläge: ${model}`,
    '',
    `Rätt totalt: ${summary.passed} av ${summary.total} (${percent(summary.passed, summary.total)})`,
    `Besvarade av modellen: ${report.answeredByModel} av ${summary.total}; av dem rätt: ${report.modelAnswersCorrect} (${percent(report.modelAnswersCorrect, report.answeredByModel)})`,
    `Rättade efter grundningskontrollen: ${report.corrected}`,
    `Föll tillbaka till den inbyggda tolken: ${[...failures.entries()].map(([kind, count]) => `${kind} ${count}`).join(', ') || 'aldrig'}`,
    `Tokens: ${tokens} totalt, ${summary.total > 0 ? Math.round(tokens / summary.total) : 0} per fråga; svarstid p50 ${report.latencyMs.p50} ms, p95 ${report.latencyMs.p95} ms`,
  ];
  for (const category of summary.perCategory) lines.push(`  ${category.category}: ${category.passed}/${category.total}`);
  if (report.failures.length > 0) {
    lines.push('', 'Fel:');
    for (const failure of report.failures) {
      lines.push(`- ${failure.id} [${failure.mode}] ${failure.question}`, `    ${failure.reasons.join('; ')}`, `    svar: ${failure.answer.replace(/\s+/g, ' ').slice(0, 240)}`);
    }
  }
  return lines.join('\n');
}

/**
 * `npm run eval:model`: the eval set in model mode when a model is configured (costs tokens; never
 * part of `npm test`). Without a model, or with --offline, it measures the grounding check on the
 * embedded interpreter's answers instead. Exit 0 measured, 1 data not loadable, 2 bad arguments or settings.
 */
export async function main(argv: string[]): Promise<number> {
  let values: { json?: boolean; data?: string; limit?: string; offline?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, data: { type: 'string' }, limit: { type: 'string' }, offline: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    process.stderr.write(`Fel: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const limit = values.limit === undefined ? Infinity : Number(values.limit);
  if (!Number.isInteger(limit) && limit !== Infinity) {
    process.stderr.write(`Fel: --limit ska vara ett heltal\n${USAGE}\n`);
    return 2;
  }
  try {
    const config = loadConfig();
    const dataset = loadDataset(resolveDataDir(values.data));
    const questions = loadEvalSet(resolve(positionals[0] ?? resolve(PROJECT_ROOT, 'eval', 'questions.json'))).slice(0, limit);
    if (values.offline || config.model === null) {
      if (!values.offline && !values.json) {
        process.stdout.write('Ingen modell konfigurerad (sätt OPENAI_API_KEY eller AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT och AZURE_OPENAI_DEPLOYMENT).\n\n');
      }
      process.stdout.write(`${await offlineReport(dataset, questions, values.json ?? false)}\n`);
      return 0;
    }
    const logs: ModelLogEntry[] = [];
    const assistant = createAssistant({ dataset, model: config.model, modelLogger: { log: (entry) => logs.push(entry) } });
    const results = await runEval(assistant, questions);
    process.stdout.write(`${modelReport(results, logs, describeModel(config.model), values.json ?? false)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataLoadError) {
      process.stderr.write(`${error.message}\n`);
      return error instanceof ConfigError ? 2 : 1;
    }
    throw error;
  }
}

if (isEntryPoint(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
