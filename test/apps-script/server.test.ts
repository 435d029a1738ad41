/**
 * The server side of the add-on, loaded from dist/apps-script into one vm context over the
 * counting stand-in: the menu, the HostPort operations the sidebar calls through
 * google.script.run (a fixed number of Spreadsheet service calls whatever the table's size),
 * marks that leave the user's own rules and fills alone, the report sheet, "Chèn mẫu".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../core/communes/bundled.js';
import { reportToRows } from '../../core/annex/report.js';
import { buildTemplate, checkWorkbook, communes, getPack, type SheetData, type WorkbookData } from '../../core/index.js';
import { allIssues, marksFor } from '../../ui/model.js';
import { ENTRY_POINTS } from '../../apps-script/entry-points.js';
import { readFailure } from '../../apps-script/server/errors.js';
import { checkCycleServiceCalls, DIST_GAS, loadAppsScript, type LoadedScript } from './harness.js';

const MARK = '="NTM"="NTM"';

function table(n: number): unknown[][] {
  const values: unknown[][] = [['UBND XÃ MẪU, tỉnh Thanh Hóa', '', '', ''], ['Mã', 'Nội dung chỉ tiêu', 'Kết quả thực hiện', 'Tự đánh giá']];
  for (let i = 0; i < n; i++) values.push([i % 2 ? '15.3' : '11', `Chỉ tiêu ${i + 1}`, 0.2 + (i % 10) / 100, i % 3 ? 'Đạt' : 'Chưa đạt']);
  return values;
}

/** A province roll-up: one row per commune (all 3,321 of them when n is not given), criteria 1–19. */
function rollup(n?: number): unknown[][] {
  const all = communes();
  const list = n === undefined ? all : all.slice(0, n);
  const head = ['TT', 'Tên xã', 'Mã ĐVHC', 'Loại', 'Vùng', 'Số tiêu chí đạt', 'Số chỉ tiêu đạt', 'Xếp loại', ...Array.from({ length: 19 }, (_, i) => `TC${i + 1}`)];
  const rows: unknown[][] = [['BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2025'], [], head];
  list.forEach((c, i) => {
    const met = 10 + (i % 10);
    // the first commune declares one criterion more than its ticks: something to mark at any size
    const declared = i === 0 ? met + 1 : met;
    rows.push([i + 1, c.name, c.code, 'Xã', 'BTB', declared, 40, met === 19 ? 'Đạt chuẩn' : `Còn thiếu ${19 - met} tiêu chí`,
      ...Array.from({ length: 19 }, (_, k) => (k < met ? '✓' : '✗'))]);
  });
  return rows;
}

function cycle(gas: LoadedScript): { report: ReturnType<typeof checkWorkbook>; calls: number } {
  gas.book.calls.reset();
  const read = gas.run<{ documentName: string; sheet: SheetData }>('ntmReadActive', 'used');
  const report = checkWorkbook({ name: read.documentName, sheets: [read.sheet] });
  gas.run('ntmWriteReport', reportToRows(report, 'vi'));
  gas.run('ntmHighlight', marksFor(allIssues(report)));
  return { report, calls: gas.book.calls.spreadsheet };
}

describe('the menu and the entry points', () => {
  it('onOpen builds the NTM menu: Kiểm tra phụ lục, Chèn mẫu, Xóa đánh dấu, Mở bảng điều khiển — each a top-level function', () => {
    const gas = loadAppsScript();
    gas.book.addSheet('Sheet1');
    (gas.global('onOpen') as (e: unknown) => void)({ authMode: 'LIMITED' });
    expect(gas.book.menus).toHaveLength(1);
    const menu = gas.book.menus[0]!;
    expect(menu.name).toBe('NTM');
    expect(menu.items.map((i) => i?.caption ?? '—')).toEqual(['Kiểm tra phụ lục', 'Chèn mẫu', 'Xóa đánh dấu', '—', 'Mở bảng điều khiển']);
    for (const item of menu.items) if (item) expect(typeof gas.global(item.fn), item.fn).toBe('function');
    // a simple trigger: the menu and nothing else
    expect([...gas.book.calls.byName.keys()].every((k) => /^(SpreadsheetApp\.getUi|Ui\.createMenu|Menu\.)/.test(k))).toBe(true);
  });

  it('every function the sidebar calls is a public top-level function (none ends in "_")', () => {
    const gas = loadAppsScript();
    const host = readFileSync(path.join(DIST_GAS, 'sidebar.html'), 'utf8');
    for (const p of ENTRY_POINTS) {
      expect(typeof gas.global(p.name), p.name).toBe('function');
      expect(p.name.endsWith('_')).toBe(false);
      if (p.sidebar) expect(host.includes(p.name), `sidebar calls ${p.name}`).toBe(true);
    }
  });

  it('"Mở bảng điều khiển" shows the built sidebar.html with its title', () => {
    const gas = loadAppsScript();
    gas.book.addSheet('Sheet1');
    gas.run('ntmOpenSidebar');
    expect(gas.book.sidebars).toHaveLength(1);
    expect(gas.book.sidebars[0]!.title).toBe('NTM — Kiểm tra phụ lục');
    expect(gas.book.sidebars[0]!.content).toBe(readFileSync(path.join(DIST_GAS, 'sidebar.html'), 'utf8'));
  });

  it('the sidebar gets the document name and the administrative units in one call', () => {
    const gas = loadAppsScript({ name: 'Xã Cẩm Thạch 2025' });
    gas.book.addSheet('Sheet1');
    const s = gas.run<{ documentName: string; adminUnits: { provinces: unknown[]; communes: unknown[] } }>('ntmSidebarStart');
    expect(s.documentName).toBe('Xã Cẩm Thạch 2025');
    expect(s.adminUnits.provinces).toHaveLength(34);
    expect(s.adminUnits.communes).toHaveLength(3321);
  });
});

describe('reading: one getValues whatever the size', () => {
  it('reads values, percent and date cells, error cells and merges as the core expects', () => {
    const gas = loadAppsScript();
    const s = gas.book.addSheet('Hộ nghèo', [
      ['Tỷ lệ hộ nghèo', '', ''],
      ['Năm', 'Tỷ lệ', 'Ngày'],
      [2024, 0.0345, new Date(2024, 5, 30)],
      ['#N/A', '', true],
    ], [[], [], ['General', '0.00%', 'dd/MM/yyyy']]);
    s.merges.push({ top: 0, left: 0, bottom: 0, right: 2 });
    gas.book.calls.reset();
    const { sheet } = gas.run<{ sheet: SheetData }>('ntmReadActive', 'used');
    expect(sheet.name).toBe('Hộ nghèo');
    expect(sheet.values[2]).toEqual([2024, 0.0345, 45473]); // 30/6/2024 as Excel's serial day
    expect(sheet.formats![2]).toEqual(['general', 'percent', 'date']);
    expect(sheet.values[3]).toEqual([{ error: '#N/A' }, null, true]);
    expect(sheet.merges).toEqual(['A1:C1']);
    expect(gas.book.calls.count('Range.getValues')).toBe(1);
  });

  it('the selection keeps its place on the sheet', () => {
    const gas = loadAppsScript();
    gas.book.addSheet('S', table(6));
    gas.book.selection = { sheet: 'S', a1: 'B3:C5' };
    const { sheet } = gas.run<{ sheet: SheetData }>('ntmReadActive', 'selection');
    expect(sheet.origin).toEqual({ row: 2, col: 1 });
    expect(sheet.values).toHaveLength(3);
    expect(sheet.values[0]).toEqual(['Chỉ tiêu 1', 0.2]);
  });

  it('the whole workbook: every sheet but the report, one getValues each', () => {
    const gas = loadAppsScript({ name: 'xa.xlsx' });
    gas.book.addSheet('A', table(3));
    gas.book.addSheet('B', table(4));
    gas.book.addSheet('NTM_Báo cáo', [['old report']]);
    gas.book.calls.reset();
    const wb = gas.run<WorkbookData>('ntmReadWorkbook');
    expect(wb.name).toBe('xa.xlsx');
    expect(wb.sheets.map((s) => s.name)).toEqual(['A', 'B']);
    expect(gas.book.calls.count('Range.getValues')).toBe(2);
  });
});

describe('a check cycle costs the same number of Spreadsheet calls whatever the table size', () => {
  it('10 rows and 10,000 rows: the same count (the bench figure)', async () => {
    const small = await checkCycleServiceCalls(table(10));
    const large = await checkCycleServiceCalls(table(10_000));
    expect(large).toBe(small);
    expect(small).toBeGreaterThan(0);
  });

  it('with a merged title and issues of every severity, 10 and 10,000 rows still cost the same', () => {
    const counts = [10, 10_000].map((n) => {
      const gas = loadAppsScript();
      const s = gas.book.addSheet('Tự đánh giá', table(n));
      s.merges.push({ top: 0, left: 0, bottom: 0, right: 3 });
      const { report, calls } = cycle(gas);
      expect(allIssues(report).length).toBeGreaterThan(0);
      expect(gas.book.calls.count('Range.getValues')).toBe(1);
      expect(gas.book.calls.count('Range.setValues')).toBe(1);
      expect(gas.book.calls.count('Sheet.setConditionalFormatRules')).toBe(1);
      return calls;
    });
    expect(counts[1]).toBe(counts[0]);
  });

  it('a province roll-up of all 3,321 communes costs what a roll-up of 10 does', () => {
    const counts = [10, undefined].map((n) => {
      const gas = loadAppsScript();
      gas.book.addSheet('Tổng hợp', rollup(n));
      const { report, calls } = cycle(gas);
      expect(report.tables.some((t) => t.kind === 'commune-rollup')).toBe(true);
      expect(allIssues(report).length).toBeGreaterThan(0);
      return calls;
    });
    expect(counts[1]).toBe(counts[0]);
  });
});

describe('the report sheet', () => {
  it('is written in one setValues; codes, numbers-as-text and formula-like text stay text; the user stays on their sheet', () => {
    const gas = loadAppsScript();
    gas.book.addSheet('Tự đánh giá', table(3));
    const rows = [['KẾT QUẢ'], ['15.3', '17.10', '=IMPORTXML("http://x")', 'TRUE', "'quoted", '27,5%', 3], ['Đạt', null, '', '+1', '-x', '01/7/2025', 0.5]];
    gas.book.calls.reset();
    gas.run('ntmWriteReport', rows);
    const report = gas.book.sheet('NTM_Báo cáo');
    expect(report.grid().slice(0, 3)).toEqual([
      ['KẾT QUẢ', '', '', '', '', '', ''],
      ['15.3', '17.10', '=IMPORTXML("http://x")', 'TRUE', "'quoted", '27,5%', 3],
      ['Đạt', '', '', '+1', '-x', '01/7/2025', 0.5],
    ]);
    expect(report.formulas.size).toBe(0);
    expect(gas.book.activeSheet!.name).toBe('Tự đánh giá');
    expect(gas.book.calls.count('Range.setValues')).toBe(1);
  });

  it('a second report replaces the first (one report sheet, old rows gone)', () => {
    const gas = loadAppsScript();
    gas.book.addSheet('S', table(3));
    gas.run('ntmWriteReport', [['first'], ['a'], ['b'], ['c']]);
    gas.run('ntmWriteReport', [['second']]);
    expect(gas.book.sheets.filter((s) => s.name === 'NTM_Báo cáo')).toHaveLength(1);
    expect(gas.book.sheet('NTM_Báo cáo').grid()).toEqual([['second']]);
  });

  it('grows past the 1,000 rows of a new sheet for a long report', () => {
    const gas = loadAppsScript();
    gas.book.addSheet('S', table(3));
    const rows = Array.from({ length: 2500 }, (_, i) => [`dòng ${i + 1}`]);
    gas.run('ntmWriteReport', rows);
    expect(gas.book.sheet('NTM_Báo cáo').at('A2500')).toBe('dòng 2500');
  });
});

describe('marks', () => {
  function marked() {
    const gas = loadAppsScript();
    const s = gas.book.addSheet('Tự đánh giá', table(20));
    s._setStyle('background', { top: 2, left: 0, bottom: 2, right: 0 }, '#00ff00'); // the user's own fill
    s.cfRules.push({ kind: 'boolean', criteria: 'TEXT_EQUAL_TO', values: ['Đạt'], background: '#c6efce', ranges: [{ sheet: 'Tự đánh giá', a1: 'D3:D22' }] });
    const before = JSON.stringify(s.grid());
    const read = gas.run<{ sheet: SheetData }>('ntmReadActive', 'used');
    const report = checkWorkbook({ name: 'x', sheets: [read.sheet] });
    const marks = marksFor(allIssues(report));
    return { gas, s, before, marks };
  }

  it('are conditional format rules with the marker over the marked cells, placed first; values and fills untouched', () => {
    const { gas, s, before, marks } = marked();
    expect(marks.length).toBeGreaterThan(0);
    gas.run('ntmHighlight', marks);
    const ours = s.cfRules.filter((r) => r.values?.[0] === MARK);
    expect(ours.length).toBeGreaterThan(0);
    expect(s.cfRules[0]!.values![0]).toBe(MARK);
    const cells = new Set<string>();
    for (const r of ours) for (const a of r.ranges) {
      const [from, to] = a.a1.split(':');
      const col = from!.replace(/\d+/g, '');
      const r1 = Number(from!.replace(/\D+/g, ''));
      const r2 = Number((to ?? from)!.replace(/\D+/g, ''));
      for (let i = r1; i <= r2; i++) cells.add(`${col}${i}`);
    }
    expect([...cells].sort()).toEqual(marks.map((m) => m.cell).sort());
    expect(ours.every((r) => r.background === '#FFC7CE' || r.background === '#FFEB9C' || r.background === '#DDEBF7')).toBe(true);
    expect(JSON.stringify(s.grid())).toBe(before);
    expect(s.style('background', 'A3')).toBe('#00ff00');
    expect(JSON.parse(gas.book.properties.get('NTM.highlights')!)).toEqual(['Tự đánh giá']);
  });

  it('"Xóa đánh dấu" removes exactly those rules: the user\'s rule, fill and values stay', () => {
    const { gas, s, before, marks } = marked();
    gas.run('ntmHighlight', marks);
    gas.run('ntmHighlight', marks); // marked twice: both go
    gas.run('ntmClearHighlights');
    expect(s.cfRules).toEqual([{ kind: 'boolean', criteria: 'TEXT_EQUAL_TO', values: ['Đạt'], background: '#c6efce', ranges: [{ sheet: 'Tự đánh giá', a1: 'D3:D22' }] }]);
    expect(s.style('background', 'A3')).toBe('#00ff00');
    expect(JSON.stringify(s.grid())).toBe(before);
    expect(gas.book.properties.has('NTM.highlights')).toBe(false);
  });

  it('marks left without a record (another session, lost properties) are still found and cleared', () => {
    const { gas, s, marks } = marked();
    gas.run('ntmHighlight', marks);
    gas.book.properties.clear();
    gas.run('ntmClearHighlights');
    expect(s.cfRules.filter((r) => r.values?.[0] === MARK)).toEqual([]);
    expect(s.cfRules).toHaveLength(1);
  });
});

describe('selecting a cell', () => {
  it('activates the sheet and the cell', () => {
    const gas = loadAppsScript();
    gas.book.addSheet('A', table(2));
    gas.book.addSheet('Hộ nghèo', table(8));
    gas.run('ntmSelectCell', 'Hộ nghèo', 'E6');
    expect(gas.book.activeSheet!.name).toBe('Hộ nghèo');
    expect(gas.book.selection).toEqual({ sheet: 'Hộ nghèo', a1: 'E6' });
  });

  it('a missing sheet fails with a message in both languages', () => {
    const gas = loadAppsScript();
    gas.book.addSheet('A');
    let msg = '';
    try {
      gas.run('ntmSelectCell', 'Không có', 'A1');
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(readFailure(msg)).toEqual({ vi: 'Không tìm thấy sheet "Không có".', en: 'There is no sheet "Không có".' });
  });
});

describe('the menu items without the sidebar', () => {
  it('"Kiểm tra phụ lục" checks the active sheet, writes the report, marks the cells and says so', () => {
    const gas = loadAppsScript({ name: 'xa.xlsx' });
    const s = gas.book.addSheet('Tự đánh giá', table(12));
    const read = gas.run<{ documentName: string; sheet: SheetData }>('ntmReadActive', 'used');
    const report = checkWorkbook({ name: read.documentName, sheets: [read.sheet] });
    gas.run('ntmMenuCheck');
    expect(gas.book.sheet('NTM_Báo cáo').at('A1')).toBe('KẾT QUẢ KIỂM TRA PHỤ LỤC NÔNG THÔN MỚI');
    expect(s.cfRules.some((r) => r.values?.[0] === MARK)).toBe(true);
    expect(gas.book.toasts.at(-1)!.title).toBe('Kiểm tra phụ lục NTM');
    expect(gas.book.toasts.at(-1)!.msg).toContain(`${allIssues(report).length} vấn đề`);
    expect(gas.book.toasts.at(-1)!.msg).toContain('NTM_Báo cáo');
    // checking again replaces the marks instead of piling them up
    const n = s.cfRules.length;
    gas.run('ntmMenuCheck');
    expect(s.cfRules.length).toBe(n);
  });

  it('"Kiểm tra phụ lục" checks the selection when more than one cell is selected', () => {
    const gas = loadAppsScript();
    gas.book.addSheet('S', [...table(3), [], [], ...table(3)]);
    gas.book.selection = { sheet: 'S', a1: 'A8:D12' };
    gas.run('ntmMenuCheck');
    const rows = gas.book.sheet('NTM_Báo cáo').grid();
    const tables = rows.filter((r) => typeof r[0] === 'string' && r[0].includes('— sheet "S", vùng'));
    expect(tables.length).toBe(1);
    expect(String(tables[0]![0])).toMatch(/vùng A9:D12$/);
  });

  it('"Xóa đánh dấu" removes the marks and says so', () => {
    const gas = loadAppsScript();
    const s = gas.book.addSheet('S', table(6));
    gas.run('ntmMenuCheck');
    gas.run('ntmMenuClearMarks');
    expect(s.cfRules).toEqual([]);
    expect(gas.book.toasts.at(-1)!.msg).toBe('Đã xóa đánh dấu NTM; định dạng của bạn giữ nguyên.');
  });

  it('"Chèn mẫu" asks the province and commune, then inserts the template\'s sheets', () => {
    const gas = loadAppsScript({ prompts: ['Thanh Hóa', 'Cẩm Thạch'] });
    gas.book.addSheet('Trang tính1');
    const names = gas.run<string[]>('ntmMenuTemplate');
    expect(names).toEqual(expect.arrayContaining(['Hướng dẫn', 'Tự đánh giá', 'Bộ tiêu chí', '_DanhSachXa']));
    expect(gas.book.toasts.at(-1)!.msg).toContain(`Đã chèn ${names.length} sheet`);
  });

  it('"Chèn mẫu" cancelled asks nothing more and inserts nothing', () => {
    const gas = loadAppsScript({ prompts: [null] });
    gas.book.addSheet('Trang tính1');
    expect(gas.run<string[]>('ntmMenuTemplate')).toEqual([]);
    expect(gas.book.sheets.map((s) => s.name)).toEqual(['Trang tính1']);
  });
});

describe('inserting a template (the panel\'s "Chèn mẫu" through google.script.run)', () => {
  const built = buildTemplate({ pack: getPack('vn-xa-ntm-2021-2025')!, province: 'Thanh Hóa', year: 2025, commune: 'Cẩm Thạch' });
  if (!built.ok) throw new Error('template');
  const specs = built.workbook.sheets;

  it('renders values, formulas, text codes, styles, merges, validations, names, hidden helpers and protection', () => {
    const gas = loadAppsScript();
    gas.book.addSheet('Trang tính1');
    const names = gas.run<string[]>('ntmInsertSheets', specs);
    expect(names).toEqual(specs.map((s) => s.name));
    const assess = gas.book.sheet('Tự đánh giá');
    const spec = specs.find((s) => s.name === 'Tự đánh giá')!;
    // every formula of the spec is a formula in the sheet, every other value is there as written
    spec.rows.forEach((row, r) => row.forEach((v, c) => {
      const a1 = `${String.fromCharCode(65 + c)}${r + 1}`;
      if (c > 25 || v === null || v === '') return;
      if (typeof v === 'string' && v.startsWith('=')) expect(assess.formulas.get(`${r},${c}`), a1).toBe(v);
      else expect(assess.at(a1), a1).toBe(v);
    }));
    expect(spec.rows.some((row) => row.includes('15.3'))).toBe(true);
    // a formula never sits in a plain-text cell (Sheets would keep it as text)
    expect(assess.formulas.size).toBeGreaterThan(0);
    for (const k of assess.formulas.keys()) expect(assess.numberFormats.get(k), k).not.toBe('@');
    expect([...assess.numberFormats.values()]).toContain('@');
    expect(assess.merges.length).toBe(spec.merges!.length);
    expect(assess.frozenRows).toBe(spec.frozenRows);
    expect(assess.style('fontFamily', 'A1')).toBe('Times New Roman');
    expect(assess.validations.size).toBeGreaterThan(0);
    expect([...gas.book.namedRanges.keys()]).toEqual(expect.arrayContaining(['NTM_DS_Xa', 'NTM_DS_MaChiTieu']));
    expect(gas.book.sheet('_Nguong').hidden).toBe(true);
    expect(assess.protection?.warningOnly).toBe(true);
    expect(assess.cfRules.some((r) => r.criteria === 'TEXT_EQUAL_TO' && r.values?.[0] === 'Đạt')).toBe(true);
    expect(gas.book.activeSheet!.name).toBe('Hướng dẫn');
  });

  it('never over an existing sheet: taken names get a suffix and the formulas follow them', () => {
    const gas = loadAppsScript();
    gas.book.addSheet('Tự đánh giá', [['the user\'s own sheet']]);
    const names = gas.run<string[]>('ntmInsertSheets', specs);
    expect(names).toContain('Tự đánh giá (2)');
    expect(gas.book.sheet('Tự đánh giá').grid()).toEqual([['the user\'s own sheet']]);
    const formulas = [...gas.book.sheet('_TongHop').formulas.values()];
    expect(formulas.some((f) => f.includes("'Tự đánh giá (2)'!"))).toBe(true);
    expect(formulas.some((f) => f.includes("'Tự đánh giá'!"))).toBe(false);
  });
});
