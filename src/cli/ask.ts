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

const USAGE = 'Användning: npm run ask -- [--json] [--explain] [--data MAPP] "fråga"\n  --explain  visa hur svaret nåddes: ramen (frame), regeln, verktygsanropen med argument och orden som inget förklarade';

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

/** `--explain` as terminal text: per part the rule, the frame's slots, the tool calls and the unexplained words. */
export function renderExplainText(answer: AssistantAnswer): string {
  if (!answer.explain || answer.explain.length === 0) return 'Förklaring: (ingen — svaret kom inte från den inbyggda tolken)';
  return answer.explain.map((part) => {
    const { frame } = part;
    const slots = {
      asks: frame.asks, position: frame.position, relativeTo: frame.relativeTo, groupBy: frame.groupBy, rankBy: frame.rankBy,
      order: frame.order, changeInPercent: frame.changeInPercent, filters: frame.filters, followUp: frame.followUp,
    };
    return [
      `Del: ${part.part}`,
      `  Regel: ${part.rule}`,
      `  Ram: ${JSON.stringify(slots)}`,
      ...part.toolCalls.map((call) => `  Verktyg: ${call.tool} ${JSON.stringify(call.args)}`),
      `  Oförklarade ord: ${part.unexplained.length > 0 ? part.unexplained.join(', ') : '(inga)'}`,
    ].join('\n');
  }).join('\n');
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
  // --explain is this command's own flag: the shared parser sees the rest.
  const explain = argv.includes('--explain');
  try {
    args = parseCommonArgs(argv.filter((word) => word !== '--explain'));
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
    if (args.json) output.stdout(`${JSON.stringify({ ...answerJson(answer), ...(explain ? { explain: answer.explain ?? [] } : {}) })}\n`);
    else output.stdout(`${renderAnswerText(answer)}\n${explain ? `\n${renderExplainText(answer)}\n` : ''}`);
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
