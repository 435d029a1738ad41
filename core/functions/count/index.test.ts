import { describe, expect, it } from 'vitest';
import { callFunction, isFunctionError } from '../index.js';

describe('COUNT', () => {
  it('finds the 16 behind a declared "17/19": ticks and words count, "Cơ bản đạt" does not', () => {
    const list = [...Array(14).fill(['x']), ['Đạt'], ['dat chuan'], ['Cơ bản đạt'], ['Chưa đạt'], [null]];
    expect(callFunction('COUNT', [list])).toBe(16);
    expect(callFunction('COUNT', [list, 'chua dat'])).toBe(2);
  });

  it('counts over rows and columns alike, and over a single cell', () => {
    expect(callFunction('COUNT', [[['Đạt', '✓', 'Không đánh giá'], ['Đạt', null, 'KĐG']]])).toBe(3);
    expect(callFunction('COUNT', [[['Đạt', '✓', 'Không đánh giá'], ['Đạt', null, 'KĐG']], 'Không đánh giá'])).toBe(2);
    expect(callFunction('COUNT', ['Đạt'])).toBe(1);
    expect(callFunction('COUNT', [[[null]]])).toBe(0);
  });

  it('refuses a result it does not know', () => {
    const e = callFunction('COUNT', [[['Đạt']], 'Cơ bản đạt']);
    expect(isFunctionError(e) && e.message.vi).toBe('Không hiểu loại kết quả "Cơ bản đạt" (Đạt, Chưa đạt hoặc Không đánh giá).');
  });
});
