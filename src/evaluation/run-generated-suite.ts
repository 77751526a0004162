import type { Assistant } from '../assistant/answer.js';
import { generateSuite, type GeneratedQuestion } from './generate.js';
import { loadOracleFacts } from './oracle.js';
import { runEval } from './run-eval.js';
import { renderScore, scoreSuite } from './scoring.js';

/** The seed of the suite `npm run eval -- --generated` runs (and the sample in npm test is drawn from). */
export const GENERATED_SEED = 2024;

/** No generated question matches the category asked for. */
export class NoGeneratedQuestionsError extends Error {
  constructor(readonly category: string, readonly known: readonly string[]) {
    super(`Ingen genererad fråga i kategorin "${category}". Kategorierna är: ${known.join(', ')}`);
    this.name = 'NoGeneratedQuestionsError';
  }
}

export interface GeneratedRunOptions { dataDir: string; json: boolean; seed: number; limit?: number; category?: string }

/** A category filter: the exact category ("unit/sum") or a kind or measure ("unit", "sum"). */
export function matchesCategory(question: GeneratedQuestion, filter: string): boolean {
  return question.category === filter || question.entityKind === filter || question.measure === filter;
}

/** At most `limit` questions, spread evenly over the suite (every kind is represented). */
export function spread<Item>(items: readonly Item[], limit: number | undefined): Item[] {
  if (limit === undefined || limit >= items.length) return [...items];
  return Array.from({ length: limit }, (_, index) => items[Math.floor((index * items.length) / limit)] as Item);
}

/** `npm run eval -- --generated`: generates the suite from the data, asks every question, and scores it. */
export async function runGeneratedSuite(assistant: Assistant, options: GeneratedRunOptions, progress: (text: string) => void = (text) => process.stderr.write(text)): Promise<string> {
  const facts = loadOracleFacts(options.dataDir);
  const all = generateSuite(facts, { seed: options.seed });
  const chosen = all.filter((question) => !options.category || matchesCategory(question, options.category));
  if (chosen.length === 0) throw new NoGeneratedQuestionsError(options.category ?? '', [...new Set(all.map((question) => question.category))]);
  const questions = spread(chosen, options.limit);
  progress(`Genererade ${all.length} frågor (frö ${options.seed}, år ${facts.year}); kör ${questions.length} …\n`);
  const started = performance.now();
  const results = await runEval(assistant, questions, (done, total) => { if (done % 500 === 0 || done === total) progress(`  ${done}/${total}\n`); });
  const seconds = (performance.now() - started) / 1000;
  const score = scoreSuite(results);
  if (options.json) {
    return JSON.stringify({
      seed: options.seed, year: facts.year, generated: all.length, asked: questions.length, seconds: Number(seconds.toFixed(1)), ...score,
      failures: results.filter((result) => !result.passed).map((result) => ({
        id: result.question.id, category: result.question.category, style: result.question.style, question: result.question.question,
        reasons: result.reasons, answer: result.answer.answer,
      })),
    }, null, 2);
  }
  return renderScore(score, `Genererad parafrassvit: ${questions.length} av ${all.length} frågor (frö ${options.seed}, år ${facts.year}), ${seconds.toFixed(1).replace('.', ',')} s`);
}
