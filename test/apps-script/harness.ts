/**
 * Loads the BUILT add-on (every script file of dist/apps-script, in clasp's push order) into ONE
 * fresh node:vm context, as Apps Script runs a project: one global scope, files run in order,
 * SpreadsheetApp / HtmlService / PropertiesService / Session given by the counting stand-in
 * (fake-sheets.ts). `run` calls a top-level function the way google.script.run does: arguments
 * and answer copied as JSON-like data, and a Date in either refused, as Apps Script refuses it.
 *
 * `checkCycleServiceCalls(rows)` is what `npm run bench` (bench/hosts.ts) counts: one full check
 * from the sidebar — read the active sheet, write the report sheet, mark the issues — through the
 * server functions, returning the number of Spreadsheet service calls.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { reportToRows } from '../../core/annex/report.js';
import { checkWorkbook, type SheetData } from '../../core/index.js';
import { allIssues, marksFor } from '../../ui/model.js';
import { FakeSpreadsheet, type Options } from './fake-sheets.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST_GAS = path.join(ROOT, 'dist', 'apps-script');

/** The script files of the project in the order clasp pushes them (filePushOrder, then by name). */
export function scriptFiles(): string[] {
  if (!existsSync(DIST_GAS)) throw new Error(`${DIST_GAS} is missing: run npm run build (npm test builds first)`);
  const clasp = JSON.parse(readFileSync(path.join(ROOT, '.clasp.json'), 'utf8')) as { filePushOrder?: string[] };
  const order = (clasp.filePushOrder ?? []).map((p) => path.basename(p));
  const files = readdirSync(DIST_GAS).filter((f) => /\.(js|gs)$/.test(f));
  return files.sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    if (ia === -1 && ib === -1) return a.localeCompare(b);
    if (ia === -1) return 1;
    if (ib === -1) return -1;
    return ia - ib;
  });
}

/** A value as google.script.run carries it: JSON-like only (a Date or a function is an error). */
export function gasCopy<T>(v: T, where: string): T {
  const check = (x: unknown, at: string): void => {
    if (Object.prototype.toString.call(x) === '[object Date]') throw new Error(`google.script.run cannot carry a Date (${where} ${at})`);
    if (typeof x === 'function') throw new Error(`google.script.run cannot carry a function (${where} ${at})`);
    if (Array.isArray(x)) x.forEach((y, i) => check(y, `${at}[${i}]`));
    else if (x && typeof x === 'object') for (const [k, y] of Object.entries(x)) check(y, `${at}.${k}`);
  };
  check(v, '');
  return v === undefined ? (null as T) : (JSON.parse(JSON.stringify(v)) as T);
}

export interface LoadedScript {
  context: vm.Context;
  book: FakeSpreadsheet;
  files: string[];
  /** A top-level function of the project (undefined when there is none). */
  global(name: string): unknown;
  /** Calls a top-level function as google.script.run does. */
  run<T = unknown>(name: string, ...args: unknown[]): T;
  /** Copies data into the script's realm (arrays and Dates of the script, as Sheets passes them). */
  inRealm<T>(v: T): T;
}

export function loadAppsScript(opts: Options = {}): LoadedScript {
  const context = vm.createContext({ console });
  const makeDate = vm.runInContext('(function (t) { return new Date(t); })', context) as (t: number) => Date;
  const toRealm = vm.runInContext(`(function copy(v) {
    if (Array.isArray(v)) return v.map(copy);
    if (Object.prototype.toString.call(v) === '[object Date]') return new Date(v.getTime());
    return v;
  })`, context) as <T>(v: T) => T;
  const book = new FakeSpreadsheet({ htmlDir: DIST_GAS, ...opts, realm: { makeDate: (d) => makeDate(d.getTime()) } });
  Object.assign(context, book.globals());
  const files = scriptFiles();
  for (const f of files) vm.runInContext(readFileSync(path.join(DIST_GAS, f), 'utf8'), context, { filename: f });
  return {
    context,
    book,
    files,
    global: (name) => (context as Record<string, unknown>)[name],
    run<T>(name: string, ...args: unknown[]): T {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
      if (name.endsWith('_')) throw new Error(`${name} is private: google.script.run cannot call it`);
      const out = (fn as (...a: unknown[]) => unknown)(...gasCopy(args, `arguments of ${name}`));
      return gasCopy(out, `answer of ${name}`) as T;
    },
    inRealm: (v) => toRealm(v),
  };
}

/**
 * One check cycle from the sidebar over a sheet holding `rows` (what the panel does on "Kiểm
 * tra" with the active sheet, then "Ghi báo cáo" and "Đánh dấu"): the number of Spreadsheet
 * service calls it made.
 */
export async function checkCycleServiceCalls(rows: unknown[][]): Promise<number> {
  const gas = loadAppsScript({ name: 'xa.xlsx' });
  gas.book.addSheet('Tự đánh giá', rows);
  gas.book.calls.reset();
  const read = gas.run<{ documentName: string; sheet: SheetData }>('ntmReadActive', 'used');
  const report = checkWorkbook({ name: read.documentName, sheets: [read.sheet] });
  gas.run('ntmWriteReport', reportToRows(report, 'vi'));
  gas.run('ntmHighlight', marksFor(allIssues(report)));
  return gas.book.calls.spreadsheet;
}
