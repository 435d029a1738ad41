import { describe, expect, it } from 'vitest';
import { checkDeclaredRate, povertyRate, rate, roundHalf, truncate } from '../../core/index.js';

describe('multidimensional poverty on seed 003 (Cẩm Thành 2023)', () => {
  // "hộ nghèo: 100 - 29 = 71/1.784 = 3,97%; hộ cận nghèo 155 - 6 = 149/1.807 = 8,24%; tổng 12,21%"
  const r = povertyRate({ poor: 100, poorExcluded: 29, nearPoor: 155, nearPoorExcluded: 6, households: 1784, householdsForNearPoor: 1807 });

  it('returns the numerator, the denominator and each part', () => {
    if (!r.ok) throw new Error(r.message.en);
    expect(r.numerator).toBe(220);
    expect(r.denominator).toBe(1784);
    expect(r.rate).toBeCloseTo(12.3318, 4);
    expect(r.parts.map((p) => [p.numerator, p.denominator])).toEqual([[71, 1784], [149, 1807]]);
    expect(r.parts[0]!.rate).toBeCloseTo(3.9798, 4);
    expect(r.parts[1]!.rate).toBeCloseTo(8.2457, 4);
  });

  it('flags that the two parts use different totals', () => {
    if (!r.ok) throw new Error(r.message.en);
    expect(r.denominatorMismatch).toBe(true);
    expect(r.warnings[0]!.vi).toContain('1.784');
    expect(r.warnings[0]!.vi).toContain('1.807');
  });

  it('names truncation when it explains the declared figure', () => {
    expect(checkDeclaredRate(3.97, 2, 71 / 1784 * 100)).toEqual({ agrees: false, truncated: true, expected: 3.98 });
    expect(checkDeclaredRate(8.24, 2, 149 / 1807 * 100)).toEqual({ agrees: false, truncated: true, expected: 8.25 });
    expect(checkDeclaredRate(3.98, 2, 71 / 1784 * 100)).toEqual({ agrees: true, how: 'rounded' });
    expect(checkDeclaredRate(12.21, 2, 220 / 1784 * 100)).toMatchObject({ agrees: false, truncated: false, expected: 12.33 });
  });
});

describe('rates and their errors', () => {
  it('a generic rate', () => {
    const r = rate(417, 910);
    expect(r.ok && r.rate).toBeCloseTo(45.824, 3);
  });

  it('explains what cannot be computed, in both languages', () => {
    for (const bad of [rate(1, 0), rate(-1, 5), rate(3, 5, 4), povertyRate({ poor: 10, nearPoor: 5, households: 0 }), povertyRate({ poor: 1, nearPoor: 5, households: 10, poorExcluded: 2 })]) {
      expect(bad.ok).toBe(false);
      if (!bad.ok) {
        expect(bad.message.vi.length).toBeGreaterThan(5);
        expect(bad.message.en.length).toBeGreaterThan(5);
      }
    }
  });

  it('rounds half away from zero and truncates without float noise', () => {
    expect(roundHalf(0.285, 2)).toBe(0.29);
    expect(roundHalf(2.675, 2)).toBe(2.68);
    expect(truncate(3.9798, 2)).toBe(3.97);
    expect(truncate(8.2457, 2)).toBe(8.24);
  });
});
