import type { CellStyle } from './spec.js';

/** Times New Roman, as in administrative documents (DESIGN.md). */
export const FONT = 'Times New Roman';
export const SIZE = 12;

export const COLOR = {
  header: 'DDEBF7',
  heading: 'F2F2F2',
  input: 'FFFFFF',
  unknown: 'FFF2CC',
  locked: 'F7F7F7',
  dat: 'C6EFCE',
  datText: '006100',
  chua: 'FFC7CE',
  chuaText: '9C0006',
  amber: 'FFEB9C',
  amberText: '9C5700',
  grey: 'EDEDED',
  greyText: '595959',
  scaleLow: 'F8696B',
  scaleMid: 'FFEB84',
  scaleHigh: '63BE7B',
  bar: '638EC6',
  tab: '2F5597',
} as const;

export const base: CellStyle = { font: { name: FONT, size: SIZE }, align: { v: 'middle' } };
export const title: CellStyle = { font: { name: FONT, size: 14, bold: true }, align: { h: 'center', v: 'middle', wrap: true } };
export const subtitle: CellStyle = { font: { name: FONT, size: SIZE, italic: true }, align: { h: 'center', v: 'middle', wrap: true } };
export const bold: CellStyle = { font: { name: FONT, size: SIZE, bold: true } };
export const header: CellStyle = {
  font: { name: FONT, size: SIZE, bold: true }, fill: COLOR.header, border: 'thin',
  align: { h: 'center', v: 'middle', wrap: true },
};
export const numbering: CellStyle = { font: { name: FONT, size: 10, italic: true }, border: 'thin', align: { h: 'center', v: 'middle' } };
export const cell: CellStyle = { border: 'thin', align: { v: 'middle', wrap: true } };
export const center: CellStyle = { align: { h: 'center', v: 'middle', wrap: true } };
export const heading: CellStyle = { font: { name: FONT, size: SIZE, bold: true }, fill: COLOR.heading, border: 'thin', align: { v: 'middle', wrap: true } };
export const input: CellStyle = { locked: false, fill: COLOR.input };
export const unknown: CellStyle = { locked: false, fill: COLOR.unknown };
export const text: CellStyle = { font: { name: FONT, size: SIZE }, align: { v: 'top', wrap: true } };

/**
 * Rows needed to show `text` in a cell `width` characters wide (Times New Roman runs a little
 * narrower than Excel's width unit, so one character per unit is a safe estimate).
 */
export function linesFor(text: string, width: number, size = SIZE): number {
  const perLine = Math.max(1, Math.floor(width * (SIZE / size) * 1.12));
  let lines = 0;
  for (const para of text.split('\n')) {
    const words = para.split(' ');
    let cur = 0;
    let n = 1;
    for (const w of words) {
      const len = [...w].length;
      if (cur === 0) cur = len;
      else if (cur + 1 + len <= perLine) cur += 1 + len;
      else {
        n++;
        cur = len;
      }
      while (cur > perLine) {
        n++;
        cur -= perLine;
      }
    }
    lines += n;
  }
  return lines;
}

/** Row height in points for a number of lines of the given font size. */
export function heightFor(lines: number, size = SIZE): number {
  return Math.max(1, lines) * Math.round(size * 1.32) + 3;
}
