import { describe, expect, it } from 'vitest';
import { Grid, recogniseSheet, type CellValue } from '../../core/index.js';
import { allIssues, checkFixture, checkRows, where } from './helpers.js';

const recognise = (rows: CellValue[][], merges?: string[]) => recogniseSheet(new Grid({ name: 'S', values: rows, ...(merges ? { merges } : {}) }));

describe('recognising the layouts offices use', () => {
  it('a table starting in column C, under four title rows, with a merged two-row header and a numbering row', async () => {
    const r = await checkFixture('variants.xlsx');
    const t = r.tables.find((x) => x.sheet === 'Cot C')!;
    expect(t.kind).toBe('indicator-assessment');
    expect(t.range).toBe('C6:H11');
    expect(t.title).toContain('Vùng: Bắc Trung Bộ');
    expect(t.rows?.map((x) => [x.code, x.verdict])).toEqual([['15.3', 'dat'], ['15.4', 'dat'], ['3.1', 'dat']]);
    // ticks under "Tự đánh giá › Đạt / Chưa đạt" were read as the commune's rating
    expect(t.summary).toMatchObject({ indicatorsMet: 3, selfRated: 1 });
  });

  it('headers without diacritics, and the province in the title gives the region', async () => {
    const r = await checkFixture('variants.xlsx');
    const t = r.tables.find((x) => x.sheet === 'Khong dau')!;
    expect(t.kind).toBe('indicator-assessment');
    expect(t.rows?.find((x) => x.code === '11')?.verdict).toBe('dat'); // 5,1% ≤ 6,5% (BTB)
  });

  it('two tables on one sheet, each with its own kind', async () => {
    const r = await checkFixture('variants.xlsx');
    expect(r.tables.filter((x) => x.sheet === 'Hai bang').map((x) => [x.kind, x.range])).toEqual([
      ['indicator-assessment', 'A3:D4'], ['plan', 'A10:D11'],
    ]);
  });

  it('abbreviated and upper-case headers: STT, NOI DUNG, KET QUA, DANH GIA', () => {
    const r = checkRows([
      ['UBND XÃ A'], ['BIỂU TỔNG HỢP'], [],
      ['STT', 'NOI DUNG CHI TIEU', 'KET QUA', 'DANH GIA'],
      ['15.3', 'Suy dinh dưỡng thấp còi', '18%', 'Đạt'],
    ], { context: 'BTB' });
    expect(r.tables[0]).toMatchObject({ kind: 'indicator-assessment', range: 'A4:D5' });
    expect(allIssues(r)).toEqual([]);
  });

  it('codes written inside the wording ("15.3. Tỷ lệ …") and Roman-numeral group rows', () => {
    const r = checkRows([
      ['TT', 'Nội dung tiêu chí', 'Kết quả thực hiện', 'Tự đánh giá'],
      ['I', 'NHÓM TIÊU CHÍ VỀ VĂN HÓA - XÃ HỘI - MÔI TRƯỜNG', null, null],
      [1, '15.3. Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi', '24,9%', 'Đạt'],
      [2, '15.4. Tỷ lệ dân số có sổ khám chữa bệnh điện tử', '40%', 'Chưa đạt'],
    ], { context: 'BTB' });
    expect(r.tables[0]!.rows?.map((x) => x.code)).toEqual(['15.3', '15.4']);
    expect(allIssues(r).map((i) => i.code)).toEqual(['near-threshold']);
  });

  it('indicators named by their wording when the table gives no code', () => {
    const r = checkRows([
      ['TT', 'Nội dung chỉ tiêu', 'Kết quả', 'Đánh giá'],
      [1, 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)', '30%', 'Chưa đạt'],
    ], { context: 'BTB' });
    expect(r.tables[0]!.rows?.[0]).toMatchObject({ code: '15.3', verdict: 'chua-dat' });
  });

  it('ticks in "Đạt" / "Chưa đạt" columns under a merged "Tự đánh giá"', () => {
    const rows: CellValue[][] = [
      ['TT', 'Nội dung chỉ tiêu', 'Tự đánh giá', null],
      [null, null, 'Đạt', 'Chưa đạt'],
      ['15.3', 'Suy dinh dưỡng', 'x', null],
      ['15.4', 'Sổ khám chữa bệnh điện tử', null, 'x'],
      ['15.1', 'Bảo hiểm y tế', 'x', 'x'],
    ];
    const t = recognise(rows, ['A1:A2', 'B1:B2', 'C1:D1'])[0]!;
    expect(t.header.columns.map((c) => c.role)).toEqual(['tt', 'wording', 'tick-dat', 'tick-chua']);
    const r = checkRows(rows, { context: 'BTB' }, 'Sheet1', ['A1:A2', 'B1:B2', 'C1:D1']);
    expect(r.tables[0]!.rows?.map((x) => [x.code, x.verdict])).toEqual([['15.3', 'dat'], ['15.4', 'chua-dat']]);
    expect(where(r)).toContain('type-error@Sheet1!C5'); // both ticked
  });

  it('criteria written "Tiêu chí số 05 (Trường học)" make a criteria summary', () => {
    const rows: CellValue[][] = [['TT', 'Tiêu chí', 'Kết quả']];
    for (let i = 1; i <= 19; i++) rows.push([i, `Tiêu chí số ${String(i).padStart(2, '0')} (tên)`, i === 13 ? 'Chưa đạt' : 'Đạt']);
    const r = checkRows(rows);
    expect(r.tables[0]).toMatchObject({ kind: 'criteria-summary', summary: { criteriaMet: 18, criteriaTotal: 19, class: 'co-ban' } });
  });

  it('a plan, a roll-up and a rate worksheet by their columns', () => {
    expect(recognise([['TT', 'Nhiệm vụ', 'Người phụ trách', 'Thời hạn'], [1, 'Việc', 'Ông A', '30/6/2024']])[0]!.kind).toBe('plan');
    expect(recognise([['TT', 'Tên xã', 'Số tiêu chí đạt'], [1, 'Xã A', 17]])[0]!.kind).toBe('commune-rollup');
    expect(recognise([['TT', 'Nội dung', 'Số hộ', 'Tổng số hộ', 'Tỷ lệ'], [1, 'Hộ nghèo', 10, 100, '10%']])[0]!.kind).toBe('rate-worksheet');
  });

  it('says why a table is not recognised, never skipping it silently', () => {
    const r = checkRows([['TT', 'Nội dung chỉ tiêu', 'Ghi chú'], ['15.3', 'Suy dinh dưỡng', 'đang rà soát']]);
    const i = allIssues(r)[0]!;
    expect(i.code).toBe('missing-header');
    expect(i.message.vi).toContain('Kết quả thực hiện');
    const loose = checkRows([['Danh sách'], ['Thôn 1', 5]]);
    expect(allIssues(loose)[0]).toMatchObject({ code: 'unrecognised-table', severity: 'info' });
  });

  it('ignores the instructions sheet and its own report sheet', () => {
    const r = checkRows([['Hướng dẫn điền biểu mẫu'], ['Ghi số liệu vào cột Kết quả']], {}, 'Hướng dẫn');
    expect(r.tables).toEqual([]);
  });
});

describe('a first data row is not taken for a sub-header', () => {
  it('"Đánh giá chung" with "Đạt" right under the header stays a data row', () => {
    expect(recognise([['TT', 'Nội dung chỉ tiêu', 'Tự đánh giá'], [null, 'Đánh giá chung', 'Đạt'], ['15.3', 'x', 'Đạt']])[0]!.header.bottom).toBe(0);
  });
});

describe('the region from the titles', () => {
  it('an old province name gives its region; a 2025+ document naming a province merged across regions gives none', () => {
    const head = ['Mã', 'Nội dung chỉ tiêu', 'Kết quả thực hiện'];
    const row = ['15.3', 'Suy dinh dưỡng', '24,5%'];
    expect(checkRows([['UBND XÃ A, tỉnh Bắc Giang, năm 2024'], head, row]).context).toBe('TDMNPB');
    expect(checkRows([['UBND XÃ A, tỉnh Phú Thọ, năm 2023'], head, row]).context).toBe('TDMNPB');
    const now = checkRows([['UBND XÃ A, tỉnh Phú Thọ, năm 2026'], head, row]);
    expect(now.context).toBeNull();
    expect(allIssues(now).map((i) => i.code)).toContain('invalid-context');
  });
});

describe('a roll-up row with no results yet', () => {
  it('is not counted as a commune with 0 criteria', () => {
    const head = ['TT', 'Tên xã', ...Array.from({ length: 19 }, (_, i) => `TC${i + 1}`)];
    const full = [1, 'Xã A', ...Array.from({ length: 19 }, () => 'Đạt')];
    const empty = [2, 'Xã B', ...Array.from({ length: 19 }, () => null)];
    const r = checkRows([head, full, empty]);
    expect(r.tables[0]!.summary).toMatchObject({ communesMeetingAll: 1, averageCriteria: 19 });
  });
});
