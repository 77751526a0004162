import type { RawSubmission } from './submission-builder.js';
import type { IngestLimits } from './ingest-limits.js';
import type { Problem } from './problem.js';

const thousands = (count: number): string => count.toLocaleString('sv-SE');

/** All the text a raw submission carries: its sections and every project cell. */
function texts(raw: RawSubmission): Array<{ text: string; location: string }> {
  const found = raw.sections.map((section) => ({ text: `${section.heading}\n${section.text}`, location: section.heading || 'texten' }));
  for (const row of raw.projectTable?.rows ?? []) found.push({ text: row.cells.join(' '), location: row.location });
  return found;
}

/**
 * The bounds on what a submission's text may be, checked before it is built, stored or indexed:
 * at most `maxRows` project rows, `maxTextKb` thousand characters of text, and no unbroken word
 * longer than `maxWordChars` (a real word or address is far shorter; a "word" of megabytes is an
 * embedded image or a hostile file, and would make every later search slow).
 */
export function checkTextBounds(raw: RawSubmission, limits: IngestLimits): Problem[] {
  const problem = (location: string | null, message: string): Problem => ({ file: raw.fileName, location, field: null, found: null, message });
  const rows = raw.projectTable?.rows.length ?? 0;
  if (rows > limits.maxRows) {
    return [problem(raw.projectTable?.headerLocation ?? null, `har ${thousands(rows)} projektrader — högst ${thousands(limits.maxRows)} tillåts (INGEST_MAX_ROWS); ta bort tomma eller överflödiga rader, eller dela upp underlaget`)];
  }
  const parts = texts(raw);
  const characters = parts.reduce((sum, part) => sum + part.text.length, 0);
  if (characters > limits.maxTextKb * 1000) {
    return [problem(null, `har ${thousands(characters)} tecken text — högst ${thousands(limits.maxTextKb * 1000)} tillåts (INGEST_MAX_TEXT_KB); korta texten eller dela upp underlaget`)];
  }
  const tooLong = new RegExp(`\\S{${limits.maxWordChars + 1}}`);
  for (const part of parts) {
    const match = tooLong.exec(part.text);
    if (!match) continue;
    let length = match[0].length;
    while (match.index + length < part.text.length && !/\s/.test(part.text[match.index + length] as string)) length++;
    return [problem(part.location, `har ett ord utan mellanslag på ${thousands(length)} tecken ("${match[0].slice(0, 30)}…") — högst ${thousands(limits.maxWordChars)} tillåts (INGEST_MAX_WORD_CHARS); ta bort inklistrade bilder eller data, eller dela upp texten med mellanslag`)];
  }
  return [];
}
