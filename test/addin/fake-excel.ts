/**
 * A small Excel stand-in for the HostPort tests, on top of office-addin-mock. office-addin-mock
 * gives load/sync semantics to objects (a property is readable only after load() and
 * context.sync()); it has no collections, ranges or worksheets, so this file supplies them over
 * an in-memory workbook, builds every proxy the code reads as an OfficeMockObject, and counts
 * context.sync() calls. Reading a property that was not loaded and synced throws, as Office.js
 * does. Writes apply to the workbook in the order they are made.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { a1, columnLetter, parseRange } from '../../core/sheet/index.js';

export interface FakeCF {
  type: 'Custom';
  areas: string[];
  formula: string;
  fill: string;
  /** Formats that were there before the tests ran (a user's own), to tell them apart. */
  owner: 'user' | 'host';
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  values: unknown[][];
  formats: string[][];
  /** The cells' own fills, which a host must never change. */
  fills: Map<string, string>;
  merges: string[];
  cfs: FakeCF[];
  frozenRows: number;
  columnWidths: Map<number, number>;
  /** Everything written through a write-only object (format, dataValidation, pageLayout …), in order. */
  log: LogEntry[];
}

/** One write a host made: `target` is the range or "sheet"; `path` like "format.font.bold" or "merge()". */
export interface LogEntry {
  target: string;
  path: string;
  value?: unknown;
  args?: unknown[];
}

export interface FakeWorkbook {
  name: string;
  sheets: FakeSheet[];
  active: string;
  selection: { sheet: string; address: string };
  settings: Map<string, unknown>;
  /** Workbook-level defined names. */
  names?: Map<string, string>;
}

export function sheet(name: string, values: unknown[][], opts: Partial<FakeSheet> = {}): FakeSheet {
  return {
    name, visibility: 'Visible', values, formats: values.map((r) => r.map(() => 'General')), fills: new Map(), merges: [], cfs: [],
    frozenRows: 0, columnWidths: new Map(), log: [], ...opts,
  };
}

const NOT_READY = new Set(['Error, property was not loaded', 'Error, context.sync() was not called']);

class OfficeError extends Error {
  constructor(public readonly code: string, msg: string) {
    super(msg);
  }
}

type Special = Record<string, (value: unknown, args?: unknown[]) => unknown>;

/**
 * A write-only Office.js object (range.format, range.dataValidation, sheet.pageLayout …): every
 * property set and method call is logged on the sheet with its path; `special` paths also act on
 * the workbook (column widths, merges …). Reading a property of it is a programming error here.
 */
function recorder(log: () => LogEntry[] | undefined, target: string, path: string, special: Special = {}): unknown {
  const fn = function () { /* callable */ };
  return new Proxy(fn, {
    get(_t, prop) {
      if (typeof prop === 'symbol') return undefined;
      return recorder(log, target, `${path}.${prop}`, special);
    },
    set(_t, prop, value) {
      const p = `${path}.${String(prop)}`;
      log()?.push({ target, path: p, value });
      special[p]?.(value);
      return true;
    },
    apply(_t, _this, args) {
      const p = `${path}()`;
      log()?.push({ target, path: p, args });
      const r = special[p]?.(undefined, args);
      return r ?? recorder(log, target, p, special);
    },
  });
}

/** Bounds of the cells holding something (Excel's used range, values only). */
function usedBounds(s: FakeSheet): { top: number; left: number; bottom: number; right: number } | null {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  s.values.forEach((row, r) => row.forEach((v, c) => {
    if (v === '' || v === null || v === undefined) return;
    top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
  }));
  return bottom < 0 ? null : { top, left, bottom, right };
}

export class FakeExcel {
  syncs = 0;
  /** context.sync() calls per Excel.run batch, in order. */
  batches: number[] = [];
  constructor(public wb: FakeWorkbook) {}

  sheetOf(name: string): FakeSheet | undefined {
    return this.wb.sheets.find((s) => s.name === name);
  }

  /** Excel.run over the fake workbook. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    this.batches.push(0);
    return batch(ctx as unknown as Excel.RequestContext);
  };
}

type Resolver = () => unknown;

/**
 * A proxy object: loadable properties resolved at sync through an OfficeMockObject (unloaded
 * reads throw), plus methods and navigation properties defined by the fake.
 */
/** office-addin-mock's object, with setValue (public in its documentation, private in its typings). */
interface MockObject {
  setValue(name: string, value: unknown): void;
  load(props: string): void;
  sync(): Promise<void>;
}

class Loadable {
  protected readonly mock = new OfficeMockObject({}) as unknown as MockObject;
  private readonly requested = new Set<string>();
  protected readonly resolvers: Record<string, Resolver> = {};
  constructor(protected readonly ctx: FakeContext) {
    ctx.track(this);
  }

  load(props: string | string[]): this {
    const list = Array.isArray(props) ? props : props.split(',');
    for (const p of list.map((x) => x.trim()).filter(Boolean)) {
      const head = p.split('/')[0]!;
      if (!(head in this.resolvers)) throw new Error(`fake: ${this.constructor.name} cannot load ${head}`);
      this.requested.add(head);
    }
    return this;
  }

  /** At sync: the mock gets each requested value, loads and syncs it. */
  async settle(): Promise<void> {
    // Office.js sets isNullObject at every sync, without a load
    if ('isNullObject' in this.resolvers) this.requested.add('isNullObject');
    for (const p of this.requested) {
      this.mock.setValue(p, this.resolvers[p]!());
      this.mock.load(p);
    }
    this.requested.clear();
    await this.mock.sync();
  }

  protected read<T>(p: string): T {
    const v = (this.mock as unknown as Record<string, unknown>)[p];
    if (v === undefined || (typeof v === 'string' && NOT_READY.has(v))) throw new OfficeError('PropertyNotLoaded', `${this.constructor.name}.${p} read before load() and sync()`);
    return v as T;
  }
}

class FakeContext {
  private readonly objects: Loadable[] = [];
  private readonly pendingErrors: OfficeError[] = [];
  readonly workbook: FakeWorkbookProxy;
  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  track(o: Loadable): void {
    this.objects.push(o);
  }

  fail(e: OfficeError): void {
    this.pendingErrors.push(e);
  }

  async sync(): Promise<void> {
    this.excel.syncs++;
    this.excel.batches[this.excel.batches.length - 1]!++;
    const err = this.pendingErrors.shift();
    this.pendingErrors.length = 0;
    if (err) throw err;
    for (const o of this.objects) await o.settle();
  }
}

class FakeWorkbookProxy extends Loadable {
  readonly worksheets: FakeWorksheets;
  readonly settings: FakeSettings;
  readonly names: FakeNames;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheets(ctx);
    this.settings = new FakeSettings(ctx);
    this.names = new FakeNames(ctx);
    this.resolvers['name'] = () => ctx.excel.wb.name;
  }

  get name(): string {
    return this.read('name');
  }

  getSelectedRange(): FakeRange {
    const { sheet, address } = this.ctx.excel.wb.selection;
    return new FakeRange(this.ctx, () => this.ctx.excel.sheetOf(sheet), address);
  }
}

class FakeWorksheets extends Loadable {
  constructor(ctx: FakeContext) {
    super(ctx);
    this.resolvers['items'] = () => ctx.excel.wb.sheets.map((s) => new FakeWorksheet(ctx, s.name, true));
  }

  get items(): FakeWorksheet[] {
    return this.read('items');
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.excel.wb.active);
  }

  getItem(name: string): FakeWorksheet {
    if (!this.ctx.excel.sheetOf(name)) this.ctx.fail(new OfficeError('ItemNotFound', `no sheet ${name}`));
    return new FakeWorksheet(this.ctx, name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }

  add(name: string): FakeWorksheet {
    if (this.ctx.excel.sheetOf(name)) this.ctx.fail(new OfficeError('ItemAlreadyExists', `sheet ${name} exists`));
    else this.ctx.excel.wb.sheets.push(sheet(name, []));
    return new FakeWorksheet(this.ctx, name);
  }
}

class FakeWorksheet extends Loadable {
  readonly freezePanes: unknown;
  readonly pageLayout: unknown;
  readonly protection: unknown;
  constructor(ctx: FakeContext, readonly sheetName: string, preloaded = false) {
    super(ctx);
    const s = () => ctx.excel.sheetOf(sheetName);
    this.resolvers['name'] = () => sheetName;
    this.resolvers['visibility'] = () => s()?.visibility;
    this.resolvers['isNullObject'] = () => !s();
    const log = () => s()?.log;
    this.freezePanes = recorder(log, 'sheet', 'freezePanes', {
      'freezePanes.freezeRows()': (_v, args) => { const x = s(); if (x) x.frozenRows = args![0] as number; return undefined; },
    });
    this.pageLayout = recorder(log, 'sheet', 'pageLayout');
    this.protection = recorder(log, 'sheet', 'protection');
    if (preloaded) {
      // items of a loaded collection carry the properties that were asked for
      this.mock.setValue('name', sheetName);
      this.mock.load('name');
      this.mock.setValue('visibility', s()?.visibility);
      this.mock.load('visibility');
      void this.mock.sync();
    }
  }

  get name(): string { return this.read('name'); }
  get visibility(): string { return this.read('visibility'); }
  set visibility(v: string) {
    const x = this.data();
    if (x) {
      x.visibility = v as FakeSheet['visibility'];
      x.log.push({ target: 'sheet', path: 'visibility', value: v });
    }
  }

  set tabColor(c: string) {
    this.data()?.log.push({ target: 'sheet', path: 'tabColor', value: c });
  }
  get isNullObject(): boolean { return this.read('isNullObject'); }

  private data(): FakeSheet | undefined {
    return this.ctx.excel.sheetOf(this.sheetName);
  }

  activate(): void {
    if (this.data()) this.ctx.excel.wb.active = this.sheetName;
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => this.data(), address ?? null);
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => this.data(), address.split(',').map((a) => a.trim()));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, () => this.data(), `${a1(row, col)}:${a1(row + rows - 1, col + cols - 1)}`);
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => this.data(), 'used');
  }
}

class FakeRange extends Loadable {
  readonly format: { autofitColumns: () => void; columnWidth: number };
  readonly dataValidation: unknown;
  readonly conditionalFormats: FakeCFs;
  constructor(ctx: FakeContext, private readonly sheetOf: () => FakeSheet | undefined, private readonly addr: string | null) {
    super(ctx);
    const bounds = () => this.bounds();
    const block = <T>(f: (r: number, c: number, s: FakeSheet) => T): T[][] => {
      const b = bounds();
      const s = sheetOf();
      if (!b || !s) return [];
      return Array.from({ length: b.bottom - b.top + 1 }, (_, i) => Array.from({ length: b.right - b.left + 1 }, (_, j) => f(b.top + i, b.left + j, s)));
    };
    this.resolvers['values'] = () => block((r, c, s) => { const v = s.values[r]?.[c]; return v === null || v === undefined ? '' : v; });
    this.resolvers['numberFormat'] = () => block((r, c, s) => s.formats[r]?.[c] ?? 'General');
    this.resolvers['rowIndex'] = () => bounds()?.top;
    this.resolvers['columnIndex'] = () => bounds()?.left;
    this.resolvers['isNullObject'] = () => !bounds();
    this.resolvers['address'] = () => { const b = bounds(); return b ? `${sheetOf()?.name}!${a1(b.top, b.left)}:${a1(b.bottom, b.right)}` : ''; };
    const widths = (w: number) => { const b = bounds(); const s = sheetOf(); if (b && s) for (let c = b.left; c <= b.right; c++) s.columnWidths.set(c, w); };
    const log = () => sheetOf()?.log;
    const where = () => addr ?? 'sheet';
    this.format = recorder(log, where(), 'format', {
      'format.columnWidth': (w) => widths(w as number),
      'format.autofitColumns()': () => { widths(-1); return undefined; },
    }) as FakeRange['format'];
    this.dataValidation = recorder(log, where(), 'dataValidation');
    this.conditionalFormats = new FakeCFs(ctx, sheetOf, () => {
      const b = bounds();
      return b ? [`${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`] : [];
    });
  }

  private bounds(): { top: number; left: number; bottom: number; right: number } | null {
    const s = this.sheetOf();
    if (!s) return null;
    if (this.addr === 'used') return usedBounds(s);
    if (this.addr === null) return { top: 0, left: 0, bottom: 1048575, right: 16383 };
    return parseRange(this.addr);
  }

  get values(): unknown[][] { return this.read('values'); }
  set values(v: unknown[][]) { this.write(v, (s, r, c, x) => { (s.values[r] ??= [])[c] = x; }); }
  get numberFormat(): unknown[][] { return this.read('numberFormat'); }
  set numberFormat(v: unknown[][]) { this.write(v, (s, r, c, x) => { (s.formats[r] ??= [])[c] = String(x); }); }
  set formulas(v: unknown[][]) { this.write(v, (s, r, c, x) => { (s.values[r] ??= [])[c] = x; }); }
  get rowIndex(): number { return this.read('rowIndex'); }
  get columnIndex(): number { return this.read('columnIndex'); }
  get isNullObject(): boolean { return this.read('isNullObject'); }
  get address(): string { return this.read('address'); }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.sheetOf()?.name ?? '');
  }

  private write(v: unknown[][], set: (s: FakeSheet, r: number, c: number, x: unknown) => void): void {
    const b = this.bounds();
    const s = this.sheetOf();
    if (!b || !s) return;
    if (v.length !== b.bottom - b.top + 1 || v.some((row) => row.length !== b.right - b.left + 1)) {
      this.ctx.fail(new OfficeError('InvalidArgument', 'the array does not match the range'));
      return;
    }
    v.forEach((row, i) => row.forEach((x, j) => set(s, b.top + i, b.left + j, x)));
  }

  clear(): void {
    const s = this.sheetOf();
    const b = this.bounds();
    if (!s || !b) return;
    for (let r = b.top; r <= Math.min(b.bottom, s.values.length - 1); r++) {
      const row = s.values[r] ?? [];
      for (let c = b.left; c <= Math.min(b.right, row.length - 1); c++) {
        row[c] = '';
        if (s.formats[r]) s.formats[r]![c] = 'General';
        s.fills.delete(a1(r, c));
      }
    }
  }

  select(): void {
    const s = this.sheetOf();
    if (s && this.addr) this.ctx.excel.wb.selection = { sheet: s.name, address: this.addr };
  }

  getEntireColumn(): FakeRange {
    const b = this.bounds();
    return new FakeRange(this.ctx, this.sheetOf, b ? `${columnLetter(b.left)}1:${columnLetter(b.right)}1048576` : 'A1');
  }

  getEntireRow(): FakeRange {
    const b = this.bounds();
    return new FakeRange(this.ctx, this.sheetOf, b ? `A${b.top + 1}:XFD${b.bottom + 1}` : 'A1');
  }

  set columnHidden(v: boolean) {
    this.sheetOf()?.log.push({ target: this.addr ?? 'sheet', path: 'columnHidden', value: v });
  }

  merge(across?: boolean): void {
    const s = this.sheetOf();
    if (!s || !this.addr) return;
    s.log.push({ target: this.addr, path: 'merge()', args: [across] });
    s.merges.push(this.addr);
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    const s = this.sheetOf();
    return new FakeRangeAreas(this.ctx, this.sheetOf, s ? s.merges : [], true);
  }
}

class FakeRangeAreas extends Loadable {
  readonly conditionalFormats: FakeCFs;
  constructor(ctx: FakeContext, sheetOf: () => FakeSheet | undefined, private readonly areas: string[], nullWhenEmpty = false) {
    super(ctx);
    this.resolvers['address'] = () => areas.map((a) => `'${sheetOf()?.name}'!${a.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`).join(', ');
    this.resolvers['isNullObject'] = () => nullWhenEmpty && areas.length === 0;
    this.conditionalFormats = new FakeCFs(ctx, sheetOf, () => areas);
  }

  get address(): string { return this.read('address'); }
  get isNullObject(): boolean { return this.read('isNullObject'); }
}

class FakeCFs extends Loadable {
  constructor(ctx: FakeContext, private readonly sheetOf: () => FakeSheet | undefined, private readonly areas: () => string[]) {
    super(ctx);
    this.resolvers['items'] = () => (sheetOf()?.cfs ?? []).filter((cf) => this.intersects(cf)).map((cf) => new FakeCFItem(ctx, sheetOf, cf));
  }

  private intersects(cf: FakeCF): boolean {
    const mine = this.areas().map(parseRange);
    return cf.areas.map(parseRange).some((a) => mine.some((b) => a && b && a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right));
  }

  get items(): FakeCFItem[] { return this.read('items'); }

  add(type: string): { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string; bold: boolean } } } } {
    const s = this.sheetOf();
    const cf: FakeCF = { type: type as 'Custom', areas: this.areas(), formula: '', fill: '', owner: 'host' };
    s?.cfs.push(cf);
    if (type !== 'Custom') {
      const target = this.areas().join(',');
      s?.log.push({ target, path: 'conditionalFormats.add()', args: [type] });
      return recorder(() => s?.log, target, `conditionalFormat[${type}]`) as ReturnType<FakeCFs['add']>;
    }
    return {
      custom: {
        rule: { set formula(f: string) { cf.formula = f; }, get formula() { return cf.formula; } },
        format: {
          fill: { set color(c: string) { cf.fill = c; }, get color() { return cf.fill; } },
          font: recorder(() => s?.log, this.areas().join(','), 'conditionalFormat[Custom].format.font') as { color: string; bold: boolean },
        },
      },
    };
  }
}

class FakeCFItem extends Loadable {
  readonly customOrNullObject: { isNullObject: boolean; rule: { formula: string } };
  constructor(ctx: FakeContext, private readonly sheetOf: () => FakeSheet | undefined, private readonly cf: FakeCF) {
    super(ctx);
    // a loaded collection item: its properties are there (loaded with the collection)
    this.mock.setValue('type', cf.type);
    this.mock.load('type');
    void this.mock.sync();
    this.customOrNullObject = { isNullObject: cf.type !== 'Custom', rule: { formula: cf.formula } };
  }

  get type(): string { return this.read('type'); }

  delete(): void {
    const s = this.sheetOf();
    if (s) s.cfs = s.cfs.filter((x) => x !== this.cf);
  }
}

class FakeSettings extends Loadable {
  constructor(ctx: FakeContext) {
    super(ctx);
    this.resolvers['items'] = () => [...ctx.excel.wb.settings].map(([key, value]) => ({ key, value }));
  }

  get items(): Array<{ key: string; value: unknown }> { return this.read('items'); }

  add(key: string, value: unknown): void {
    this.ctx.excel.wb.settings.set(key, value);
  }

  getItemOrNullObject(key: string): { delete: () => void } {
    return { delete: () => { this.ctx.excel.wb.settings.delete(key); } };
  }
}

class FakeNames extends Loadable {
  constructor(ctx: FakeContext) {
    super(ctx);
    this.resolvers['items'] = () => [...(ctx.excel.wb.names ?? new Map()).keys()].map((name) => ({ name }));
  }

  get items(): Array<{ name: string }> { return this.read('items'); }

  add(name: string, reference: string): void {
    const names = (this.ctx.excel.wb.names ??= new Map());
    if ([...names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) this.ctx.fail(new OfficeError('ItemAlreadyExists', `name ${name} exists`));
    else names.set(name, reference);
  }
}
