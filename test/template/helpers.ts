/**
 * Helpers for the template and roll-up tests: build and render a template, fill it the way a
 * commune (or an office) would, and run LibreOffice headless on a batch of files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import '../../core/communes/bundled.js';
import { getPack, type Pack } from '../../core/index.js';
import { buildTemplate, type TemplateOptions } from '../../core/template/index.js';
import { renderWorkbook } from '../../io/template-xlsx.js';

export async function makeTemplate(o: Omit<TemplateOptions, 'pack'> & { set: string | Pack }): Promise<Uint8Array> {
  const pack = typeof o.set === 'string' ? getPack(o.set)! : o.set;
  const { set: _s, ...rest } = o;
  const r = buildTemplate({ ...rest, pack });
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('; '));
  return renderWorkbook(r.workbook);
}

export interface Fill {
  commune?: string;
  /** "Diện xã" (a rule name, e.g. "Xã đặc biệt khó khăn"). */
  rule?: string;
  /** Region or group typed over the looked-up one. */
  context?: string;
  year?: number;
  /** Per indicator (or criterion) code: the value and the commune's own rating. */
  rows?: Record<string, { value?: ExcelJS.CellValue; rating?: string; note?: string }>;
  /** The office's levels typed into "Bộ tiêu chí": code → column header → text. */
  levels?: Record<string, Record<string, string>>;
  /** Indicators the office adds in the spare rows of "Bộ tiêu chí", and the commune's values for them. */
  added?: Array<{ code: string; criterion: string; wording: string; unit?: string; kind?: string; levels: Record<string, string>; value?: ExcelJS.CellValue; rating?: string }>;
  /** Plan rows: [code, task, lead, owner, deadline, budget, fund]. */
  plan?: Array<[string, string, string, string, Date | string, number | string, string]>;
}

function findRow(ws: ExcelJS.Worksheet, col: number, text: string, from = 1): number {
  for (let r = from; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, col).value;
    const t = v && typeof v === 'object' && 'result' in v ? (v as { result?: unknown }).result : v;
    if (t !== null && t !== undefined && String(t).trim() === text) return r;
  }
  return -1;
}

/** Fills a rendered template as exceljs would save a user's edits (formulas keep stale results). */
export async function fillTemplate(bytes: Uint8Array, f: Fill): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Tự đánh giá')!;
  const pack = wb.getWorksheet('Bộ tiêu chí')!;
  if (f.commune) ws.getCell('C3').value = f.commune;
  if (f.year) ws.getCell('G3').value = f.year;
  if (f.context) ws.getCell('C4').value = f.context;
  if (f.rule) ws.getCell('G4').value = f.rule;
  const packHeader = findRow(pack, 1, 'Mã');
  const headerCol = (label: string): number => {
    for (let c = 1; c <= pack.columnCount; c++) if (String(pack.getCell(packHeader, c).value ?? '') === label) return c;
    throw new Error(`no column ${label}`);
  };
  for (const [code, levels] of Object.entries(f.levels ?? {})) {
    const r = findRow(pack, 1, code, packHeader + 1);
    if (r < 0) throw new Error(`no pack row ${code}`);
    for (const [label, t] of Object.entries(levels)) pack.getCell(r, headerCol(label)).value = t;
  }
  for (const [code, v] of Object.entries(f.rows ?? {})) {
    const r = findRow(ws, 2, code, 8);
    if (r < 0) throw new Error(`no row ${code}`);
    if (v.value !== undefined) ws.getCell(r, 6).value = v.value;
    if (v.rating !== undefined) ws.getCell(r, 7).value = v.rating;
    if (v.note !== undefined) ws.getCell(r, 9).value = v.note;
  }
  if (f.added?.length) {
    // spare rows: after the last row with content in the pack table; the assessment mirrors them in order
    let spare = packHeader + 1;
    while (pack.getCell(spare, 1).value !== null && pack.getCell(spare, 1).value !== undefined) spare++;
    const spareHeading = findRow(ws, 3, 'Chỉ tiêu do văn phòng điều phối thêm ở sheet "Bộ tiêu chí" (tự hiện khi có)', 8);
    f.added.forEach((a, i) => {
      const pr = spare + i;
      pack.getCell(pr, 1).value = a.code;
      pack.getCell(pr, headerCol('Tiêu chí')).value = a.criterion;
      pack.getCell(pr, headerCol('Nội dung chỉ tiêu')).value = a.wording;
      if (a.unit) pack.getCell(pr, headerCol('Đơn vị')).value = a.unit;
      if (a.kind) pack.getCell(pr, headerCol('Loại')).value = a.kind;
      for (const [label, t] of Object.entries(a.levels)) pack.getCell(pr, headerCol(label)).value = t;
      const ar = spareHeading + 1 + (pr - firstSpare(pack, packHeader));
      if (a.value !== undefined) ws.getCell(ar, 6).value = a.value;
      if (a.rating !== undefined) ws.getCell(ar, 7).value = a.rating;
    });
  }
  if (f.plan?.length) {
    const pl = wb.getWorksheet('Kế hoạch')!;
    f.plan.forEach((p, i) => {
      const r = 7 + i;
      p.forEach((v, j) => {
        pl.getCell(r, j + 2).value = v;
      });
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

/** The first spare row of the pack table (the row after the last indicator the builder wrote). */
function firstSpare(pack: ExcelJS.Worksheet, header: number): number {
  // the builder styles spare rows as unlocked: the first unlocked row after the header
  for (let r = header + 1; r <= pack.rowCount; r++) {
    if (pack.getCell(r, 1).protection?.locked === false) return r;
  }
  throw new Error('no spare rows');
}

/**
 * Runs LibreOffice headless on several files at once (it is slow to start), with a fresh profile.
 * `recalc`: the profile tells LibreOffice to recalculate every formula on load, as Excel does.
 */
export function soffice(files: string[], to: 'pdf' | 'xlsx' | 'csv', outDir: string, recalc = false): void {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ntm-lo-'));
  try {
    if (recalc) {
      mkdirSync(path.join(profile, 'user'), { recursive: true });
      writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'),
        '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
        '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n</oor:items>\n');
    }
    mkdirSync(outDir, { recursive: true });
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, ...files], {
      encoding: 'utf8', timeout: 600_000,
    });
    if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
    const made = new Set(readdirSync(outDir));
    for (const f of files) {
      const want = path.basename(f).replace(/\.[^.]+$/, `.${to}`);
      if (!made.has(want)) throw new Error(`soffice did not write ${want}: ${r.stdout} ${r.stderr}`);
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Pages of a PDF, from pdfinfo. */
export function pdfPages(file: string): number {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /Pages:\s+(\d+)/.exec(r.stdout);
  return m ? Number(m[1]) : 0;
}

/** A fresh directory for one test file's outputs (unique: several test runs may share the machine). */
export function tempDir(name: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `ntm-${name}-`));
}
