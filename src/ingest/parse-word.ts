import type { Notice, Problem } from './problem.js';
import type { RawSubmission } from './submission-builder.js';
import { rawFromBlocks, type DocumentBlock } from './document-blocks.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/**
 * Reads the simple, well-formed HTML that mammoth writes into blocks: h1–h6 headings, paragraphs,
 * list items (as "- …") and tables (cells keep their paragraphs as lines).
 */
export function blocksFromHtml(html: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let paragraphCount = 0;
  let tableCount = 0;
  let block: { kind: 'heading' | 'paragraph'; text: string } | null = null;
  let table: { rows: Array<{ cells: string[]; location: string }>; location: string } | null = null;
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string[] | null = null;

  const flushBlock = (): void => {
    if (!block) return;
    const text = block.text.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (text !== '') {
      paragraphCount++;
      blocks.push({ kind: block.kind, text, location: `stycke ${paragraphCount}` });
    }
    block = null;
  };
  const appendText = (text: string): void => {
    if (cell) {
      if (cell.length === 0) cell.push('');
      cell[cell.length - 1] += text;
    } else if (block) block.text += text;
    else if (text.trim() !== '') block = { kind: 'paragraph', text };
  };

  for (const token of html.matchAll(/<(\/?)([a-zA-Z0-9]+)[^>]*?(\/?)>|([^<]+)/g)) {
    const [, closing, rawTag, selfClosing, text] = token;
    if (text !== undefined) {
      appendText(decodeEntities(text));
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    const isClose = closing === '/';
    if (tag === 'br') {
      appendText('\n');
      continue;
    }
    if (tag === 'table') {
      if (!isClose) {
        tableDepth++;
        if (tableDepth === 1) {
          flushBlock();
          tableCount++;
          table = { rows: [], location: `tabell ${tableCount}` };
        }
      } else {
        tableDepth--;
        if (tableDepth === 0 && table) {
          blocks.push({ kind: 'table', rows: table.rows, location: table.location });
          table = null;
        }
      }
      continue;
    }
    if (table && tableDepth === 1) {
      if (tag === 'tr') {
        if (!isClose) row = [];
        else if (row) {
          table.rows.push({ cells: row, location: `tabell ${tableCount} rad ${table.rows.length + 1}` });
          row = null;
        }
        continue;
      }
      if (tag === 'td' || tag === 'th') {
        if (!isClose) cell = [];
        else if (cell && row) {
          row.push(cell.map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '').join('\n'));
          cell = null;
        }
        continue;
      }
      // Each paragraph or list item in a cell starts a new line of the cell.
      if (cell && (tag === 'p' || tag === 'li') && !isClose) cell.push('');
      continue;
    }
    if (/^h[1-6]$/.test(tag) || tag === 'p' || tag === 'li') {
      flushBlock();
      if (!isClose && selfClosing !== '/') block = { kind: /^h/.test(tag) ? 'heading' : 'paragraph', text: tag === 'li' ? '- ' : '' };
    } else if (tag === 'ul' || tag === 'ol') {
      flushBlock();
    }
  }
  flushBlock();
  return blocks;
}

/** Reads a Word (.docx) submission with mammoth: headings become sections, a project table is used when found. */
export async function parseWordSubmission(
  bytes: Uint8Array,
  fileName: string,
  storedPath: string,
): Promise<{ raw: RawSubmission | null; problems: Problem[]; notices: Notice[] }> {
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    html = result.value;
  } catch (error) {
    return {
      raw: null,
      problems: [{ file: fileName, location: null, field: null, found: null, message: `kan inte läsas som Word-dokument (${(error as Error).message}) — spara om den från Word som .docx` }],
      notices: [],
    };
  }
  return rawFromBlocks(blocksFromHtml(html), fileName, storedPath, 'Word');
}
