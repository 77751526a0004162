import type { Notice, Problem } from './problem.js';
import type { RawProjectTable, RawSubmission } from './submission-builder.js';
import { headerField, projectColumn, sectionField } from './submission-builder.js';

/**
 * A free-text document (Word, PDF) as a list of blocks, in reading order. Cells may hold line
 * breaks ("\n") where the document had separate paragraphs or lines in one cell.
 */
export type DocumentBlock =
  | { kind: 'heading'; text: string; location: string }
  | { kind: 'paragraph'; text: string; location: string }
  | { kind: 'table'; rows: Array<{ cells: string[]; location: string }>; location: string };

const HEADER_LINE = /^\s*([^:]{1,40}?)\s*:\s*(.+?)\s*$/;

/** A short line that is a known section heading ("Internationella nätverk", "Projects"). */
export function isKnownHeading(text: string): boolean {
  const trimmed = text.trim().replace(/:$/, '');
  return trimmed.length > 0 && trimmed.length <= 80 && sectionField(trimmed) !== null;
}

function isProjectHeaderRow(cells: string[]): boolean {
  return cells.filter((cell) => projectColumn(cell.replace(/\s+/g, ' ')) !== null).length >= 3;
}

function isDetailsTable(rows: Array<{ cells: string[] }>): boolean {
  const keyed = rows.filter((row) => row.cells.length >= 2 && headerField(row.cells[0] ?? '') !== null);
  return keyed.length >= 2;
}

/** A cell's text for the project table: lines of a Partners cell become "; "-separated. */
function projectCell(text: string, column: string): string {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return projectColumn(column) === 'partners' ? lines.join('; ') : lines.join(' ');
}

/**
 * Turns the blocks of a Word or PDF document into a raw submission: "Nämnd: …" lines (or a
 * Fält/Värde table) before the first section give the header fields; headings become sections
 * (a short paragraph that is a known section heading counts as one); the first table whose header
 * row names project columns becomes the project table. Without a year field, a single year in
 * the document's title or the file name is used, with a notice.
 */
export function rawFromBlocks(
  blocks: DocumentBlock[],
  fileName: string,
  storedPath: string,
  documentKind: 'Word' | 'PDF',
): { raw: RawSubmission; problems: Problem[]; notices: Notice[] } {
  const problems: Problem[] = [];
  const notices: Notice[] = [];
  const header: RawSubmission['header'] = [];
  const seenFields = new Set<string>();
  const addHeader = (key: string, value: string, location: string): boolean => {
    const field = headerField(key);
    if (!field || seenFields.has(field)) return false;
    seenFields.add(field);
    header.push({ key, value, location });
    return true;
  };

  const sections: RawSubmission['sections'] = [];
  let projectTable: RawProjectTable | null = null;
  let current: { heading: string; parts: string[] } | null = null;
  let inSections = false;
  let firstHeading: string | null = null;
  let sawContent = false;
  const flush = (): void => {
    if (!current) return;
    const text = current.parts.join('\n\n').trim();
    if (text !== '' || sectionField(current.heading) !== null) sections.push({ heading: current.heading, text });
    current = null;
  };

  for (const block of blocks) {
    if (block.kind === 'table') {
      const [first, ...rest] = block.rows;
      if (first && isProjectHeaderRow(first.cells) && projectTable === null) {
        const headers = first.cells.map((cell) => cell.replace(/\s+/g, ' ').trim());
        projectTable = {
          headerLocation: first.location,
          headers,
          rows: rest.map((row) => ({ location: row.location, cells: headers.map((column, index) => projectCell(row.cells[index] ?? '', column)) })),
        };
        if (!current) current = { heading: '', parts: [] };
        continue;
      }
      if (!inSections && isDetailsTable(block.rows)) {
        for (const row of block.rows) addHeader(row.cells[0] ?? '', (row.cells[1] ?? '').replace(/\s+/g, ' ').trim(), row.location);
        continue;
      }
      const text = block.rows.map((row) => row.cells.map((cell) => cell.replace(/\s+/g, ' ').trim()).join(' | ')).join('\n');
      if (!current) current = { heading: '', parts: [] };
      current.parts.push(text);
      continue;
    }
    const text = block.text.trim();
    if (text === '') continue;
    if (!sawContent && block.kind === 'paragraph' && header.length === 0 && text.length <= 100 && !/[.!?:]$/.test(text) && !HEADER_LINE.test(text) && !isKnownHeading(text)) {
      // A short first line before the header fields is the document's title, not a section.
      firstHeading ??= text;
      sawContent = true;
      continue;
    }
    sawContent = true;
    if (block.kind === 'paragraph' && !inSections) {
      const match = HEADER_LINE.exec(text);
      if (match?.[1] && match[2] !== undefined && addHeader(match[1], match[2], block.location)) continue;
    }
    if (block.kind === 'heading' || (block.kind === 'paragraph' && isKnownHeading(text))) {
      const heading = text.replace(/[:]$/, '').trim();
      firstHeading ??= heading;
      if (sectionField(heading) !== null) inSections = true;
      flush();
      current = { heading, parts: [] };
      continue;
    }
    if (!current) current = { heading: '', parts: [] };
    current.parts.push(text);
  }
  flush();

  if (!seenFields.has('year')) {
    const candidates = new Set<string>([...(firstHeading ?? '').matchAll(/\b(20\d\d)\b/g), ...fileName.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((match) => match[1] ?? ''));
    if (candidates.size === 1) {
      const [year = ''] = [...candidates];
      header.push({ key: 'år', value: year, location: 'rubrik/filnamn' });
      notices.push({ file: fileName, location: null, field: 'år', found: year, message: 'stod inte som "År: …" — året togs från rubriken eller filnamnet; kontrollera att det stämmer' });
    }
  }
  if (projectTable === null) {
    notices.push({
      file: fileName, location: null, field: null, found: null,
      message: `har ingen projekttabell som kunde läsas (${documentKind}) — inga projekt lades till; skicka projekten i Excel-mallen (npm run template) eller som en tabell med kolumnerna Projekt, Program, Roll, Utbetalt under året (kr)`,
    });
  }
  return { raw: { fileName, storedPath, header, sections, projectTable }, problems, notices };
}
