/**
 * Reading workbooks into the core's SheetData: .xlsx through exceljs, .csv and .json by hand
 * (a CSV of a single sheet needs no library: RFC 4180 quoting, comma or semicolon). Used by the
 * CLI, the roll-up and the browser playground; the core itself never touches files.
 */
import ExcelJS from 'exceljs';
import { message, type Bilingual } from '../core/messages/index.js';
import type { SheetData, WorkbookData } from '../core/sheet/index.js';
import type { CellFormat, CellValue } from '../core/values/types.js';

export class UnreadableFileError extends Error {
  constructor(public readonly file: string, public readonly reason: Bilingual) {
    super(reason.en);
    this.name = 'UnreadableFileError';
  }
}

/** What a number format says: percent, date, text, or general. */
export function formatKind(numFmt: string | undefined): CellFormat {
  if (!numFmt || numFmt === 'General') return 'general';
  if (numFmt === '@') return 'text';
  const bare = numFmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  if (bare.includes('%')) return 'percent';
  if (/[dy]/i.test(bare) || /h.*m|m.*s/i.test(bare) || /^m+$/i.test(bare.trim())) return 'date';
  return 'general';
}

function localDate(d: Date): Date {
  // exceljs gives dates at UTC midnight; the core reads local parts (as Apps Script does)
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/** An exceljs cell value as a plain CellValue (formula results, rich text, links, errors). */
export function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return localDate(v);
  if (typeof v === 'object') {
    if ('error' in v && typeof (v as { error: unknown }).error === 'string') return { error: (v as { error: string }).error };
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as { result?: unknown }).result;
      if (r === undefined || r === null) return null;
      if (typeof r === 'object' && r !== null && 'error' in r) return { error: String((r as { error: unknown }).error) };
      if (r instanceof Date) return localDate(r);
      if (typeof r === 'string' || typeof r === 'number' || typeof r === 'boolean') return r;
      return null;
    }
    if ('text' in v && 'hyperlink' in v) {
      const t = (v as { text: unknown }).text;
      if (typeof t === 'string') return t;
      if (t && typeof t === 'object' && 'richText' in t) return (t as ExcelJS.CellRichTextValue).richText.map((x) => x.text).join('');
    }
  }
  return String(v);
}

/**
 * A cell's value; for a formula, its cached result read from the cell itself (exceljs's
 * `cell.value` drops results that are 0, FALSE or empty text).
 */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const r = (cell as unknown as { result?: unknown }).result;
    if (r === undefined || r === null) return null;
    if (typeof r === 'object' && r !== null && 'error' in r) return { error: String((r as { error: unknown }).error) };
    if (r instanceof Date) return localDate(r);
    // exceljs's streaming reader reads an error result ("#DIV/0!") as a number: NaN
    if (typeof r === 'number' && Number.isNaN(r)) return { error: '#ERROR!' };
    if (typeof r === 'string' || typeof r === 'number' || typeof r === 'boolean') return r;
    return null;
  }
  return plainValue(cell.value);
}

/** One exceljs worksheet as SheetData: values from A1, formats, merges (only the top-left cell of a merge keeps its value). */
export function sheetFromWorksheet(ws: ExcelJS.Worksheet): SheetData {
  const values: CellValue[][] = [];
  const formats: CellFormat[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const vr: CellValue[] = (values[r] = []);
    const fr: CellFormat[] = (formats[r] = []);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.isMerged && cell.master && cell.master.address !== cell.address) {
        vr[c] = null;
        return;
      }
      vr[c] = cellValue(cell);
      fr[c] = cell.value instanceof Date ? 'date' : formatKind(cell.numFmt);
    });
  });
  for (let r = 0; r < values.length; r++) {
    if (!values[r]) values[r] = [];
    if (!formats[r]) formats[r] = [];
    const row = values[r]!;
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).slice();
  return { name: ws.name, values, formats, merges };
}

/**
 * Reads an .xlsx file. Throws UnreadableFileError (with a message in both languages) when the
 * bytes are not a workbook or the file is damaged.
 */
export async function readXlsx(data: ArrayBuffer | Uint8Array, name: string): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  try {
    const buf = data instanceof Uint8Array ? data : new Uint8Array(data);
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableFileError(name, message('io.not-xlsx', { file: name, detail: (e as Error).message.slice(0, 200) }));
  }
  const sheets: SheetData[] = [];
  wb.eachSheet((ws) => {
    sheets.push(sheetFromWorksheet(ws));
  });
  if (sheets.length === 0) throw new UnreadableFileError(name, message('io.no-sheets', { file: name }));
  return { name, sheets };
}

/** Splits CSV text (RFC 4180 quotes; the separator is guessed from the first line: ";" or ","). */
export function parseCsv(text: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export function readCsv(text: string, name: string): WorkbookData {
  const rows = parseCsv(text).map((r) => r.map((c): CellValue => (c === '' ? null : c)));
  const sheetName = name.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '') || 'Sheet1';
  return { name, sheets: [{ name: sheetName, values: rows }] };
}

/**
 * JSON input: `{ "sheets": [{ "name": "…", "values": [[…]] }] }`, or a bare array of rows.
 */
export function readJson(text: string, name: string): WorkbookData {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UnreadableFileError(name, message('io.bad-json', { file: name, detail: (e as Error).message }));
  }
  if (Array.isArray(data)) return { name, sheets: [{ name: 'Sheet1', values: data as CellValue[][] }] };
  if (data && typeof data === 'object' && Array.isArray((data as { sheets?: unknown }).sheets)) {
    const sheets = (data as { sheets: Array<{ name?: unknown; values?: unknown }> }).sheets.map((s, i) => ({
      name: typeof s.name === 'string' ? s.name : `Sheet${i + 1}`,
      values: Array.isArray(s.values) ? (s.values as CellValue[][]) : [],
    }));
    return { name, sheets };
  }
  throw new UnreadableFileError(name, message('io.bad-json', { file: name, detail: 'expected {"sheets":[…]} or an array of rows' }));
}

/**
 * Reads a file by its extension (.xlsx, .csv, .json). Large .xlsx files need the streaming
 * reader (io/xlsx-stream.ts, Node only); pass it as `readLarge` where it is available.
 */
export async function readWorkbookFile(bytes: Uint8Array, name: string, readLarge?: (b: Uint8Array, n: string) => Promise<WorkbookData>): Promise<WorkbookData> {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return readCsv(new TextDecoder().decode(bytes), name);
  if (lower.endsWith('.json')) return readJson(new TextDecoder().decode(bytes), name);
  if (lower.endsWith('.xls') && !lower.endsWith('.xlsx')) {
    throw new UnreadableFileError(name, message('io.old-xls', { file: name }));
  }
  if (readLarge) return readLarge(bytes, name);
  return readXlsx(bytes, name);
}
