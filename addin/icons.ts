/**
 * The add-in's icons, drawn in code and encoded as PNG with node:zlib (no image tool needed):
 * a green rounded square with a white tick, anti-aliased, at 16, 32, 64 and 80 px.
 *
 *   npx tsx addin/icons.ts        writes assets/icon-{16,32,64,80}.png
 *
 * The build copies assets/ into dist/addin/assets/; a test checks the committed files are what
 * this code draws.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80] as const;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Encodes RGBA pixels (row by row, 4 bytes each) as a PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function segDist(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const GREEN = [0x2e, 0x7d, 0x32];
const WHITE = [0xff, 0xff, 0xff];

/** The icon at one size: coverage sampled 4×4 per pixel, in a unit square. */
export function drawIcon(size: number): Buffer {
  const px = new Uint8Array(size * size * 4);
  const ss = 4;
  const radius = 0.2;
  const stroke = size <= 16 ? 0.085 : 0.07;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0;
      let tick = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const u = (x + (sx + 0.5) / ss) / size;
          const v = (y + (sy + 0.5) / ss) / size;
          // rounded square
          const qx = Math.max(Math.abs(u - 0.5) - (0.5 - radius), 0);
          const qy = Math.max(Math.abs(v - 0.5) - (0.5 - radius), 0);
          if (Math.hypot(qx, qy) <= radius) {
            bg++;
            const d = Math.min(segDist(u, v, 0.24, 0.52, 0.42, 0.7), segDist(u, v, 0.42, 0.7, 0.77, 0.31));
            if (d <= stroke) tick++;
          }
        }
      }
      const n = ss * ss;
      const a = bg / n;
      const t = bg === 0 ? 0 : tick / bg;
      const i = (y * size + x) * 4;
      for (let k = 0; k < 3; k++) px[i + k] = Math.round(GREEN[k]! * (1 - t) + WHITE[k]! * t);
      px[i + 3] = Math.round(a * 255);
    }
  }
  return encodePng(size, size, px);
}

/** Writes every icon into a folder as icon-<size>.png. */
export function writeIcons(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return ICON_SIZES.map((s) => {
    const file = path.join(dir, `icon-${s}.png`);
    writeFileSync(file, drawIcon(s));
    return file;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  for (const f of writeIcons(path.join(root, 'assets'))) console.log(path.relative(root, f));
}
