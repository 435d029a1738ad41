/**
 * The templates in LibreOffice headless, as a commune without the add-in would open them:
 * - they open and print (PDF with pages), for a region-pack province, a province formed from
 *   provinces of different regions, and a commune-group pack province;
 * - LibreOffice's recalculation of an unfilled template gives the cached results the builder
 *   wrote (the formulas and their TypeScript mirror agree);
 * - filled templates, recalculated by LibreOffice, show in "Trạng thái" the verdict the core gives
 *   for the same values (values at thresholds, blanks, self-ratings, unknown thresholds, levels the
 *   office typed, indicators it added, a rule that changes the level), and the commune's counts
 *   and class match the core's.
 * LibreOffice is slow to start, so each step converts all its files in one call.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../core/communes/bundled.js';
import { checkWorkbook, getPack, message, type Pack, type WorkbookData } from '../../core/index.js';
import { buildTemplate } from '../../core/template/index.js';
import { rollupWorkbooks } from '../../core/aggregate/index.js';
import { readContextMap } from '../../io/context-map.js';
import { renderWorkbook } from '../../io/template-xlsx.js';
import { readXlsx } from '../../io/xlsx.js';
import { readFileSync } from 'node:fs';
import { fillTemplate, pdfPages, soffice, tempDir, type Fill } from './helpers.js';
import { columnLetter } from '../../core/sheet/index.js';

const p318 = getPack('318')!;
const p51 = getPack('2026-2030')!;
const dir = tempDir('template-lo');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const phuThoMap = readContextMap('Xã,Vùng\nXã Đà Bắc,TDMNPB\nXã Cao Sơn,"TDMNPB, ĐBKK"\n', 'vung.csv');
const lamDongMap = readContextMap(JSON.stringify({ 'Xã Đạ Huoai': 'Nhóm 2' }), 'nhom.json');

interface Case {
  name: string;
  pack: Pack;
  province: string;
  year: number;
  opts?: Parameters<typeof buildTemplate>[0] extends infer T ? Partial<T> : never;
  fill?: Fill;
}

const templates: Case[] = [
  { name: 'thanh-hoa-318', pack: p318, province: 'Thanh Hóa', year: 2025 },
  { name: 'phu-tho-318', pack: p318, province: 'Phú Thọ', year: 2025, opts: { contextByCommune: phuThoMap, defaultContext: 'ĐBSH' } },
  { name: 'lam-dong-2026', pack: p51, province: 'Lâm Đồng', year: 2026, opts: { contextByCommune: lamDongMap } },
];

const filled: Case[] = [
  {
    // a BTB commune: values at and around the thresholds, self-ratings, unknown thresholds, levels the office typed
    name: 'cam-thach', pack: p318, province: 'Thanh Hóa', year: 2025,
    fill: {
      commune: 'Xã Cẩm Thạch',
      levels: { '15.4': { BTB: '≥ 70%' }, '17.7': { BTB: '≥ 80,5%' }, '9.2': { BTB: '≥85%' } },
      added: [{ code: '1.1', criterion: '1. Quy hoạch', wording: 'Có quy hoạch chung xây dựng xã được phê duyệt', kind: 'Có/Không', levels: { BTB: 'Có' }, value: 'Có' }],
      rows: {
        '3.1': { value: 80 }, '15.3': { value: 25 }, '11': { value: 6.51 }, '15.4': { value: 60 }, '17.7': { value: 80.5 },
        '9.2': { value: 84.99 }, '12.2': { rating: 'Chưa đạt' }, '5': { rating: 'Đạt' }, '3.2': { value: 'Đạt' },
        '6.2': { rating: 'Không đánh giá' }, '9.1': { value: 'Có' }, '4.2': { value: 99.5, rating: 'Đạt' },
        '1': { rating: 'Đạt' }, '2': { rating: 'Chưa đạt' }, '7': { rating: 'Đạt' }, '8': { rating: 'Không đánh giá' },
      },
    },
  },
  {
    // the same province, a commune of the kind that uses the TDMNPB level (318/QĐ-TTg, Điều 1)
    name: 'cam-thach-dbkk', pack: p318, province: 'Thanh Hóa', year: 2025,
    fill: {
      commune: 'Xã Cẩm Thạch', rule: 'Xã đặc biệt khó khăn',
      rows: { '15.3': { value: 24.5 }, '11': { value: 12.9 }, '15.4': { value: 50 }, '3.1': { value: 0.5 }, '14.1': { value: 'Đạt' }, '13.3': { value: 'x' } },
    },
  },
  {
    // a province formed from provinces of different regions: a commune the default puts in ĐBSH
    name: 'phu-tho-dbsh', pack: p318, province: 'Phú Thọ', year: 2025, opts: { contextByCommune: phuThoMap, defaultContext: 'ĐBSH' },
    fill: { commune: 'Xã Đức Nhàn', rows: { '15.4': { value: 69.9 }, '15.3': { value: 16.5 }, '3.1': { value: 100 } } },
  },
  {
    // the 2026-2030 set: no indicator is known, the office adds them; the commune's group comes from the office's list
    name: 'da-huoai-2026', pack: p51, province: 'Lâm Đồng', year: 2026, opts: { contextByCommune: lamDongMap },
    fill: {
      commune: 'Xã Đạ Huoai',
      added: [
        { code: '2.1', criterion: '2. Hạ tầng kinh tế - xã hội', wording: 'Chỉ tiêu thử 2.1', unit: '%', kind: 'Tỷ lệ', levels: { 'Nhóm 2': '≤ 25%' }, value: 25.4 },
        { code: '2.2', criterion: '2. Hạ tầng kinh tế - xã hội', wording: 'Chỉ tiêu thử 2.2', unit: '%', kind: 'Tỷ lệ', levels: { 'Nhóm 2': '≥ 90%' }, value: 90 },
        { code: '5.1', criterion: '5. Văn hóa, giáo dục, y tế', wording: 'Chỉ tiêu thử 5.1', kind: 'Đạt/Chưa đạt', levels: { 'Nhóm 1': 'Đạt' }, rating: 'Đạt' },
        { code: '6.1', criterion: '6. Giảm nghèo và an sinh xã hội', wording: 'Chỉ tiêu thử 6.1', unit: '%', kind: 'Tỷ lệ', levels: {}, value: 3 },
        { code: '8.1', criterion: '8. Môi trường và cảnh quan nông thôn', wording: 'Chỉ tiêu thử 8.1', kind: 'Có/Không', levels: { 'Nhóm 2': 'Có' }, value: 'Không' },
        { code: '8.2', criterion: '8. Môi trường và cảnh quan nông thôn', wording: 'Chỉ tiêu thử 8.2', unit: '%', kind: 'Tỷ lệ', levels: { 'Nhóm 2': '≥ 50%' } },
      ],
      rows: { '3': { rating: 'Đạt' }, '4': { rating: 'Không đánh giá' }, '1': { rating: 'Chưa đạt' } },
    },
  },
];

function build(c: Case): Promise<Uint8Array> {
  const r = buildTemplate({ pack: c.pack, province: c.province, year: c.year, ...(c.opts ?? {}) });
  if (!r.ok) throw new Error(r.errors.map((e) => e.en).join('; '));
  return renderWorkbook(r.workbook);
}

const recalculated = new Map<string, WorkbookData>();

beforeAll(async () => {
  const pdfInputs: string[] = [];
  for (const t of templates) {
    const f = path.join(dir, `${t.name}.xlsx`);
    writeFileSync(f, await build(t));
    pdfInputs.push(f);
  }
  soffice(pdfInputs, 'pdf', path.join(dir, 'pdf'));
  const calcInputs: string[] = [path.join(dir, 'thanh-hoa-318.xlsx')];
  for (const c of filled) {
    const f = path.join(dir, `${c.name}.xlsx`);
    writeFileSync(f, await fillTemplate(await build(c), c.fill!));
    calcInputs.push(f);
  }
  const out = path.join(dir, 'recalc');
  soffice(calcInputs, 'xlsx', out, true);
  for (const f of calcInputs) {
    const name = path.basename(f);
    recalculated.set(name.replace(/\.xlsx$/, ''), await readXlsx(readFileSync(path.join(out, name)), name));
  }
}, 600_000);

describe('templates in LibreOffice headless', () => {
  it('open without a repair prompt and print on A4 pages, for each kind of context', () => {
    for (const t of templates) {
      const pages = pdfPages(path.join(dir, 'pdf', `${t.name}.pdf`));
      // at least one page for each of the five visible sheets
      expect(pages, t.name).toBeGreaterThanOrEqual(5);
    }
  });

  it('recalculate an unfilled template to exactly the results the builder cached', async () => {
    const r = buildTemplate({ pack: p318, province: 'Thanh Hóa', year: 2025 });
    if (!r.ok) throw new Error('x');
    const wb = recalculated.get('thanh-hoa-318')!;
    let formulas = 0;
    const wrong: string[] = [];
    for (const s of r.workbook.sheets) {
      const got = wb.sheets.find((x) => x.name === s.name)!;
      s.rows.forEach((row, i) => row.forEach((v, j) => {
        if (typeof v !== 'string' || !v.startsWith('=')) return;
        formulas++;
        const addr = `${colName(j)}${i + 1}`;
        const want = s.results?.[addr] ?? null;
        const have = got.values[i]?.[j] ?? null;
        // exceljs reads a formula result of 0 or FALSE as no result
        const same = norm(want) === norm(have) || ((want === 0 || want === false) && have === null);
        if (!same) wrong.push(`${s.name}!${addr}: cached ${JSON.stringify(want)}, LibreOffice ${JSON.stringify(have)}`);
      }));
    }
    expect(formulas).toBeGreaterThan(1000);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  for (const c of filled) {
    it(`${c.name}: "Trạng thái" recalculated by LibreOffice says what the core says, row by row`, () => {
      const wb = recalculated.get(c.name)!;
      const report = checkWorkbook(wb, { pack: c.pack });
      const t = report.tables.find((x) => x.sheet === 'Tự đánh giá' && x.kind === 'indicator-assessment')!;
      expect(t, 'assessment table').toBeDefined();
      const sheet = wb.sheets.find((s) => s.name === 'Tự đánh giá')!;
      const status = (row: number) => String(sheet.values[row - 1]?.[7] ?? '');
      const codeAt = (row: number) => String(sheet.values[row - 1]?.[1] ?? '');
      let compared = 0;
      for (const rr of t.rows ?? []) {
        const row = Number(/\d+/.exec(rr.cell)![0]);
        if (!codeAt(row).includes('.') && !c.pack.indicators.some((i) => i.code === codeAt(row)) && !/^\d+\.\d+$/.test(rr.code)) continue;
        expect(status(row), `${c.name} ${rr.code}`).toBe(message(`verdict.${rr.verdict}`).vi);
        compared++;
      }
      expect(compared).toBeGreaterThan(0);
      // the commune's counts, by formulas over the criteria, against the core's
      const calc = wb.sheets.find((s) => s.name === '_TongHop')!;
      const val = (r: number) => calc.values[r - 1]?.[14] ?? 0;
      expect(val(3) ?? 0, 'criteria met').toBe(t.summary.criteriaMet);
      expect(val(4), 'criteria total').toBe(t.summary.criteriaTotal);
      // the line above the table states them, and the annex finds nothing to object to in it
      expect(t.issues.filter((i) => i.code === 'count-mismatch' || (i.code === 'status-mismatch' && i.cell.startsWith('C')))).toEqual([]);
      const line = String(sheet.values[4]?.[2] ?? '');
      expect(line).toContain(`${t.summary.criteriaMet}/${t.summary.criteriaTotal} tiêu chí đạt`);
    });
  }

  it('gives the verdicts expected at the thresholds (the values chosen for this test)', () => {
    const verdicts = (name: string) => {
      const sheet = recalculated.get(name)!.sheets.find((s) => s.name === 'Tự đánh giá')!;
      const out: Record<string, string> = {};
      for (const row of sheet.values) if (row[1]) out[String(row[1])] = String(row[7] ?? '');
      return out;
    };
    const a = verdicts('cam-thach');
    expect(a['15.3']).toBe('Đạt'); // 25 against ≤ 25% (BTB)
    expect(a['3.1']).toBe('Đạt'); // 80 against ≥ 80% (common level)
    expect(a['11']).toBe('Chưa đạt'); // 6,51 against ≤ 6,5%
    expect(a['15.4']).toBe('Chưa đạt'); // 60 against the office's ≥ 70%
    expect(a['17.7']).toBe('Đạt'); // 80,5 against the office's ≥ 80,5%
    expect(a['9.2']).toBe('Chưa đạt'); // 84,99 against ≥85%
    expect(a['12.2']).toBe('Chưa đạt'); // no level: the self-rating counts
    expect(a['5']).toBe('Đạt'); // a level in words: the self-rating
    expect(a['6.2']).toBe('Không đánh giá');
    expect(a['9.1']).toBe('Chưa có ngưỡng'); // a value and no level
    expect(a['14.1']).toBe('Thiếu số liệu');
    expect(a['1.1']).toBe('Đạt'); // an indicator the office added
    const b = verdicts('cam-thach-dbkk');
    expect(b['15.3']).toBe('Chưa đạt'); // 24,5 against ≤ 24% (TDMNPB level for xã đặc biệt khó khăn)
    expect(b['15.4']).toBe('Đạt'); // 50 against ≥ 50% (TDMNPB)
    expect(b['3.1']).toBe('Chưa đạt'); // 0,5 is 0,5%, not 50%
    const c = verdicts('phu-tho-dbsh');
    expect(c['15.4']).toBe('Chưa đạt'); // 69,9 against ≥ 70% (ĐBSH)
    expect(c['15.3']).toBe('Đạt'); // 16,5 against ≤ 16,5%
    const d = verdicts('da-huoai-2026');
    expect(d['2.1']).toBe('Chưa đạt'); // 25,4 against ≤ 25%
    expect(d['2.2']).toBe('Đạt');
    expect(d['5.1']).toBe('Đạt'); // no level for Nhóm 2: the self-rating
    expect(d['6.1']).toBe('Chưa có ngưỡng');
    expect(d['8.1']).toBe('Chưa đạt');
    expect(d['8.2']).toBe('Thiếu số liệu');
  });
});

describe('files saved by LibreOffice roll up', () => {
  it('reads the commune, its region and its verdicts from recalculated workbooks', () => {
    const files = ['cam-thach', 'cam-thach-dbkk', 'phu-tho-dbsh'].map((n) => ({ name: `${n}.xlsx`, workbook: recalculated.get(n)! }));
    const r = rollupWorkbooks(files, { province: 'Thanh Hóa' });
    const row = r.communes.find((c) => c.name === 'Xã Cẩm Thạch')!;
    expect(row.reported).toBe(true);
    expect(row.context).toBe('BTB, Xã đặc biệt khó khăn');
    expect(r.files.find((f) => f.file === 'phu-tho-dbsh.xlsx')!.status).toBe('outside');
    expect(r.files.find((f) => f.file === 'cam-thach.xlsx')!.status).toBe('duplicate');
    // the verdicts rolled up are the ones LibreOffice shows in "Trạng thái"
    const sheet = recalculated.get('cam-thach-dbkk')!.sheets.find((s) => s.name === 'Tự đánh giá')!;
    for (const i of row.indicators) {
      const shown = sheet.values.find((v) => String(v[1]) === i.code)?.[7];
      expect(shown, i.code).toBe(message(`verdict.${i.verdict}`).vi);
    }
  });
});

const colName = columnLetter;

function norm(v: unknown): unknown {
  return v === '' ? null : v;
}

