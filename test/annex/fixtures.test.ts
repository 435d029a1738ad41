import { describe, expect, it } from 'vitest';
import { allIssues, checkFixture, where } from './helpers.js';

describe('seed fixtures: the inconsistencies the documents really contain', () => {
  it('Thượng Lộ 2024: declares 17/19 criteria but its list counts 16; criterion 6 is missing; 1.7 has no one responsible', async () => {
    const r = await checkFixture('thuong-lo-2024.xlsx');
    expect(where(r).sort()).toEqual([
      'count-mismatch@Kết quả tiêu chí!A25',
      'missing-criterion@Kết quả tiêu chí!A5',
      'missing-owner@Phân công!D11',
    ]);
    const count = allIssues(r).find((i) => i.code === 'count-mismatch')!;
    expect(count.message.vi).toContain('17/19');
    expect(count.message.vi).toContain('16/19');
    expect(count.severity).toBe('error');
    const summary = r.tables.find((t) => t.kind === 'criteria-summary')!.summary;
    expect(summary).toMatchObject({ criteriaMet: 16, criteriaTotal: 19 });
    // the second table on the sheet: 13.3 and 15.4, self-rated (no level known for BTB)
    expect(r.tables.map((t) => t.kind)).toEqual(['criteria-summary', 'indicator-assessment', 'plan']);
  });

  it('Cẩm Thành 2023: 11/19 and 47/57 as declared; poverty truncated, over two denominators, and added up', async () => {
    const r = await checkFixture('cam-thanh-2023.xlsx');
    expect(r.context).toBe('BTB'); // "tỉnh Thanh Hóa" in the title
    expect(where(r).sort()).toEqual([
      'denominator-mismatch@Hộ nghèo!E6',
      'rate-mismatch@Hộ nghèo!F5',
      'rate-mismatch@Hộ nghèo!F6',
      'rate-mismatch@Hộ nghèo!F7',
    ]);
    const [poor, near, total] = allIssues(r).filter((i) => i.code === 'rate-mismatch');
    expect(poor!.message.vi).toContain('cắt bớt');
    expect(poor!.message.vi).toContain('3,98%');
    expect(poor!.severity).toBe('warning');
    expect(near!.message.vi).toContain('8,25%');
    expect(total!.message.vi).toContain('12,33%');
    expect(total!.severity).toBe('error');
    const assess = r.tables.find((t) => t.kind === 'indicator-assessment')!.summary;
    expect(assess).toMatchObject({ criteriaMet: 11, criteriaTotal: 19, class: 'chua-dat' });
    const rate = r.tables.find((t) => t.kind === 'rate-worksheet')!.summary;
    expect(rate).toMatchObject({ numerator: 220, denominator: 1784, rateIndicator: '11', rateVerdict: 'chua-dat' });
    expect(rate.rate).toBeCloseTo(12.3318, 3);
  });

  it('Tuần Giáo 2024: the commune targets do not give the declared 13 communes at 15+, nor the 15,8 average; a class contradicts its count; a deadline has no year', async () => {
    const r = await checkFixture('tuan-giao-2024.xlsx');
    expect(where(r).sort()).toEqual([
      'average-mismatch@Tổng hợp xã!A27',
      'count-mismatch@Tổng hợp xã!A25',
      'invalid-deadline@Nhiệm vụ!D4',
      'status-mismatch@Tổng hợp xã!E17',
    ]);
    const rollup = r.tables.find((t) => t.kind === 'commune-rollup')!.summary;
    expect(rollup).toMatchObject({ communes: 17, communesAtBasic: 7, communesMeetingAll: 0 });
    expect(rollup.averageCriteria).toBeCloseTo(241 / 17, 2);
  });

  it('Song Vân 2024: the empty "Đường trục thôn, xóm" line has no one responsible and no deadline', async () => {
    const r = await checkFixture('song-van-2024.xlsx');
    expect(where(r).sort()).toEqual(['invalid-deadline@Kế hoạch!D12', 'missing-owner@Kế hoạch!C12']);
    expect(r.tables[0]!.summary).toMatchObject({ tasks: 7, budgetTotal: 10 });
  });

  it.each(['thuong-lo-2024-clean.xlsx', 'cam-thanh-2023-clean.xlsx', 'tuan-giao-2024-clean.xlsx', 'song-van-2024-clean.xlsx'])(
    '%s, the clean twin, reports nothing',
    async (name) => {
      const r = await checkFixture(name);
      expect(allIssues(r)).toEqual([]);
      expect(r.counts).toEqual({ error: 0, warning: 0, info: 0 });
      expect(r.tables.every((t) => t.kind !== 'unrecognised')).toBe(true);
    },
  );

  it('every issue carries both languages, a sheet and a cell', async () => {
    for (const f of ['thuong-lo-2024.xlsx', 'cam-thanh-2023.xlsx', 'tuan-giao-2024.xlsx', 'song-van-2024.xlsx']) {
      for (const i of allIssues(await checkFixture(f))) {
        expect(i.message.vi.length).toBeGreaterThan(10);
        expect(i.message.en.length).toBeGreaterThan(10);
        expect(i.sheet).not.toBe('');
        expect(i.cell).toMatch(/^[A-Z]+\d+$/);
      }
    }
  });
});
