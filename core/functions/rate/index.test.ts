import { describe, expect, it } from 'vitest';
import '../../communes/bundled.js';
import { callFunction } from '../index.js';

describe('RATE', () => {
  it('is the exact fraction', () => {
    expect(callFunction('RATE', [417, 910])).toBe(417 / 910);
    expect(callFunction('RATE', ['71', '1.784'])).toBe(71 / 1784);
  });

  it('gives a column of rates for columns of numerators and denominators', () => {
    expect(callFunction('RATE', [[[1], [3]], [[4], [4]]])).toEqual([[0.25], [0.75]]);
  });

  it('keeps a small rate small when CHECK reads it back (0,8%, not 80%)', () => {
    const r = callFunction('RATE', [8, 1000]);
    expect(r).toBe(0.008);
    expect(callFunction('CHECK', ['11', r, 'BTB'])).toBe('Đạt');
  });
});
