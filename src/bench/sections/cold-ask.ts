import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { median, ms, type BenchContext, type BenchSection } from '../bench-context.js';

const QUESTION = 'Hur mycket EU-medel fick arbetsmarknads- och socialnämnden 2024?';
/** A question only the submission search answers: measures the lazily loaded index (read from its cache). */
const SEARCH_QUESTION = 'Vad skriver miljöförvaltningen om Klimatrådslaget?';

function timeCommand(command: string, args: string[], cwd: string, runs: number): { times: number[]; ok: boolean; maxRssMb: number } {
  const times: number[] = [];
  let ok = true;
  let maxRssMb = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { cwd, encoding: 'utf8' });
    times.push(performance.now() - started);
    if (result.status !== 0) ok = false;
    const rss = Number(/(\d+)\s*$/.exec(result.stderr ?? '')?.[1] ?? 0) / 1024;
    maxRssMb = Math.max(maxRssMb, rss);
  }
  return { times, ok, maxRssMb };
}

/** Cold `npm run ask` from a shell (a new process each time), median of several runs. */
export const coldAskSection: BenchSection = {
  id: 'cold-ask',
  title: 'Kall start: npm run ask från ett skal (ny process varje gång)',
  async run(context: BenchContext): Promise<void> {
    if (!existsSync(join(context.projectRoot, 'dist', 'cli', 'ask.js'))) { context.log('dist/cli/ask.js saknas — kör npm run build först.'); return; }
    if (!existsSync('/usr/bin/time')) context.log('(/usr/bin/time saknas: minnet mäts inte)');
    const runs = 7;
    const rows: Array<[string, ReturnType<typeof timeCommand>]> = [
      ['node -e 0 (golv)', timeCommand('node', ['-e', '0'], context.projectRoot, runs)],
      ['node dist/cli/ask.js --json', timeCommand('node', ['dist/cli/ask.js', '--json', QUESTION], context.projectRoot, runs)],
      ['npm run ask -- --json', timeCommand('npm', ['run', '-s', 'ask', '--', '--json', QUESTION], context.projectRoot, runs)],
      ['npm run ask -- --json (sökfråga: laddar sökindexet)', timeCommand('npm', ['run', '-s', 'ask', '--', '--json', SEARCH_QUESTION], context.projectRoot, runs)],
      ['npm run ask -- --json --data (20×)', timeCommand('npm', ['run', '-s', 'ask', '--', '--json', '--data', context.largeDataDir(), QUESTION], context.projectRoot, runs)],
    ];
    context.log(`Fråga: "${QUESTION}" (sökfråga: "${SEARCH_QUESTION}"), ${runs} körningar var.`);
    context.log('');
    context.log('| kommando | median ms | min ms | max ms | topp-RSS MB | ok |');
    context.log('|---|---|---|---|---|---|');
    for (const [label, result] of rows) {
      context.log(`| ${label} | ${ms(median(result.times), 0)} | ${ms(Math.min(...result.times), 0)} | ${ms(Math.max(...result.times), 0)} | ${result.maxRssMb ? ms(result.maxRssMb, 0) : '–'} | ${result.ok ? 'ja' : 'NEJ'} |`);
    }
    const npmAsk = rows[2]?.[1];
    context.log('');
    context.log(`Mål: kall npm run ask under 600 ms — ${npmAsk && median(npmAsk.times) < 600 ? 'uppfyllt' : 'EJ uppfyllt'}.`);
  },
};
