import { describe, expect, it } from 'vitest';
import type { CellValue, CheckOptions } from '../../core/index.js';
import { allIssues, checkRows, codes } from './helpers.js';

/** Each case: a table that makes the code fire (at `cell`), and its corrected twin, silent. */
interface Case {
  code: string;
  cell: string;
  fire: CellValue[][];
  silent: CellValue[][];
  opts?: CheckOptions;
  sheets?: Record<string, CellValue[][]>;
}

const ASSESS_HEAD = ['Mã', 'Nội dung chỉ tiêu', 'Kết quả thực hiện', 'Tự đánh giá'];
const BTB: CheckOptions = { context: 'BTB' };

const ALL_CRITERIA = (except: string[] = [], override: Record<string, string> = {}): CellValue[][] =>
  Array.from({ length: 19 }, (_, i) => String(i + 1))
    .filter((c) => !except.includes(c))
    .map((c) => [Number(c), `Tiêu chí số ${c}`, override[c] ?? 'Đạt']);

const PLAN_HEAD = ['TT', 'Nhiệm vụ', 'Người phụ trách', 'Thời gian hoàn thành', 'Kinh phí (triệu đồng)'];
const ROLLUP_HEAD = ['TT', 'Tên xã', 'Số tiêu chí đạt', 'Xếp loại'];
const RATE_HEAD = ['TT', 'Nội dung', 'Số hộ', 'Số hộ loại trừ', 'Tổng số hộ', 'Tỷ lệ (%)'];

const CASES: Case[] = [
  {
    code: 'missing-header', cell: 'A1',
    // an assessment header with no result, rating or level column
    fire: [['TT', 'Nội dung chỉ tiêu', 'Ghi chú'], ['15.3', 'Suy dinh dưỡng', '']],
    silent: [['TT', 'Nội dung chỉ tiêu', 'Tự đánh giá'], ['15.3', 'Suy dinh dưỡng', 'Đạt']],
  },
  {
    code: 'unrecognised-table', cell: 'A1',
    fire: [['Danh sách thôn'], ['Thôn 1', 120], ['Thôn 2', 98]],
    silent: [ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', '20%', 'Đạt']],
    opts: BTB,
  },
  {
    code: 'type-error', cell: 'C2',
    fire: [ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', 'khoảng một phần tư', 'Đạt']],
    silent: [ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', '20%', 'Đạt']],
    opts: BTB,
  },
  {
    code: 'out-of-range', cell: 'C2',
    fire: [ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', '120%', 'Chưa đạt']],
    silent: [ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', '12%', 'Đạt']],
    opts: BTB,
  },
  {
    code: 'unknown-indicator', cell: 'A2',
    fire: [ASSESS_HEAD, ['25.1', 'Chỉ tiêu không có', '', 'Đạt']],
    silent: [ASSESS_HEAD, ['19.2', 'An ninh trật tự', '', 'Đạt']],
  },
  {
    code: 'duplicate-indicator', cell: 'A3',
    fire: [ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', '20%', 'Đạt'], ['15.3', 'Suy dinh dưỡng (lặp)', '20%', 'Đạt']],
    silent: [ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', '20%', 'Đạt'], ['15.4', 'Sổ khám bệnh điện tử', '60%', 'Đạt']],
    opts: BTB,
  },
  {
    code: 'missing-indicator', cell: 'A1',
    // a table at indicator level across the set that leaves out 15.4
    fire: [ASSESS_HEAD, ...['1.1', '2.1', '3.1', '3.2', '4.2', '5', '6.2', '7.1', '8.1', '9.1', '11', '12.2', '13.3', '14.1', '15.1', '15.2', '15.3'].map((c) => [c, 'chỉ tiêu', '', 'Đạt'])],
    silent: [ASSESS_HEAD, ...['1.1', '2.1', '3.1', '3.2', '4.2', '5', '6.2', '7.1', '8.1', '9.1', '9.2', '11', '12.2', '13.3', '14.1', '15.1', '15.2', '15.3', '15.4'].map((c) => [c, 'chỉ tiêu', '', 'Đạt'])],
  },
  {
    code: 'missing-criterion', cell: 'A1',
    fire: [['TT', 'Tiêu chí', 'Kết quả'], ...ALL_CRITERIA(['6'])],
    silent: [['TT', 'Tiêu chí', 'Kết quả'], ...ALL_CRITERIA()],
  },
  {
    code: 'status-mismatch', cell: 'D2',
    fire: [ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', '26,5%', 'Đạt']],
    silent: [ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', '26,5%', 'Chưa đạt']],
    opts: BTB,
  },
  {
    code: 'count-mismatch', cell: 'A22',
    fire: [['TT', 'Tiêu chí', 'Kết quả'], ...ALL_CRITERIA([], { 13: 'Chưa đạt', 15: 'Chưa đạt' }), [], ['Tổng số tiêu chí đạt: 18/19']],
    silent: [['TT', 'Tiêu chí', 'Kết quả'], ...ALL_CRITERIA([], { 13: 'Chưa đạt', 15: 'Chưa đạt' }), [], ['Tổng số tiêu chí đạt: 17/19']],
  },
  {
    code: 'average-mismatch', cell: 'A6',
    fire: [ROLLUP_HEAD, [1, 'Xã A', 19, 'Đạt chuẩn'], [2, 'Xã B', 15, 'Cơ bản đạt chuẩn'], [3, 'Xã C', 12, 'Chưa đạt'], [], ['Bình quân tiêu chí/xã: 15,8']],
    silent: [ROLLUP_HEAD, [1, 'Xã A', 19, 'Đạt chuẩn'], [2, 'Xã B', 15, 'Cơ bản đạt chuẩn'], [3, 'Xã C', 12, 'Chưa đạt'], [], ['Bình quân tiêu chí/xã: 15,3']],
  },
  {
    code: 'rate-mismatch', cell: 'F2',
    fire: [RATE_HEAD, [1, 'Tỷ lệ lao động có bằng cấp', 417, 0, 910, '46,82%']],
    silent: [RATE_HEAD, [1, 'Tỷ lệ lao động có bằng cấp', 417, 0, 910, '45,82%']],
  },
  {
    code: 'denominator-mismatch', cell: 'E3',
    fire: [RATE_HEAD, [1, 'Hộ nghèo', 100, 29, 1784, '3,98%'], [2, 'Hộ cận nghèo', 155, 6, 1807, '8,25%']],
    silent: [RATE_HEAD, [1, 'Hộ nghèo', 100, 29, 1784, '3,98%'], [2, 'Hộ cận nghèo', 155, 6, 1784, '8,35%']],
  },
  {
    code: 'missing-owner', cell: 'C2',
    fire: [PLAN_HEAD, [1, 'Xây dựng bể bơi', null, '30/6/2024', 500]],
    silent: [PLAN_HEAD, [1, 'Xây dựng bể bơi', 'Công chức Văn hóa - xã hội', '30/6/2024', 500]],
  },
  {
    code: 'invalid-deadline', cell: 'D2',
    fire: [PLAN_HEAD, [1, 'Xây dựng bể bơi', 'Công chức Văn hóa - xã hội', 'sớm nhất có thể', 500]],
    silent: [PLAN_HEAD, [1, 'Xây dựng bể bơi', 'Công chức Văn hóa - xã hội', 'Quý II/2024', 500]],
  },
  {
    code: 'budget-type-error', cell: 'E2',
    fire: [PLAN_HEAD, [1, 'Xây dựng bể bơi', 'Công chức Văn hóa - xã hội', 'tháng 8/2024', 'xã hội hóa']],
    silent: [PLAN_HEAD, [1, 'Xây dựng bể bơi', 'Công chức Văn hóa - xã hội', 'tháng 8/2024', '0,5 tỷ']],
  },
  {
    code: 'near-threshold', cell: 'C2',
    fire: [ASSESS_HEAD, ['11', 'Tỷ lệ nghèo đa chiều', '6,46%', 'Đạt']],
    silent: [ASSESS_HEAD, ['11', 'Tỷ lệ nghèo đa chiều', '5,1%', 'Đạt']],
    opts: BTB,
  },
  {
    code: 'ambiguous-value', cell: 'C2',
    fire: [ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', '0,2', 'Đạt']],
    silent: [ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', '20%', 'Đạt']],
    opts: BTB,
  },
  {
    code: 'no-threshold', cell: 'C2',
    fire: [ASSESS_HEAD, ['12.2', 'Lao động qua đào tạo có bằng cấp', '45%', null]],
    silent: [ASSESS_HEAD, ['12.2', 'Lao động qua đào tạo có bằng cấp', '45%', 'Đạt']],
    opts: BTB,
  },
  {
    code: 'missing-value', cell: 'C2',
    fire: [ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', null, null]],
    silent: [ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', null, 'Đạt']],
    opts: BTB,
  },
  {
    code: 'threshold-mismatch', cell: 'C2',
    fire: [['Mã', 'Nội dung chỉ tiêu', 'Chỉ tiêu đạt chuẩn', 'Kết quả thực hiện', 'Tự đánh giá'], ['15.3', 'Suy dinh dưỡng', '≤ 26,5%', '20%', 'Đạt']],
    silent: [['Mã', 'Nội dung chỉ tiêu', 'Chỉ tiêu đạt chuẩn', 'Kết quả thực hiện', 'Tự đánh giá'], ['15.3', 'Suy dinh dưỡng', '≤ 25%', '20%', 'Đạt']],
    opts: BTB,
  },
  {
    code: 'duplicate-commune', cell: 'B3',
    fire: [ROLLUP_HEAD, [1, 'Xã Quài Cang', 17, 'Cơ bản đạt chuẩn'], [2, 'xã Quài Cang', 17, 'Cơ bản đạt chuẩn']],
    silent: [ROLLUP_HEAD, [1, 'Xã Quài Cang', 17, 'Cơ bản đạt chuẩn'], [2, 'Xã Quài Nưa', 17, 'Cơ bản đạt chuẩn']],
  },
  {
    code: 'invalid-context', cell: 'A1',
    // a level that depends on the region, and no region anywhere
    fire: [ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', '20%', null]],
    silent: [ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', '20%', null]],
    opts: {},
  },
];

describe('every issue code fires on its case and stays silent on the corrected twin', () => {
  for (const c of CASES) {
    it(c.code, () => {
      const fire = checkRows(c.fire, c.opts ?? {});
      const hit = allIssues(fire).filter((i) => i.code === c.code);
      expect(hit.length, `${c.code} should fire; got ${JSON.stringify(allIssues(fire).map((i) => i.code))}`).toBeGreaterThan(0);
      expect(hit.map((i) => i.cell)).toContain(c.cell);
      for (const i of hit) {
        expect(i.message.vi).not.toBe('');
        expect(i.message.en).not.toBe('');
      }
      const silentOpts = c.code === 'invalid-context' ? BTB : c.opts ?? {};
      const silent = checkRows(c.silent, silentOpts);
      expect(codes(silent), `${c.code} should be silent`).not.toContain(c.code);
    });
  }

  it('the list above covers every code the annex checks emit', () => {
    const covered = new Set(CASES.map((c) => c.code));
    for (const code of ['missing-header', 'unrecognised-table', 'type-error', 'out-of-range', 'unknown-indicator', 'duplicate-indicator',
      'missing-indicator', 'missing-criterion', 'status-mismatch', 'count-mismatch', 'average-mismatch', 'rate-mismatch',
      'denominator-mismatch', 'missing-owner', 'invalid-deadline', 'budget-type-error', 'near-threshold']) {
      expect(covered.has(code), code).toBe(true);
    }
  });
});

describe('severities users act on', () => {
  it('a declared rating the value contradicts is an error; a near value is only a note', () => {
    const r = checkRows([ASSESS_HEAD, ['15.3', 'Suy dinh dưỡng', '26,5%', 'Đạt'], ['11', 'Nghèo đa chiều', '6,46%', 'Đạt']], BTB);
    expect(allIssues(r).find((i) => i.code === 'status-mismatch')?.severity).toBe('error');
    expect(allIssues(r).find((i) => i.code === 'near-threshold')?.severity).toBe('info');
    expect(r.counts.error).toBe(1);
  });

  it('counts per code come first in the report, errors before warnings', () => {
    const r = checkRows([ASSESS_HEAD, ['15.3', 'x', '26,5%', 'Đạt'], ['15.4', 'y', 'abc', 'Đạt'], ['11', 'z', '6,46%', 'Đạt'], ['12.2', 'w', '45%', null]], BTB);
    expect(r.byCode.map((b) => b.severity)).toEqual([...r.byCode.map((b) => b.severity)].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    expect(r.byCode.reduce((s, b) => s + b.count, 0)).toBe(allIssues(r).length);
  });
});
