/**
 * A stand-in for the Apps Script services the add-on uses — SpreadsheetApp (with its Ui, rule
 * builders, ranges), HtmlService, PropertiesService, Session — over an in-memory spreadsheet,
 * COUNTING every method call. Each object is a Proxy that counts calls to its public methods
 * (names not starting with "_") under its service: `calls.spreadsheet` is the number of
 * Spreadsheet service calls a run made, whatever object it went through.
 *
 * Sheets' own rules the add-on depends on are imitated where a mistake would show:
 * - setValues reads text as Sheets does: "=…" becomes a formula, a number-like text becomes a
 *   number, TRUE/FALSE a boolean, and a leading apostrophe keeps the rest as text; a cell
 *   formatted as plain text ("@") keeps the text as written;
 * - insertSheet activates the new sheet; getDataRange starts at A1 and ends at the last cell
 *   with content; getValues gives "" for blanks and Dates (of the script's realm) for dates;
 * - conditional format rules keep their order; getRangeList takes A1 areas of one sheet.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { columnLetter, parseRange } from '../../core/sheet/index.js';

export type Service = 'spreadsheet' | 'html' | 'properties' | 'session';

export class Calls {
  readonly byName = new Map<string, number>();
  readonly byService: Record<Service, number> = { spreadsheet: 0, html: 0, properties: 0, session: 0 };
  add(service: Service, name: string): void {
    this.byService[service]++;
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1);
  }
  get spreadsheet(): number {
    return this.byService.spreadsheet;
  }
  count(name: string): number {
    return this.byName.get(name) ?? 0;
  }
  reset(): void {
    this.byName.clear();
    for (const k of Object.keys(this.byService) as Service[]) this.byService[k] = 0;
  }
}

/** Wraps an object so every call of a public method is counted. */
function counted<T extends object>(obj: T, service: Service, type: string, calls: Calls): T {
  const proxy: T = new Proxy(obj, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function' || typeof prop !== 'string' || prop.startsWith('_') || prop === 'constructor') return v;
      return (...args: unknown[]) => {
        calls.add(service, `${type}.${prop}`);
        const out = (v as (...a: unknown[]) => unknown).apply(target, args);
        return out === target ? proxy : out; // chained calls stay counted
      };
    },
  });
  return proxy;
}

type Rect = { top: number; left: number; bottom: number; right: number };

function rectA1(r: Rect): string {
  const a = `${columnLetter(r.left)}${r.top + 1}`;
  const b = `${columnLetter(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

function parseRect(a1: string): Rect {
  const r = parseRange(a1.replace(/\$/g, ''));
  if (!r) throw new Error(`Range not found: ${a1}`);
  return r;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Splits "'Sheet name'!A1:B2" / "Sheet1!A1" / "A1". */
export function splitRef(ref: string): { sheet: string | null; a1: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
  if (!m) return { sheet: null, a1: ref.trim() };
  return { sheet: (m[1] ?? m[2]!).replace(/''/g, "'"), a1: m[3]! };
}

export interface Realm {
  /** Dates the script sees are of its own realm (vm context). */
  makeDate(d: Date): Date;
}

export interface CfRuleData {
  kind: 'boolean' | 'gradient';
  criteria?: string;
  values?: string[];
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  gradient?: Record<string, unknown>;
  ranges: Array<{ sheet: string; a1: string }>;
}

export interface Options {
  name?: string;
  realm?: Realm;
  /** Folder holding the HTML files HtmlService serves (dist/apps-script). */
  htmlDir?: string;
  /** Answers of ui.prompt, in order (null: Cancel). */
  prompts?: Array<string | null>;
}

export class FakeSpreadsheet {
  readonly calls = new Calls();
  readonly sheets: FakeSheet[] = [];
  readonly namedRanges = new Map<string, { sheet: string; a1: string }>();
  readonly toasts: Array<{ msg: string; title: string }> = [];
  readonly alerts: string[] = [];
  readonly sidebars: Array<{ title: string; content: string }> = [];
  readonly menus: Array<{ name: string; items: Array<{ caption: string; fn: string } | null> }> = [];
  readonly properties = new Map<string, string>();
  readonly prompts: Array<string | null>;
  name: string;
  activeSheet: FakeSheet | null = null;
  /** The selection: a sheet and an area. */
  selection: { sheet: string; a1: string } | null = null;
  realm: Realm;
  readonly htmlDir: string | undefined;

  constructor(opts: Options = {}) {
    this.name = opts.name ?? 'Bảng tính';
    this.realm = opts.realm ?? { makeDate: (d) => d };
    this.htmlDir = opts.htmlDir;
    this.prompts = [...(opts.prompts ?? [])];
  }

  /** Adds a sheet holding `values` (row by row from A1), without counting. */
  addSheet(name: string, values: unknown[][] = [], formats?: string[][]): FakeSheet {
    const s = new FakeSheet(this, name);
    values.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== '') s._set(r, c, v);
    }));
    formats?.forEach((row, r) => row.forEach((f, c) => {
      if (f) s.numberFormats.set(s._key(r, c), f);
    }));
    this.sheets.push(s);
    this.activeSheet ??= s;
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** The globals a script sees: SpreadsheetApp, HtmlService, PropertiesService, Session. */
  globals(): Record<string, unknown> {
    const c = this.calls;
    const ss = this;
    const api = {
      BooleanCriteria: { CUSTOM_FORMULA: 'CUSTOM_FORMULA', TEXT_EQUAL_TO: 'TEXT_EQUAL_TO' },
      InterpolationType: { NUMBER: 'NUMBER', PERCENT: 'PERCENT', PERCENTILE: 'PERCENTILE', MIN: 'MIN', MAX: 'MAX' },
      BorderStyle: { SOLID: 'SOLID' },
      getActiveSpreadsheet: () => ss._wrapped(),
      getActive: () => ss._wrapped(),
      getUi: () => counted(new FakeUi(ss), 'spreadsheet', 'Ui', c),
      newConditionalFormatRule: () => counted(new CfBuilder(ss), 'spreadsheet', 'ConditionalFormatRuleBuilder', c),
      newDataValidation: () => counted(new DvBuilder(), 'spreadsheet', 'DataValidationBuilder', c),
    };
    const html = {
      createHtmlOutputFromFile: (file: string) => {
        const f = path.join(ss.htmlDir ?? '', `${file}.html`);
        if (!ss.htmlDir || !existsSync(f)) throw new Error(`No HTML file named ${file} was found.`);
        return counted(new HtmlOutput(readFileSync(f, 'utf8')), 'html', 'HtmlOutput', c);
      },
    };
    const props = {
      getDocumentProperties: () => counted(new Properties(ss.properties), 'properties', 'Properties', c),
    };
    const session = {
      getActiveUserLocale: () => 'vi',
      getScriptTimeZone: () => 'Asia/Ho_Chi_Minh',
    };
    return {
      SpreadsheetApp: counted(api, 'spreadsheet', 'SpreadsheetApp', c),
      HtmlService: counted(html, 'html', 'HtmlService', c),
      PropertiesService: counted(props, 'properties', 'PropertiesService', c),
      Session: counted(session, 'session', 'Session', c),
    };
  }

  _wrapped(): FakeSpreadsheetApi {
    return counted(new FakeSpreadsheetApi(this), 'spreadsheet', 'Spreadsheet', this.calls);
  }

  _wrapSheet(s: FakeSheet): FakeSheetApi {
    return counted(new FakeSheetApi(s), 'spreadsheet', 'Sheet', this.calls);
  }

  _wrapRange(s: FakeSheet, r: Rect): FakeRange {
    return counted(new FakeRange(s, r), 'spreadsheet', 'Range', this.calls);
  }

  _range(ref: string, defaultSheet: FakeSheet | null): FakeRange {
    const { sheet, a1 } = splitRef(ref);
    const s = sheet === null ? defaultSheet : this.sheets.find((x) => x.name === sheet) ?? null;
    if (!s) throw new Error(`Range not found: ${ref}`);
    return this._wrapRange(s, parseRect(a1));
  }
}

/** One sheet's content and settings. */
export class FakeSheet {
  readonly values = new Map<string, unknown>();
  readonly formulas = new Map<string, string>();
  readonly numberFormats = new Map<string, string>();
  readonly styles = new Map<string, Map<string, unknown>>();
  readonly borders = new Set<string>();
  readonly validations = new Map<string, DataValidationData>();
  merges: Rect[] = [];
  cfRules: CfRuleData[] = [];
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  protection: { warningOnly: boolean; unprotected: string[] } | null = null;

  constructor(readonly book: FakeSpreadsheet, public name: string) {}

  _key(r: number, c: number): string {
    return `${r},${c}`;
  }

  _set(r: number, c: number, v: unknown): void {
    if (v === '' || v === null || v === undefined) this.values.delete(this._key(r, c));
    else this.values.set(this._key(r, c), v);
  }

  /** The last row and column with content (0-based), or -1. */
  _extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const k of [...this.values.keys(), ...this.formulas.keys()]) {
      const [r, c] = k.split(',').map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return { rows, cols };
  }

  /** The value at a cell, for tests (formulas read as their text). */
  at(a1: string): unknown {
    const r = parseRect(a1);
    const k = this._key(r.top, r.left);
    return this.formulas.get(k) ?? this.values.get(k) ?? '';
  }

  /** Values row by row from A1 to the last cell with content ('' for blanks), formulas as text. */
  grid(): unknown[][] {
    const { rows, cols } = this._extent();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => this.formulas.get(this._key(r, c)) ?? this.values.get(this._key(r, c)) ?? ''));
  }

  style(prop: string, a1: string): unknown {
    const r = parseRect(a1);
    return this.styles.get(prop)?.get(this._key(r.top, r.left));
  }

  _setStyle(prop: string, rect: Rect, v: unknown): void {
    const m = this.styles.get(prop) ?? new Map<string, unknown>();
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) m.set(this._key(r, c), v);
    this.styles.set(prop, m);
  }
}

const NUMBER_TEXT = /^[-+]?\d+(\.\d+)?(e[-+]?\d+)?%?$/i;

/** A value as Sheets stores what setValues wrote. */
function written(sheet: FakeSheet, r: number, c: number, v: unknown): void {
  const k = sheet._key(r, c);
  sheet.formulas.delete(k);
  if (typeof v === 'string') {
    if (sheet.numberFormats.get(k) === '@') {
      sheet._set(r, c, v); // a plain-text cell keeps what is typed
      return;
    }
    if (v.startsWith("'")) {
      sheet._set(r, c, v.slice(1));
      return;
    }
    if (v.startsWith('=') && v.length > 1) {
      sheet.formulas.set(k, v);
      sheet.values.delete(k);
      return;
    }
    const t = v.trim();
    if (NUMBER_TEXT.test(t)) {
      sheet._set(r, c, t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t));
      return;
    }
    if (/^(true|false)$/i.test(t)) {
      sheet._set(r, c, t.toLowerCase() === 'true');
      return;
    }
  }
  sheet._set(r, c, v);
}

class FakeSpreadsheetApi {
  constructor(private readonly b: FakeSpreadsheet) {}
  getName(): string {
    return this.b.name;
  }
  getActiveSheet(): FakeSheetApi {
    return this.b._wrapSheet(this.b.activeSheet!);
  }
  getActiveRange(): FakeRange | null {
    const sel = this.b.selection;
    if (!sel) return null;
    return this.b._wrapRange(this.b.sheet(sel.sheet), parseRect(sel.a1));
  }
  getSheetByName(name: string): FakeSheetApi | null {
    const s = this.b.sheets.find((x) => x.name === name);
    return s ? this.b._wrapSheet(s) : null;
  }
  getSheets(): FakeSheetApi[] {
    return this.b.sheets.map((s) => this.b._wrapSheet(s));
  }
  getNumSheets(): number {
    return this.b.sheets.length;
  }
  insertSheet(name: string, index?: number): FakeSheetApi {
    if (this.b.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const s = new FakeSheet(this.b, name);
    if (index === undefined) this.b.sheets.splice(this.b.sheets.indexOf(this.b.activeSheet!) + 1, 0, s);
    else this.b.sheets.splice(index, 0, s);
    this.b.activeSheet = s; // as in Sheets: the new sheet becomes the active one
    this.b.selection = { sheet: name, a1: 'A1' };
    return this.b._wrapSheet(s);
  }
  getRange(ref: string): FakeRange {
    return this.b._range(ref, this.b.activeSheet);
  }
  setNamedRange(name: string, range: FakeRange): void {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Z]{1,3}\d+$/i.test(name)) throw new Error(`Invalid named range name ${name}`);
    this.b.namedRanges.set(name, { sheet: range._sheet.name, a1: rectA1(range._rect) });
  }
  getNamedRanges(): Array<{ getName(): string }> {
    return [...this.b.namedRanges.keys()].map((n) => counted({ getName: () => n }, 'spreadsheet', 'NamedRange', this.b.calls));
  }
  toast(msg: string, title = '', _seconds?: number): void {
    this.b.toasts.push({ msg, title });
  }
}

class FakeSheetApi {
  constructor(readonly _s: FakeSheet) {}
  private get b(): FakeSpreadsheet {
    return this._s.book;
  }
  getName(): string {
    return this._s.name;
  }
  getIndex(): number {
    return this.b.sheets.indexOf(this._s) + 1;
  }
  getDataRange(): FakeRange {
    const { rows, cols } = this._s._extent();
    return this.b._wrapRange(this._s, { top: 0, left: 0, bottom: Math.max(rows, 1) - 1, right: Math.max(cols, 1) - 1 });
  }
  getRange(a: string | number, col?: number, rows?: number, cols?: number): FakeRange {
    if (typeof a === 'string') return this.b._range(a, this._s);
    const rect = { top: a - 1, left: col! - 1, bottom: a - 1 + (rows ?? 1) - 1, right: col! - 1 + (cols ?? 1) - 1 };
    if (rect.top < 0 || rect.left < 0 || rect.bottom < rect.top || rect.right < rect.left) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    if (rect.right >= this._s.maxCols || rect.bottom >= this._s.maxRows) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return this.b._wrapRange(this._s, rect);
  }
  getRangeList(a1s: string[]): FakeRangeList {
    const ranges = a1s.map((a) => this.b._wrapRange(this._s, parseRect(a)));
    return counted(new FakeRangeList(ranges), 'spreadsheet', 'RangeList', this.b.calls);
  }
  getConditionalFormatRules(): FakeCfRule[] {
    return this._s.cfRules.map((d) => counted(new FakeCfRule(d, this.b), 'spreadsheet', 'ConditionalFormatRule', this.b.calls));
  }
  setConditionalFormatRules(rules: FakeCfRule[]): void {
    this._s.cfRules = rules.map((r) => r._data);
  }
  clear(): FakeSheetApi {
    this._s.values.clear();
    this._s.formulas.clear();
    this._s.numberFormats.clear();
    this._s.styles.clear();
    this._s.borders.clear();
    return this;
  }
  activate(): FakeSheetApi {
    this.b.activeSheet = this._s;
    this.b.selection = { sheet: this._s.name, a1: 'A1' };
    return this;
  }
  getMaxColumns(): number {
    return this._s.maxCols;
  }
  getMaxRows(): number {
    return this._s.maxRows;
  }
  insertColumnsAfter(_after: number, n: number): FakeSheetApi {
    this._s.maxCols += n;
    return this;
  }
  insertRowsAfter(_after: number, n: number): FakeSheetApi {
    this._s.maxRows += n;
    return this;
  }
  setColumnWidth(col: number, w: number): FakeSheetApi {
    this._s.columnWidths.set(col, w);
    return this;
  }
  setColumnWidths(start: number, n: number, w: number): FakeSheetApi {
    for (let i = 0; i < n; i++) this._s.columnWidths.set(start + i, w);
    return this;
  }
  setRowHeights(start: number, n: number, h: number): FakeSheetApi {
    for (let i = 0; i < n; i++) this._s.rowHeights.set(start + i, h);
    return this;
  }
  hideColumns(start: number, n = 1): void {
    for (let i = 0; i < n; i++) this._s.hiddenColumns.add(start + i);
  }
  setFrozenRows(n: number): void {
    this._s.frozenRows = n;
  }
  setFrozenColumns(n: number): void {
    this._s.frozenCols = n;
  }
  setTabColor(c: string | null): FakeSheetApi {
    this._s.tabColor = c;
    return this;
  }
  hideSheet(): FakeSheetApi {
    this._s.hidden = true;
    return this;
  }
  isSheetHidden(): boolean {
    return this._s.hidden;
  }
  protect(): FakeProtection {
    this._s.protection = { warningOnly: false, unprotected: [] };
    return counted(new FakeProtection(this._s), 'spreadsheet', 'Protection', this.b.calls);
  }
}

class FakeRange {
  constructor(readonly _sheet: FakeSheet, readonly _rect: Rect) {}
  private _each(fn: (r: number, c: number, i: number, j: number) => void): void {
    for (let r = this._rect.top; r <= this._rect.bottom; r++) for (let c = this._rect.left; c <= this._rect.right; c++) fn(r, c, r - this._rect.top, c - this._rect.left);
  }
  private _grid<T>(fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = this._rect.top; r <= this._rect.bottom; r++) {
      const row: T[] = [];
      for (let c = this._rect.left; c <= this._rect.right; c++) row.push(fn(r, c));
      out.push(row);
    }
    return out;
  }
  getSheet(): FakeSheetApi {
    return this._sheet.book._wrapSheet(this._sheet);
  }
  getA1Notation(): string {
    return rectA1(this._rect);
  }
  getRow(): number {
    return this._rect.top + 1;
  }
  getColumn(): number {
    return this._rect.left + 1;
  }
  getNumRows(): number {
    return this._rect.bottom - this._rect.top + 1;
  }
  getNumColumns(): number {
    return this._rect.right - this._rect.left + 1;
  }
  getValues(): unknown[][] {
    const realm = this._sheet.book.realm;
    return this._grid((r, c) => {
      const v = this._sheet.values.get(this._sheet._key(r, c));
      if (v === undefined) return '';
      return v instanceof Date ? realm.makeDate(v) : v;
    });
  }
  getNumberFormats(): string[][] {
    return this._grid((r, c) => this._sheet.numberFormats.get(this._sheet._key(r, c)) ?? 'General');
  }
  getMergedRanges(): FakeRange[] {
    return this._sheet.merges.filter((m) => overlaps(m, this._rect)).map((m) => this._sheet.book._wrapRange(this._sheet, m));
  }
  setValues(values: unknown[][]): FakeRange {
    const rows = this.getNumRows();
    const cols = this.getNumColumns();
    if (!Array.isArray(values) || values.length !== rows || values.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new Error(`The number of rows or columns in the data does not match the range (${rows}×${cols}).`);
    }
    this._each((r, c, i, j) => written(this._sheet, r, c, values[i]![j]));
    return this;
  }
  setNumberFormat(f: string): FakeRange {
    this._each((r, c) => this._sheet.numberFormats.set(this._sheet._key(r, c), f));
    return this;
  }
  activate(): FakeRange {
    this._sheet.book.activeSheet = this._sheet;
    this._sheet.book.selection = { sheet: this._sheet.name, a1: rectA1(this._rect) };
    return this;
  }
  merge(): FakeRange {
    this._sheet.merges.push({ ...this._rect });
    return this;
  }
  setDataValidation(rule: FakeDataValidation): FakeRange {
    this._each((r, c) => this._sheet.validations.set(this._sheet._key(r, c), { ...rule._data, ref: rectA1(this._rect) }));
    return this;
  }
  setFontFamily(v: string): FakeRange {
    this._sheet._setStyle('fontFamily', this._rect, v);
    return this;
  }
  setFontSize(v: number): FakeRange {
    this._sheet._setStyle('fontSize', this._rect, v);
    return this;
  }
  setVerticalAlignment(v: string): FakeRange {
    this._sheet._setStyle('vAlign', this._rect, v);
    return this;
  }
  setHorizontalAlignment(v: string): FakeRange {
    this._sheet._setStyle('hAlign', this._rect, v);
    return this;
  }
  setWrap(v: boolean): FakeRange {
    this._sheet._setStyle('wrap', this._rect, v);
    return this;
  }
}

class FakeRangeList {
  constructor(private readonly _ranges: FakeRange[]) {}
  getRanges(): FakeRange[] {
    return [...this._ranges];
  }
  private _style(prop: string, v: unknown): FakeRangeList {
    for (const r of this._ranges) r._sheet._setStyle(prop, r._rect, v);
    return this;
  }
  setFontFamily(v: string): FakeRangeList { return this._style('fontFamily', v); }
  setFontSize(v: number): FakeRangeList { return this._style('fontSize', v); }
  setFontWeight(v: string): FakeRangeList { return this._style('fontWeight', v); }
  setFontStyle(v: string): FakeRangeList { return this._style('fontStyle', v); }
  setFontLine(v: string): FakeRangeList { return this._style('fontLine', v); }
  setFontColor(v: string): FakeRangeList { return this._style('fontColor', v); }
  setBackground(v: string): FakeRangeList { return this._style('background', v); }
  setHorizontalAlignment(v: string): FakeRangeList { return this._style('hAlign', v); }
  setVerticalAlignment(v: string): FakeRangeList { return this._style('vAlign', v); }
  setWrap(v: boolean): FakeRangeList { return this._style('wrap', v); }
  setTextRotation(v: number): FakeRangeList { return this._style('rotation', v); }
  setNumberFormat(v: string): FakeRangeList {
    for (const r of this._ranges) for (let i = r._rect.top; i <= r._rect.bottom; i++) for (let j = r._rect.left; j <= r._rect.right; j++) r._sheet.numberFormats.set(r._sheet._key(i, j), v);
    return this;
  }
  setBorder(...flags: Array<boolean | null>): FakeRangeList {
    if (flags.slice(0, 6).every((f) => f === true)) {
      for (const r of this._ranges) for (let i = r._rect.top; i <= r._rect.bottom; i++) for (let j = r._rect.left; j <= r._rect.right; j++) r._sheet.borders.add(r._sheet._key(i, j));
    }
    return this;
  }
}

class FakeCfRule {
  constructor(readonly _data: CfRuleData, private readonly _book: FakeSpreadsheet) {}
  getBooleanCondition(): unknown {
    if (this._data.kind !== 'boolean') return null;
    const d = this._data;
    return counted({
      getCriteriaType: () => d.criteria,
      getCriteriaValues: () => [...(d.values ?? [])],
      getBackground: () => d.background ?? null,
      getFontColor: () => d.fontColor ?? null,
    }, 'spreadsheet', 'BooleanCondition', this._book.calls);
  }
  getGradientCondition(): unknown {
    return this._data.kind === 'gradient' ? { ...this._data.gradient } : null;
  }
  getRanges(): FakeRange[] {
    return this._data.ranges.map((r) => this._book._wrapRange(this._book.sheet(r.sheet), parseRect(r.a1)));
  }
}

class CfBuilder {
  private readonly d: CfRuleData = { kind: 'boolean', ranges: [] };
  constructor(private readonly _book: FakeSpreadsheet) {}
  whenFormulaSatisfied(f: string): CfBuilder {
    this.d.criteria = 'CUSTOM_FORMULA';
    this.d.values = [f];
    return this;
  }
  whenTextEqualTo(t: string): CfBuilder {
    this.d.criteria = 'TEXT_EQUAL_TO';
    this.d.values = [t];
    return this;
  }
  setBackground(c: string | null): CfBuilder {
    this.d.background = c;
    return this;
  }
  setFontColor(c: string | null): CfBuilder {
    this.d.fontColor = c;
    return this;
  }
  setBold(b: boolean | null): CfBuilder {
    this.d.bold = b;
    return this;
  }
  private _gradient(k: string, v: unknown): CfBuilder {
    this.d.kind = 'gradient';
    this.d.gradient = { ...this.d.gradient, [k]: v };
    return this;
  }
  setGradientMinpoint(c: string): CfBuilder { return this._gradient('min', { color: c }); }
  setGradientMaxpoint(c: string): CfBuilder { return this._gradient('max', { color: c }); }
  setGradientMinpointWithValue(c: string, t: string, v: string): CfBuilder { return this._gradient('min', { color: c, type: t, value: v }); }
  setGradientMidpointWithValue(c: string, t: string, v: string): CfBuilder { return this._gradient('mid', { color: c, type: t, value: v }); }
  setGradientMaxpointWithValue(c: string, t: string, v: string): CfBuilder { return this._gradient('max', { color: c, type: t, value: v }); }
  setRanges(ranges: FakeRange[]): CfBuilder {
    if (!Array.isArray(ranges) || ranges.length === 0) throw new Error('A conditional format rule needs at least one range.');
    this.d.ranges = ranges.map((r) => ({ sheet: r._sheet.name, a1: rectA1(r._rect) }));
    return this;
  }
  build(): FakeCfRule {
    if (this.d.kind === 'boolean' && !this.d.criteria) throw new Error('A conditional format rule needs a condition.');
    return counted(new FakeCfRule(JSON.parse(JSON.stringify(this.d)) as CfRuleData, this._book), 'spreadsheet', 'ConditionalFormatRule', this._book.calls);
  }
}

export interface DataValidationData {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
  ref?: string;
}

class FakeDataValidation {
  constructor(readonly _data: DataValidationData) {}
}

class DvBuilder {
  private readonly d: DataValidationData = { criteria: '', args: [], allowInvalid: true, helpText: '' };
  private _req(c: string, args: unknown[]): DvBuilder {
    this.d.criteria = c;
    this.d.args = args.map((a) => (a instanceof FakeRange ? `${a._sheet.name}!${rectA1(a._rect)}` : a));
    return this;
  }
  requireValueInList(values: string[], dropdown?: boolean): DvBuilder { return this._req('VALUE_IN_LIST', [values, dropdown]); }
  requireValueInRange(range: FakeRange, dropdown?: boolean): DvBuilder { return this._req('VALUE_IN_RANGE', [range, dropdown]); }
  requireNumberBetween(a: number, b: number): DvBuilder { return this._req('NUMBER_BETWEEN', [a, b]); }
  requireNumberGreaterThanOrEqualTo(a: number): DvBuilder { return this._req('NUMBER_GREATER_THAN_OR_EQUAL_TO', [a]); }
  requireNumberLessThanOrEqualTo(a: number): DvBuilder { return this._req('NUMBER_LESS_THAN_OR_EQUAL_TO', [a]); }
  requireDateBetween(a: Date, b: Date): DvBuilder { return this._req('DATE_BETWEEN', [a, b]); }
  requireFormulaSatisfied(f: string): DvBuilder { return this._req('CUSTOM_FORMULA', [f]); }
  setAllowInvalid(v: boolean): DvBuilder {
    this.d.allowInvalid = v;
    return this;
  }
  setHelpText(t: string): DvBuilder {
    this.d.helpText = t;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.d.criteria) throw new Error('A data validation rule needs a criterion.');
    return new FakeDataValidation({ ...this.d });
  }
}

class FakeProtection {
  constructor(private readonly _s: FakeSheet) {}
  setWarningOnly(v: boolean): FakeProtection {
    this._s.protection!.warningOnly = v;
    return this;
  }
  setUnprotectedRanges(ranges: FakeRange[]): FakeProtection {
    this._s.protection!.unprotected = ranges.map((r) => rectA1(r._rect));
    return this;
  }
}

class FakeUi {
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', CLOSE: 'CLOSE' };
  constructor(private readonly _book: FakeSpreadsheet) {}
  createMenu(name: string): FakeMenu {
    const menu = { name, items: [] as Array<{ caption: string; fn: string } | null> };
    return counted(new FakeMenu(menu, () => this._book.menus.push(menu)), 'spreadsheet', 'Menu', this._book.calls);
  }
  showSidebar(html: HtmlOutput): void {
    this._book.sidebars.push({ title: html._title, content: html._content });
  }
  alert(title: string, msg?: string): string {
    this._book.alerts.push(msg === undefined ? title : `${title}: ${msg}`);
    return 'OK';
  }
  prompt(_title: string, _msg: string): { getSelectedButton(): string; getResponseText(): string } {
    const answer = this._book.prompts.length ? this._book.prompts.shift()! : null;
    return { getSelectedButton: () => (answer === null ? 'CANCEL' : 'OK'), getResponseText: () => answer ?? '' };
  }
}

class FakeMenu {
  constructor(private readonly _m: { name: string; items: Array<{ caption: string; fn: string } | null> }, private readonly _done: () => void) {}
  addItem(caption: string, fn: string): FakeMenu {
    this._m.items.push({ caption, fn });
    return this;
  }
  addSeparator(): FakeMenu {
    this._m.items.push(null);
    return this;
  }
  addToUi(): void {
    this._done();
  }
}

class HtmlOutput {
  _title = '';
  constructor(readonly _content: string) {}
  setTitle(t: string): HtmlOutput {
    this._title = t;
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  getContent(): string {
    return this._content;
  }
}

class Properties {
  constructor(private readonly _m: Map<string, string>) {}
  getProperty(k: string): string | null {
    return this._m.get(k) ?? null;
  }
  setProperty(k: string, v: string): Properties {
    this._m.set(k, String(v));
    return this;
  }
  deleteProperty(k: string): Properties {
    this._m.delete(k);
    return this;
  }
}
