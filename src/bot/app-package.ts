import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

/** Thrown when the app package cannot be built: a placeholder without a value, a missing icon. */
export class AppPackageError extends Error {
  override readonly name = 'AppPackageError';
}

/** Fills the Toolkit's `${{NAME}}` placeholders; every one must have a value (as provisioning requires). */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string | undefined>>): string {
  const missing = new Set<string>();
  const filled = text.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined || (value === '' && name !== 'APP_NAME_SUFFIX')) {
      missing.add(name);
      return '';
    }
    return value;
  });
  if (missing.size > 0) throw new AppPackageError(`Värde saknas för ${[...missing].join(', ')}: sätt ${missing.size === 1 ? 'den' : 'dem'} i env/.env.<miljö> (provisioneringen skriver TEAMS_APP_ID och BOT_ID dit).`);
  return filled;
}

interface ZipFile {
  name: string;
  data: Buffer;
}

/** A ZIP archive (deflate) of the given files, as Teams' "Upload a custom app" takes it. */
export function zipFiles(files: readonly ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const compressed = deflateRawSync(file.data);
    const checksum = crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 10); // time and date: 1980-01-01, so that the same input gives the same bytes
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    directory.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

/**
 * The Teams app package: manifest.json with its placeholders filled, and the two icons it names, at
 * the root of a ZIP (what the Toolkit's `teamsApp/zipAppPackage` step makes, without the Toolkit).
 */
export function buildAppPackage(appPackageDir: string, values: Readonly<Record<string, string | undefined>>): { zip: Buffer; manifest: Record<string, unknown> } {
  const text = fillPlaceholders(readFileSync(join(appPackageDir, 'manifest.json'), 'utf8'), values);
  const manifest = JSON.parse(text) as { icons?: { color?: string; outline?: string } } & Record<string, unknown>;
  const icons = [manifest.icons?.color, manifest.icons?.outline];
  const files: ZipFile[] = [{ name: 'manifest.json', data: Buffer.from(text, 'utf8') }];
  for (const icon of icons) {
    if (!icon || basename(icon) !== icon) throw new AppPackageError(`manifest.json: ikonen "${icon ?? ''}" ska vara ett filnamn i appPackage/`);
    try {
      files.push({ name: icon, data: readFileSync(join(appPackageDir, icon)) });
    } catch {
      throw new AppPackageError(`ikonen ${icon} saknas i appPackage/ (node appPackage/make-icons.mjs gör den)`);
    }
  }
  return { zip: zipFiles(files), manifest };
}
