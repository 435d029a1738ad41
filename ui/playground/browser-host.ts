/**
 * The browser playground's HostPort: a workbook held in the page (WorkbookData), an active
 * sheet, a selection per sheet and a layer of marks. Nothing leaves the page. Marks never touch
 * the values: "Xóa đánh dấu" drops exactly the marks `highlight` added.
 */
import { a1, parseA1, parseRange, rangeA1, reportToRows, type CheckReport, type Lang, type SheetData, type WorkbookData } from '../../core/index.js';
import type { CellValue } from '../../core/values/types.js';
import { REPORT_SHEET, type CellMark, type HostInfo, type HostPort, type SheetTemplate } from '../host.js';

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface HostChange {
  /** The selection moved because the panel asked for it: the view scrolls it into sight. */
  reveal?: boolean;
}

type Method = 'info' | 'readActive' | 'readWorkbook' | 'writeReport' | 'highlight' | 'clearHighlights' | 'selectCell' | 'insertSheets';

export class BrowserHost implements HostPort {
  workbook: WorkbookData;
  active = 0;
  /** Calls the panel made, per method (round trips, for tests). */
  readonly calls: Record<Method, number> = { info: 0, readActive: 0, readWorkbook: 0, writeReport: 0, highlight: 0, clearHighlights: 0, selectCell: 0, insertSheets: 0 };
  /** Sheets a template inserted as hidden (helper sheets): kept, not shown as tabs. */
  readonly hidden = new Set<string>();
  private readonly selections = new Map<string, Rect>();
  private readonly marks = new Map<string, CellMark>();
  private readonly listeners = new Set<(c: HostChange) => void>();

  constructor(workbook: WorkbookData) {
    this.workbook = workbook;
  }

  /** Replaces the workbook (a file opened in the page); marks and selections start afresh. */
  load(workbook: WorkbookData): void {
    this.workbook = workbook;
    this.active = 0;
    this.selections.clear();
    this.marks.clear();
    this.hidden.clear();
    this.emit({});
  }

  subscribe(fn: (c: HostChange) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(c: HostChange): void {
    for (const fn of this.listeners) fn(c);
  }

  // ---- what the view reads ------------------------------------------------------------------
  activeSheet(): SheetData | undefined {
    return this.workbook.sheets[this.active];
  }

  selection(sheet = this.activeSheet()?.name ?? ''): Rect {
    return this.selections.get(sheet) ?? { top: 0, left: 0, bottom: 0, right: 0 };
  }

  /** The mark on a cell (0-based sheet coordinates), if any. */
  markAt(sheet: string, row: number, col: number): CellMark | undefined {
    return this.marks.get(markKey(sheet, rangeA1(row, col, row, col)));
  }

  markCount(): number {
    return this.marks.size;
  }

  // ---- what the user does in the view ----------------------------------------------------------
  activate(index: number): void {
    if (index < 0 || index >= this.workbook.sheets.length || index === this.active) return;
    this.active = index;
    this.emit({});
  }

  select(rect: Rect): void {
    const s = this.activeSheet();
    if (!s) return;
    this.selections.set(s.name, normal(rect));
    this.emit({});
  }

  // ---- HostPort -------------------------------------------------------------------------------
  async info(): Promise<HostInfo> {
    this.calls.info++;
    return { kind: 'browser', documentName: this.workbook.name };
  }

  async readActive(scope: 'used' | 'selection'): Promise<SheetData> {
    this.calls.readActive++;
    const s = this.activeSheet();
    if (!s) return { name: '', values: [] };
    if (scope === 'used') return { ...s };
    return sliceSheet(s, this.selection(s.name));
  }

  async readWorkbook(): Promise<WorkbookData> {
    this.calls.readWorkbook++;
    return { name: this.workbook.name, sheets: this.workbook.sheets.slice() };
  }

  async writeReport(report: CheckReport, lang: Lang): Promise<void> {
    this.calls.writeReport++;
    const sheet: SheetData = { name: REPORT_SHEET, values: reportToRows(report, lang) };
    const i = this.workbook.sheets.findIndex((s) => s.name === REPORT_SHEET);
    if (i >= 0) this.workbook.sheets[i] = sheet;
    else this.workbook.sheets.push(sheet);
    this.emit({});
  }

  async highlight(marks: CellMark[]): Promise<void> {
    this.calls.highlight++;
    for (const m of marks) this.marks.set(markKey(m.sheet, m.cell), m);
    this.emit({});
  }

  async clearHighlights(): Promise<void> {
    this.calls.clearHighlights++;
    this.marks.clear();
    this.emit({});
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.calls.selectCell++;
    const i = this.workbook.sheets.findIndex((s) => s.name === sheet);
    const r = parseRange(cell);
    if (i < 0 || !r) return;
    this.active = i;
    this.selections.set(sheet, r);
    this.emit({ reveal: true });
  }

  async insertSheets(sheets: SheetTemplate[]): Promise<string[]> {
    this.calls.insertSheets++;
    const names: string[] = [];
    for (const t of sheets) {
      let name = t.name;
      for (let n = 2; this.workbook.sheets.some((s) => s.name === name); n++) name = `${t.name} (${n})`;
      // a formula shows its cached result, as a spreadsheet would (the page computes no formula)
      const values = t.rows.map((r, i) => r.map((v, j): CellValue => (typeof v === 'string' && v.startsWith('=') ? t.results?.[a1(i, j)] ?? null : v)));
      const sheet: SheetData = { name, values };
      if (t.merges?.length) sheet.merges = t.merges.slice();
      this.workbook.sheets.push(sheet);
      if (t.state && t.state !== 'visible') this.hidden.add(name);
      names.push(name);
    }
    this.emit({});
    return names;
  }
}

function markKey(sheet: string, cell: string): string {
  const p = parseA1(cell);
  return `${sheet}\u0000${p ? rangeA1(p.row, p.col, p.row, p.col) : cell.toUpperCase()}`;
}

function normal(r: Rect): Rect {
  return { top: Math.min(r.top, r.bottom), left: Math.min(r.left, r.right), bottom: Math.max(r.top, r.bottom), right: Math.max(r.left, r.right) };
}

/** The part of a sheet inside a rectangle, with its origin, as Office.js reads a selection. */
export function sliceSheet(s: SheetData, rect: Rect): SheetData {
  const r0 = s.origin?.row ?? 0;
  const c0 = s.origin?.col ?? 0;
  const values: CellValue[][] = [];
  const formats: NonNullable<SheetData['formats']> = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const src = s.values[r - r0] ?? [];
    const fsrc = s.formats?.[r - r0] ?? [];
    const row: CellValue[] = [];
    const frow: NonNullable<SheetData['formats']>[number] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const v = src[c - c0];
      row.push(v === undefined ? null : v);
      frow.push(fsrc[c - c0]);
    }
    values.push(row);
    formats.push(frow);
  }
  const merges = (s.merges ?? []).filter((m) => {
    const p = parseRange(m);
    return p !== null && p.top >= rect.top && p.left >= rect.left && p.bottom <= rect.bottom && p.right <= rect.right;
  });
  const out: SheetData = { name: s.name, values, origin: { row: rect.top, col: rect.left } };
  if (s.formats) out.formats = formats;
  if (merges.length) out.merges = merges;
  return out;
}
