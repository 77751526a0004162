import { loadDataset } from '../data/load-dataset.js';
import { DataLoadError } from '../data/data-load-error.js';
import { resolveDataDir } from '../config/data-dir.js';
import { loadConfig } from '../config/env.js';
import { ConfigError } from '../config/config-error.js';
import { createAssistant } from '../assistant/create-assistant.js';
import { lazySubmissionSearch } from '../assistant/lazy-submission-search.js';
import { emptyMemory, type AssistantAnswer } from '../assistant/answer.js';
import { renderTextTable } from '../text/render-table.js';
import { parseCommonArgs, UsageError } from './args.js';
import { isEntryPoint } from './is-entry-point.js';

const USAGE = 'Användning: npm run ask -- [--json] [--data MAPP] "fråga"';

/** The documented --json object: exactly these keys (plus usage when a model answered). */
export function answerJson(answer: AssistantAnswer): Record<string, unknown> {
  return {
    question: answer.question,
    answer: answer.answer,
    mode: answer.mode,
    year: answer.year,
    toolCalls: answer.toolCalls.map((call) => ({ tool: call.tool, args: call.args })),
    sources: answer.sources.map((source) => ({ title: source.title, ref: source.ref })),
    ...(answer.usage ? { usage: answer.usage } : {}),
  };
}

/** The answer as terminal text: the answer, its tables aligned, and the sources. */
export function renderAnswerText(answer: AssistantAnswer): string {
  const blocks = [answer.answer];
  if (answer.notice) blocks.unshift(`(${answer.notice})`);
  for (const table of answer.tables) if (table.rows.length > 1) blocks.push(renderTextTable(table));
  if (answer.sources.length > 0) blocks.push(`Källor: ${answer.sources.map((source) => `${source.title} (${source.ref})`).join('; ')}`);
  return blocks.join('\n\n');
}

export interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processOutput: Output = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };

/** `npm run ask`: one question, one answer. Exit 0 answered, 1 data could not be loaded, 2 bad arguments. */
export async function main(argv: string[], output: Output = processOutput): Promise<number> {
  let question: string;
  let args;
  try {
    args = parseCommonArgs(argv);
    if (args.help) {
      output.stdout(`${USAGE}\nSvarar på en fråga om Malmö stads EU-projekt och internationella arbete.\n`);
      return 0;
    }
    question = args.rest.join(' ').trim();
    if (question === '') throw new UsageError('ingen fråga angiven');
  } catch (error) {
    if (error instanceof UsageError) {
      output.stderr(`Fel: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  try {
    const dataset = loadDataset(resolveDataDir(args.data));
    const assistant = createAssistant({ dataset, searchSubmissions: lazySubmissionSearch(dataset), model: loadConfig().model });
    const { answer } = await assistant.answer(question, emptyMemory());
    output.stdout(args.json ? `${JSON.stringify(answerJson(answer))}\n` : `${renderAnswerText(answer)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof DataLoadError) {
      output.stderr(`${error.message}\n`);
      if (args.json) output.stdout(`${JSON.stringify({ error: 'DataLoadError', message: error.message })}\n`);
      return 1;
    }
    if (error instanceof ConfigError) {
      output.stderr(`${error.message}\n`);
      if (args.json) output.stdout(`${JSON.stringify({ error: 'ConfigError', message: error.message })}\n`);
      return 2;
    }
    throw error;
  }
}

if (isEntryPoint(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
