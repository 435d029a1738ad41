import { a1, parseRange, sheetExtent, type SheetData } from '../sheet/index.js';
import { cleanText, key } from '../text/index.js';
import { cellToText } from '../values/index.js';
import type { CellFormat, CellValue } from '../values/types.js';

/**
 * Read access to one sheet in sheet coordinates, with merged areas resolved: a cell inside a
 * merged area reads as the area's top-left cell for header purposes (`headerText`), while
 * `raw` gives exactly what the host gave (empty for the covered cells, as Excel does).
 */
export class Grid {
  readonly rows: number;
  readonly cols: number;
  readonly r0: number;
  readonly c0: number;
  private readonly masters = new Map<number, number>();
  private readonly keys: Array<Array<string | undefined>> = [];
  private readonly texts: Array<Array<string | undefined>> = [];

  constructor(readonly sheet: SheetData) {
    const ext = sheetExtent(sheet);
    this.rows = ext.rows;
    this.cols = ext.cols;
    this.r0 = sheet.origin?.row ?? 0;
    this.c0 = sheet.origin?.col ?? 0;
    for (const m of sheet.merges ?? []) {
      const r = parseRange(m);
      if (!r) continue;
      // guard against absurd merges (a whole column) blowing up the map
      const area = (r.bottom - r.top + 1) * (r.right - r.left + 1);
      if (area > 5000) continue;
      const master = this.id(r.top, r.left);
      for (let y = r.top; y <= r.bottom; y++) {
        for (let x = r.left; x <= r.right; x++) {
          if (y !== r.top || x !== r.left) this.masters.set(this.id(y, x), master);
        }
      }
    }
  }

  private id(r: number, c: number): number {
    return r * 16384 + c;
  }

  get name(): string {
    return this.sheet.name;
  }

  raw(r: number, c: number): CellValue {
    return this.sheet.values[r - this.r0]?.[c - this.c0];
  }

  format(r: number, c: number): CellFormat {
    return this.sheet.formats?.[r - this.r0]?.[c - this.c0];
  }

  text(r: number, c: number): string {
    const v = this.raw(r, c);
    if (v === null || v === undefined) return '';
    const rr = r - this.r0;
    const row = (this.texts[rr] ??= []);
    let t = row[c - this.c0];
    if (t === undefined) {
      t = cleanText(cellToText(v));
      row[c - this.c0] = t;
    }
    return t;
  }

  /** The top-left cell of the merged area holding (r, c), or (r, c) itself. */
  master(r: number, c: number): { r: number; c: number } {
    const m = this.masters.get(this.id(r, c));
    if (m === undefined) return { r, c };
    return { r: Math.floor(m / 16384), c: m % 16384 };
  }

  isMergedCover(r: number, c: number): boolean {
    return this.masters.has(this.id(r, c));
  }

  /** Text for headers: a covered cell of a merged area reads as its top-left cell. */
  headerText(r: number, c: number): string {
    const m = this.master(r, c);
    return this.text(m.r, m.c);
  }

  /** The comparison key of a cell's text (cached). */
  key(r: number, c: number): string {
    const rr = r - this.r0;
    const row = (this.keys[rr] ??= []);
    let k = row[c - this.c0];
    if (k === undefined) {
      k = key(this.text(r, c));
      row[c - this.c0] = k;
    }
    return k;
  }

  isBlankRow(r: number, from = this.c0, to = this.cols - 1): boolean {
    const row = this.sheet.values[r - this.r0];
    if (!row) return true;
    for (let c = Math.max(from, this.c0); c <= to && c - this.c0 < row.length; c++) {
      const v = row[c - this.c0];
      if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) return false;
    }
    return true;
  }

  /** Non-empty texts of a row, joined. */
  rowText(r: number, from = this.c0, to = this.cols - 1): string {
    const parts: string[] = [];
    for (let c = from; c <= to; c++) {
      const t = this.text(r, c);
      if (t !== '') parts.push(t);
    }
    return parts.join(' ');
  }

  addr(r: number, c: number): string {
    return a1(r, c);
  }
}
