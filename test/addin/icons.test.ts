import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, drawIcon, ICON_SIZES } from '../../addin/icons.js';
import { distFile, root } from './bundle.js';

/** Reads a PNG's chunks, checking each CRC; returns size and the RGBA pixels. */
function readPng(buf: Buffer): { width: number; height: number; rgba: Buffer } {
  expect([...buf.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let off = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.subarray(off + 4, off + 8).toString('ascii');
    const data = buf.subarray(off + 8, off + 8 + len);
    expect(buf.readUInt32BE(off + 8 + len)).toBe(crc32(buf.subarray(off + 4, off + 8 + len)));
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 6]);
    }
    if (type === 'IDAT') idat.push(data);
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) raw.copy(rgba, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  return { width, height, rgba };
}

describe('icons', () => {
  for (const size of ICON_SIZES) {
    it(`assets/icon-${size}.png is a valid ${size}×${size} PNG, the one addin/icons.ts draws, shipped in dist/addin`, () => {
      const committed = readFileSync(path.join(root, 'assets', `icon-${size}.png`));
      expect(committed.equals(drawIcon(size))).toBe(true);
      expect(readFileSync(distFile(`assets/icon-${size}.png`)).equals(committed)).toBe(true);
      const png = readPng(committed);
      expect([png.width, png.height]).toEqual([size, size]);
      // green background, white tick, transparent corners
      const px = (x: number, y: number) => [...png.rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
      expect(px(0, 0)[3]).toBe(0);
      expect(px(Math.round(size * 0.5), Math.round(size * 0.12))).toEqual([0x2e, 0x7d, 0x32, 255]);
      expect(px(Math.floor(size * 0.42), Math.floor(size * 0.69))).toEqual([255, 255, 255, 255]);
    });
  }
});
