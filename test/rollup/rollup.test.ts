/**
 * `ntm rollup` over a folder as a province office receives it: commune files filled from the
 * province template (one meeting all criteria, one at 16, one at 10, a second copy of one of them),
 * two files from before the 2025 reform named by old communes that are now one commune, a damaged
 * file and a workbook with no self-assessment. The summary's numbers are checked against what the
 * files say, the summary workbook against the annex checks, and LibreOffice opens it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../core/communes/bundled.js';
import { checkWorkbook, communesOfProvince, findProvince, getPack } from '../../core/index.js';
import { rollupToSpec, rollupWorkbooks, type RollupFile, type RollupResult } from '../../core/aggregate/index.js';
import { renderWorkbook } from '../../io/template-xlsx.js';
import { readWorkbookFile, readXlsx, UnreadableFileError } from '../../io/xlsx.js';
import { fillTemplate, makeTemplate, pdfPages, soffice, tempDir, type Fill } from '../template/helpers.js';

const pack = getPack('318')!;
const dir = tempDir('rollup');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const folder = path.join(dir, 'nhan-ve');
const root = path.resolve(import.meta.dirname, '..', '..');

/** Every row of the template met: numbers on the right side of their level, ratings "Đạt". */
function allMet(except: NonNullable<Fill['rows']> = {}): NonNullable<Fill['rows']> {
  const rows: NonNullable<Fill['rows']> = {};
  const numbers: Record<string, number> = { '3.1': 90, '15.3': 10, '11': 3, '15.4': 80 };
  for (const i of pack.indicators) rows[i.code] = numbers[i.code] !== undefined ? { value: numbers[i.code]! } : { rating: 'Đạt' };
  for (const c of pack.criteria) if (!pack.indicators.some((i) => i.criterion === c.code)) rows[c.code] = { rating: 'Đạt' };
  return { ...rows, ...except };
}

const officeLevels = { '15.4': { BTB: '≥ 70%' } };

async function oldCommuneFile(): Promise<Uint8Array> {
  // the sample of xã Cẩm Thành (2023) retitled as its neighbour Cẩm Liên, with more criteria ticked
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path.join(root, 'examples', 'xa-cam-thanh-2023.xlsx')) as unknown as ArrayBuffer);
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    if (typeof cell.value === 'string') cell.value = cell.value.replace(/CẨM THÀNH/g, 'CẨM LIÊN').replace(/Cẩm Thành/g, 'Cẩm Liên');
  })));
  const ws = wb.getWorksheet('Tự đánh giá')!;
  // its own ratings: "Đạt" wherever Cẩm Thành wrote "Chưa đạt" (values keep deciding where a level is known)
  ws.eachRow((row) => {
    if (row.getCell(7).value === 'x') {
      row.getCell(6).value = 'x';
      row.getCell(7).value = null;
    }
  });
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

let result: RollupResult;
const files: RollupFile[] = [];
let oldLien = 0;
let oldThanh = 0;

beforeAll(async () => {
  const template = await makeTemplate({ set: pack, province: 'Thanh Hóa', year: 2025 });
  const make = async (name: string, f: Fill) => writeFileSync(path.join(folder, name), await fillTemplate(template, { levels: officeLevels, ...f }));
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder, { recursive: true });
  await make('01-xa-muong-lat.xlsx', { commune: 'Xã Mường Lát', rows: allMet() });
  // two files for Tam Chung: the one first by name is used
  await make('02-xa-tam-chung-ban-sao.xlsx', { commune: 'Xã Tam Chung', rows: allMet({ '1': { rating: 'Chưa đạt' }, '2': { rating: 'Chưa đạt' }, '15.3': { value: 30 } }) });
  await make('02-xa-tam-chung.xlsx', { commune: 'Xã Tam Chung', rows: allMet() });
  const ten = allMet();
  for (const c of ['1', '2', '7', '8', '10', '16', '18']) ten[c] = { rating: 'Chưa đạt' };
  ten['3.1'] = { value: 60 };
  ten['15.4'] = { value: 50 };
  await make('03-xa-muong-ly.xlsx', { commune: 'Xã Mường Lý', rows: ten });
  writeFileSync(path.join(folder, 'xa-cam-thanh-2023.xlsx'), readFileSync(path.join(root, 'examples', 'xa-cam-thanh-2023.xlsx')));
  writeFileSync(path.join(folder, 'xa-cam-lien-2023.xlsx'), await oldCommuneFile());
  writeFileSync(path.join(folder, 'hong.xlsx'), new TextEncoder().encode('PK\u0003\u0004 this is not a workbook'));
  // a file name that would be a formula if written as one
  writeFileSync(path.join(folder, '=1+1.xlsx'), new TextEncoder().encode('not a workbook either'));
  const notes = new ExcelJS.Workbook();
  notes.addWorksheet('Ghi chú').getCell('A1').value = 'Danh bạ cán bộ';
  writeFileSync(path.join(folder, 'ghi-chu.xlsx'), new Uint8Array(await notes.xlsx.writeBuffer() as ArrayBuffer));

  const { readdirSync } = await import('node:fs');
  for (const name of readdirSync(folder).sort()) {
    try {
      files.push({ name, workbook: await readWorkbookFile(readFileSync(path.join(folder, name)), name) });
    } catch (e) {
      if (!(e instanceof UnreadableFileError)) throw e;
      files.push({ name, error: e.reason });
    }
  }
  result = rollupWorkbooks(files);
  // what the core says of the two old files on their own
  const check = (name: string) => checkWorkbook(files.find((f) => f.name === name)!.workbook!, { pack }).tables.find((t) => t.kind === 'indicator-assessment')!.summary.criteriaMet!;
  oldThanh = check('xa-cam-thanh-2023.xlsx');
  oldLien = check('xa-cam-lien-2023.xlsx');
}, 300_000);

describe('ntm rollup: the province summary', () => {
  it('knows the province and the set from the templates, and expects every xã and đặc khu', () => {
    const prov = findProvince('Thanh Hóa')!;
    expect(result.province?.code).toBe(prov.code);
    expect(result.set).toBe('vn-xa-ntm-2021-2025');
    const expected = communesOfProvince(prov.code).filter((c) => c.kind !== 'phuong').length;
    expect(result.totals.expected).toBe(expected);
  });

  it('counts communes with results, meeting all criteria, at 15+, and the average recomputed from counts', () => {
    const row = (name: string) => result.communes.find((c) => c.name === name)!;
    expect(row('Xã Mường Lát').criteriaMet).toBe(19);
    expect(row('Xã Tam Chung').criteriaMet).toBe(16);
    expect(row('Xã Mường Lý').criteriaMet).toBe(10);
    expect(oldThanh).toBe(11);
    expect(oldLien).toBeGreaterThan(oldThanh);
    expect(row('Xã Cẩm Thạch').criteriaMet).toBe(oldThanh);
    expect(result.totals.reported).toBe(4);
    expect(result.totals.missing).toBe(result.totals.expected - 4);
    expect(result.totals.meetingAll).toBe(1);
    expect(result.totals.atBasic).toBe(2);
    expect(result.totals.sumCriteria).toBe(19 + 16 + 10 + 11);
    expect(result.totals.average).toBe(14);
    expect(row('Xã Mường Lát').class).toBe('dat-chuan');
    expect(row('Xã Tam Chung').class).toBe('co-ban');
    expect(row('Xã Mường Lý').class).toBe('chua-dat');
  });

  it('says which file each commune comes from, and why the others were not used', () => {
    const f = (name: string) => result.files.find((x) => x.file === name)!;
    expect(f('hong.xlsx').status).toBe('unreadable');
    expect(f('hong.xlsx').reason?.vi).toContain('hong.xlsx');
    expect(f('ghi-chu.xlsx').status).toBe('unreadable');
    expect(f('ghi-chu.xlsx').reason?.vi).toContain('Không thấy bảng tự đánh giá');
    // two files for Tam Chung: the first by name is used, the other is a duplicate
    expect(f('02-xa-tam-chung-ban-sao.xlsx').status).toBe('used');
    expect(f('02-xa-tam-chung.xlsx').status).toBe('duplicate');
    expect(result.communes.find((c) => c.name === 'Xã Tam Chung')!.notes.map((n) => n.vi).join(' ')).toContain('Có 2 tệp cùng xã');
    expect(f('01-xa-muong-lat.xlsx').identifiedBy).toBe('cell');
    expect(f('=1+1.xlsx').status).toBe('unreadable');
    expect(result.totals.unreadable).toBe(3);
    expect(result.totals.duplicates).toBe(1);
    expect(result.totals.files).toBe(files.length);
  });

  it('rolls the files of old communes into the new commune with the lowest standard among them', () => {
    const f = (name: string) => result.files.find((x) => x.file === name)!;
    for (const n of ['xa-cam-thanh-2023.xlsx', 'xa-cam-lien-2023.xlsx']) {
      expect(f(n).status).toBe('merged');
      expect(f(n).commune?.name).toBe('Xã Cẩm Thạch');
      expect(f(n).identifiedBy).toBe('title');
    }
    const row = result.communes.find((c) => c.name === 'Xã Cẩm Thạch')!;
    expect(row.fromOldCommunes?.map((p) => p.name).sort()).toEqual(['Xã Cẩm Liên', 'Xã Cẩm Thành']);
    const notes = row.notes.map((n) => n.vi).join(' ');
    expect(notes).toContain('lấy mức thấp nhất (Xã Cẩm Thành)');
    expect(notes).toContain(`Xã Cẩm Liên ${oldLien}/19`);
    expect(row.missingParts).toEqual(['Xã Cẩm Bình', 'Xã Cẩm Thạch']);
    expect(result.totals.merged).toBe(2);
  });

  it('lists the indicators failing most, from the communes\' verdicts', () => {
    const top = result.failingIndicators[0]!;
    const counted = result.communes.filter((c) => c.reported && c.indicators.some((i) => i.code === top.code && i.verdict === 'chua-dat')).length;
    expect(top.notMet).toBe(counted);
    expect(top.notMet).toBeGreaterThanOrEqual(result.failingIndicators[1]?.notMet ?? 0);
    // 15.3 fails in Tam Chung (30% against ≤ 25%), 3.1 and 15.4 in Mường Lý
    const codes = result.failingIndicators.map((x) => x.code);
    expect(codes).toContain('3.1');
    expect(codes).toContain('15.3');
    expect(codes).toContain('15.4');
  });
});

describe('ntm rollup: summary.xlsx', () => {
  let summary: Uint8Array;
  beforeAll(async () => {
    summary = await renderWorkbook(rollupToSpec(result));
    writeFileSync(path.join(dir, 'tong-hop.xlsx'), summary);
  });

  it('is a commune roll-up the annex checks recompute without finding a wrong figure', async () => {
    const wb = await readXlsx(summary, 'tong-hop.xlsx');
    const report = checkWorkbook(wb, { pack });
    const t = report.tables.find((x) => x.kind === 'commune-rollup')!;
    expect(t.sheet).toBe('Tổng hợp');
    expect(t.summary.communes).toBe(result.totals.reported);
    expect(t.summary.communesMeetingAll).toBe(1);
    expect(t.summary.communesAtBasic).toBe(2);
    expect(t.summary.averageCriteria).toBe(14);
    expect(report.issues.concat(...report.tables.map((x) => x.issues)).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('shows the heat map and data bars, the missing communes and each file', async () => {
    const ExcelJSmod = (await import('exceljs')).default;
    const wb = new ExcelJSmod.Workbook();
    await wb.xlsx.load(summary as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const cf = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string }> }> }).conditionalFormattings;
    expect(cf.some((c) => c.rules.some((r) => r.type === 'colorScale'))).toBe(true);
    expect(cf.some((c) => c.rules.some((r) => r.type === 'dataBar'))).toBe(true);
    expect(wb.getWorksheet('Xã chưa gửi')!.rowCount).toBe(4 + result.totals.missing);
    const filesSheet = wb.getWorksheet('Tệp')!;
    expect(filesSheet.rowCount).toBe(4 + files.length);
    // a file name starting with "=" stays text, never a formula
    const names: unknown[] = [];
    filesSheet.getColumn(1).eachCell((c) => names.push(c.value));
    expect(names).toContain('=1+1.xlsx');
  });

  it('opens in LibreOffice and prints', () => {
    soffice([path.join(dir, 'tong-hop.xlsx')], 'pdf', path.join(dir, 'pdf'));
    expect(pdfPages(path.join(dir, 'pdf', 'tong-hop.pdf'))).toBeGreaterThanOrEqual(5);
  });

  it('runs from the built command line: ntm rollup <folder> --out --json', () => {
    const cli = path.join(root, 'dist', 'cli', 'ntm.js');
    const out = path.join(dir, 'cli-tong-hop.xlsx');
    const r = spawnSync(process.execPath, [cli, 'rollup', folder, '--out', out, '--json'], { encoding: 'utf8', cwd: root });
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as RollupResult;
    expect(j.totals).toEqual(result.totals);
    expect(readFileSync(out).length).toBeGreaterThan(1000);
  });
});
