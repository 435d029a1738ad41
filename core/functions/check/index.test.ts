import { describe, expect, it } from 'vitest';
import '../../communes/bundled.js';
import { callFunction, isFunctionError } from '../index.js';

const msg = (v: unknown) => (isFunctionError(v) ? v.message.vi : v);

describe('CHECK', () => {
  it('=NTM.CHECK("15.3"; 0,23; "BTB") gives "Đạt" however the 23% arrives', () => {
    // a Vietnamese-locale formula literal 0,23 and a 23% percent cell both arrive as 0.23
    expect(callFunction('CHECK', ['15.3', 0.23, 'BTB'])).toBe('Đạt');
    expect(callFunction('CHECK', ['15.3', 23, 'BTB'])).toBe('Đạt');
    expect(callFunction('CHECK', ['15.3', '23%', 'BTB'])).toBe('Đạt');
    expect(callFunction('CHECK', ['15.3', '23,0 %', 'BTB'])).toBe('Đạt');
  });

  it('compares the exact value with the level: at the level is met, just above is not', () => {
    expect(callFunction('CHECK', ['15.3', 0.25, 'BTB'])).toBe('Đạt');
    expect(callFunction('CHECK', ['15.3', 0.2501, 'BTB'])).toBe('Chưa đạt');
    expect(callFunction('CHECK', ['3.1', '80%', 'ĐBSH'])).toBe('Đạt');
    expect(callFunction('CHECK', ['3.1', '79,9%', 'ĐBSH'])).toBe('Chưa đạt');
  });

  it('reads the context as people write it: a province, a region name without diacritics, a status', () => {
    expect(callFunction('CHECK', ['15.3', 0.245, 'Thanh Hóa'])).toBe('Đạt');
    expect(callFunction('CHECK', ['15.3', 0.245, 'bac trung bo'])).toBe('Đạt');
    // an especially disadvantaged commune of BTB uses the TDMNPB level, ≤ 24%
    expect(callFunction('CHECK', ['15.3', 0.245, 'BTB; xã ĐBKK'])).toBe('Chưa đạt');
  });

  it('broadcasts over codes, values and contexts together', () => {
    expect(callFunction('CHECK', [[['15.3'], ['15.3']], [[0.26], [0.26]], [['BTB'], ['TN']]])).toEqual([['Chưa đạt'], ['Đạt']]);
    expect(callFunction('CHECK', [[['15.3', '11']], [[0.2, 0.05]], 'BTB'])).toEqual([['Đạt', 'Đạt']]);
  });

  it('says why there is no verdict instead of guessing one', () => {
    expect(callFunction('CHECK', ['4.2', 0.99, 'BTB'])).toBe('Chưa có ngưỡng');
    expect(callFunction('CHECK', ['4.2', 'Đạt', 'BTB'])).toBe('Đạt');
    expect(callFunction('CHECK', ['15.3', 'Không đánh giá', 'BTB'])).toBe('Không đánh giá');
    expect(callFunction('CHECK', ['15.3', '', 'BTB'])).toBe('Thiếu số liệu');
    expect(callFunction('CHECK', ['2.1', 'Đạt', 'Nhóm 2', null, '2026-2030'])).toBe('Đạt');
    expect(callFunction('CHECK', ['2.1', 0.9, 'Nhóm 2', null, '2026-2030'])).toBe('Chưa có ngưỡng');
  });

  it('answers a clear Vietnamese error for bad input, never a crash', () => {
    expect(msg(callFunction('CHECK', ['15.3', { error: '#N/A' }, 'BTB']))).toBe('Ô giá trị của chỉ tiêu 15.3 đang báo lỗi #N/A.');
    expect(msg(callFunction('CHECK', ['25.1', 0.2, 'BTB']))).toBe('Mã 25.1 không có trong bộ tiêu chí vn-xa-ntm-2021-2025.');
    expect(msg(callFunction('CHECK', ['15.3', 0.2, '']))).toBe('Hàm CHECK: chưa có vùng.');
    expect(msg(callFunction('CHECK', ['15.3', 0.2, 'Nhóm 2', null, '2026-2030']))).toBe('Mã 15.3 không có trong bộ tiêu chí vn-xa-ntm-2026-2030.');
    expect(msg(callFunction('CHECK', ['15.3', 0.2, 'BTB', 24]))).toBe('Năm "24" không hợp lệ (ví dụ đúng: 2024).');
  });

  it('reads another function\'s error as a cell error', () => {
    const bad = callFunction('RATE', [1, 0]);
    expect(msg(callFunction('CHECK', ['11', bad, 'BTB']))).toBe('Ô giá trị của chỉ tiêu 11 đang báo lỗi #VALUE!.');
  });

  it('speaks English when asked', () => {
    expect(callFunction('CHECK', ['15.3', 0.23, 'BTB'], { lang: 'en' })).toBe('Met');
    expect(callFunction('CHECK', ['4.2', 0.99, 'BTB'], { lang: 'en' })).toBe('No threshold');
  });
});
