import { createInterface, type Interface } from 'node:readline';
import { loadDataset } from '../data/load-dataset.js';
import { DataLoadError } from '../data/data-load-error.js';
import { resolveDataDir } from '../config/data-dir.js';
import { loadConfig, type AppConfig } from '../config/env.js';
import { ConfigError } from '../config/config-error.js';
import { createAssistant } from '../assistant/create-assistant.js';
import { lazySubmissionSearch } from '../assistant/lazy-submission-search.js';
import { emptyMemory, type Assistant, type ConversationMemory } from '../assistant/answer.js';
import { exampleQuestions } from '../interpreter/examples.js';
import type { Dataset } from '../domain/dataset.js';
import { renderAnswerText } from './ask.js';
import { parseCommonArgs, UsageError } from './args.js';
import { isEntryPoint } from './is-entry-point.js';

const USAGE = 'Användning: npm run chat -- [--data MAPP]';

const HELP = [
  'Ställ frågor om Malmö stads EU-projekt och internationella arbete, på svenska eller engelska.',
  'Följdfrågor fungerar: "och 2023?", "vilka av dem är Interreg?", "hur mycket fick de?".',
  'Kommandon: /hjälp (/help) visar detta, /exempel visar exempelfrågor, /ny börjar om samtalet, /avsluta (/exit) avslutar.',
].join('\n');

/** What one line of the chat does: a command, or a question to answer. */
export type ChatStep = { kind: 'exit' } | { kind: 'print'; text: string } | { kind: 'reset'; text: string } | { kind: 'ask'; question: string } | { kind: 'nothing' };

export function chatStep(line: string, dataset: Dataset): ChatStep {
  const text = line.trim();
  if (text === '') return { kind: 'nothing' };
  const command = text.toLowerCase();
  if (['/avsluta', '/exit', '/quit', '/sluta'].includes(command)) return { kind: 'exit' };
  if (['/hjälp', '/hjalp', '/help', '/?'].includes(command)) return { kind: 'print', text: HELP };
  if (['/exempel', '/examples'].includes(command)) return { kind: 'print', text: exampleQuestions(dataset, 'sv').map((example) => `- ${example}`).join('\n') };
  if (['/ny', '/new', '/reset'].includes(command)) return { kind: 'reset', text: 'Nytt samtal: tidigare frågor glöms.' };
  if (text.startsWith('/')) return { kind: 'print', text: `Okänt kommando ${text}. ${HELP.split('\n').at(-1)}` };
  return { kind: 'ask', question: text };
}

/** Runs the chat over any readline interface (a terminal, or a stream in tests). */
export async function runChat(lines: Interface, assistant: Assistant, dataset: Dataset, write: (text: string) => void): Promise<void> {
  let memory: ConversationMemory = emptyMemory();
  write(`${HELP}\n\n`);
  lines.setPrompt('fråga> ');
  lines.prompt();
  for await (const line of lines) {
    const step = chatStep(line, dataset);
    if (step.kind === 'exit') break;
    if (step.kind === 'print') write(`${step.text}\n`);
    if (step.kind === 'reset') { memory = emptyMemory(); write(`${step.text}\n`); }
    if (step.kind === 'ask') {
      const result = await assistant.answer(step.question, memory);
      memory = result.memory;
      write(`\n${renderAnswerText(result.answer)}\n\n`);
    }
    lines.prompt();
  }
  lines.close();
}

/** `npm run chat`: an interactive conversation in the terminal, with history and follow-ups. */
export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseCommonArgs(argv, { json: false });
    if (args.rest.length > 0) throw new UsageError(`oväntat argument ${args.rest[0]}`);
  } catch (error) {
    if (error instanceof UsageError) { process.stderr.write(`Fel: ${error.message}\n${USAGE}\n`); return 2; }
    throw error;
  }
  if (args.help) { process.stdout.write(`${USAGE}\n${HELP}\n`); return 0; }
  let dataset: Dataset;
  let config: AppConfig;
  try {
    config = loadConfig();
    dataset = loadDataset(resolveDataDir(args.data));
  } catch (error) {
    if (error instanceof ConfigError) { process.stderr.write(`${error.message}\n`); return 2; }
    if (error instanceof DataLoadError) { process.stderr.write(`${error.message}\n`); return 1; }
    throw error;
  }
  const assistant = createAssistant({ dataset, searchSubmissions: lazySubmissionSearch(dataset), model: config.model });
  const lines = createInterface({ input: process.stdin, output: process.stdout, historySize: 200, terminal: process.stdin.isTTY === true });
  await runChat(lines, assistant, dataset, (text) => process.stdout.write(text));
  return 0;
}

if (isEntryPoint(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
