/**
 * A neutral workbook description: plain data that exceljs renders now (io/template-xlsx.ts) and
 * that Office.js or SpreadsheetApp can render later (the panel's "Chèn mẫu" via
 * HostPort.insertSheets). No functions, no classes, no host types: JSON round-trips it.
 *
 * Addresses are A1 strings on the sheet's own coordinates; colours are "RRGGBB"; widths are in
 * characters of the default font, heights in points. A cell whose text starts with "=" is a
 * formula (English function names, comma separators, as OOXML stores them); its cached result,
 * when the builder knows it, sits in `results` under the same address.
 */
import { columnLetter } from '../sheet/index.js';

export type CellScalar = string | number | boolean | null;

export interface FontSpec {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** "RRGGBB" */
  color?: string;
}

export interface CellStyle {
  font?: FontSpec;
  /** Solid fill, "RRGGBB". */
  fill?: string;
  /** Thin lines around each cell of the range. */
  border?: 'thin' | 'none';
  /** An Excel number format ("0.0", "dd/mm/yyyy", "@"). */
  numFmt?: string;
  align?: {
    h?: 'left' | 'center' | 'right';
    v?: 'top' | 'middle' | 'bottom';
    wrap?: boolean;
    indent?: number;
    /** Text rotation in degrees (90 = bottom to top). */
    rotate?: number;
  };
  /** false: the user may edit the cell when the sheet is protected. */
  locked?: boolean;
}

/** A style applied to every cell of a range; later entries refine earlier ones. */
export interface StyledRange {
  ref: string;
  style: CellStyle;
}

export interface Bilingual {
  vi: string;
  en: string;
}

/** Data validation. `source` is a defined name or a range; `values` an inline list (≤ 255 characters). */
export type Validation =
  | { ref: string; type: 'list'; values?: string[]; source?: string; strict?: boolean; prompt?: Bilingual; error?: Bilingual }
  | { ref: string; type: 'whole' | 'decimal'; min?: number; max?: number; prompt?: Bilingual; error?: Bilingual }
  | { ref: string; type: 'date'; min: string; max: string; prompt?: Bilingual; error?: Bilingual }
  /** A formula (for the range's top-left cell) that must be true; `warn`: the user may keep the value after a warning. */
  | { ref: string; type: 'custom'; formula: string; warn?: boolean; prompt?: Bilingual; error?: Bilingual };

export type ConditionalFormat =
  /** Colours from the lowest to the highest value (2 or 3 stops). */
  | { ref: string; type: 'colorScale'; stops: Array<{ at: 'min' | 'max' | number; color: string }> }
  /** Bars proportional to the value between `min` and `max` (numbers, or the range's own extremes). */
  | { ref: string; type: 'dataBar'; color: string; min?: number; max?: number }
  /** Cells whose text equals `text` get the fill and font colour. */
  | { ref: string; type: 'textEquals'; text: string; fill: string; fontColor?: string; bold?: boolean }
  /** Cells for which the formula (written for the range's top-left cell) is true. */
  | { ref: string; type: 'expression'; formula: string; fill?: string; fontColor?: string; bold?: boolean };

export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  /** Pages across (1: fit the width); `fitToHeight` 0: as many pages down as needed. */
  fitToWidth?: number;
  fitToHeight?: number;
  /** 1-based rows repeated at the top of every printed page, e.g. [10, 11]. */
  titleRows?: [number, number];
  area?: string;
  /** Margins in centimetres. */
  margins?: { left: number; right: number; top: number; bottom: number };
  /** Footer text; "&P" page number, "&N" page count. */
  footer?: string;
  horizontalCentered?: boolean;
}

export interface DefinedName {
  name: string;
  /** Absolute reference, "'_DanhSachXa'!$B$2:$B$120". */
  ref: string;
}

export interface SheetSpec {
  name: string;
  /** Values row by row from A1; "=…" strings are formulas. */
  rows: CellScalar[][];
  /** Rows frozen at the top (the header stays in view). */
  frozenRows?: number;
  frozenCols?: number;
  columnWidths?: number[];
  /** Cached formula results by A1 address, where the builder knows them. */
  results?: Record<string, CellScalar>;
  /** Addresses whose text starts with "=" but is text, not a formula (file names, notes typed by users). */
  literals?: string[];
  /** The sheet's default style (font), then ranges in order. */
  baseStyle?: CellStyle;
  styles?: StyledRange[];
  merges?: string[];
  /** Row heights by 1-based row number. */
  rowHeights?: Record<number, number>;
  /** 0-based columns hidden from view (helper columns). */
  hiddenColumns?: number[];
  state?: 'visible' | 'hidden' | 'veryHidden';
  print?: PrintSetup;
  validations?: Validation[];
  conditionalFormats?: ConditionalFormat[];
  /** Sheet protection without a password: locked cells cannot be typed over by mistake. */
  protection?: { enabled: boolean };
  tabColor?: string;
  /** Workbook-level names this sheet needs (list sources); the host adds them with the sheet. */
  names?: DefinedName[];
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  properties?: { title?: string; subject?: string; creator?: string; company?: string };
  /** The sheet shown first (index into `sheets`). */
  activeSheet?: number;
}

/** Every defined name of a workbook spec, from its sheets, without duplicates. */
export function workbookNames(wb: WorkbookSpec): DefinedName[] {
  const seen = new Map<string, DefinedName>();
  for (const s of wb.sheets) for (const n of s.names ?? []) if (!seen.has(n.name)) seen.set(n.name, n);
  return [...seen.values()];
}

/** Quotes a sheet name for a formula: `'Bộ tiêu chí'!`. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** A growing grid of cells, 1-based like the spreadsheet, that becomes a SheetSpec. */
export class SheetBuilder {
  readonly spec: SheetSpec;
  private readonly grid: CellScalar[][] = [];

  constructor(name: string) {
    this.spec = { name, rows: this.grid, results: {}, styles: [], merges: [], validations: [], conditionalFormats: [], rowHeights: {} };
  }

  /** Sets a value (or a "=…" formula with its known result) at a 1-based row and column. */
  set(row: number, col: number, v: CellScalar, result?: CellScalar): this {
    while (this.grid.length < row) this.grid.push([]);
    const r = this.grid[row - 1]!;
    while (r.length < col) r.push(null);
    r[col - 1] = v;
    if (result !== undefined && typeof v === 'string' && v.startsWith('=')) this.spec.results![a1(row, col)] = result;
    return this;
  }

  /** Sets text that is never a formula, even when it starts with "=". */
  setText(row: number, col: number, v: string | null): this {
    this.set(row, col, v);
    if (typeof v === 'string' && v.startsWith('=')) (this.spec.literals ??= []).push(a1(row, col));
    return this;
  }

  get(row: number, col: number): CellScalar {
    return this.grid[row - 1]?.[col - 1] ?? null;
  }

  /** The value shown: the cached result for a formula, else the value. */
  shown(row: number, col: number): CellScalar {
    const v = this.get(row, col);
    if (typeof v === 'string' && v.startsWith('=') && !this.spec.literals?.includes(a1(row, col))) return this.spec.results![a1(row, col)] ?? null;
    return v;
  }

  style(ref: string, style: CellStyle): this {
    this.spec.styles!.push({ ref, style });
    return this;
  }

  merge(ref: string): this {
    this.spec.merges!.push(ref);
    return this;
  }

  height(row: number, points: number): this {
    this.spec.rowHeights![row] = points;
    return this;
  }

  validate(v: Validation): this {
    this.spec.validations!.push(v);
    return this;
  }

  format(cf: ConditionalFormat): this {
    this.spec.conditionalFormats!.push(cf);
    return this;
  }

  get rowCount(): number {
    return this.grid.length;
  }

  /** Pads rows to the same length and drops empty collections. */
  done(): SheetSpec {
    const width = Math.max(0, ...this.grid.map((r) => r.length));
    for (const r of this.grid) while (r.length < width) r.push(null);
    const s = this.spec;
    if (s.results && Object.keys(s.results).length === 0) delete s.results;
    for (const k of ['styles', 'merges', 'validations', 'conditionalFormats'] as const) {
      if (s[k] && s[k]!.length === 0) delete s[k];
    }
    if (s.rowHeights && Object.keys(s.rowHeights).length === 0) delete s.rowHeights;
    return s;
  }
}

/** Column letters for a 1-based column: 1 → "A", 27 → "AA". */
export function col(c: number): string {
  return columnLetter(c - 1);
}

/** A1 address of a 1-based row and column. */
export function a1(row: number, c: number): string {
  return `${col(c)}${row}`;
}

/** Absolute A1 address: $B$4. */
export function abs(row: number, c: number): string {
  return `$${col(c)}$${row}`;
}

/** A1 range of 1-based corners. */
export function range(r1: number, c1: number, r2: number, c2: number): string {
  const s = a1(r1, c1);
  const e = a1(r2, c2);
  return s === e ? s : `${s}:${e}`;
}

/** A formula string literal: "Đạt" → `"Đạt"` (quotes doubled). */
export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
