import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import '../../core/communes/bundled.js';
import { checkWorkbook, type CheckReport } from '../../core/index.js';
import { readXlsx, UnreadableFileError } from '../../io/xlsx.js';
import { readXlsxAuto, readXlsxStream } from '../../io/xlsx-stream.js';
import { FIXTURES } from '../annex/helpers.js';

const all = (r: CheckReport) => [...r.issues, ...r.tables.flatMap((t) => t.issues)];

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('real malformed inputs', () => {
  it('a truncated .xlsx gives a clear bilingual message', async () => {
    const bytes = new Uint8Array(await readFile(path.join(FIXTURES, 'cam-thanh-2023.xlsx')));
    const cut = bytes.slice(0, Math.floor(bytes.length / 2));
    const e = await readXlsx(cut, 'cut.xlsx').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UnreadableFileError);
    expect((e as UnreadableFileError).reason.vi).toContain('cut.xlsx');
    expect((e as UnreadableFileError).reason.en).toContain('damaged');
  });

  it('a file that is not a workbook, and a zip that is not a workbook', async () => {
    for (const bytes of [new TextEncoder().encode('Tên,Số\nA,1'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])]) {
      const e = await readXlsx(bytes, 'x.xlsx').catch((x: unknown) => x);
      expect(e).toBeInstanceOf(UnreadableFileError);
    }
  });

  it('formulas returning errors, text in every numeric column, and the rest still checked', async () => {
    const bytes = await xlsx((wb) => {
      const a = wb.addWorksheet('Tự đánh giá');
      a.addRow(['UBND XÃ A, tỉnh Thanh Hóa']);
      a.addRow(['Mã', 'Nội dung chỉ tiêu', 'Kết quả thực hiện', 'Tự đánh giá']);
      a.addRow(['15.3', 'Suy dinh dưỡng', { formula: '1/0', result: { error: '#DIV/0!' } }, 'Đạt']);
      a.addRow(['15.4', 'Sổ khám chữa bệnh', 'chưa thống kê', 'Chưa đạt']);
      a.addRow(['11', 'Nghèo đa chiều', '5,2%', 'Đạt']);
      const b = wb.addWorksheet('Hộ nghèo');
      b.addRow(['TT', 'Nội dung', 'Số hộ', 'Số hộ loại trừ', 'Tổng số hộ', 'Tỷ lệ (%)']);
      b.addRow([1, 'Hộ nghèo', 'một trăm', 'hai mươi chín', 'nhiều', 'cao']);
      const c = wb.addWorksheet('Kế hoạch');
      c.addRow(['TT', 'Nhiệm vụ', 'Người phụ trách', 'Thời gian hoàn thành', 'Kinh phí']);
      c.addRow([1, 'Việc một', 'Ông A', '30/6/2024', 'nhiều lắm']);
      c.addRow([2, 'Việc hai', 'Bà B', '2024-06-30', 100]);
      c.addRow([3, 'Việc ba', 'Ông C', '30-06-2024', 100]);
      c.addRow([4, 'Việc bốn', 'Bà D', '30.6.2024', 100]);
    });
    const r = checkWorkbook(await readXlsx(bytes, 'xau.xlsx'));
    const at = all(r).map((i) => `${i.code}@${i.sheet}!${i.cell}`);
    expect(at).toEqual(expect.arrayContaining([
      'type-error@Tự đánh giá!C3', 'type-error@Hộ nghèo!C2', 'type-error@Hộ nghèo!D2', 'type-error@Hộ nghèo!E2', 'type-error@Hộ nghèo!F2',
      'budget-type-error@Kế hoạch!E2',
    ]));
    // 15.4 has no BTB level: its unreadable value is kept as the commune's rating, not an error
    expect(r.tables.find((t) => t.sheet === 'Tự đánh giá')?.rows?.find((x) => x.code === '11')?.verdict).toBe('dat');
    // dates as text in three formats are all deadlines
    expect(at.filter((a) => a.startsWith('invalid-deadline'))).toEqual([]);
    expect(all(r).find((i) => i.cell === 'C3')?.message.vi).toContain('#DIV/0!');
  });

  it('a sheet of only merged cells is reported, not crashed on', async () => {
    const bytes = await xlsx((wb) => {
      const s = wb.addWorksheet('Gộp ô');
      s.mergeCells('A1:F3');
      s.getCell('A1').value = 'BẢNG TỔNG HỢP';
      s.mergeCells('A4:F9');
      s.mergeCells('B10:C20');
      wb.addWorksheet('Tự đánh giá').addRows([['Mã', 'Nội dung chỉ tiêu', 'Tự đánh giá'], ['19.2', 'An ninh', 'Đạt']]);
    });
    const r = checkWorkbook(await readXlsx(bytes, 'gop.xlsx'));
    expect(r.tables.find((t) => t.sheet === 'Gộp ô')?.issues[0]?.code).toBe('unrecognised-table');
    expect(r.tables.find((t) => t.sheet === 'Tự đánh giá')?.kind).toBe('indicator-assessment');
  });

  it('a 50 MB sheet is read in bounded memory and the next sheet is still checked', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ntm-big-'));
    const file = path.join(dir, 'lon.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false, zip: { zlib: { level: 1 } } });
    const big = wb.addWorksheet('Ghi chú dài');
    big.addRow(['TT', 'Nội dung chỉ tiêu', 'Kết quả thực hiện', 'Tự đánh giá', 'Ghi chú']).commit();
    // incompressible notes (as when scanned text is pasted into a cell) make the file large
    for (let i = 0; i < 3200; i++) big.addRow([`15.${(i % 4) + 1}`, 'Nội dung', '20%', 'Đạt', randomBytes(16000).toString('base64')]).commit();
    await big.commit();
    const small = wb.addWorksheet('Tự đánh giá');
    small.addRow(['UBND XÃ A, tỉnh Thanh Hóa']).commit();
    small.addRow(['Mã', 'Nội dung chỉ tiêu', 'Kết quả thực hiện', 'Tự đánh giá']).commit();
    small.addRow(['15.3', 'Suy dinh dưỡng', '26%', 'Đạt']).commit();
    await small.commit();
    await wb.commit();
    const bytes = new Uint8Array(await readFile(file));
    expect(bytes.byteLength).toBeGreaterThan(45 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const read = await readXlsxAuto(bytes, 'lon.xlsx');
    expect(process.memoryUsage().rss - before).toBeLessThan(1500 * 1024 * 1024);
    expect(read.sheets.map((s) => s.name)).toEqual(['Ghi chú dài', 'Tự đánh giá']);
    const r = checkWorkbook(read);
    expect(all(r).some((i) => i.code === 'status-mismatch' && i.sheet === 'Tự đánh giá' && i.cell === 'D3')).toBe(true);
    await writeFile(file, '');
  }, 180_000);

  it('rows past the cap are dropped with a warning naming the sheet', async () => {
    const bytes = await xlsx((wb) => {
      const s = wb.addWorksheet('Dài');
      s.addRow(['Mã', 'Nội dung chỉ tiêu', 'Tự đánh giá']);
      for (let i = 0; i < 120; i++) s.addRow(['19.2', 'An ninh', 'Đạt']);
    });
    const read = await readXlsxStream(bytes, 'dai.xlsx', { maxRows: 50 });
    expect(read.sheets[0]!.values).toHaveLength(50);
    const r = checkWorkbook(read);
    expect(r.issues.find((i) => i.code === 'sheet-too-large')?.message.vi).toContain('Dài');
  });
});
