import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, parseCell, readDeadline, readNumber, fromExcelSerial, toExcelSerial } from '../../core/index.js';

describe('readNumber: numbers as Vietnamese offices type them', () => {
  it.each([
    ['1.784', 1784, 0],
    ['3,97', 3.97, 2],
    ['0,85', 0.85, 2],
    ['1.234.567', 1234567, 0],
    ['1.784,5', 1784.5, 1],
    ['1,784.5', 1784.5, 1],
    ['1,234,567', 1234567, 0],
    ['3.97', 3.97, 2],
    ['0.125', 0.125, 3],
    ['1 784', 1784, 0],
    ['-2,5', -2.5, 1],
  ])('%s → %d', (text, value, decimals) => {
    const r = readNumber(text);
    expect(r?.value).toBeCloseTo(value, 10);
    expect(r?.decimals).toBe(decimals);
    expect(r?.ambiguous).toBeUndefined();
  });

  it('reads "1,234" with the Vietnamese decimal comma and flags it', () => {
    expect(readNumber('1,234')).toEqual({ value: 1.234, decimals: 3, ambiguous: 'separator' });
  });

  it.each(['', 'abc', '1..2', '1,2,3', '12 3', '1.', ',5', '1.23.4'])('rejects %j', (t) => {
    expect(readNumber(t)).toBeNull();
  });

  it('reads back every number it writes in Vietnamese (property)', () => {
    fc.assert(fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
      const x = n / 10 ** d;
      const text = formatNumber(x, 'vi', d, true);
      const r = readNumber(text);
      // "1,234" (one to three digits, comma, three decimals) is the documented ambiguity
      expect(r).not.toBeNull();
      expect(r!.value).toBeCloseTo(x, 8);
    }));
  });

  it('never throws on any text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => {
      readNumber(s);
    }));
  });
});

describe('parseCell: one cell as the user typed it', () => {
  it('reads percentages written with a sign, in Vietnamese', () => {
    expect(parseCell('3,97%')).toMatchObject({ kind: 'number', value: 3.97, percent: true, decimals: 2 });
    expect(parseCell('85 %')).toMatchObject({ kind: 'number', value: 85, percent: true });
  });

  it('reads a percent cell (a fraction) as percent points', () => {
    expect(parseCell(0.85, 'percent')).toMatchObject({ kind: 'number', value: 85, percent: true });
  });

  it('takes a number between 0 and 1 from a cell of unknown format as a fraction, and flags it', () => {
    expect(parseCell(0.85)).toMatchObject({ kind: 'number', value: 0.85, ambiguous: 'fraction-or-percent' });
    expect(parseCell(0.85, 'general')).not.toHaveProperty('ambiguous');
  });

  it('reads households with a thousands dot, money with its unit, and fractions', () => {
    expect(parseCell('1.784')).toMatchObject({ kind: 'number', value: 1784 });
    expect(parseCell('54,1 triệu')).toMatchObject({ kind: 'number', value: 54.1, unit: 'triệu' });
    expect(parseCell('54,1 tr.đ/người/năm')).toMatchObject({ kind: 'number', value: 54.1, unit: 'triệu' });
    const f = parseCell('417/910');
    expect(f).toMatchObject({ kind: 'number', percent: true, fraction: { numerator: 417, denominator: 910 } });
    expect(f.kind === 'number' && f.value).toBeCloseTo(45.824, 3);
  });

  it('reads ratings, ticks, yes and no with or without diacritics', () => {
    expect(parseCell('Đạt')).toMatchObject({ kind: 'rating', value: 'dat' });
    expect(parseCell('dat')).toMatchObject({ kind: 'rating', value: 'dat' });
    expect(parseCell('Chưa đạt')).toMatchObject({ kind: 'rating', value: 'chua-dat' });
    expect(parseCell('CHUA DAT')).toMatchObject({ kind: 'rating', value: 'chua-dat' });
    expect(parseCell('Không đánh giá')).toMatchObject({ kind: 'rating', value: 'khong-danh-gia' });
    expect(parseCell('x')).toMatchObject({ kind: 'yesno', value: true, tick: true });
    expect(parseCell('Có')).toMatchObject({ kind: 'yesno', value: true, tick: false });
    expect(parseCell('Không')).toMatchObject({ kind: 'yesno', value: false });
  });

  it('gives blanks, host errors and dates their own kinds', () => {
    expect(parseCell(null)).toEqual({ kind: 'blank' });
    expect(parseCell('   ')).toEqual({ kind: 'blank' });
    expect(parseCell('#N/A')).toMatchObject({ kind: 'error', reason: 'host-error' });
    expect(parseCell({ error: '#DIV/0!' })).toMatchObject({ kind: 'error', reason: 'host-error', raw: '#DIV/0!' });
    expect(parseCell(new Date(2024, 5, 30))).toMatchObject({ kind: 'date', value: { y: 2024, m: 6, d: 30 } });
    expect(parseCell(45473, 'date')).toMatchObject({ kind: 'date', value: { y: 2024, m: 6, d: 30 } });
    expect(parseCell('30/6/2024')).toMatchObject({ kind: 'date', value: { y: 2024, m: 6, d: 30 } });
  });

  it('keeps text it cannot read as text, never throwing (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.date()), (v) => {
      const p = parseCell(v as never);
      expect(['blank', 'number', 'rating', 'yesno', 'date', 'text', 'error']).toContain(p.kind);
    }));
  });
});

describe('dates and deadlines', () => {
  it('converts Excel serials both ways, with the 1900 leap-year bug', () => {
    expect(fromExcelSerial(1)).toEqual({ y: 1900, m: 1, d: 1 });
    expect(fromExcelSerial(61)).toEqual({ y: 1900, m: 3, d: 1 });
    expect(fromExcelSerial(45473)).toEqual({ y: 2024, m: 6, d: 30 });
    fc.assert(fc.property(fc.integer({ min: 61, max: 70000 }), (n) => {
      expect(toExcelSerial(fromExcelSerial(n)!)).toBe(n);
    }));
  });

  it.each([
    ['30/6/2024', { y: 2024, m: 6, d: 30 }, 'day'],
    ['trước ngày 05/4/2024', { y: 2024, m: 4, d: 5 }, 'day'],
    ['Quý II/2024', { y: 2024, m: 6, d: 30 }, 'quarter'],
    ['Quý IV/2024', { y: 2024, m: 12, d: 31 }, 'quarter'],
    ['tháng 8/2024', { y: 2024, m: 8, d: 31 }, 'month'],
    ['hết tháng 8/2024', { y: 2024, m: 8, d: 31 }, 'month'],
    ['tháng 9-10/2024', { y: 2024, m: 10, d: 31 }, 'month'],
    ['Năm 2024', { y: 2024, m: 12, d: 31 }, 'year'],
    ['2024-02-29', { y: 2024, m: 2, d: 29 }, 'day'],
  ])('deadline %s', (text, end, precision) => {
    expect(readDeadline(text)).toMatchObject({ end, precision });
  });

  it.each(['Quý II, III, IV', '31/2/2024', 'tháng 13/2024', 'sớm', 'Quý V/2024'])('rejects %j', (t) => {
    expect(readDeadline(t)).toBeNull();
  });
});
