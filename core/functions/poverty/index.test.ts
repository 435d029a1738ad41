import { describe, expect, it } from 'vitest';
import '../../communes/bundled.js';
import { callFunction, isFunctionError } from '../index.js';

const msg = (v: unknown) => (isFunctionError(v) ? v.message.vi : v);

describe('POVERTY', () => {
  it('computes Cẩm Thành 2023 over one denominator: 220/1.784, not the 12,21% the plan wrote', () => {
    const r = callFunction('POVERTY', [100, 155, 1784, 29, 6]) as number;
    expect(r).toBeCloseTo(220 / 1784, 15);
    expect((r * 100).toFixed(2)).toBe('12.33');
  });

  it('reads counts typed as Vietnamese text', () => {
    expect(callFunction('POVERTY', ['71', '149', '1.784'])).toBe(220 / 1784);
  });

  it('gives a column of rates for a column of communes', () => {
    expect(callFunction('POVERTY', [[[10], [0]], [[10], [5]], [[100], [50]]])).toEqual([[0.2], [0.1]]);
  });

  it('feeds CHECK directly: the fraction is read back as a percentage', () => {
    expect(callFunction('CHECK', ['11', callFunction('POVERTY', [100, 155, 1784, 29, 6]), 'BTB'])).toBe('Chưa đạt');
    expect(callFunction('CHECK', ['11', callFunction('POVERTY', [20, 30, 1000]), 'BTB'])).toBe('Đạt');
  });

  it('refuses impossible counts with the reason', () => {
    expect(msg(callFunction('POVERTY', [20, 5, 100, 30]))).toBe('Số loại trừ (30) lớn hơn số hộ (20).');
    expect(msg(callFunction('POVERTY', [-2, 5, 100]))).toBe('Số âm không hợp lệ cho hộ nghèo / poor households.');
  });
});
