/**
 * Writes annex tables the way commune offices lay them out (title rows, merged two-row headers,
 * a numbering row, Times New Roman), for the bundled example and the test fixtures.
 */
import ExcelJS from 'exceljs';
import { parseRange, columnLetter } from '../../core/sheet/index.js';

export type Cell = string | number | boolean | Date | null | { v: string | number | Date | null; numFmt?: string } | { formula: string; result?: number | string };

export interface AnnexSpec {
  /** 1-based column where the table starts (3 = column C). */
  startCol?: number;
  /** Lines above the table, merged across it and centred. */
  titles?: string[];
  /** Header rows. */
  header: Array<Array<string | null>>;
  /** Merged areas in the header block, relative to its top-left cell ("A1:A2" = first column, both rows). */
  headerMerges?: string[];
  /** A "(1) (2) (3) …" row under the header. */
  numbering?: boolean;
  rows: Cell[][];
  /** Lines under the table (after one blank row), e.g. "Tổng số tiêu chí đạt: 17/19". */
  after?: string[];
  widths?: number[];
  /** Blank rows between titles and header (default 1). */
  gap?: number;
}

const FONT = { name: 'Times New Roman', size: 12 };
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function put(ws: ExcelJS.Worksheet, r: number, c: number, v: Cell): ExcelJS.Cell {
  const cell = ws.getCell(r, c);
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    if ('formula' in v) cell.value = v.result === undefined ? { formula: v.formula } as ExcelJS.CellFormulaValue : { formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue;
    else {
      cell.value = v.v;
      if (v.numFmt) cell.numFmt = v.numFmt;
    }
  } else cell.value = v;
  return cell;
}

/** Adds one annex table to a worksheet, starting at row `startRow`; returns the next free row. */
export function writeAnnex(ws: ExcelJS.Worksheet, spec: AnnexSpec, startRow = 1): number {
  const c0 = spec.startCol ?? 1;
  const width = Math.max(...spec.header.map((h) => h.length), ...spec.rows.map((r) => r.length));
  let r = startRow;
  for (const t of spec.titles ?? []) {
    const cell = put(ws, r, c0, t);
    cell.font = { ...FONT, bold: /^[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ\s(]/.test(t) && t === t.toUpperCase() };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (width > 1) ws.mergeCells(r, c0, r, c0 + width - 1);
    r++;
  }
  r += spec.titles?.length ? (spec.gap ?? 1) : 0;
  const headerTop = r;
  spec.header.forEach((row, i) => {
    row.forEach((h, j) => {
      if (h === null) return;
      const cell = put(ws, headerTop + i, c0 + j, h);
      cell.font = { ...FONT, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
  });
  for (const m of spec.headerMerges ?? []) {
    const rr = parseRange(m)!;
    ws.mergeCells(headerTop + rr.top, c0 + rr.left, headerTop + rr.bottom, c0 + rr.right);
  }
  for (let i = 0; i < spec.header.length; i++) for (let j = 0; j < width; j++) ws.getCell(headerTop + i, c0 + j).border = BORDER;
  r = headerTop + spec.header.length;
  if (spec.numbering) {
    for (let j = 0; j < width; j++) {
      const cell = put(ws, r, c0 + j, `(${j + 1})`);
      cell.font = { ...FONT, italic: true };
      cell.alignment = { horizontal: 'center' };
      cell.border = BORDER;
    }
    r++;
  }
  for (const row of spec.rows) {
    row.forEach((v, j) => {
      const cell = put(ws, r, c0 + j, v);
      cell.font = FONT;
      cell.alignment = { vertical: 'middle', wrapText: true };
      cell.border = BORDER;
    });
    r++;
  }
  if (spec.after?.length) {
    r++;
    for (const t of spec.after) {
      const cell = put(ws, r, c0, t);
      cell.font = { ...FONT, bold: true };
      r++;
    }
  }
  (spec.widths ?? []).forEach((w, j) => {
    ws.getColumn(c0 + j).width = w;
  });
  return r;
}

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'NTM toolkit';
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = new Date(Date.UTC(2024, 0, 1));
  return wb;
}

export function addSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.properties.defaultRowHeight = 18;
  return ws;
}

export { columnLetter };
