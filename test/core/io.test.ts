import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../io/xlsx.js';
import { readXlsxStream } from '../../io/xlsx-stream.js';

describe('reading .xlsx into the sheet model', () => {
  it('keeps formula results of 0, FALSE and errors (exceljs drops 0 and FALSE from cell.value)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('A');
    ws.getCell('A1').value = { formula: '1-1', result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').value = { formula: '1=2', result: false } as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
    ws.getCell('A4').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    ws.getCell('A5').value = { formula: 'B1' } as ExcelJS.CellFormulaValue;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const full = await readXlsx(bytes, 'a.xlsx');
    expect(full.sheets[0]!.values.map((r) => r[0])).toEqual([0, false, 2, { error: '#DIV/0!' }, null]);
    // the streaming reader (large files) keeps 0, reads FALSE as 0 and any error as an error value
    const streamed = await readXlsxStream(bytes, 'a.xlsx');
    expect(streamed.sheets[0]!.values.map((r) => r[0])).toEqual([0, 0, 2, { error: '#ERROR!' }, null]);
  });

  it('reads percent and date formats, merged areas and rich text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('B');
    ws.getCell('A1').value = 0.1234;
    ws.getCell('A1').numFmt = '0.00%';
    ws.getCell('A2').value = new Date(Date.UTC(2024, 5, 30));
    ws.getCell('A3').value = { richText: [{ text: 'Đạt' }, { text: ' chuẩn' }] };
    ws.mergeCells('B1:C2');
    ws.getCell('B1').value = 'Tự đánh giá';
    const r = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'b.xlsx');
    const s = r.sheets[0]!;
    expect(s.formats?.[0]?.[0]).toBe('percent');
    expect(s.formats?.[1]?.[0]).toBe('date');
    expect((s.values[1]![0] as Date).getDate()).toBe(30);
    expect(s.values[2]![0]).toBe('Đạt chuẩn');
    expect(s.merges).toEqual(['B1:C2']);
    expect(s.values[0]![2]).toBeNull(); // covered cells of a merge are empty, as Excel gives them
  });
});
