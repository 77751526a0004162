/**
 * The report as a neutral document: headings, paragraphs, tables, charts and the marked parts a
 * person must write. The Word writer, the Excel writer and the figure check all read this one
 * value, so what is checked is what is written.
 *
 * In paragraph text, `[[…]]` marks a placeholder (a decision date, a name, a diarienummer): the
 * writer shows it highlighted, and the figure check skips it.
 */

export type CellValue = string | number | null;

export interface TableColumn {
  header: string;
  /** text: as is; integer: "1 234"; kronor: whole kronor "1 234 567" (Excel: a number with a kr format). */
  format: 'text' | 'integer' | 'kronor';
}

export interface ReportTable {
  kind: 'table';
  /** Short name, also the Excel sheet's name (≤ 31 characters). */
  sheet: string;
  title: string;
  columns: TableColumn[];
  rows: CellValue[][];
  /** A sum row, when the table has one. */
  total?: CellValue[];
  /**
   * How the Word table shows kronor: rounded to the nearest thousand ("as the report rounds") or
   * exact. Excel always holds the exact figure.
   */
  roundKronor?: 'thousand';
}

export interface ReportChart {
  kind: 'chart';
  title: string;
  /** What the chart shows, in words (the image's alt text and caption). */
  caption: string;
  png: Uint8Array;
  widthPx: number;
  heightPx: number;
}

export type ReportBlock =
  | { kind: 'title'; text: string; subtitle: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** A part that is a person's judgement: to be written by the handläggare. */
  | { kind: 'placeholder'; text: string }
  /** A drafted suggestion for such a part, labelled as the assistant's. */
  | { kind: 'suggestion'; label: string; text: string }
  /** A remark for the handläggare (a gap between data and the published tables, a missing submission). */
  | { kind: 'note'; text: string }
  /** Where an Exempel sentence comes from: file and passage references, not figures. */
  | { kind: 'source'; text: string }
  | ReportTable
  | ReportChart;

export interface ReportDocument {
  year: number;
  title: string;
  blocks: ReportBlock[];
}

/** Splits text at `[[placeholder]]` marks: plain parts and placeholder parts, in order. */
export function splitPlaceholders(text: string): Array<{ text: string; placeholder: boolean }> {
  const parts: Array<{ text: string; placeholder: boolean }> = [];
  let last = 0;
  for (const match of text.matchAll(/\[\[([^\]]+)\]\]/g)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), placeholder: false });
    parts.push({ text: `[${match[1]}]`, placeholder: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), placeholder: false });
  return parts;
}

/** Kronor as the Word table shows them. */
export function displayKronor(value: number, table: Pick<ReportTable, 'roundKronor'>): number {
  return table.roundKronor === 'thousand' ? Math.round(value / 1000) * 1000 : value;
}
