import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { resolveDataDir } from '../config/data-dir.js';
import { DatasetWriteError } from '../data/write-dataset.js';
import { importPublishedReport, ReportImportError } from '../report/import/import-report.js';
import { isEntryPoint } from './is-entry-point.js';

const USAGE = 'Användning: npm run import-report -- FIL.txt|FIL.docx|FIL.pdf --year ÅÅÅÅ [--data MAPP]';
const HELP =
  `${USAGE}\n\n` +
  'Läser en publicerad redovisning av internationellt arbete och skriver årets publicerade siffror till\n' +
  'MAPP/ÅÅÅÅ/published.json (totaler, tabell per nämnd, per program och per KF-mål) och fjolårets totaler som\n' +
  'redovisningen citerar till MAPP/ÅÅÅÅ-1/published.json. Går något inte att läsa skrivs ingenting, och felet\n' +
  'anges med rad.\n';

export interface ImportReportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env?: NodeJS.ProcessEnv;
}

const defaultIo: ImportReportIo = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };

/** `npm run import-report`: a published report into the data folder, all or nothing. */
export async function main(argv: string[], io: ImportReportIo = defaultIo): Promise<number> {
  let values: { year?: string; data?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { year: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    const unknown = /Unknown option '([^']+)'/.exec((error as Error).message);
    io.stderr(`${unknown ? `Okänd flagga ${unknown[1]}.` : 'En flagga saknar sitt värde.'}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const problem =
    positionals.length === 0 ? 'Ange filen med den publicerade redovisningen.'
    : positionals.length > 1 ? `Ange en fil, fick ${positionals.length}: ${positionals.join(', ')}.`
    : values.year === undefined ? 'Ange redovisningens år med --year ÅÅÅÅ, t.ex. --year 2024.'
    : !/^\d{4}$/.test(values.year) ? `--year ska vara ett årtal med fyra siffror, t.ex. 2024 (fick "${values.year}").`
    : null;
  if (problem) {
    io.stderr(`${problem}\n${USAGE}\n`);
    return 2;
  }
  const dataDir = resolveDataDir(values.data, io.env);
  try {
    const result = await importPublishedReport(positionals[0]!, Number(values.year), dataDir);
    const { totals } = result.report;
    io.stdout(
      `Läste ${result.report.year}: ${totals.projects} projekt, ${totals.namnder} nämnder, ${totals.paidKr} kr; ` +
        `${result.report.perNamnd?.length ?? 0} rader per nämnd, ${result.report.perFamily?.length ?? 0} per program, ${result.report.perGoal?.length ?? 0} per KF-mål.\n` +
        `Skrev ${result.written.map((path) => relative(dataDir, path)).join(' och ')} i ${dataDir}.\n` +
        (result.keptPrevious ? `${result.keptPrevious}\n` : ''),
    );
    return 0;
  } catch (error) {
    if (error instanceof ReportImportError || error instanceof DatasetWriteError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (isEntryPoint(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
