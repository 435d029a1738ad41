/**
 * The HostPort operations on the server side of the Sheets sidebar (ui/host.ts), each a fixed
 * number of Spreadsheet service calls whatever the table's size:
 *
 *   readActive('used')       8: spreadsheet, its name, active sheet, its name, data range,
 *                            getValues, getNumberFormats, getMergedRanges
 *                            (+1 getA1Notation per merged area: the areas, not the rows)
 *   readActive('selection')  10: the same over the active range, plus its row and column
 *   readWorkbook()           3 + 5 per sheet
 *   writeReportRows(rows)    16: one setValues, one clear or insertSheet, the rows it needs,
 *                            7 column widths
 *   selectCell(sheet, cell)  4: the sheet, activate, its range, activate
 *
 * What crosses google.script.run must be JSON-like (no Date, no undefined): dates become serial
 * day numbers with the 'date' format, as Excel hands them over, and blank cells become null.
 */
import type { SheetData, WorkbookData } from '../../core/index.js';
import { parseRange } from '../../core/sheet/index.js';
import { toExcelSerial } from '../../core/values/dates.js';
import type { CellFormat, CellValue } from '../../core/values/types.js';
import { formatKind } from '../../addin/excel-host.js';
import { REPORT_SHEET } from '../../ui/host.js';
import { failure } from './errors.js';
import { active, isDate, type Range } from './gas.js';

/** The texts getValues gives for a cell that shows a formula error. */
const ERROR_TEXTS = new Set(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', '#SPILL!', '#CALC!']);

/** A Date as the serial day number Excel would give (local parts: Apps Script's zone is the spreadsheet's). */
export function dateSerial(d: Date): number {
  const day = toExcelSerial({ y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() });
  const secs = d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds();
  return secs === 0 ? day : day + secs / 86400;
}

function toSheetData(name: string, range: Range, origin: { row: number; col: number } | null): SheetData {
  const raw = range.getValues() as unknown[][];
  const numberFormats = range.getNumberFormats();
  const merged = range.getMergedRanges();
  const values: CellValue[][] = [];
  const formats: CellFormat[][] = [];
  for (let r = 0; r < raw.length; r++) {
    const row = raw[r]!;
    const vr: CellValue[] = new Array(row.length);
    const fr: CellFormat[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      let kind = formatKind(numberFormats[r]?.[c]);
      let out: CellValue;
      if (v === '' || v === null || v === undefined) out = null;
      else if (isDate(v)) {
        out = Number.isNaN(v.getTime()) ? null : dateSerial(v);
        kind = 'date';
      } else if (typeof v === 'string' && ERROR_TEXTS.has(v)) out = { error: v };
      else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out = v;
      else out = String(v);
      vr[c] = out;
      fr[c] = kind;
    }
    values.push(vr);
    formats.push(fr);
  }
  const sheet: SheetData = { name, values, formats, merges: merged.map((m) => m.getA1Notation()) };
  if (origin && (origin.row !== 0 || origin.col !== 0)) sheet.origin = origin;
  return sheet;
}

/** The active sheet's data range (from A1), or the selection, with the document's name. */
export function readActive(scope: 'used' | 'selection'): { documentName: string; sheet: SheetData } {
  const ss = active();
  const documentName = ss.getName();
  if (scope === 'selection') {
    const range = ss.getActiveRange();
    if (range) {
      const sheet = range.getSheet();
      return { documentName, sheet: toSheetData(sheet.getName(), range, { row: range.getRow() - 1, col: range.getColumn() - 1 }) };
    }
  }
  const sheet = ss.getActiveSheet();
  return { documentName, sheet: toSheetData(sheet.getName(), sheet.getDataRange(), null) };
}

/** Every sheet but the report, each with one getValues. */
export function readWorkbook(): WorkbookData {
  const ss = active();
  const name = ss.getName();
  const sheets: SheetData[] = [];
  for (const s of ss.getSheets()) {
    const sheetName = s.getName();
    if (sheetName === REPORT_SHEET) continue;
    sheets.push(toSheetData(sheetName, s.getDataRange(), null));
  }
  return { name, sheets };
}

/**
 * Text Sheets would turn into something else when written as a value: a formula ("=…"), a
 * number, date, time or percentage in any locale ("15.3", "17.10", "01/7/2025", "27,5%"), a
 * boolean. A leading apostrophe keeps it text (the apostrophe is not part of the value).
 */
export function needsTextGuard(s: string): boolean {
  return /^[=+\-@']/.test(s) || /\d/.test(s) || /^\s*(true|false)\s*$/i.test(s);
}

export function asSheetsValue(v: unknown): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return needsTextGuard(v) ? `'${v}` : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'boolean') return v;
  return String(v);
}

/** Column widths of the report sheet in pixels: sheet, cell, severity, code, value, message, hint. */
export const REPORT_WIDTHS_PX = [147, 67, 93, 200, 187, 560, 427];

/**
 * Replaces the report sheet's content with `rows` (core reportToRows, made by the page): one
 * setValues. The user stays on the sheet they were on (inserting a sheet activates it).
 */
export function writeReportRows(rows: unknown[][]): void {
  const ss = active();
  const current = ss.getActiveSheet();
  let sheet = ss.getSheetByName(REPORT_SHEET);
  if (sheet) sheet.clear(); // the report sheet is ours: contents and formats go
  else sheet = ss.insertSheet(REPORT_SHEET);
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = (rows.length ? rows : [[]]).map((r) => Array.from({ length: width }, (_, c) => asSheetsValue(r[c])));
  // a new sheet has 1,000 rows: grow it to the report's length; always one call (at least one
  // spare row), so the number of calls does not depend on the report's length
  const maxRows = sheet.getMaxRows();
  sheet.insertRowsAfter(maxRows, Math.max(1, values.length - maxRows));
  sheet.getRange(1, 1, values.length, width).setValues(values);
  REPORT_WIDTHS_PX.slice(0, width).forEach((w, i) => sheet!.setColumnWidth(i + 1, w));
  current.activate();
}

/** Activates the sheet and selects the cell. */
export function selectCell(sheetName: string, cell: string): void {
  const a1 = String(cell).replace(/\$/g, '').toUpperCase();
  if (!parseRange(a1)) throw failure('sheets.error.bad-cell', { cell: String(cell) });
  const sheet = active().getSheetByName(sheetName);
  if (!sheet) throw failure('sheets.error.no-sheet', { sheet: sheetName });
  sheet.activate();
  sheet.getRange(a1).activate();
}
