/** One file in a ZIP package as its central directory describes it (nothing is unpacked). */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Thrown when a package's central directory cannot be read. */
export class ZipDirectoryError extends Error {
  override readonly name = 'ZipDirectoryError';
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65 535. */
const END_SEARCH = 22 + 0xffff;

function findEndOfDirectory(buffer: Buffer): number {
  for (let offset = buffer.length - 22; offset >= Math.max(0, buffer.length - END_SEARCH); offset--) {
    if (buffer.readUInt32LE(offset) === END_OF_DIRECTORY) return offset;
  }
  throw new ZipDirectoryError('har ingen innehållsförteckning (ZIP-katalog) i slutet — filen är trasig eller avkortad');
}

/**
 * Reads a ZIP package's central directory: every entry's name, method and declared sizes. Only the
 * directory at the end of the file is read, so a package can be judged before anything is unpacked.
 * ZIP64 packages (over 4 GB or 65 535 entries) are refused: no Office submission is one.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 22) throw new ZipDirectoryError('är för kort för att vara ett Office-dokument');
  const end = findEndOfDirectory(buffer);
  const count = buffer.readUInt16LE(end + 10);
  const size = buffer.readUInt32LE(end + 12);
  const start = buffer.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) throw new ZipDirectoryError('är ett ZIP64-paket (över 4 GB eller 65 535 filer) — inget underlag behöver vara det; spara om filen från Word eller Excel');
  if (start + size > end) throw new ZipDirectoryError('har en ZIP-katalog som pekar utanför filen — filen är trasig; spara om den');
  const entries: ZipEntry[] = [];
  let offset = start;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > end || buffer.readUInt32LE(offset) !== DIRECTORY_ENTRY) throw new ZipDirectoryError('har en trasig ZIP-katalog — spara om filen');
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const entry: ZipEntry = {
      method: buffer.readUInt16LE(offset + 10),
      compressedSize: buffer.readUInt32LE(offset + 20),
      uncompressedSize: buffer.readUInt32LE(offset + 24),
      localHeaderOffset: buffer.readUInt32LE(offset + 42),
      name: buffer.toString('utf8', offset + 46, offset + 46 + nameLength),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff) throw new ZipDirectoryError('är ett ZIP64-paket — spara om filen från Word eller Excel');
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry (after its local header), or null when the header is not where the directory says. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Buffer | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_HEADER) return null;
  const dataStart = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  if (dataStart + entry.compressedSize > buffer.length) return null;
  return buffer.subarray(dataStart, dataStart + entry.compressedSize);
}
