import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkWorkbook, type WorkbookData } from '../../core/index.js';
import { readXlsx } from '../../io/xlsx.js';
import { REPORT_SHEET } from '../../ui/host.js';
import { BrowserHost, sliceSheet } from '../../ui/playground/browser-host.js';
import { cellText } from '../../ui/playground/cell-text.js';
import { templateYear } from '../../ui/actions/template.js';

const SAMPLE = path.resolve(import.meta.dirname, '../../examples/xa-cam-thanh-2023.xlsx');

let host: BrowserHost;
let wb: WorkbookData;
beforeEach(async () => {
  wb = await readXlsx(readFileSync(SAMPLE), 'xa-cam-thanh-2023.xlsx');
  host = new BrowserHost(wb);
});

describe('BrowserHost: the playground\'s HostPort over a workbook in the page', () => {
  it('reads the whole workbook in one call and the check matches the file\'s', async () => {
    const read = await host.readWorkbook();
    expect(host.calls.readWorkbook).toBe(1);
    expect(checkWorkbook(read).counts).toEqual(checkWorkbook(wb).counts);
  });

  it('reads the selection with its origin, so issues keep their sheet addresses', async () => {
    host.activate(wb.sheets.findIndex((s) => s.name === 'Hộ nghèo'));
    host.select({ top: 0, left: 0, bottom: 6, right: 5 }); // A1:F7
    const sel = await host.readActive('selection');
    expect(sel.origin).toEqual({ row: 0, col: 0 });
    const report = checkWorkbook({ name: 'x', sheets: [sel] });
    const denom = report.tables.flatMap((t) => t.issues).find((i) => i.code === 'denominator-mismatch');
    expect(denom?.cell).toBe('E6');
  });

  it('a selection not starting at A1 is read from where it starts', () => {
    const s = { name: 'S', values: [['a', 'b', 'c'], ['d', 'e', 'f'], ['g', 'h', 'i']] };
    expect(sliceSheet(s, { top: 1, left: 1, bottom: 2, right: 2 })).toEqual({ name: 'S', values: [['e', 'f'], ['h', 'i']], origin: { row: 1, col: 1 } });
  });

  it('selecting an issue\'s cell switches to its sheet and tells the view to reveal it', async () => {
    const changes: boolean[] = [];
    host.subscribe((c) => changes.push(Boolean(c.reveal)));
    await host.selectCell('Kế hoạch', 'E13');
    expect(host.activeSheet()?.name).toBe('Kế hoạch');
    expect(host.selection()).toEqual({ top: 12, left: 4, bottom: 12, right: 4 });
    expect(changes).toEqual([true]);
  });

  it('marks come and go without touching a value', async () => {
    const before = JSON.stringify(wb.sheets);
    await host.highlight([{ sheet: 'Hộ nghèo', cell: 'E6', severity: 'error' }, { sheet: 'Hộ nghèo', cell: 'F5', severity: 'warning' }]);
    expect(host.markAt('Hộ nghèo', 5, 4)?.severity).toBe('error');
    expect(host.markCount()).toBe(2);
    await host.clearHighlights();
    expect(host.markCount()).toBe(0);
    expect(host.markAt('Hộ nghèo', 5, 4)).toBeUndefined();
    expect(JSON.stringify(wb.sheets)).toBe(before);
  });

  it('writes the report sheet once (replacing it), and the next check skips it', async () => {
    const report = checkWorkbook(await host.readWorkbook());
    await host.writeReport(report, 'vi');
    await host.writeReport(report, 'en');
    const reports = host.workbook.sheets.filter((s) => s.name === REPORT_SHEET);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.values[0]![0]).toBe('NEW RURAL DEVELOPMENT ANNEX CHECK');
    expect(checkWorkbook(await host.readWorkbook()).counts).toEqual(report.counts);
  });

  it('inserts template sheets without overwriting one (a suffix instead)', async () => {
    const names = await host.insertSheets([{ name: 'Kế hoạch', rows: [['TT', 'Nhiệm vụ']] }, { name: 'Mới', rows: [] }]);
    expect(names).toEqual(['Kế hoạch (2)', 'Mới']);
    expect(host.workbook.sheets.filter((s) => s.name === 'Kế hoạch')[0]!.values.length).toBeGreaterThan(1);
  });

  it('shows a template formula\'s cached result (the page computes none) and keeps helper sheets hidden', async () => {
    await host.insertSheets([
      { name: 'T', rows: [['Tổng', '=SUM(C1:C2)', 3]], results: { B1: 5 } },
      { name: '_Helper', rows: [['x']], state: 'hidden' },
    ]);
    expect(host.workbook.sheets.find((s) => s.name === 'T')!.values).toEqual([['Tổng', 5, 3]]);
    expect([...host.hidden]).toEqual(['_Helper']);
  });
});

describe('cellText: the grid\'s text of a value', () => {
  it('writes numbers, percents, dates and errors as a Vietnamese spreadsheet shows them', () => {
    expect(cellText(1784, 'general')).toBe('1784');
    expect(cellText(12.5, undefined)).toBe('12,5');
    expect(cellText(0.0397, 'percent')).toBe('3,97%');
    expect(cellText(new Date(2024, 5, 30), 'date')).toBe('30/06/2024');
    expect(cellText({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null)).toBe('');
  });

  it('leaves markup as the characters it is', () => {
    expect(cellText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('templateYear: the year "Chèn mẫu" proposes', () => {
  it('the typed year, else this year, kept inside the set\'s period', () => {
    const period = { from: 2021, to: 2025 };
    expect(templateYear('2023', period)).toBe(2023);
    expect(templateYear('', period, new Date(2026, 0, 1))).toBe(2025);
    expect(templateYear('', { from: 2026, to: 2030 }, new Date(2025, 11, 1))).toBe(2026);
  });
});
