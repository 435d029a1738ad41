import { describe, expect, it } from 'vitest';
import '../../communes/bundled.js';
import { btbCommune } from '../../../test/functions/commune-table.js';
import { callFunction } from '../index.js';

describe('CRITERIA', () => {
  it('spills the 19 criteria of 2021-2025, five columns each', () => {
    const { codes, values } = btbCommune({ '15.3': 0.3 });
    const out = callFunction('CRITERIA', [codes, values, 'BTB']) as unknown[][];
    expect(out).toHaveLength(19);
    for (const r of out) expect(r).toHaveLength(5);
    expect(out.map((r) => r[0])).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
    expect(out[14]).toEqual(['15', 'Y tế', 'Chưa đạt', '3/4 chỉ tiêu đạt', '']);
    expect(out[0]).toEqual(['1', 'Quy hoạch', 'Đạt', '1/1 chỉ tiêu đạt', '']);
  });

  it('names the indicators of the set the table leaves out', () => {
    const out = callFunction('CRITERIA', [[['3.1']], [[0.9]], 'BTB']) as unknown[][];
    expect(out[2]).toEqual(['3', 'Thủy lợi và phòng, chống thiên tai', 'Thiếu số liệu', '1/1 chỉ tiêu đạt', 'bảng thiếu 3.2']);
    expect(out[3]).toEqual(['4', 'Điện', 'Thiếu số liệu', '', 'bảng không có chỉ tiêu nào của tiêu chí này']);
  });

  it('writes English when asked', () => {
    const out = callFunction('CRITERIA', [[['3.1']], [[0.9]], 'BTB'], { lang: 'en' }) as unknown[][];
    expect(out[2]).toEqual(['3', 'Irrigation and disaster prevention', 'No value', '1/1 indicators met', 'the table lacks 3.2']);
  });
});
