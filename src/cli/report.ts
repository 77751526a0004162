import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadDataset } from '../data/load-dataset.js';
import { DataLoadError } from '../data/data-load-error.js';
import { resolveDataDir } from '../config/data-dir.js';
import { ReportYearError } from '../report/report-figures.js';
import { ReportToolError } from '../report/tool-trace.js';
import { generateReport, reportFileName, UntracedFigureError } from '../report/generate-report.js';
import { isEntryPoint } from './is-entry-point.js';

const USAGE = 'Användning: npm run report -- --year ÅÅÅÅ [--out FIL.docx] [--xlsx FIL.xlsx] [--data MAPP]';
const HELP =
  `${USAGE}\n\n` +
  'Skriver hela årets redovisning av internationellt arbete som Word-dokument: sammanfattning, förslag till beslut,\n' +
  'ärendet, nämndernas internationella arbete med siffror, tabeller och diagram, exempel per förvaltning ur underlagen\n' +
  'och stadskontorets bedömning (gulmarkerad platshållare med ett förslag). Varje siffra räknas fram med verktygen och\n' +
  'kontrolleras mot deras resultat; skillnader mot årets publicerade tabeller skrivs som anteckningar för handläggaren.\n\n' +
  '  --year ÅÅÅÅ      rapportåret (krävs)\n' +
  '  --out FIL.docx   Word-filen (standard: redovisning-internationellt-arbete-ÅÅÅÅ.docx)\n' +
  '  --xlsx FIL.xlsx  tabellerna och projektlistan som Excel (valfritt)\n' +
  '  --data MAPP      datamappen (standard: data/ eller DATA_DIR)\n';

export interface ReportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env?: NodeJS.ProcessEnv;
}

const defaultIo: ReportIo = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };

interface ReportArgs { year: number; out: string; xlsx: string | null; data: string | undefined }

/** The arguments, or a Swedish message saying what is wrong. */
export function parseReportArgs(argv: string[]): ReportArgs | { help: true } | { error: string } {
  let values: { year?: string; out?: string; xlsx?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { year: { type: 'string' }, out: { type: 'string' }, xlsx: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message);
    const positional = /Unexpected argument '([^']+)'/.exec(message);
    return { error: unknown ? `Okänd flagga ${unknown[1]}.` : positional ? `Oväntat argument "${positional[1]}".` : /argument missing/.test(message) ? 'En flagga saknar sitt värde.' : message };
  }
  if (values.help) return { help: true };
  if (values.year === undefined) return { error: 'Ange rapportåret med --year ÅÅÅÅ, t.ex. --year 2024.' };
  if (!/^\d{4}$/.test(values.year)) return { error: `--year ska vara ett årtal med fyra siffror, t.ex. 2024 (fick "${values.year}").` };
  const year = Number(values.year);
  if (values.out !== undefined && !/\.docx$/i.test(values.out)) return { error: `--out ska sluta på .docx, fick "${values.out}".` };
  if (values.xlsx !== undefined && !/\.xlsx$/i.test(values.xlsx)) return { error: `--xlsx ska sluta på .xlsx, fick "${values.xlsx}".` };
  return { year, out: values.out ?? reportFileName(year), xlsx: values.xlsx ?? null, data: values.data };
}

/** `npm run report`: the whole yearly report as Word (and its tables as Excel). */
export async function main(argv: string[], io: ReportIo = defaultIo): Promise<number> {
  const parsed = parseReportArgs(argv);
  if ('help' in parsed) {
    io.stdout(HELP);
    return 0;
  }
  if ('error' in parsed) {
    io.stderr(`${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  try {
    const dataset = loadDataset(resolveDataDir(parsed.data, io.env));
    const report = await generateReport({ dataset, year: parsed.year, xlsx: parsed.xlsx !== null, progress: (line) => io.stderr(`${line}\n`) });
    await writeFile(parsed.out, report.docx);
    if (parsed.xlsx && report.xlsx) await writeFile(parsed.xlsx, report.xlsx);
    const { current } = report.figures;
    io.stdout(
      `Skrev ${parsed.out}${parsed.xlsx ? ` och ${parsed.xlsx}` : ''} (${report.document.year}: ${current.projects} projekt, ${current.namnder} nämnder, ` +
        `${report.exempel.drafts.length} exempel, ${report.check.checked} siffror kontrollerade mot ${report.trace.calls.length} verktygsanrop) ` +
        `på ${Math.round(performance.now() - started)} ms.\n`,
    );
    const notes = report.document.blocks.filter((block) => block.kind === 'note').length;
    if (notes > 0) io.stdout(`${notes} anteckningar för handläggaren i dokumentet (skillnader mot publicerade tabeller, saknade underlag).\n`);
    return 0;
  } catch (error) {
    if (error instanceof DataLoadError || error instanceof ReportYearError || error instanceof ReportToolError || error instanceof UntracedFigureError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (isEntryPoint(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
