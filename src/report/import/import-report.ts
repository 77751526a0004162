import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { PUBLISHED_FILE } from '../../data/load-dataset.js';
import { writeFilesAtomically, type PlannedWrite } from '../../data/write-dataset.js';
import { PublishedReportSchema, type PublishedReport } from '../../domain/published.js';
import { parsePublishedReport, type ImportProblem } from './parse-published-report.js';

/** A published report is a few hundred kilobytes; anything far larger is not one. */
export const MAX_REPORT_BYTES = 30 * 1024 * 1024;

/** The report could not be read or written; nothing in the data folder was changed. */
export class ReportImportError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ImportProblem[],
  ) {
    super(
      `${basename(file)} kunde inte läsas in — inget skrevs:\n` +
        problems.map((problem) => `  ${basename(file)}${problem.line !== null ? `, rad ${problem.line}` : ''}: ${problem.message}`).join('\n'),
    );
    this.name = 'ReportImportError';
  }
}

/** The report's text: .txt as is, .docx through mammoth, .pdf through unpdf (lines of text per page). */
export async function reportText(file: string): Promise<string> {
  const fail = (message: string): never => { throw new ReportImportError(file, [{ line: null, message }]); };
  if (!existsSync(file)) fail('filen finns inte');
  const size = statSync(file).size;
  if (size > MAX_REPORT_BYTES) fail(`filen är ${Math.round(size / 1024 / 1024)} MB — en redovisning är högst ${MAX_REPORT_BYTES / 1024 / 1024} MB`);
  const bytes = readFileSync(file);
  const extension = extname(file).toLowerCase();
  try {
    if (extension === '.txt') return bytes.toString('utf8');
    if (extension === '.docx') {
      const { default: mammoth } = await import('mammoth');
      return (await mammoth.extractRawText({ buffer: bytes })).value;
    }
    if (extension === '.pdf') {
      const { extractText, getDocumentProxy } = await import('unpdf');
      const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
      try {
        return (await extractText(document, { mergePages: false })).text.join('\n');
      } finally {
        await document.destroy();
      }
    }
  } catch (error) {
    fail(`kan inte läsas som ${extension.slice(1)} (${(error as Error).message}) — spara om filen`);
  }
  return fail(`filtypen ${extension || '(ingen)'} stöds inte — använd .txt, .docx eller .pdf`);
}

export interface ImportResult {
  report: PublishedReport;
  previous: PublishedReport | null;
  /** Files written (absolute paths). */
  written: string[];
  /** Why the previous year's file was left as it is, when it was. */
  keptPrevious: string | null;
}

function serialise(report: PublishedReport): string {
  return `${JSON.stringify(PublishedReportSchema.parse(report), null, 2)}\n`;
}

/**
 * The previous year's totals go to `<dir>/<year-1>/published.json` unless that file already holds
 * the year's own tables (imported from its own report), which say more than the quoted totals.
 */
function previousWrite(dataDir: string, previous: PublishedReport): { write: PlannedWrite | null; kept: string | null } {
  const path = join(dataDir, String(previous.year), PUBLISHED_FILE);
  if (existsSync(path)) {
    let content: unknown = null;
    try {
      content = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      // An unreadable file is replaced by the quoted totals.
    }
    const existing = PublishedReportSchema.safeParse(content);
    if (existing.success && (existing.data.perNamnd || existing.data.perFamily || existing.data.perGoal)) {
      return { write: null, kept: `${previous.year}/${PUBLISHED_FILE} har redan ${previous.year} års egna tabeller och lämnas orörd.` };
    }
  }
  return { write: { path, content: serialise(previous) }, kept: null };
}

/** Reads a published report and writes the year's published.json and last year's totals, all or nothing. */
export async function importPublishedReport(file: string, year: number, dataDir: string): Promise<ImportResult> {
  const text = await reportText(file);
  const parsed = parsePublishedReport(text, year);
  if (!parsed.ok) throw new ReportImportError(file, parsed.problems);
  const { report, previous } = parsed.parsed;
  const writes: PlannedWrite[] = [{ path: join(dataDir, String(year), PUBLISHED_FILE), content: serialise(report) }];
  const prior = previous ? previousWrite(dataDir, previous) : { write: null, kept: null };
  if (prior.write) writes.push(prior.write);
  writeFilesAtomically(writes);
  return { report, previous, written: writes.map((write) => write.path), keptPrevious: prior.kept };
}
