import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../core/communes/bundled.js';
import { rollupWorkbooks } from '../../core/aggregate/index.js';
import type { WorkbookData } from '../../core/index.js';
import { readXlsx } from '../../io/xlsx.js';
import { isAssessmentSheet, rollupFiles, rollupLines } from '../../ui/actions/rollup.js';

let wb: WorkbookData;
beforeAll(async () => {
  wb = await readXlsx(readFileSync(path.resolve(import.meta.dirname, '../../examples/xa-cam-thanh-2023.xlsx')), 'xa-cam-thanh-2023.xlsx');
});

describe('"Tổng hợp" over a workbook\'s sheets', () => {
  it('counts only the self-assessment sheets, one commune each, with the workbook\'s pack sheet beside each', () => {
    expect(wb.sheets.filter(isAssessmentSheet).map((s) => s.name)).toEqual(['Tự đánh giá']);
    const pack = { name: 'Bộ tiêu chí', values: [['Mã bộ tiêu chí', 'x']] };
    const files = rollupFiles([...wb.sheets, pack]);
    expect(files.map((f) => f.name)).toEqual(['Tự đánh giá']);
    expect(files[0]!.workbook!.sheets.map((s) => s.name)).toEqual(['Bộ tiêu chí', 'Tự đánh giá']);
  });

  it('says what became of each sheet, in both languages', () => {
    const r = rollupWorkbooks(rollupFiles(wb.sheets), { province: 'Thanh Hóa' });
    const lines = rollupLines(r);
    expect(lines[0]!.vi).toBe('Tỉnh Thanh Hóa — vn-xa-ntm-2021-2025');
    expect(lines[1]!.vi).toContain(`1/${r.totals.expected} xã có kết quả`);
    expect(lines[1]!.en).toContain(`1/${r.totals.expected}`);
    const sheet = lines.find((l) => l.vi.startsWith('Sheet "Tự đánh giá"'))!;
    expect(sheet.vi).toContain('→ Xã Cẩm Thạch.');
    expect(sheet.en).toContain('→ Xã Cẩm Thạch.');
  });
});
