/// <reference types="office-js" />
/**
 * The Excel HostPort (ui/host.ts) over Office.js: the task pane's panel talks to this, never to
 * Excel directly. Round trips are counted in context.sync() calls and do not grow with the
 * table: readActive 1, readWorkbook 2, writeReport 1 (2 when the report sheet's existence is
 * not known from a read), highlight 1, selectCell 1, clearHighlights 2 (3 in a new session).
 *
 * Marks never touch a cell: each is a conditional format whose rule is the marker formula
 * `="NTM"="NTM"` (always true) with the severity's fill, added over the marked cells of a sheet.
 * "Xóa đánh dấu" deletes the conditional formats carrying that marker and nothing else, so the
 * user's own fills, formats, conditional formats and values are exactly as they were. The sheets
 * that hold marks are remembered in the workbook's settings (NTM.highlights.*), so marks left in
 * a saved workbook can be cleared in a later session.
 */
import type { CheckReport, SheetData, WorkbookData } from '../core/index.js';
import { reportToRows } from '../core/annex/report.js';
import type { Lang } from '../core/messages/index.js';
import { parseRange } from '../core/sheet/index.js';
import type { CellFormat, CellValue } from '../core/values/types.js';
import { REPORT_SHEET, type CellMark, type HostInfo, type HostPort, type SheetTemplate } from '../ui/host.js';

/** The formula of every mark; a conditional format with it is ours. */
export const MARK_FORMULA = '="NTM"="NTM"';

/** Fill colours of the marks, by severity (Excel's own "bad", "neutral" and a light blue). */
export const MARK_FILL: Record<CellMark['severity'], string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

/** Workbook settings keys holding the sheets that carry marks. */
export const SETTINGS_PREFIX = 'NTM.highlights.';

/** Column widths of the report sheet, in points: sheet, cell, severity, code, value, message, hint. */
const REPORT_WIDTHS = [110, 50, 70, 150, 140, 420, 320];

/** Addresses per conditional format (Excel's address strings have a length limit). */
const AREAS_PER_FORMAT = 200;

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** Excel.run, or a stand-in in tests. */
  run?: ExcelRun;
  /** The document's URL (Office.context.document.url), for its name. */
  documentUrl?: () => string | undefined;
}

/** What an Excel number format says: percent, date, text, or general (as io/xlsx reads files). */
export function formatKind(numFmt: unknown): CellFormat {
  if (typeof numFmt !== 'string' || numFmt === '' || numFmt === 'General') return 'general';
  if (numFmt === '@') return 'text';
  const bare = numFmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  if (bare.includes('%')) return 'percent';
  if (/[dy]/i.test(bare) || /h.*m|m.*s/i.test(bare) || /^m+$/i.test(bare.trim())) return 'date';
  return 'general';
}

/** "Sheet1!A1:C1, 'Tự đánh giá'!$D$4:$E$4" → ["A1:C1", "D4:E4"] (sheet-local, no $). */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  for (const m of address.matchAll(/(?:'(?:[^']|'')*'|[^,'!]+)!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)/g)) {
    const a = (m[1] ?? m[2] ?? '').replace(/\$/g, '');
    if (a) out.push(a);
  }
  return out;
}

function cell(v: unknown): CellValue {
  if (v === '' || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
  return String(v);
}

function toSheetData(name: string, range: Excel.Range | null, merges: Excel.RangeAreas): SheetData {
  const sheet: SheetData = { name, values: [] };
  if (range && !range.isNullObject) {
    sheet.values = (range.values as unknown[][]).map((r) => r.map(cell));
    sheet.formats = (range.numberFormat as unknown[][]).map((r) => r.map(formatKind));
    sheet.origin = { row: range.rowIndex, col: range.columnIndex };
  }
  sheet.merges = merges.isNullObject ? [] : splitAreas(merges.address);
  return sheet;
}

function fileName(url: string | undefined): string {
  if (!url) return '';
  const last = url.split(/[\\/]/).pop() ?? '';
  try {
    return decodeURIComponent(last.split(/[?#]/)[0]!);
  } catch {
    return last;
  }
}

/** A string Excel would take for a formula or a number is written as text (number format "@"). */
function reportFormats(rows: CellValue[][]): string[][] {
  return rows.map((r) => r.map((v) => (typeof v === 'number' ? 'General' : '@')));
}

function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
}

export class ExcelHost implements HostPort {
  private readonly run: ExcelRun;
  private readonly documentUrl: () => string | undefined;
  /** Sheet names as of the last read (lets writeReport know, without a round trip, whether its sheet exists). */
  private knownSheets: Set<string> | null = null;
  /** Sheets marked in this session, and the settings keys that record them. */
  private marked: { sheets: Set<string>; keys: Set<string> } | null = null;
  private counter = 0;

  constructor(opts: ExcelHostOptions = {}) {
    this.run = opts.run ?? (<T>(batch: (c: Excel.RequestContext) => Promise<T>) => Excel.run(batch));
    this.documentUrl = opts.documentUrl ?? (() => (typeof Office !== 'undefined' ? Office.context?.document?.url : undefined));
  }

  async info(): Promise<HostInfo> {
    return { kind: 'excel', documentName: fileName(this.documentUrl()) || 'Workbook' };
  }

  /** The used range of the active sheet (values only), or the selection, with formats and merges: one sync. */
  async readActive(scope: 'used' | 'selection'): Promise<SheetData> {
    return this.run(async (context) => {
      const wb = context.workbook;
      const range = scope === 'used' ? wb.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true) : wb.getSelectedRange();
      const sheet = scope === 'used' ? wb.worksheets.getActiveWorksheet() : range.worksheet;
      sheet.load('name');
      range.load('values,numberFormat,rowIndex,columnIndex');
      // merges of the whole sheet: a method on a null range (empty sheet) would fail the batch
      const merges = sheet.getRange().getMergedAreasOrNullObject();
      merges.load('address');
      wb.worksheets.load('items/name');
      await context.sync();
      this.knownSheets = new Set(wb.worksheets.items.map((s) => s.name));
      return toSheetData(sheet.name, range, merges);
    });
  }

  /** Every sheet but the report and very hidden ones: two syncs (names, then every used range at once). */
  async readWorkbook(): Promise<WorkbookData> {
    return this.run(async (context) => {
      const wb = context.workbook;
      wb.worksheets.load('items/name,items/visibility');
      await context.sync();
      this.knownSheets = new Set(wb.worksheets.items.map((s) => s.name));
      const reads = wb.worksheets.items
        .filter((s) => s.visibility !== 'VeryHidden' && s.name !== REPORT_SHEET)
        .map((s) => {
          const range = s.getUsedRangeOrNullObject(true);
          range.load('values,numberFormat,rowIndex,columnIndex');
          const merges = s.getRange().getMergedAreasOrNullObject();
          merges.load('address');
          return { name: s.name, range, merges };
        });
      await context.sync();
      return { name: fileName(this.documentUrl()) || 'Workbook', sheets: reads.map((r) => toSheetData(r.name, r.range, r.merges)) };
    });
  }

  /** Replaces the report sheet's content: one sync when a read told whether the sheet exists, else two. */
  async writeReport(report: CheckReport, lang: Lang): Promise<void> {
    const rows = reportToRows(report, lang);
    const write = async (exists: boolean) => this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      let ws: Excel.Worksheet;
      if (exists) {
        ws = sheets.getItem(REPORT_SHEET);
        ws.getRange().clear(); // the report sheet is ours: contents and formats go
      } else {
        ws = sheets.add(REPORT_SHEET);
      }
      const width = rows[0]?.length ?? 1;
      const range = ws.getRangeByIndexes(0, 0, Math.max(rows.length, 1), width);
      range.numberFormat = reportFormats(rows);
      range.values = rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : v))) as (string | number | boolean)[][];
      REPORT_WIDTHS.slice(0, width).forEach((w, i) => {
        ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = w;
      });
      await context.sync();
      this.knownSheets?.add(REPORT_SHEET);
    });
    let exists = this.knownSheets?.has(REPORT_SHEET);
    if (exists === undefined) exists = await this.sheetExists(REPORT_SHEET);
    try {
      await write(exists);
    } catch (e) {
      // the sheet was added or removed since the last read: ask, then write
      if (!['ItemNotFound', 'ItemAlreadyExists'].includes(errorCode(e))) throw e;
      await write(await this.sheetExists(REPORT_SHEET));
    }
  }

  private async sheetExists(name: string): Promise<boolean> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync(); // isNullObject is known after a sync, without a load
      return !ws.isNullObject;
    });
  }

  /** One sync: per sheet and severity, conditional formats over the marked cells, and a settings record. */
  async highlight(marks: CellMark[]): Promise<void> {
    if (marks.length === 0) return;
    const groups = new Map<string, Map<CellMark['severity'], string[]>>();
    for (const m of marks) {
      const r = parseRange(m.cell);
      if (!r) continue;
      const bySeverity = groups.get(m.sheet) ?? new Map<CellMark['severity'], string[]>();
      const list = bySeverity.get(m.severity) ?? [];
      list.push(m.cell.replace(/\$/g, '').toUpperCase());
      bySeverity.set(m.severity, list);
      groups.set(m.sheet, bySeverity);
    }
    if (groups.size === 0) return;
    const key = `${SETTINGS_PREFIX}${Date.now().toString(36)}.${(this.counter++).toString(36)}`;
    await this.run(async (context) => {
      for (const [sheet, bySeverity] of groups) {
        const ws = context.workbook.worksheets.getItem(sheet);
        // errors last: the conditional format added last takes precedence where marks overlap
        for (const severity of ['info', 'warning', 'error'] as const) {
          const cells = [...new Set(bySeverity.get(severity) ?? [])];
          for (let i = 0; i < cells.length; i += AREAS_PER_FORMAT) {
            const cf = ws.getRanges(cells.slice(i, i + AREAS_PER_FORMAT).join(', ')).conditionalFormats.add('Custom');
            cf.custom.rule.formula = MARK_FORMULA;
            cf.custom.format.fill.color = MARK_FILL[severity];
          }
        }
      }
      context.workbook.settings.add(key, JSON.stringify([...groups.keys()]));
      await context.sync();
    });
    this.marked ??= { sheets: new Set(), keys: new Set() };
    for (const s of groups.keys()) this.marked.sheets.add(s);
    this.marked.keys.add(key);
  }

  /**
   * Deletes the conditional formats that carry the marker on the sheets recorded as marked, and
   * the records. Two syncs when this session made the marks, three otherwise (read the records).
   */
  async clearHighlights(): Promise<void> {
    let marked = this.marked;
    if (!marked) {
      marked = await this.run(async (context) => {
        const settings = context.workbook.settings;
        settings.load('items/key,items/value');
        await context.sync();
        const found = { sheets: new Set<string>(), keys: new Set<string>() };
        for (const s of settings.items) {
          if (!s.key.startsWith(SETTINGS_PREFIX)) continue;
          found.keys.add(s.key);
          try {
            for (const name of JSON.parse(String(s.value)) as unknown[]) if (typeof name === 'string') found.sheets.add(name);
          } catch {
            // a damaged record: its key is still removed
          }
        }
        return found;
      });
    }
    if (marked.sheets.size === 0 && marked.keys.size === 0) return;
    const target = marked;
    await this.run(async (context) => {
      const lists = [...target.sheets].map((name) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(name);
        const cfs = ws.getRange().conditionalFormats;
        cfs.load('items/type,items/customOrNullObject/rule/formula');
        return { ws, cfs };
      });
      // sheets deleted since are null objects; their formats went with them
      await context.sync().catch((e: unknown) => {
        if (errorCode(e) !== 'ItemNotFound') throw e;
      });
      for (const { ws, cfs } of lists) {
        if (ws.isNullObject) continue;
        for (const cf of cfs.items) {
          if (cf.type !== 'Custom' || cf.customOrNullObject.isNullObject) continue;
          if (isMarkFormula(cf.customOrNullObject.rule.formula)) cf.delete();
        }
      }
      for (const key of target.keys) context.workbook.settings.getItemOrNullObject(key).delete();
      await context.sync();
    });
    this.marked = null;
  }

  /** Activates the sheet and selects the cell: one sync. */
  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell.replace(/\$/g, '')).select();
      await context.sync();
    });
  }

  /** Adds template sheets under free names (never over an existing sheet): two syncs. */
  async insertSheets(templates: SheetTemplate[]): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const taken = new Set(sheets.items.map((s) => s.name));
      const names: string[] = [];
      for (const t of templates) {
        let name = t.name;
        for (let n = 2; taken.has(name); n++) name = `${t.name} (${n})`;
        taken.add(name);
        names.push(name);
        const ws = sheets.add(name);
        const width = Math.max(1, ...t.rows.map((r) => r.length));
        if (t.rows.length > 0) {
          const rows = t.rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] === null || r[i] === undefined ? '' : r[i]!)));
          ws.getRangeByIndexes(0, 0, rows.length, width).formulas = rows as (string | number | boolean)[][];
        }
        if (t.frozenRows) ws.freezePanes.freezeRows(t.frozenRows);
        (t.columnWidths ?? []).forEach((w, i) => {
          ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = w;
        });
      }
      await context.sync();
      this.knownSheets = new Set([...taken]);
      return names;
    });
  }
}

/** Whether a conditional format's formula is the marks' marker. */
export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.replace(/\s+/g, '').toUpperCase() === MARK_FORMULA.toUpperCase();
}

/** The host for the task pane (Excel.run, the open document). */
export function createExcelHost(opts: ExcelHostOptions = {}): ExcelHost {
  return new ExcelHost(opts);
}
