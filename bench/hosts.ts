/**
 * Host round trips, counted (never timed): one full check — read the active sheet, write the
 * report sheet, mark the cells — through each HostPort, for a 10-row and a 10,000-row table.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExcelHost } from '../addin/excel-host.js';
import { checkWorkbook } from '../core/index.js';
import { FakeExcel, sheet } from '../test/addin/fake-excel.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function table(n: number): unknown[][] {
  const values: unknown[][] = [['UBND XÃ MẪU, tỉnh Thanh Hóa', '', '', ''], ['Mã', 'Nội dung chỉ tiêu', 'Kết quả thực hiện', 'Tự đánh giá']];
  for (let i = 0; i < n; i++) values.push([i % 2 ? '15.3' : '11', `Chỉ tiêu ${i + 1}`, 0.2 + (i % 10) / 100, i % 3 ? 'Đạt' : 'Chưa đạt']);
  return values;
}

async function excelCycle(n: number): Promise<number> {
  const values = table(n);
  const s = sheet('Tự đánh giá', values);
  s.formats = values.map((r, i) => r.map((_, c) => (i >= 2 && c === 2 ? '0.00%' : 'General')));
  const excel = new FakeExcel({ name: 'xa.xlsx', sheets: [s], active: 'Tự đánh giá', selection: { sheet: 'Tự đánh giá', address: 'A1' }, settings: new Map() });
  const host = new ExcelHost({ run: excel.run, documentUrl: () => 'xa.xlsx' });
  const active = await host.readActive('used');
  const report = checkWorkbook({ name: 'xa.xlsx', sheets: [active] });
  await host.writeReport(report, 'vi');
  await host.highlight(report.tables.flatMap((t) => t.issues).map((i) => ({ sheet: i.sheet, cell: i.cell, severity: i.severity })));
  return excel.syncs;
}

export async function excelRoundTrips(): Promise<{ rows10: number; rows10000: number }> {
  return { rows10: await excelCycle(10), rows10000: await excelCycle(10_000) };
}

export async function sheetsRoundTrips(): Promise<{ rows10: number; rows10000: number }> {
  const harness = path.join(root, 'test', 'apps-script', 'harness.ts');
  if (!existsSync(harness)) throw new Error('the Google Sheets adapter (dist/apps-script, test/apps-script/harness.ts) is not built yet');
  const mod = (await import(harness)) as { checkCycleServiceCalls(rows: unknown[][]): Promise<number> };
  return { rows10: await mod.checkCycleServiceCalls(table(10)), rows10000: await mod.checkCycleServiceCalls(table(10_000)) };
}
