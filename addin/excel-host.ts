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

  /**
   * Adds a template's sheets (the template room's SheetSpec) under free names, never over an
   * existing sheet, in two syncs whatever their size: the names in use, then everything. A sheet
   * or workbook name already taken gets a suffix, and the formulas, validations and names of the
   * inserted sheets are rewritten to follow it.
   */
  async insertSheets(templates: SheetTemplate[]): Promise<string[]> {
    return this.run(async (context) => {
      const wb = context.workbook;
      wb.worksheets.load('items/name');
      wb.names.load('items/name');
      await context.sync();
      const plan = planInsertion(templates, wb.worksheets.items.map((w) => w.name), wb.names.items.map((n) => n.name));
      const sheets = plan.sheets.map((t) => ({ t, ws: wb.worksheets.add(t.name) }));
      for (const { t, ws } of sheets) renderContent(ws, t);
      for (const n of plan.names) wb.names.add(n.name, n.ref.startsWith('=') ? n.ref : `=${n.ref}`);
      for (const { t, ws } of sheets) renderRules(ws, t);
      for (const { t, ws } of sheets) {
        if (t.state === 'hidden') ws.visibility = 'Hidden';
        else if (t.state === 'veryHidden') ws.visibility = 'VeryHidden';
        if (t.protection?.enabled) ws.protection.protect();
      }
      const first = sheets.find(({ t }) => !t.state || t.state === 'visible');
      first?.ws.activate();
      await context.sync();
      this.knownSheets = new Set([...wb.worksheets.items.map((w) => w.name), ...plan.sheets.map((t) => t.name)]);
      return plan.sheets.map((t) => t.name);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// templates: a SheetSpec rendered with Office.js (all writes, no reads)

type Template = SheetTemplate;
type Style = NonNullable<Template['baseStyle']>;

/** Free names for the sheets and workbook names, and the templates rewritten to use them. */
export function planInsertion(templates: readonly Template[], sheetsTaken: readonly string[], namesTaken: readonly string[]): { sheets: Template[]; names: Array<{ name: string; ref: string }> } {
  const sheetSet = new Set(sheetsTaken.map((n) => n.toLowerCase()));
  const sheetRenames = new Map<string, string>();
  for (const t of templates) {
    let name = t.name;
    for (let n = 2; sheetSet.has(name.toLowerCase()); n++) name = sheetName(t.name, n);
    sheetSet.add(name.toLowerCase());
    if (name !== t.name) sheetRenames.set(t.name, name);
  }
  const nameSet = new Set(namesTaken.map((n) => n.toLowerCase()));
  const nameRenames = new Map<string, string>();
  const names: Array<{ name: string; ref: string }> = [];
  for (const t of templates) {
    for (const d of t.names ?? []) {
      if (names.some((x) => x.name === (nameRenames.get(d.name) ?? d.name))) continue;
      let name = d.name;
      for (let n = 2; nameSet.has(name.toLowerCase()); n++) name = `${d.name}_${n}`;
      nameSet.add(name.toLowerCase());
      if (name !== d.name) nameRenames.set(d.name, name);
      names.push({ name, ref: d.ref });
    }
  }
  const fix = (f: string) => rewriteReferences(f, sheetRenames, nameRenames);
  const sheets = templates.map((t): Template => {
    const out: Template = { ...t, name: sheetRenames.get(t.name) ?? t.name, rows: t.rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('=') ? fix(v) : v))) };
    if (t.validations) {
      out.validations = t.validations.map((v) => {
        if (v.type === 'custom') return { ...v, formula: fix(v.formula) };
        if (v.type === 'list' && v.source) return { ...v, source: fix(v.source) };
        return v;
      });
    }
    if (t.conditionalFormats) out.conditionalFormats = t.conditionalFormats.map((c) => (c.type === 'expression' ? { ...c, formula: fix(c.formula) } : c));
    delete out.names;
    return out;
  });
  return { sheets, names: names.map((n) => ({ name: n.name, ref: fix(n.ref) })) };
}

/** "Bộ tiêu chí" → "Bộ tiêu chí (2)", within Excel's 31 characters. */
function sheetName(base: string, n: number): string {
  const suffix = ` (${n})`;
  return base.slice(0, 31 - suffix.length) + suffix;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rewrites sheet references ('Old'!, Old!) and defined names in a formula, outside string literals. */
export function rewriteReferences(formula: string, sheets: ReadonlyMap<string, string>, names: ReadonlyMap<string, string>): string {
  if (sheets.size === 0 && names.size === 0) return formula;
  // split off string literals ("…", with "" inside) so text is never rewritten
  return formula.split(/("(?:[^"]|"")*")/).map((part, i) => {
    if (i % 2 === 1) return part;
    let p = part;
    for (const [from, to] of sheets) {
      const quoted = `'${to.replace(/'/g, "''")}'!`;
      p = p.replace(new RegExp(`'${escapeRe(from.replace(/'/g, "''"))}'!`, 'g'), () => quoted);
      if (/^[A-Za-z_][\w.]*$/.test(from)) p = p.replace(new RegExp(`(?<![\\w.'])${escapeRe(from)}!`, 'g'), () => quoted);
    }
    for (const [from, to] of names) p = p.replace(new RegExp(`(?<![\\w.'!])${escapeRe(from)}(?![\\w.(!])`, 'g'), () => to);
    return p;
  }).join('');
}

/** Column width: characters of the default font → points (7 px a character, 5 px padding). */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Text Excel would turn into a number, date, time, percentage or boolean when written as is. */
function looksTyped(s: string): boolean {
  return (/\d/.test(s) && /^[\s\d.,:/%+\-eE]+$/.test(s)) || /^(true|false)$/i.test(s.trim());
}

function dims(ref: string): { rows: number; cols: number; top: number; left: number } | null {
  const r = parseRange(ref);
  return r ? { rows: r.bottom - r.top + 1, cols: r.right - r.left + 1, top: r.top, left: r.left } : null;
}

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

function applyStyle(range: Excel.Range, style: Style, size: { rows: number; cols: number } | null): void {
  const f = range.format;
  if (style.font) {
    const font = style.font;
    if (font.name) f.font.name = font.name;
    if (font.size) f.font.size = font.size;
    if (font.bold !== undefined) f.font.bold = font.bold;
    if (font.italic !== undefined) f.font.italic = font.italic;
    if (font.underline !== undefined) f.font.underline = font.underline ? 'Single' : 'None';
    if (font.color) f.font.color = `#${font.color}`;
  }
  if (style.fill) f.fill.color = `#${style.fill}`;
  if (style.border) {
    const edges: string[] = [...EDGES];
    if (size && size.cols > 1) edges.push('InsideVertical');
    if (size && size.rows > 1) edges.push('InsideHorizontal');
    for (const e of edges) {
      const b = f.borders.getItem(e as Excel.BorderIndex);
      b.style = style.border === 'thin' ? 'Continuous' : 'None';
      if (style.border === 'thin') b.weight = 'Thin';
    }
  }
  if (style.align) {
    const a = style.align;
    if (a.h) f.horizontalAlignment = H_ALIGN[a.h];
    if (a.v) f.verticalAlignment = V_ALIGN[a.v];
    if (a.wrap !== undefined) f.wrapText = a.wrap;
    if (a.indent !== undefined) f.indentLevel = a.indent;
    if (a.rotate !== undefined) f.textOrientation = a.rotate;
  }
  if (style.locked !== undefined) f.protection.locked = style.locked;
}

/** Values and formulas, formats, merges, sizes, panes, print setup. */
function renderContent(ws: Excel.Worksheet, t: Template): void {
  const width = Math.max(0, ...t.rows.map((r) => r.length));
  if (t.baseStyle) applyStyle(ws.getRange(), t.baseStyle, null);
  for (const s of t.styles ?? []) {
    const d = dims(s.ref);
    const range = ws.getRange(s.ref);
    applyStyle(range, s.style, d);
    if (s.style.numFmt && d) range.numberFormat = Array.from({ length: d.rows }, () => Array.from({ length: d.cols }, () => s.style.numFmt!));
  }
  if (t.rows.length > 0 && width > 0) {
    // text that Excel would read as a number ("15.3", "17.10", "01/7/2025") stays text
    t.rows.forEach((row, r) => row.forEach((v, c) => {
      if (typeof v === 'string' && !v.startsWith('=') && looksTyped(v)) ws.getRangeByIndexes(r, c, 1, 1).numberFormat = [['@']];
    }));
    const rows = t.rows.map((r) => Array.from({ length: width }, (_, i) => {
      const v = r[i];
      return v === null || v === undefined ? '' : v;
    }));
    ws.getRangeByIndexes(0, 0, rows.length, width).formulas = rows as (string | number | boolean)[][];
  }
  for (const m of t.merges ?? []) ws.getRange(m).merge(false);
  (t.columnWidths ?? []).forEach((w, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = widthInPoints(w);
  });
  for (const [row, h] of Object.entries(t.rowHeights ?? {})) ws.getRangeByIndexes(Number(row) - 1, 0, 1, 1).getEntireRow().format.rowHeight = h;
  for (const c of t.hiddenColumns ?? []) ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().columnHidden = true;
  if (t.frozenRows && t.frozenCols) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, t.frozenRows, t.frozenCols));
  else if (t.frozenRows) ws.freezePanes.freezeRows(t.frozenRows);
  else if (t.frozenCols) ws.freezePanes.freezeColumns(t.frozenCols);
  if (t.tabColor) ws.tabColor = `#${t.tabColor}`;
  if (t.print) {
    const pl = ws.pageLayout;
    const pr = t.print;
    pl.orientation = pr.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    pl.paperSize = 'A4';
    if (pr.fitToWidth) pl.zoom = pr.fitToHeight ? { horizontalFitToPages: pr.fitToWidth, verticalFitToPages: pr.fitToHeight } : { horizontalFitToPages: pr.fitToWidth };
    if (pr.titleRows) pl.setPrintTitleRows(`$${pr.titleRows[0]}:$${pr.titleRows[1]}`);
    if (pr.area) pl.setPrintArea(pr.area);
    if (pr.margins) {
      const cm = 72 / 2.54;
      pl.leftMargin = pr.margins.left * cm;
      pl.rightMargin = pr.margins.right * cm;
      pl.topMargin = pr.margins.top * cm;
      pl.bottomMargin = pr.margins.bottom * cm;
    }
    if (pr.footer) pl.headersFooters.defaultForAllPages.centerFooter = pr.footer;
    if (pr.horizontalCentered) pl.centerHorizontally = true;
  }
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** Data validations and conditional formats (after the workbook names they refer to). */
function renderRules(ws: Excel.Worksheet, t: Template): void {
  for (const v of t.validations ?? []) {
    const dv = ws.getRange(v.ref).dataValidation;
    const between = (min: number | string | undefined, max: number | string | undefined) =>
      min !== undefined && max !== undefined ? { formula1: min, formula2: max, operator: 'Between' as const }
        : min !== undefined ? { formula1: min, operator: 'GreaterThanOrEqualTo' as const }
          : { formula1: max!, operator: 'LessThanOrEqualTo' as const };
    switch (v.type) {
      case 'list': {
        const src = v.source ?? '';
        dv.rule = { list: { inCellDropDown: true, source: v.values ? v.values.join(',') : src.startsWith('=') ? src : `=${src}` } };
        break;
      }
      case 'whole':
      case 'decimal':
        if (v.min === undefined && v.max === undefined) continue;
        dv.rule = v.type === 'whole' ? { wholeNumber: between(v.min, v.max) } : { decimal: between(v.min, v.max) };
        break;
      case 'date':
        dv.rule = { date: between(v.min, v.max) as Excel.DateTimeDataValidation };
        break;
      case 'custom':
        dv.rule = { custom: { formula: v.formula.startsWith('=') ? v.formula : `=${v.formula}` } };
        break;
    }
    dv.ignoreBlanks = true;
    if (v.prompt) dv.prompt = { showPrompt: true, title: '', message: clip(v.prompt.vi, 255) };
    const strict = v.type === 'list' ? v.strict !== false : true;
    if (v.error || !strict) {
      dv.errorAlert = {
        showAlert: strict, style: v.type === 'custom' && v.warn ? 'Warning' : 'Stop', title: '', message: clip(v.error?.vi ?? '', 255),
      };
    }
  }
  for (const c of t.conditionalFormats ?? []) {
    const cfs = ws.getRange(c.ref).conditionalFormats;
    if (c.type === 'colorScale') {
      const crit = (s: { at: 'min' | 'max' | number; color: string }): Excel.ConditionalColorScaleCriterion =>
        s.at === 'min' ? { type: 'LowestValue', color: `#${s.color}` } : s.at === 'max' ? { type: 'HighestValue', color: `#${s.color}` }
          : { type: 'Number', formula: String(s.at), color: `#${s.color}` };
      const stops = c.stops;
      const criteria: Excel.ConditionalColorScaleCriteria = { minimum: crit(stops[0]!), maximum: crit(stops[stops.length - 1]!) };
      if (stops.length === 3) criteria.midpoint = crit(stops[1]!);
      cfs.add('ColorScale').colorScale.criteria = criteria;
    } else if (c.type === 'dataBar') {
      const bar = cfs.add('DataBar').dataBar;
      bar.positiveFormat.fillColor = `#${c.color}`;
      bar.lowerBoundRule = c.min === undefined ? { type: 'LowestValue' } : { type: 'Number', formula: String(c.min) };
      bar.upperBoundRule = c.max === undefined ? { type: 'HighestValue' } : { type: 'Number', formula: String(c.max) };
    } else {
      const text = c.type === 'textEquals';
      const cf = text ? cfs.add('CellValue').cellValue : cfs.add('Custom').custom;
      if (text) (cf as Excel.CellValueConditionalFormat).rule = { formula1: `="${c.text.replace(/"/g, '""')}"`, operator: 'EqualTo' };
      else (cf as Excel.CustomConditionalFormat).rule.formula = c.formula.startsWith('=') ? c.formula : `=${c.formula}`;
      if (c.fill) cf.format.fill.color = `#${c.fill}`;
      if (c.fontColor) cf.format.font.color = `#${c.fontColor}`;
      if (c.bold) cf.format.font.bold = true;
    }
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
