import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../core/annex/index.js';
import { parseCell } from '../../core/values/index.js';
import { ExcelHost, MARK_FILL, MARK_FORMULA, SETTINGS_PREFIX, splitAreas, formatKind, widthInPoints, rewriteReferences, planInsertion } from '../../addin/excel-host.js';
import '../../core/communes/bundled.js';
import { getPack } from '../../core/packs/registry.js';
import { buildTemplate } from '../../core/template/index.js';
import { REPORT_SHEET } from '../../ui/host.js';
import { FakeExcel, sheet, type FakeWorkbook } from './fake-excel.js';

/** A commune table of n indicator rows: code, wording, value (a percent cell), rating. */
function workbook(n: number): FakeWorkbook {
  const values: unknown[][] = [['BẢNG TỰ ĐÁNH GIÁ', '', '', ''], ['Mã', 'Nội dung', 'Kết quả', 'Đánh giá']];
  for (let i = 0; i < n; i++) values.push([i % 2 ? '15.3' : '11', `Chỉ tiêu ${i + 1}`, 0.2 + (i % 10) / 100, i % 3 ? 'Đạt' : 'Chưa đạt']);
  const s = sheet('Tự đánh giá', values, { merges: ['A1:D1'] });
  s.formats = values.map((r, i) => r.map((_, c) => (i >= 2 && c === 2 ? '0.00%' : 'General')));
  s.fills.set('C3', '#00FF00'); // the user's own fill
  const other = sheet('Hộ nghèo', [['Tổng số hộ', 1784], ['Hộ nghèo', 71]]);
  other.cfs.push({ type: 'Custom', areas: ['B1:B2'], formula: '=B1>1000', fill: '#FF0000', owner: 'user' });
  return {
    name: 'xa.xlsx', sheets: [s, other, sheet('Ẩn', [['x']], { visibility: 'VeryHidden' })], active: 'Tự đánh giá',
    selection: { sheet: 'Tự đánh giá', address: 'A2:D5' }, settings: new Map(),
  };
}

async function scenario(n: number) {
  const excel = new FakeExcel(workbook(n));
  const host = new ExcelHost({ run: excel.run, documentUrl: () => 'https://contoso.sharepoint.com/sites/x/X%C3%A3%20C%E1%BA%A9m%20Th%C3%A0nh.xlsx' });
  const counts: Record<string, number> = {};
  const step = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
    const before = excel.syncs;
    const r = await f();
    counts[name] = excel.syncs - before;
    return r;
  };
  const used = await step('readActive', () => host.readActive('used'));
  const selection = await step('readActive(selection)', () => host.readActive('selection'));
  const wb = await step('readWorkbook', () => host.readWorkbook());
  const report = checkWorkbook(wb, { context: 'BTB' });
  await step('writeReport', () => host.writeReport(report, 'vi'));
  const marks = [
    { sheet: 'Tự đánh giá', cell: 'C3', severity: 'error' as const },
    { sheet: 'Tự đánh giá', cell: 'D4', severity: 'warning' as const },
    ...Array.from({ length: Math.min(n, 500) }, (_, i) => ({ sheet: 'Tự đánh giá', cell: `C${i + 3}`, severity: 'info' as const })),
    { sheet: 'Hộ nghèo', cell: 'B2', severity: 'error' as const },
  ];
  await step('highlight', () => host.highlight(marks));
  await step('selectCell', () => host.selectCell('Hộ nghèo', 'B2'));
  return { excel, host, used, selection, wb, report, counts, marks };
}

describe('ExcelHost under office-addin-mock', () => {
  it('keeps the same context.sync() counts for 10 and 10,000 rows, within the limits', async () => {
    const small = await scenario(10);
    const large = await scenario(10_000);
    expect(large.counts).toEqual(small.counts);
    expect(small.counts['readActive']).toBeLessThanOrEqual(2);
    expect(small.counts['readActive(selection)']).toBeLessThanOrEqual(2);
    expect(small.counts['readWorkbook']).toBeLessThanOrEqual(2);
    expect(small.counts['writeReport']! + small.counts['highlight']!).toBeLessThanOrEqual(2);
    expect(small.counts).toEqual({ readActive: 1, 'readActive(selection)': 1, readWorkbook: 2, writeReport: 1, highlight: 1, selectCell: 1 });
    expect(large.used.values).toHaveLength(10_002);
  });

  it('reads values, number formats and merged areas, so a 20% percent cell reads as 20%', async () => {
    const { used, selection } = await scenario(10);
    expect(used.name).toBe('Tự đánh giá');
    expect(used.origin).toEqual({ row: 0, col: 0 });
    expect(used.merges).toEqual(['A1:D1']);
    expect(used.values[1]).toEqual(['Mã', 'Nội dung', 'Kết quả', 'Đánh giá']);
    expect(used.values[0]![1]).toBeNull(); // Excel's "" for an empty cell
    expect(used.formats?.[2]?.[2]).toBe('percent');
    const p = parseCell(used.values[2]![2]!, used.formats?.[2]?.[2]);
    expect(p.kind === 'number' && p.value).toBeCloseTo(20);
    expect(selection.origin).toEqual({ row: 1, col: 0 });
    expect(selection.values).toHaveLength(4);
  });

  it('reads every sheet but the report and very hidden ones, and checks them like a file', async () => {
    const { wb, report } = await scenario(10);
    expect(wb.name).toBe('Xã Cẩm Thành.xlsx');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Tự đánh giá', 'Hộ nghèo']);
    expect(report.tables.length).toBeGreaterThan(0);
  });

  it('writes the report sheet from reportToRows, text as text, and replaces it the next time', async () => {
    const { excel, host, report } = await scenario(10);
    const rep = excel.sheetOf(REPORT_SHEET)!;
    expect(rep.values[0]![0]).toBe('KẾT QUẢ KIỂM TRA PHỤ LỤC NÔNG THÔN MỚI');
    expect(rep.formats[0]![0]).toBe('@');
    expect(rep.columnWidths.get(5)).toBe(420);
    const before = excel.syncs;
    await host.writeReport(report, 'en');
    expect(excel.syncs - before).toBe(1);
    expect(excel.wb.sheets.filter((s) => s.name === REPORT_SHEET)).toHaveLength(1);
    expect(excel.sheetOf(REPORT_SHEET)!.values[0]![0]).not.toBe('KẾT QUẢ KIỂM TRA PHỤ LỤC NÔNG THÔN MỚI');
  });

  it('writes the report even when the sheet appeared or vanished since the last read', async () => {
    const { excel, host, report } = await scenario(10);
    excel.wb.sheets = excel.wb.sheets.filter((s) => s.name !== REPORT_SHEET); // the user deleted it
    await host.writeReport(report, 'vi');
    expect(excel.sheetOf(REPORT_SHEET)!.values[0]![0]).toBe('KẾT QUẢ KIỂM TRA PHỤ LỤC NÔNG THÔN MỚI');
    const fresh = new ExcelHost({ run: excel.run });
    const before = excel.syncs;
    await fresh.writeReport(report, 'vi'); // no read yet: asks first
    expect(excel.syncs - before).toBe(2);
  });

  it('marks with conditional formats by severity, never touching values or the user\'s fills', async () => {
    const { excel } = await scenario(10);
    const s = excel.sheetOf('Tự đánh giá')!;
    const ours = s.cfs.filter((c) => c.formula === MARK_FORMULA);
    expect(new Set(ours.map((c) => c.fill))).toEqual(new Set([MARK_FILL.error, MARK_FILL.warning, MARK_FILL.info]));
    expect(ours.find((c) => c.fill === MARK_FILL.error)!.areas).toEqual(['C3']);
    expect(s.fills.get('C3')).toBe('#00FF00');
    expect(s.values[2]![2]).toBeCloseTo(0.2);
    expect([...excel.wb.settings.keys()].every((k) => k.startsWith(SETTINGS_PREFIX))).toBe(true);
  });

  it('"Xóa đánh dấu" removes exactly the marks, in this session and in a later one', async () => {
    for (const later of [false, true]) {
      const { excel, host } = await scenario(300);
      const snapshot = JSON.stringify(excel.wb.sheets.map((s) => [s.name, s.values, s.formats, [...s.fills], s.cfs.filter((c) => c.owner === 'user')]));
      const clearer = later ? new ExcelHost({ run: excel.run }) : host;
      const before = excel.syncs;
      await clearer.clearHighlights();
      expect(excel.syncs - before).toBe(later ? 3 : 2);
      for (const s of excel.wb.sheets) expect(s.cfs.filter((c) => c.owner === 'host'), s.name).toEqual([]);
      expect(excel.sheetOf('Hộ nghèo')!.cfs).toEqual([{ type: 'Custom', areas: ['B1:B2'], formula: '=B1>1000', fill: '#FF0000', owner: 'user' }]);
      expect(JSON.stringify(excel.wb.sheets.map((s) => [s.name, s.values, s.formats, [...s.fills], s.cfs.filter((c) => c.owner === 'user')]))).toBe(snapshot);
      expect(excel.wb.settings.size).toBe(0);
    }
  });

  it('selects the cell on its sheet', async () => {
    const { excel } = await scenario(10);
    expect(excel.wb.active).toBe('Hộ nghèo');
    expect(excel.wb.selection).toEqual({ sheet: 'Hộ nghèo', address: 'B2' });
  });

  it('inserts template sheets under free names, with formulas, frozen rows and widths, in two syncs', async () => {
    const { excel, host } = await scenario(10);
    const before = excel.syncs;
    const names = await host.insertSheets([
      { name: 'Hộ nghèo', rows: [['Tổng', 10], ['Tỷ lệ', '=B1/100']], frozenRows: 1, columnWidths: [12, 6] },
      { name: 'Bộ tiêu chí', rows: [['Mã']] },
    ]);
    expect(excel.syncs - before).toBe(2);
    expect(names).toEqual(['Hộ nghèo (2)', 'Bộ tiêu chí']);
    const s = excel.sheetOf('Hộ nghèo (2)')!;
    expect(s.values[1]).toEqual(['Tỷ lệ', '=B1/100']);
    expect(s.frozenRows).toBe(1);
    expect(s.columnWidths.get(0)).toBe(widthInPoints(12));
    expect(excel.sheetOf('Hộ nghèo')!.values[0]).toEqual(['Tổng số hộ', 1784]);
  });

  it('renders a whole province template (core buildTemplate) in two syncs, renaming what is taken and the references to it', async () => {
    const built = buildTemplate({ pack: getPack('318')!, province: 'Thanh Hóa', year: 2024, defaultContext: 'BTB' });
    if (!built.ok) throw new Error('template');
    const wb: FakeWorkbook = {
      name: 'xa.xlsx', sheets: [sheet('Hộ nghèo', [['Tổng số hộ', 1784]]), sheet('Bộ tiêu chí', [['bảng cũ của xã']])], active: 'Hộ nghèo',
      selection: { sheet: 'Hộ nghèo', address: 'A1' }, settings: new Map(), names: new Map([['NTM_DS_Xa', "='Hộ nghèo'!$A$1:$A$2"]]),
    };
    const excel = new FakeExcel(wb);
    const host = new ExcelHost({ run: excel.run });
    const names = await host.insertSheets(built.workbook.sheets);
    expect(excel.syncs).toBe(2);
    const wanted = built.workbook.sheets.map((t) => t.name);
    expect(names).toEqual(wanted.map((n) => (n === 'Bộ tiêu chí' ? 'Bộ tiêu chí (2)' : n)));
    // the office's own sheet and name are untouched; the template's formulas follow the new names
    expect(excel.sheetOf('Bộ tiêu chí')!.values).toEqual([['bảng cũ của xã']]);
    expect(wb.names!.get('NTM_DS_Xa')).toBe("='Hộ nghèo'!$A$1:$A$2");
    expect(wb.names!.get('NTM_DS_Xa_2')).toBe("='_DanhSachXa'!$B$12:$B$158");
    const nguong = excel.sheetOf('_Nguong')!;
    const formulas = nguong.values.flat().filter((v): v is string => typeof v === 'string' && v.startsWith('='));
    expect(formulas.length).toBeGreaterThan(100);
    expect(formulas.some((f) => f.includes("'Bộ tiêu chí (2)'!"))).toBe(true);
    expect(formulas.some((f) => f.includes("'Bộ tiêu chí'!"))).toBe(false);
    const assess = excel.sheetOf('Tự đánh giá')!;
    const listRules = assess.log.filter((l) => l.path === 'dataValidation.rule' && (l.value as { list?: unknown }).list);
    expect(listRules.map((l) => (l.value as { list: { source: string } }).list.source)).toContain('=NTM_DS_Xa_2');
    // every cell written as the template has it (formulas in English, as OOXML keeps them)
    const tpl = built.workbook.sheets.find((t) => t.name === 'Tự đánh giá')!;
    expect(assess.values[0]![0]).toBe(tpl.rows[0]![0]);
    expect(excel.sheetOf('_DanhSachXa')!.visibility).toBe('Hidden');
    // codes typed as text stay text ("17.10" would become 17.1)
    const pack = excel.sheetOf('Bộ tiêu chí (2)')!;
    const r = pack.values.findIndex((row) => row[0] === '15.3');
    expect(r).toBeGreaterThan(0);
    expect(pack.formats[r]![0]).toBe('@');
    // protection comes after every write to a protected sheet
    for (const t of built.workbook.sheets.filter((x) => x.protection?.enabled)) {
      const log = excel.sheetOf(names[wanted.indexOf(t.name)]!)!.log;
      expect(log.at(-1)?.path, t.name).toBe('protection.protect()');
    }
    expect(assess.merges.length).toBe(tpl.merges!.length);
    expect(assess.log.some((l) => l.path === 'pageLayout.orientation' && l.value === 'Landscape')).toBe(true);
    expect(wb.active).toBe(names[0]);
  });

  it('rewrites sheet and name references outside string literals only', () => {
    const sheets = new Map([['Bộ tiêu chí', 'Bộ tiêu chí (2)'], ['Data', 'Data (2)']]);
    const names = new Map([['NTM_DS_Xa', 'NTM_DS_Xa_2']]);
    expect(rewriteReferences(`=VLOOKUP(A1,'Bộ tiêu chí'!A:B,2,0)&"'Bộ tiêu chí'!"`, sheets, names)).toBe(`=VLOOKUP(A1,'Bộ tiêu chí (2)'!A:B,2,0)&"'Bộ tiêu chí'!"`);
    expect(rewriteReferences('=SUM(Data!A1:A3)+COUNTIF(NTM_DS_Xa,"NTM_DS_Xa")+NTM_DS_Xa_3', sheets, names)).toBe(`=SUM('Data (2)'!A1:A3)+COUNTIF(NTM_DS_Xa_2,"NTM_DS_Xa")+NTM_DS_Xa_3`);
    const plan = planInsertion([{ name: 'A'.repeat(31), rows: [] }], ['A'.repeat(31)], []);
    expect(plan.sheets[0]!.name).toBe(`${'A'.repeat(27)} (2)`);
  });

  it('reads formats and merged addresses as Excel writes them', () => {
    expect(formatKind('0.00%')).toBe('percent');
    expect(formatKind('dd/mm/yyyy')).toBe('date');
    expect(formatKind('#,##0')).toBe('general');
    expect(formatKind('@')).toBe('text');
    expect(splitAreas("Sheet1!$A$1:$C$1, 'Tự, đánh giá'!D4:E4, 'It''s'!F1")).toEqual(['A1:C1', 'D4:E4', 'F1']);
  });

  it('an empty sheet reads as an empty table, in the same one sync', async () => {
    const excel = new FakeExcel({ name: 'x', sheets: [sheet('Trống', [])], active: 'Trống', selection: { sheet: 'Trống', address: 'A1' }, settings: new Map() });
    const host = new ExcelHost({ run: excel.run });
    const s = await host.readActive('used');
    expect(s).toEqual({ name: 'Trống', values: [], merges: [] });
    expect(excel.syncs).toBe(1);
  });
});
