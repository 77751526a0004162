import { buildReport, type BuildReportOptions, type BuiltReport } from './build-report.js';
import { checkReport, type ReportCheck } from './check-report.js';
import { reportDocxBuffer } from './write-report-docx.js';
import { reportXlsxBuffer } from './write-report-xlsx.js';

export interface GeneratedReport extends BuiltReport {
  docx: Buffer;
  /** Present when asked for (`xlsx: true`). */
  xlsx: Buffer | null;
  check: ReportCheck;
}

/** A figure in the document that no tool result holds: the document is not written. */
export class UntracedFigureError extends Error {
  constructor(readonly check: ReportCheck) {
    super(`Redovisningen innehåller siffror som inte kommer från något verktyg: ${check.untraced.slice(0, 5).map((entry) => `${entry.figure} ("${entry.text.slice(0, 60)}")`).join('; ')}.`);
    this.name = 'UntracedFigureError';
  }
}

/** Builds the report, checks every figure against the tool results, and writes Word (and Excel) bytes. */
export async function generateReport(options: BuildReportOptions & { xlsx?: boolean }): Promise<GeneratedReport> {
  const built = await buildReport(options);
  const check = checkReport(built.document, built.trace.calls, options.dataset, built.exempel.drafts.map((draft) => draft.paragraph));
  if (check.untraced.length > 0) throw new UntracedFigureError(check);
  options.progress?.('Skriver Word-dokumentet …');
  const docx = await reportDocxBuffer(built.document);
  const xlsx = options.xlsx ? await reportXlsxBuffer(built.document, built.figures.projects) : null;
  return { ...built, docx, xlsx, check };
}

/** The file name a report is offered under: "redovisning-internationellt-arbete-2024.docx". */
export const reportFileName = (year: number, extension: 'docx' | 'xlsx' = 'docx'): string => `redovisning-internationellt-arbete-${year}.${extension}`;
