import { inflateRawSync } from 'node:zlib';
import type { IngestLimits } from './ingest-limits.js';
import type { Problem } from './problem.js';
import { entryData, readZipDirectory, ZipDirectoryError, type ZipEntry } from './zip-directory.js';

/** Entries smaller than this unpacked are not judged by their ratio (tiny XML parts compress very well). */
const RATIO_FLOOR_BYTES = 1024 * 1024;
/** Worksheet rows above the project limit that the header and a title may take. */
const SHEET_ROW_SLACK = 20;

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
const problem = (fileName: string, message: string, location: string | null = null): Problem => ({ file: fileName, location, field: null, found: null, message });
const RESAVE = 'spara om den från Word eller Excel';

/**
 * Judges a .docx/.xlsx package by its central directory alone, before anything is unpacked: the
 * number of entries, the total unpacked size, and the compression ratio of each large entry and of
 * the whole. Returns the first limit hit (a Swedish message naming it and the fix), or null.
 */
export function checkZipDirectory(fileName: string, bytes: Uint8Array, limits: IngestLimits): Problem | null {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipDirectoryError) return problem(fileName, `${error.message}`);
    throw error;
  }
  if (entries.length > limits.maxZipEntries) {
    return problem(fileName, `består av ${entries.length} filer i ZIP-paketet — högst ${limits.maxZipEntries} tillåts (INGEST_MAX_ZIP_ENTRIES); ${RESAVE} utan inbäddade objekt`);
  }
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxUncompressedMb * 1024 * 1024) {
    return problem(fileName, `packas upp till ${megabytes(total)} MB — högst ${limits.maxUncompressedMb} MB tillåts (INGEST_MAX_UNCOMPRESSED_MB); ta bort bilder och inbäddade filer eller dela upp underlaget`);
  }
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize >= RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
      return problem(fileName, `packas upp ${Math.round(ratio)} gånger (${megabytes(entry.uncompressedSize)} MB ur ${megabytes(entry.compressedSize)} MB) — högst ${limits.maxCompressionRatio} gånger tillåts (INGEST_MAX_COMPRESSION_RATIO); filen ser ut som en ZIP-bomb, ${RESAVE}`, entry.name);
    }
  }
  const compressed = entries.reduce((sum, entry) => sum + entry.compressedSize, 0);
  if (total >= RATIO_FLOOR_BYTES && total / Math.max(compressed, 1) > limits.maxCompressionRatio) {
    return problem(fileName, `packas upp ${Math.round(total / Math.max(compressed, 1))} gånger som helhet — högst ${limits.maxCompressionRatio} gånger tillåts (INGEST_MAX_COMPRESSION_RATIO); filen ser ut som en ZIP-bomb, ${RESAVE}`);
  }
  return null;
}

/** The deepest element nesting in an XML text (a linear scan; comments, declarations and quoted attribute values skipped). */
export function xmlDepth(xml: Buffer): number {
  let depth = 0;
  let deepest = 0;
  let index = 0;
  const length = xml.length;
  while (index < length) {
    const lt = xml.indexOf(0x3c, index); // <
    if (lt < 0) break;
    const next = xml[lt + 1];
    if (next === 0x2f) depth--; // </
    else if (next !== 0x3f && next !== 0x21) { // not <? or <!
      depth++;
      if (depth > deepest) deepest = depth;
    }
    let position = lt + 1;
    let quote = 0;
    while (position < length) {
      const byte = xml[position] as number;
      if (quote !== 0) {
        if (byte === quote) quote = 0;
      } else if (byte === 0x22 || byte === 0x27) quote = byte;
      else if (byte === 0x3e) break; // >
      position++;
    }
    if (xml[position - 1] === 0x2f && next !== 0x2f) depth--; // />
    index = position + 1;
  }
  return deepest;
}

const countRows = (xml: Buffer): number => {
  let count = 0;
  for (let at = xml.indexOf('<row'); at >= 0; at = xml.indexOf('<row', at + 4)) {
    const after = xml[at + 4];
    if (after === 0x20 || after === 0x3e || after === 0x2f || after === 0x09 || after === 0x0a || after === 0x0d) count++;
  }
  return count;
};

/**
 * Unpacks a package's XML parts within their declared sizes (an entry that inflates to more than
 * the directory said is refused: a lying directory cannot slip a bomb past checkZipDirectory) and
 * checks their nesting depth and, for worksheets, their number of rows. Run inside the parse worker.
 */
export function checkZipContents(fileName: string, bytes: Uint8Array, limits: IngestLimits): Problem | null {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipDirectoryError) return problem(fileName, error.message);
    throw error;
  }
  for (const entry of entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    const data = entryData(bytes, entry);
    if (!data) return problem(fileName, `har en trasig del (${entry.name}) — ${RESAVE}`);
    let xml: Buffer;
    try {
      xml = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
    } catch (error) {
      const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError;
      return problem(fileName, tooLarge ? `innehåller en del som är större uppackad än ZIP-katalogen säger — filen är trasig eller manipulerad; ${RESAVE}` : `har en del som inte kan packas upp — ${RESAVE}`, entry.name);
    }
    const depth = xmlDepth(xml);
    if (depth > limits.maxXmlDepth) {
      return problem(fileName, `har XML nästlad ${depth} nivåer djupt — högst ${limits.maxXmlDepth} tillåts (INGEST_MAX_XML_DEPTH); ${RESAVE}`, entry.name);
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) {
      const rows = countRows(xml);
      if (rows > limits.maxRows + SHEET_ROW_SLACK) {
        return problem(fileName, `har ${rows} rader på en flik — högst ${limits.maxRows} projektrader tillåts (INGEST_MAX_ROWS); ta bort tomma eller överflödiga rader, eller dela upp underlaget`, entry.name);
      }
    }
  }
  return null;
}
