import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, resolveDataDir } from '../config/data-dir.js';
import { isEntryPoint } from '../cli/is-entry-point.js';
import { parseCommonArgs, UsageError } from '../cli/args.js';
import type { BenchContext, BenchSection } from './bench-context.js';
import { writeSyntheticData } from './synthetic-data.js';
import { loadDatasetSection } from './sections/load-dataset.js';
import { answeringSection } from './sections/answering.js';
import { coldAskSection } from './sections/cold-ask.js';
import { retrievalSection } from './sections/retrieval-section.js';
import { reportSection } from './sections/report.js';
import { messageExtensionSection } from './sections/message-extension.js';

/** Every section, in the order printed. Add a section by adding a file in sections/ and a line here. */
export const SECTIONS: readonly BenchSection[] = [loadDatasetSection, answeringSection, coldAskSection, retrievalSection, reportSection, messageExtensionSection];

const USAGE = 'Användning: npm run bench -- [--data MAPP] [AVSNITT …]   (avsnitt: ' + SECTIONS.map((section) => section.id).join(', ') + ')';

/** `npm run bench`: runs the chosen sections (all by default) and prints their tables as Markdown. */
export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseCommonArgs(argv, { json: false });
  } catch (error) {
    if (error instanceof UsageError) { process.stderr.write(`Fel: ${error.message}\n${USAGE}\n`); return 2; }
    throw error;
  }
  if (args.help) { process.stdout.write(`${USAGE}\n`); return 0; }
  const unknown = args.rest.filter((id) => !SECTIONS.some((section) => section.id === id));
  if (unknown.length > 0) { process.stderr.write(`Fel: okänt avsnitt ${unknown.join(', ')}\n${USAGE}\n`); return 2; }
  const chosen = args.rest.length > 0 ? SECTIONS.filter((section) => args.rest.includes(section.id)) : SECTIONS;
  const workDir = mkdtempSync(join(tmpdir(), 'bench-'));
  const dataDir = resolveDataDir(args.data);
  let largeDir: string | null = null;
  const log = (line: string): void => { process.stdout.write(`${line}\n`); };
  const context: BenchContext = {
    dataDir, projectRoot: PROJECT_ROOT, workDir, log,
    largeDataDir: () => {
      if (largeDir) return largeDir;
      largeDir = join(workDir, 'data-20x');
      const written = writeSyntheticData(dataDir, largeDir, 20);
      log(`(Syntetisk data: ${written.years.length} år × ${Math.round(written.projects / written.years.length)} projekt = ${written.projects} projekt, ${written.submissions} underlag i ${largeDir})\n`);
      return largeDir;
    },
  };
  log(`# npm run bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, data: ${dataDir}\n`);
  log(`Maskin: ${cpus().length} kärnor, belastning (1 min) ${loadavg()[0]?.toFixed(1)} vid start — tider påverkas av annat som körs samtidigt.\n`);
  try {
    for (const section of chosen) {
      if (!section.printsOwnHeading) log(`## ${section.title}\n`);
      const started = performance.now();
      try {
        await section.run(context);
      } catch (error) {
        log(`Avsnittet misslyckades: ${(error as Error).message}`);
      }
      log(`\n(${section.id}: ${Math.round(performance.now() - started)} ms)\n`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return 0;
}

if (isEntryPoint(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
