// Writes the Teams app icons (color.png 192x192, outline.png 32x32) with no dependencies: `node appPackage/make-icons.mjs`.
// A stylised globe: the colour icon white on Malmö blue, the outline icon white on transparent (as Teams requires).
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** RGBA PNG from a pixel function (x, y) => [r, g, b, a]. */
function png(size, pixel) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** True where the globe's lines are: an outer ring, the equator, two parallels and a meridian ellipse. */
function globe(x, y, size) {
  const cx = (size - 1) / 2;
  const cy = (size - 1) / 2;
  const r = size * 0.34;
  const w = Math.max(1, size * 0.035);
  const dx = x - cx;
  const dy = y - cy;
  const d = Math.hypot(dx, dy);
  if (Math.abs(d - r) <= w) return true;
  if (d > r) return false;
  if (Math.abs(dy) <= w / 2) return true;
  if (Math.abs(Math.abs(dy) - r * 0.5) <= w / 2) return true;
  if (Math.abs(dx) <= w / 2) return true;
  const e = Math.hypot(dx / (r * 0.45), dy / r);
  return Math.abs(e - 1) * r * 0.45 <= w / 2;
}

const here = dirname(fileURLToPath(import.meta.url));
const BLUE = [0, 85, 164, 255];
const WHITE = [255, 255, 255, 255];
writeFileSync(join(here, 'color.png'), png(192, (x, y) => (globe(x, y, 192) ? WHITE : BLUE)));
writeFileSync(join(here, 'outline.png'), png(32, (x, y) => (globe(x, y, 32) ? WHITE : [0, 0, 0, 0])));
console.log('wrote color.png (192x192) and outline.png (32x32)');
