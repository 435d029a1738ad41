/**
 * npm run bench [-- --json] [-- --quick]
 *
 * One run measures, on the same data, and prints a table (and with --json one JSON object):
 * - coreVsBaseline: all 3,321 communes × every indicator of the 2021-2025 pack through the core
 *   (compiled plans), divided by a hand-written loop over plain arrays doing the same comparisons.
 * - nativeFormulasVsCore: the same verdicts as the IF / INDEX-MATCH formulas an office would type,
 *   computed by HyperFormula, divided by our CHECK function called once per region over the range.
 * - annexRowsPerSecond: recognising and checking a 10,000-row annex.
 * - roundTrips: host calls for a 10-row and a 10,000-row check through the Excel and Sheets HostPorts.
 * - bundleKB: minified sizes of the built bundles; coldStartMs: loading the functions bundle and
 *   answering a first call.
 * Times are medians of several runs after a warm-up; the machine is shared, so read the ratios.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { spawnSync } from 'node:child_process';
import { HyperFormula } from 'hyperformula';
import { callFunction } from '../core/functions/index.js';
import { contextOf, levelFor, type CellValue } from '../core/index.js';
import { annexCheck, baselineEvaluate, bigAnnex, coreEvaluate, nationalDataset, type Dataset } from './core.js';
import { excelRoundTrips, sheetsRoundTrips } from './hosts.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const quick = args.includes('--quick');

function log(s: string): void {
  if (!asJson) console.log(s);
}

/** Median of `runs` timings (ms) after `warmup` untimed runs. */
function measure(fn: () => unknown, runs: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)]!;
}

function round(n: number, d = 2): number {
  const f = 10 ** d;
  return Math.round(n * f) / f;
}

// ── build first: the bundles measured are the ones users get
if (!args.includes('--no-build')) {
  const b = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/build.ts'), '--quiet'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const d: Dataset = nationalDataset();

// ── core vs the hand-written floor
if (coreEvaluate(d) !== baselineEvaluate(d)) throw new Error('core and baseline disagree on the criteria met');
const coreMs = measure(() => coreEvaluate(d), quick ? 9 : 31, 5);
const baseMs = measure(() => baselineEvaluate(d), quick ? 9 : 31, 5);
const coreVsBaseline = coreMs / baseMs;
log(`coreVsBaseline        ${round(coreVsBaseline)}  (core ${round(coreMs)} ms, hand-written loop ${round(baseMs)} ms; ${d.rows.length} communes × ${d.codes.length} indicators)`);

// ── native formulas (HyperFormula) vs the registry function over the whole range
function nativeSheets(ds: Dataset): { S: CellValue[][]; T: CellValue[][]; rows: Array<[string, CellValue, string]> } {
  const T: CellValue[][] = [['key', 'op', 'value']];
  for (const r of ds.pack.context.values) {
    for (const ind of ds.pack.indicators) {
      const lk = levelFor(ind, contextOf(ds.pack, r.id));
      if (lk.ok && lk.level.value !== undefined) T.push([`${ind.code}|${r.id}`, lk.level.op, lk.level.value]);
    }
  }
  const rows: Array<[string, CellValue, string]> = [];
  for (const row of ds.rows) row.values.forEach((v, k) => rows.push([ds.codes[k]!, v, row.region]));
  // what an office types: look the level up by code and region, compare, else keep the self-rating
  const S = rows.map((r, i) => {
    const R = i + 1;
    const m = `MATCH(A${R}&"|"&C${R},T!$A$1:$A$200,0)`;
    return [r[0], r[1], r[2],
      `=IFERROR(IF(INDEX(T!$B$1:$B$200,${m})="<=",IF(B${R}*100<=INDEX(T!$C$1:$C$200,${m}),"Đạt","Chưa đạt"),IF(B${R}*100>=INDEX(T!$C$1:$C$200,${m}),"Đạt","Chưa đạt")),IF(B${R}="Đạt","Đạt",IF(B${R}="Chưa đạt","Chưa đạt","Chưa có ngưỡng")))`];
  });
  return { S, T, rows };
}

const native = nativeSheets(d);
const byRegion = new Map<string, { codes: CellValue[][]; values: CellValue[][] }>();
for (const [code, v, region] of native.rows) {
  const g = byRegion.get(region) ?? { codes: [], values: [] };
  g.codes.push([code]);
  g.values.push([v]);
  byRegion.set(region, g);
}
let registryVerdicts = 0;
const registryMs = measure(() => {
  registryVerdicts = 0;
  for (const [region, g] of byRegion) registryVerdicts += (callFunction('CHECK', [g.codes, g.values, region]) as unknown[][]).length;
}, quick ? 3 : 7, 1);
let nativeVerdicts = 0;
const nativeMs = measure(() => {
  const hf = HyperFormula.buildFromSheets({ S: native.S as never, T: native.T as never }, { licenseKey: 'gpl-v3', maxRows: 200_000 });
  nativeVerdicts = hf.getSheetValues(hf.getSheetId('S')!).length;
  hf.destroy();
}, quick ? 1 : 2, 0);
if (nativeVerdicts !== registryVerdicts) throw new Error(`native ${nativeVerdicts} vs registry ${registryVerdicts} verdicts`);
const nativeFormulasVsCore = nativeMs / registryMs;
log(`nativeFormulasVsCore  ${round(nativeFormulasVsCore)}  (HyperFormula IF/INDEX-MATCH ${round(nativeMs)} ms, =NTM.CHECK over the range ${round(registryMs)} ms; ${nativeVerdicts} cells)`);

// ── annex: recognise and check a 10,000-row table
const annex = bigAnnex(10_000);
annexCheck(annex);
const annexMs = measure(() => annexCheck(annex), quick ? 5 : 11, 2);
const annexRowsPerSecond = Math.round(10_000 / (annexMs / 1000));
log(`annexRowsPerSecond    ${annexRowsPerSecond}  (10,000 rows in ${round(annexMs)} ms)`);

// ── host round trips, counted
const excel = await excelRoundTrips();
const sheets = await sheetsRoundTrips();
const roundTrips = { rows10: excel.rows10 + sheets.rows10, rows10000: excel.rows10000 + sheets.rows10000, excel, sheets };
log(`roundTrips            rows10 ${roundTrips.rows10}, rows10000 ${roundTrips.rows10000}  (Excel context.sync: ${excel.rows10}/${excel.rows10000}; Sheets service calls: ${sheets.rows10}/${sheets.rows10000})`);

// ── bundles
function kb(rel: string): number {
  const f = path.join(root, rel);
  if (!existsSync(f)) throw new Error(`${rel} missing: the build did not produce it`);
  return round(statSync(f).size / 1024, 1);
}
const appsScriptDir = path.join(root, 'dist/apps-script');
const appsScriptKB = round(
  (existsSync(appsScriptDir) ? (await import('node:fs')).readdirSync(appsScriptDir).filter((f) => /\.(js|gs)$/.test(f) && !/admin-units/i.test(f)).reduce((s, f) => s + statSync(path.join(appsScriptDir, f)).size, 0) : NaN) / 1024, 1);
const bundleKB = { functions: kb('dist/addin/functions.js'), adminUnits: kb('dist/addin/admin-units.js'), taskpane: kb('dist/addin/taskpane.js'), playground: kb('dist/playground/playground.js'), appsScript: appsScriptKB };
log(`bundleKB              functions ${bundleKB.functions}, taskpane ${bundleKB.taskpane}, appsScript ${bundleKB.appsScript}  (admin-units data ${bundleKB.adminUnits}, playground ${bundleKB.playground})`);

// ── cold start: a fresh context loads admin-units.js and functions.js and answers a first call
const fnSrc = readFileSync(path.join(root, 'dist/addin/functions.js'), 'utf8');
const auSrc = readFileSync(path.join(root, 'dist/addin/admin-units.js'), 'utf8');
const fnScript = new vm.Script(fnSrc, { filename: 'functions.js' });
const auScript = new vm.Script(auSrc, { filename: 'admin-units.js' });
const coldStartMs = measure(() => {
  const associated = new Map<string, (...a: unknown[]) => unknown>();
  class CFError {
    constructor(public code: unknown, public message?: string) {}
  }
  const ctx = vm.createContext({ CustomFunctions: { associate: (id: string, fn: (...a: unknown[]) => unknown) => associated.set(id, fn), Error: CFError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } }, console });
  auScript.runInContext(ctx);
  fnScript.runInContext(ctx);
  // CHECK broadcasts over ranges, so Excel declares it a matrix function: a 1×1 block comes back
  const answer = associated.get('CHECK')!('15.3', 0.23, 'BTB');
  const first = Array.isArray(answer) ? (answer as unknown[][])[0]?.[0] : answer;
  if (first !== 'Đạt') throw new Error(`first call answered ${JSON.stringify(answer)}`);
}, quick ? 5 : 11, 2);
log(`coldStartMs           ${round(coldStartMs)}`);

const result = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', node: process.version, platform: `${os.platform()} ${os.arch()}` },
  coreVsBaseline: round(coreVsBaseline),
  nativeFormulasVsCore: round(nativeFormulasVsCore),
  annexRowsPerSecond,
  roundTrips,
  bundleKB,
  coldStartMs: round(coldStartMs),
  timingsMs: { core: round(coreMs), baseline: round(baseMs), native: round(nativeMs), registry: round(registryMs), annex10000: round(annexMs) },
  targets: { coreVsBaseline: '≤ 3', nativeFormulasVsCore: '≥ 5', functionsKB: '≤ 200', roundTrips: 'rows10 = rows10000' },
};
if (asJson) console.log(JSON.stringify(result, null, 2));
else log(`\n${result.date} · ${result.machine.cpus} × ${result.machine.model} · Node ${result.machine.node}`);
