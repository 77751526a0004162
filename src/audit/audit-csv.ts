import type { AuditExportRow } from './audit-record.js';

export const AUDIT_CSV_COLUMNS = [
  'id',
  'tid_utc',
  'anvandare',
  'konversation',
  'konversationstyp',
  'fraga',
  'lage',
  'verktyg',
  'kallor',
  'latens_ms',
  'utfall',
  'aterkoppling',
  'aterkoppling_text',
  'aterkoppling_tid_utc',
] as const;

/**
 * A cell that starts with = + - @ (or a tab/CR) would be run as a formula by Excel: text
 * columns get a leading apostrophe ("CSV injection"). Numbers are never touched.
 */
function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180 quoting: fields with the separator, quotes or line breaks are quoted, quotes doubled. */
export function csvField(value: string | number | null, separator = ','): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
  /** "," (default) or ";" (what Swedish Excel expects). */
  separator?: string;
  /** A UTF-8 byte order mark, so Excel reads å, ä, ö right. Default true. */
  byteOrderMark?: boolean;
}

export function auditRowsToCsv(rows: AuditExportRow[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  const lines = [AUDIT_CSV_COLUMNS.join(separator)];
  for (const { answer, feedback } of rows) {
    const cells: Array<string | number | null> = [
      answer.id,
      answer.time,
      answer.user,
      answer.conversation,
      answer.conversationType,
      answer.question,
      answer.mode,
      answer.toolCalls.map((call) => `${call.tool}(${JSON.stringify(call.args)})`).join('; '),
      answer.sources.map((source) => source.ref).join('; '),
      answer.latencyMs,
      answer.outcome,
      feedback?.reaction ?? null,
      feedback?.text ?? null,
      feedback?.time ?? null,
    ];
    lines.push(cells.map((cell) => csvField(cell, separator)).join(separator));
  }
  return `${options.byteOrderMark === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
