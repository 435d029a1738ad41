/**
 * Province templates as a user meets them: the sheets and units listed, the pack sheet that reads
 * back to the same pack, the errors an office gets, and a filled template that the annex checks
 * recognise. LibreOffice runs are in libreoffice.test.ts.
 */
import { describe, expect, it } from 'vitest';
import '../../core/communes/bundled.js';
import {
  checkWorkbook, communesOfProvince, findProvince, getPack, packDigest, packFromSheet, PACK_SHEET_NAME, regionOf,
} from '../../core/index.js';
import { buildTemplate, TEMPLATE_SHEETS, type SheetSpec } from '../../core/template/index.js';
import { readContextMap } from '../../io/context-map.js';
import { renderWorkbook } from '../../io/template-xlsx.js';
import { readXlsx } from '../../io/xlsx.js';
import { fillTemplate, makeTemplate } from './helpers.js';

const p318 = getPack('318')!;
const p51 = getPack('2026-2030')!;

function sheet(specSheets: SheetSpec[], name: string): SheetSpec {
  const s = specSheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe('ntm template: what the province template holds', () => {
  const r = buildTemplate({ pack: p318, province: 'Thanh Hóa', year: 2025 });
  if (!r.ok) throw new Error('template failed');
  const wb = r.workbook;

  it('has the five sheets the office sends and hides its helpers', () => {
    const visible = wb.sheets.filter((s) => !s.state || s.state === 'visible').map((s) => s.name);
    expect(visible).toEqual(['Hướng dẫn', 'Tự đánh giá', 'Kế hoạch', 'Tổng hợp', 'Bộ tiêu chí']);
    expect(wb.sheets.filter((s) => s.state === 'hidden').map((s) => s.name).sort()).toEqual(['_DanhSachXa', '_Nguong', '_TongHop']);
  });

  it('lists every xã of the province (and its đặc khu), not its phường', () => {
    const prov = findProvince('Thanh Hóa')!;
    const all = communesOfProvince(prov.code);
    const expected = all.filter((c) => c.kind === 'xa' || c.kind === 'dac-khu');
    expect(r.info.communes).toBe(expected.length);
    expect(r.info.excluded.phuong).toBe(all.filter((c) => c.kind === 'phuong').length);
    const list = sheet(wb.sheets, '_DanhSachXa');
    const names = list.rows.slice(11).map((row) => row[1]).filter(Boolean);
    expect(names).toEqual(expected.map((c) => c.name));
    // one row per unit in "Tổng hợp", ready for the roll-up
    const roll = sheet(wb.sheets, 'Tổng hợp');
    const rows = roll.rows.slice(9).filter((row) => row[1]);
    expect(rows.map((row) => row[1])).toEqual(expected.map((c) => c.name));
    // the province has one region, so every unit has it
    const reg = regionOf(prov.code);
    expect(reg.ok).toBe(true);
    expect(new Set(list.rows.slice(11).map((row) => row[3]))).toEqual(new Set(['BTB']));
  });

  it('says what to fill, where, by when, and on which legal basis', () => {
    const guide = sheet(wb.sheets, 'Hướng dẫn');
    const text = guide.rows.flat().filter((v) => typeof v === 'string').join('\n');
    expect(text).toContain('Hạn gửi lại');
    expect(text).toContain('318/QĐ-TTg');
    expect(text).toContain('18/2022/QĐ-TTg');
    expect(text).toContain(`${r.info.unknownThresholds} ô mức (nền vàng) để trống`);
    expect(text).toContain('"Cơ bản đạt chuẩn" (từ 15 tiêu chí) là cách gọi của địa phương');
    expect(r.info.unknownThresholds).toBeGreaterThan(0);
  });

  it('is plain data that survives JSON (what the panel hands to Office.js or SpreadsheetApp)', () => {
    expect(JSON.parse(JSON.stringify(wb))).toEqual(wb);
  });

  it('computes the status column with native formulas that point at the pack sheet', () => {
    const a = sheet(wb.sheets, 'Tự đánh giá');
    const formulas = a.rows.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('='));
    expect(formulas.length).toBeGreaterThan(100);
    expect(formulas.some((f) => f.includes("'_Nguong'!"))).toBe(true);
    const levels = sheet(wb.sheets, '_Nguong');
    expect(levels.rows.flat().some((v) => typeof v === 'string' && v.includes("'Bộ tiêu chí'!"))).toBe(true);
    // no function the hosts lack (NUMBERVALUE is not read by LibreOffice 7 from .xlsx)
    for (const s of wb.sheets) for (const v of s.rows.flat()) if (typeof v === 'string' && v.startsWith('=')) expect(v).not.toMatch(/NUMBERVALUE|LET\(|LAMBDA|XLOOKUP|FILTER\(/);
  });
});

describe('ntm template: the "Bộ tiêu chí" sheet reads back to the same pack', () => {
  for (const pack of [p318, p51]) {
    it(`${pack.id}: written by exceljs, read by io/xlsx and packFromSheet, equal packDigest`, async () => {
      const bytes = await makeTemplate({ set: pack, province: 'Thanh Hóa', year: pack.period.from });
      const wb = await readXlsx(bytes, 't.xlsx');
      const ps = wb.sheets.find((s) => s.name === PACK_SHEET_NAME)!;
      const alone = packFromSheet(ps);
      expect(alone.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(packDigest(alone.pack!)).toEqual(packDigest(pack));
      const based = packFromSheet(ps, { base: pack });
      expect(packDigest(based.pack!)).toEqual(packDigest(pack));
    });
  }
});

describe('ntm template: errors and contexts an office meets', () => {
  it('names the unknown province in both languages', () => {
    const r = buildTemplate({ pack: p318, province: 'Thanh Hoá Xyz', year: 2025 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.vi).toContain('Không tìm thấy tỉnh/thành phố "Thanh Hoá Xyz"');
    expect(r.errors[0]!.en).toContain('No province or city "Thanh Hoá Xyz"');
  });

  it('asks for each commune\'s region in a province formed from provinces of different regions', () => {
    const r = buildTemplate({ pack: p318, province: 'Phú Thọ', year: 2025 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.vi).toContain('Vĩnh Phúc');
    expect(r.errors[0]!.vi).toContain('--context-by-commune');
    expect(r.errors[0]!.en).toContain('--context');
  });

  it('asks for the region where the sources disagree (Quảng Ninh), and accepts one for all', () => {
    const r = buildTemplate({ pack: p318, province: 'Quảng Ninh', year: 2025 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.vi).toContain('Các nguồn xếp Quảng Ninh vào những vùng khác nhau');
    const ok = buildTemplate({ pack: p318, province: 'Quảng Ninh', year: 2025, defaultContext: 'TDMNPB' });
    expect(ok.ok && ok.info.contextLeftBlank).toBe(0);
  });

  it('takes the regions from a CSV the office writes, and a default for the rest', () => {
    const map = readContextMap('Xã,Vùng\nXã Đà Bắc,TDMNPB\nXã Cao Sơn,"TDMNPB, ĐBKK"\n', 'vung.csv');
    const r = buildTemplate({ pack: p318, province: 'Phú Thọ', year: 2025, contextByCommune: map, defaultContext: 'ĐBSH' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const list = sheet(r.workbook.sheets, '_DanhSachXa');
    const row = (name: string) => list.rows.find((x) => x[1] === name)!;
    expect(row('Xã Đà Bắc')[3]).toBe('TDMNPB');
    expect(row('Xã Cao Sơn')[3]).toBe('TDMNPB');
    expect(row('Xã Cao Sơn')[4]).toBe('Xã đặc biệt khó khăn');
    const others = list.rows.slice(11).filter((x) => x[1] && x[1] !== 'Xã Đà Bắc' && x[1] !== 'Xã Cao Sơn');
    expect(new Set(others.map((x) => x[3]))).toEqual(new Set(['ĐBSH']));
    // without a default, the others are left for the commune to pick, and the office is told
    const r2 = buildTemplate({ pack: p318, province: 'Phú Thọ', year: 2025, contextByCommune: map });
    expect(r2.ok).toBe(true);
    if (!r2.ok) return;
    expect(r2.info.contextLeftBlank).toBe(r2.info.communes - 2);
    expect(r2.warnings.map((w) => w.vi).join(' ')).toContain(`${r2.info.communes - 2} đơn vị chưa có vùng`);
  });

  it('points at the line of the map that names no commune of the province', () => {
    const map = readContextMap('Xã,Vùng\nXã Đà Bắc,TDMNPB\nXã Không Có Thật,ĐBSH\n', 'vung.csv');
    const r = buildTemplate({ pack: p318, province: 'Phú Thọ', year: 2025, contextByCommune: map });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.vi).toContain('vung.csv, dòng 3');
    expect(r.errors[0]!.vi).toContain('Xã Không Có Thật');
  });

  it('refuses a year outside the set\'s period', () => {
    const r = buildTemplate({ pack: p318, province: 'Thanh Hóa', year: 2026 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.vi).toContain('2021-2025');
  });

  it('leaves commune groups for the commune to pick unless the office gives them (2026-2030)', () => {
    const map = readContextMap(JSON.stringify({ 'Xã Đạ Huoai': 'Nhóm 3' }), 'nhom.json');
    const r = buildTemplate({ pack: p51, province: 'Lâm Đồng', year: 2026, contextByCommune: map });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const list = sheet(r.workbook.sheets, '_DanhSachXa');
    expect(list.rows.find((x) => x[1] === 'Xã Đạ Huoai')![3]).toBe('Nhóm 3');
    expect(r.info.contextLeftBlank).toBe(r.info.communes - 1);
    const a = sheet(r.workbook.sheets, 'Tự đánh giá');
    expect(a.rows[3]![0]).toBe('Nhóm xã:');
    // the 2026-2030 set has no indicator yet: one row per criterion, and rows for what the office adds
    const crit = a.rows.filter((row) => typeof row[1] === 'string' && /^\d+$/.test(row[1] as string));
    expect(crit.map((row) => row[1])).toEqual(p51.criteria.map((c) => c.code));
  });

  it('builds one commune\'s self-assessment alone, its name and region filled in', () => {
    const r = buildTemplate({ pack: p318, province: 'Thanh Hóa', year: 2025, commune: 'Cẩm Thạch' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.info.sheets).not.toContain('Tổng hợp');
    const a = sheet(r.workbook.sheets, 'Tự đánh giá');
    expect(a.rows[2]![2]).toBe('Xã Cẩm Thạch');
    expect(a.results!['C4']).toBe('BTB');
    expect(a.results!['A1']).toBe('UBND XÃ CẨM THẠCH');
    const bad = buildTemplate({ pack: p318, province: 'Thanh Hóa', year: 2025, commune: 'Phường Hạc Thành' });
    expect(bad.ok).toBe(false);
  });
});

describe('ntm template: a filled template is recognised by the annex checks', () => {
  it('finds the self-assessment and the plan, and reads the commune\'s context and year', async () => {
    const bytes = await makeTemplate({ set: '318', province: 'Thanh Hóa', year: 2025, commune: 'Cẩm Thạch' });
    const filled = await fillTemplate(bytes, {
      rows: { '15.3': { value: 18 }, '3.1': { value: 85 }, '1': { rating: 'Đạt' }, '11': { value: 7, rating: 'Đạt' } },
      plan: [['11', 'Hỗ trợ sinh kế cho hộ cận nghèo', 'Chủ tịch UBND xã', 'Công chức văn hóa - xã hội', new Date(Date.UTC(2025, 8, 30)), 500, 'Ngân sách tỉnh']],
    });
    const wb = await readXlsx(filled, 'xa-cam-thach.xlsx');
    const report = checkWorkbook(wb, { pack: p318 });
    expect(report.context).toBe('BTB');
    expect(report.year).toBeUndefined();
    const assess = report.tables.find((t) => t.sheet === TEMPLATE_SHEETS.assess && t.kind === 'indicator-assessment');
    expect(assess).toBeDefined();
    const verdict = (code: string) => assess!.rows!.find((x) => x.code === code)?.verdict;
    expect(verdict('15.3')).toBe('dat');
    expect(verdict('3.1')).toBe('dat');
    expect(verdict('11')).toBe('chua-dat');
    expect(assess!.summary.criteriaTotal).toBe(19);
    expect(assess!.issues.some((i) => i.code === 'status-mismatch' && i.cell.startsWith('G'))).toBe(true);
    const plan = report.tables.find((t) => t.sheet === TEMPLATE_SHEETS.plan && t.kind === 'plan');
    expect(plan?.summary.tasks).toBe(1);
    expect(plan?.summary.budgetTotal).toBe(500);
    expect(report.tables.some((t) => t.sheet === TEMPLATE_SHEETS.pack)).toBe(false);
  });

  it('renders an .xlsx that exceljs reads back with its validations, names and protection', async () => {
    const r = buildTemplate({ pack: p318, province: 'Thanh Hóa', year: 2025 });
    if (!r.ok) throw new Error('x');
    const bytes = await renderWorkbook(r.workbook);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const a = wb.getWorksheet('Tự đánh giá')!;
    expect(a.getCell('C3').dataValidation?.type).toBe('list');
    expect(a.getCell('C3').protection?.locked).toBe(false);
    expect(a.getCell('H8').protection?.locked).not.toBe(false);
    expect(wb.getWorksheet('_Nguong')!.state).toBe('hidden');
    expect(a.views[0]?.state).toBe('frozen');
    expect(a.pageSetup.orientation).toBe('landscape');
    expect(a.pageSetup.paperSize).toBe(9);
    expect(a.pageSetup.printTitlesRow).toBe('6:7');
  });
});
