import type { Notice, Problem } from './problem.js';
import type { RawSubmission } from './submission-builder.js';
import { projectColumn } from './submission-builder.js';
import { isKnownHeading, rawFromBlocks, type DocumentBlock } from './document-blocks.js';

/** A positioned piece of text on a PDF page (what unpdf's extractTextItems returns). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

interface PdfLine {
  items: PdfTextItem[];
  text: string;
  fontSize: number;
  location: string;
}

/**
 * Joins the pieces of one line that belong together: pdf.js often returns a phrase as several
 * items (words, kerned runs). Pieces closer than about a character are one phrase (with a space
 * when there is a visible gap); wider gaps separate table cells.
 */
function phrases(ordered: PdfTextItem[]): PdfTextItem[] {
  const joined: PdfTextItem[] = [];
  for (const item of ordered) {
    const previous = joined.at(-1);
    const gap = previous ? item.x - (previous.x + previous.width) : Infinity;
    // Overlapping pieces are not one phrase: they are cells of a table drawn too narrow.
    if (previous && previous.width > 0 && gap <= Math.max(item.fontSize, previous.fontSize) * 0.9 && gap >= -item.fontSize * 0.3) {
      const space = gap > item.fontSize * 0.15 || previous.str.endsWith(' ') || item.str.startsWith(' ') ? ' ' : '';
      previous.str = `${previous.str.trimEnd()}${space}${item.str.trimStart()}`;
      previous.width = item.x + item.width - previous.x;
      previous.fontSize = Math.max(previous.fontSize, item.fontSize);
    } else {
      joined.push({ ...item });
    }
  }
  return joined;
}

/** Groups a page's items into lines (same baseline, within a tolerance), top to bottom, left to right. */
function pageLines(items: PdfTextItem[], page: number): PdfLine[] {
  const sorted = items.filter((item) => item.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    const tolerance = Math.max(2, item.fontSize * 0.3);
    if (line?.[0] && Math.abs(line[0].y - item.y) <= tolerance) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line, index) => {
    const ordered = phrases([...line].sort((a, b) => a.x - b.x));
    return {
      items: ordered,
      text: ordered.map((item) => item.str.trim()).join(' ').replace(/\s+/g, ' ').trim(),
      fontSize: Math.max(...ordered.map((item) => item.fontSize)),
      location: `sida ${page} rad ${index + 1}`,
    };
  });
}

/** Pipe-separated cells ("| a | b |" or "a | b | c"), or null when the line is not one. */
function pipeCells(text: string): string[] | null {
  if ((text.match(/\|/g) ?? []).length < 2) return null;
  if (/^\|?\s*:?-{2,}/.test(text)) return [];
  return text.replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Turns PDF lines into blocks. Headings: short lines that are known section headings, or short
 * lines in a clearly larger font than the body. A project table is recognised from a line whose
 * separate pieces (or "|"-cells) name at least three project columns; following lines are split
 * into cells by the header's column positions, and a line with nothing in the first column
 * continues the row above.
 */
export function blocksFromPdfLines(lines: PdfLine[]): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const bodySize = median(lines.map((line) => line.fontSize));
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as PdfLine;
    const pipes = pipeCells(line.text);
    if (pipes && pipes.filter((cell) => projectColumn(cell) !== null).length >= 3) {
      const rows = [{ cells: pipes, location: line.location }];
      index++;
      while (index < lines.length) {
        const cells = pipeCells((lines[index] as PdfLine).text);
        if (!cells) break;
        if (cells.length > 0) rows.push({ cells, location: (lines[index] as PdfLine).location });
        index++;
      }
      blocks.push({ kind: 'table', rows, location: line.location });
      continue;
    }
    if (line.items.length >= 3 && line.items.filter((item) => projectColumn(item.str.trim()) !== null).length >= 3) {
      const starts = line.items.map((item) => item.x);
      const rows = [{ cells: line.items.map((item) => item.str.trim()), location: line.location }];
      index++;
      while (index < lines.length) {
        const next = lines[index] as PdfLine;
        if (isKnownHeading(next.text) || next.fontSize > bodySize * 1.2) break;
        const cells = starts.map(() => [] as string[]);
        for (const item of next.items) {
          let column = 0;
          starts.forEach((start, position) => {
            if (item.x >= start - 2) column = position;
          });
          cells[column]?.push(item.str.trim());
        }
        const joined = cells.map((parts) => parts.join(' '));
        const previous = rows.at(-1);
        if (joined[0] === '' && previous && rows.length > 1) {
          previous.cells = previous.cells.map((cell, position) => (joined[position] ? `${cell}\n${joined[position]}` : cell));
        } else if (next.items.length < 2) {
          break;
        } else {
          rows.push({ cells: joined, location: next.location });
        }
        index++;
      }
      blocks.push({ kind: 'table', rows, location: line.location });
      continue;
    }
    const larger = line.fontSize > bodySize * 1.05;
    const previous = blocks.at(-1);
    const startsLine = !previous || previous.kind !== 'paragraph' || /[.!?:]$/.test(previous.text);
    const isHeading =
      (isKnownHeading(line.text) && (larger || startsLine)) || (line.fontSize > bodySize * 1.2 && line.text.length <= 80 && !/[.,;]$/.test(line.text));
    blocks.push({ kind: isHeading ? 'heading' : 'paragraph', text: line.text, location: line.location });
    index++;
  }
  return mergeParagraphLines(blocks);
}

/** Joins consecutive body lines into one paragraph, except "Nyckel: värde" lines, which stay alone. */
function mergeParagraphLines(blocks: DocumentBlock[]): DocumentBlock[] {
  const merged: DocumentBlock[] = [];
  for (const block of blocks) {
    const previous = merged.at(-1);
    const standsAlone = (text: string): boolean => /^[^:]{1,40}:\s*\S/.test(text) || /^[-•*]\s/.test(text);
    if (block.kind === 'paragraph' && previous?.kind === 'paragraph' && !standsAlone(block.text) && !standsAlone(previous.text) && !/[.!?:]$/.test(previous.text)) {
      previous.text = `${previous.text} ${block.text}`;
    } else {
      merged.push({ ...block });
    }
  }
  return merged;
}

/** Reads a PDF submission with unpdf: text with sections from headings; projects when a table is recognisable. */
export async function parsePdfSubmission(
  bytes: Uint8Array,
  fileName: string,
  storedPath: string,
  bounds: { maxPages: number } = { maxPages: Number.POSITIVE_INFINITY },
): Promise<{ raw: RawSubmission | null; problems: Problem[]; notices: Notice[] }> {
  const { extractTextItems, getDocumentProxy } = await import('unpdf');
  let pages: PdfTextItem[][];
  try {
    // verbosity 0: pdf.js's own warnings about damaged files would otherwise go to the console.
    const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      // The page count is known before any page is read: a PDF of thousands of pages is refused unread.
      if (document.numPages > bounds.maxPages) {
        const message = `har ${document.numPages.toLocaleString('sv-SE')} sidor — högst ${bounds.maxPages.toLocaleString('sv-SE')} tillåts (INGEST_MAX_PDF_PAGES); skicka bara underlaget, utan bilagor, eller som Word/Excel`;
        return { raw: null, problems: [{ file: fileName, location: null, field: null, found: null, message }], notices: [] };
      }
      pages = (await extractTextItems(document)).items;
    } finally {
      await document.destroy();
    }
  } catch (error) {
    return {
      raw: null,
      problems: [{ file: fileName, location: null, field: null, found: null, message: `kan inte läsas som PDF (${(error as Error).message}) — spara om den som PDF eller skicka Word/Excel` }],
      notices: [],
    };
  }
  const lines = pages.flatMap((items, page) => pageLines(items, page + 1));
  if (lines.length === 0) {
    return {
      raw: null,
      problems: [{ file: fileName, location: null, field: null, found: null, message: 'har ingen text som kan läsas (kanske en inskannad bild) — skicka underlaget som Word, Excel eller en PDF med text' }],
      notices: [],
    };
  }
  return rawFromBlocks(blocksFromPdfLines(lines), fileName, storedPath, 'PDF');
}
