/**
 * A stand-in for Office.js, served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js
 * (page.route) so the BUILT task pane page runs in Chromium without Excel: Office.onReady says
 * "Excel", CustomFunctions records what functions.js associates, and Excel.run hands the batch a
 * small in-memory workbook with the parts of the object model addin/excel-host.ts uses. The page
 * sees it as `window.__excel` (syncs, selection, conditional formats, settings, sheets).
 */
import type { SheetData, WorkbookData } from '../../core/index.js';

export interface FakeSheet {
  name: string;
  values: Array<Array<string | number | boolean>>;
  numberFormat: string[][];
  merges: string[];
}

/** Excel's view of a sheet: a rectangle from A1 ('' for empty), number formats, merged areas. */
export function fakeSheets(wb: WorkbookData): FakeSheet[] {
  return wb.sheets.map((s: SheetData) => {
    const width = Math.max(1, ...s.values.map((r) => r.length));
    const values = s.values.map((r) => Array.from({ length: width }, (_, c) => {
      const v = r[c];
      if (v === null || v === undefined) return '';
      if (v instanceof Date) return Math.round((Date.UTC(v.getFullYear(), v.getMonth(), v.getDate()) - Date.UTC(1899, 11, 30)) / 86400000);
      if (typeof v === 'object') return v.error;
      return v;
    }));
    const numberFormat = s.values.map((r, i) => Array.from({ length: width }, (_, c) => {
      const f = s.formats?.[i]?.[c];
      return f === 'percent' ? '0.00%' : f === 'date' ? 'dd/mm/yyyy' : f === 'text' ? '@' : 'General';
    }));
    return { name: s.name, values, numberFormat, merges: s.merges ?? [] };
  });
}

/** The stand-in's source: plain browser JavaScript, the workbook inlined as JSON. */
export function fakeOfficeJs(sheets: FakeSheet[], documentUrl: string): string {
  return `(${install.toString()})(${JSON.stringify(sheets)}, ${JSON.stringify(documentUrl)});`;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
function install(sheets: any[], documentUrl: string): void {
  const w = window as any;
  const state = { syncs: 0, runs: 0, active: sheets[0]?.name ?? '', selected: null as null | { sheet: string; cell: string }, cfs: [] as any[], settings: {} as Record<string, string>, sheets, associated: [] as string[] };
  w.__excel = state;
  w.Office = {
    HostType: { Excel: 'Excel' },
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
    context: { document: { url: documentUrl } },
  };
  w.CustomFunctions = {
    associate(id: string) { state.associated.push(id); },
    Error: class { constructor(public code: unknown, public message?: string) {} },
    ErrorCode: { invalidValue: 'invalidValue' },
  };
  // what the host only writes (formats, validations, page layout …) goes to a sink that takes anything
  const sink: any = new Proxy(function () { /* sink */ }, { get: (_t, p) => (p === 'then' ? undefined : sink), apply: () => sink, set: () => true });
  const open = (obj: any): any => new Proxy(obj, {
    get: (t, p, r) => (p in t ? Reflect.get(t, p, r) : p === 'then' ? undefined : sink),
    set: (t, p, v, r) => (p in t ? Reflect.set(t, p, v, r) : true),
  });
  const notFound = (name: string) => Object.assign(new Error(`no sheet ${name}`), { code: 'ItemNotFound' });
  const find = (name: string) => state.sheets.find((s: any) => s.name === name);
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

  function sheetObj(ws: any): any {
    return open({
      isNullObject: false,
      get name() { return ws.name; },
      load() { return this; },
      activate() { state.active = ws.name; },
      getUsedRangeOrNullObject() {
        return { isNullObject: ws.values.length === 0, load() { return this; }, values: ws.values, numberFormat: ws.numberFormat, rowIndex: 0, columnIndex: 0 };
      },
      getRange(addr?: string) {
        if (addr) return open({ select() { state.selected = { sheet: ws.name, cell: addr }; } });
        return open({
          getMergedAreasOrNullObject() {
            return { isNullObject: ws.merges.length === 0, load() { return this; }, address: ws.merges.map((m: string) => `${quoted(ws.name)}!${m}`).join(', ') };
          },
          conditionalFormats: {
            load() { return this; },
            get items() {
              return state.cfs.filter((cf) => cf.sheet === ws.name).map((cf) => ({
                type: cf.type,
                customOrNullObject: { isNullObject: false, rule: { formula: cf.custom.rule.formula } },
                delete() { state.cfs.splice(state.cfs.indexOf(cf), 1); },
              }));
            },
          },
          clear() { ws.values = []; ws.numberFormat = []; },
        });
      },
      getRanges(addr: string) {
        return {
          conditionalFormats: {
            add(type: string) {
              const cf = { sheet: ws.name, address: addr, type, custom: { rule: { formula: '' }, format: { fill: { color: '' } } } };
              state.cfs.push(cf);
              return cf;
            },
          },
        };
      },
      getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
        const whole = row === 0 && col === 0 && rows > 1;
        return open({
          set numberFormat(v: string[][]) { if (whole) ws.numberFormat = v; },
          set values(v: any[][]) { if (whole || (row === 0 && col === 0)) ws.values = v; },
          set formulas(v: any[][]) { if (row === 0 && col === 0) ws.values = v; },
        });
      },
      set visibility(v: string) { ws.visibility = v; },
      get visibility() { return ws.visibility ?? 'Visible'; },
    });
  }

  function context(): any {
    const worksheets = {
      load() { return this; },
      get items() { return state.sheets.map(sheetObj); },
      getActiveWorksheet() { return sheetObj(find(state.active)); },
      getItem(name: string) { const ws = find(name); if (!ws) throw notFound(name); return sheetObj(ws); },
      getItemOrNullObject(name: string) { const ws = find(name); return ws ? sheetObj(ws) : open({ isNullObject: true }); },
      add(name: string) { const ws = { name, values: [], numberFormat: [], merges: [] }; state.sheets.push(ws); return sheetObj(ws); },
    };
    const settings = {
      add(key: string, value: string) { state.settings[key] = value; },
      load() { return this; },
      get items() { return Object.entries(state.settings).map(([key, value]) => ({ key, value })); },
      getItemOrNullObject(key: string) { return { delete() { delete state.settings[key]; } }; },
    };
    const names = open({ load() { return this; }, items: [] as any[] });
    return { workbook: open({ worksheets: open(worksheets), settings: open(settings), names }), sync: async () => { state.syncs++; } };
  }

  w.Excel = { run: async (batch: (c: any) => Promise<unknown>) => { state.runs++; return batch(context()); } };
}
