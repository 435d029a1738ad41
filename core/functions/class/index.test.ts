import { describe, expect, it } from 'vitest';
import { callFunction, isFunctionError } from '../index.js';

const msg = (v: unknown) => (isFunctionError(v) ? v.message.vi : v);

describe('CLASS', () => {
  it('classes a column of communes at once (a province roll-up)', () => {
    expect(callFunction('CLASS', [[[19], [15], [14], [0]]])).toEqual([
      ['Đạt chuẩn'], ['Cơ bản đạt chuẩn (còn thiếu 4 tiêu chí)'], ['Chưa đạt chuẩn (còn thiếu 5 tiêu chí)'], ['Chưa đạt chuẩn (còn thiếu 19 tiêu chí)'],
    ]);
  });

  it('takes the 2026-2030 total and a local "cơ bản" rule', () => {
    expect(callFunction('CLASS', [10, 10])).toBe('Đạt chuẩn');
    expect(callFunction('CLASS', [8, 10, 8])).toBe('Cơ bản đạt chuẩn (còn thiếu 2 tiêu chí)');
    expect(callFunction('CLASS', ['17', '19'])).toBe('Cơ bản đạt chuẩn (còn thiếu 2 tiêu chí)');
  });

  it('refuses counts that cannot be counts', () => {
    expect(msg(callFunction('CLASS', [17.5]))).toBe('Hàm CLASS: số_tiêu_chí_đạt cần một số nguyên, nhưng là 17,5.');
    expect(msg(callFunction('CLASS', [-1]))).toBe('Hàm CLASS: số_tiêu_chí_đạt không được âm (-1).');
    expect(msg(callFunction('CLASS', [11, 10]))).toBe('Số tiêu chí đạt (11) phải từ 0 đến 10.');
    expect(msg(callFunction('CLASS', ['mười']))).toBe('Hàm CLASS: số_tiêu_chí_đạt cần một số, nhưng ô ghi "mười".');
  });

  it('says it in English when asked', () => {
    expect(callFunction('CLASS', [17], { lang: 'en' })).toBe('Basically meets the standard (2 criteria missing)');
  });
});
