import type { CellFormat, CellValue } from '../values/types.js';

/**
 * One sheet (or one range of it) as the hosts read it in a single call: values row by row, and
 * when the host tells them, number formats and merged areas. `origin` is the 0-based row and
 * column of `values[0][0]` on the sheet (a used range may start at C5).
 */
export interface SheetData {
  name: string;
  values: CellValue[][];
  formats?: CellFormat[][];
  /** Merged areas in A1 notation, on the sheet's own coordinates ("A1:C1"). */
  merges?: string[];
  origin?: { row: number; col: number };
  /** The host or reader kept only this many rows (the sheet was larger). */
  truncatedAt?: number;
}

export interface WorkbookData {
  /** File name or document title, for reports. */
  name: string;
  sheets: SheetData[];
}

/** Column letters: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col0: number): string {
  let n = col0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based row and column. `a1(0, 2)` //=> "C1" */
export function a1(row0: number, col0: number): string {
  return columnLetter(col0) + String(row0 + 1);
}

/** "C12" → { row: 11, col: 2 }; null when it is not an address. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "A1:C3" → corners, 0-based inclusive; a single cell gives a one-cell range. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const bang = ref.lastIndexOf('!');
  const r = bang >= 0 ? ref.slice(bang + 1) : ref;
  const [a, b] = r.split(':');
  const p = parseA1(a ?? '');
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const s = a1(top, left);
  const e = a1(bottom, right);
  return s === e ? s : `${s}:${e}`;
}

/** The value at a sheet position (0-based, sheet coordinates), honouring `origin`. */
export function cellAt(sheet: SheetData, row: number, col: number): CellValue {
  const r = row - (sheet.origin?.row ?? 0);
  const c = col - (sheet.origin?.col ?? 0);
  return sheet.values[r]?.[c];
}

export function formatAt(sheet: SheetData, row: number, col: number): CellFormat {
  const r = row - (sheet.origin?.row ?? 0);
  const c = col - (sheet.origin?.col ?? 0);
  return sheet.formats?.[r]?.[c];
}

/** The number of rows and columns, in sheet coordinates (last row/col + 1). */
export function sheetExtent(sheet: SheetData): { rows: number; cols: number } {
  const r0 = sheet.origin?.row ?? 0;
  const c0 = sheet.origin?.col ?? 0;
  let cols = 0;
  for (const row of sheet.values) cols = Math.max(cols, row.length);
  return { rows: r0 + sheet.values.length, cols: c0 + cols };
}

/** Builds a SheetData from rows written as plain arrays (tests, CSV, JSON input). */
export function sheetFromRows(name: string, rows: CellValue[][]): SheetData {
  return { name, values: rows };
}
