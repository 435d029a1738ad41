import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLevel, parseThreshold, type Level } from '../../core/index.js';

describe('parseThreshold: levels as offices write them', () => {
  it.each<[string, Partial<Level>]>([
    ['≥70%', { op: '>=', value: 70, unit: '%' }],
    ['≥ 70 %', { op: '>=', value: 70, unit: '%' }],
    ['>= 70%', { op: '>=', value: 70, unit: '%' }],
    ['100%', { op: '>=', value: 100, unit: '%', implicit: true }],
    ['≤24%', { op: '<=', value: 24, unit: '%' }],
    ['≤6,5', { op: '<=', value: 6.5 }],
    ['từ 80% trở lên', { op: '>=', value: 80, unit: '%' }],
    ['tu 80% tro len', { op: '>=', value: 80, unit: '%' }],
    ['dưới 6,5%', { op: '<', value: 6.5, unit: '%' }],
    ['không quá 6,5%', { op: '<=', value: 6.5, unit: '%' }],
    ['trên 95%', { op: '>', value: 95, unit: '%' }],
    ['Đạt', { op: 'dat' }],
    ['Có', { op: 'co' }],
    ['Không', { op: 'khong' }],
    ['≥2 m²/người', { op: '>=', value: 2, unit: 'm²/người' }],
    ['≥ 54,1 triệu đồng/người/năm', { op: '>=', value: 54.1, unit: 'triệu đồng/người/năm' }],
  ])('%s', (text, level) => {
    const r = parseThreshold(text);
    expect(r?.ok).toBe(true);
    if (r?.ok) expect(r.level).toMatchObject(level);
  });

  it('treats blank and "?" as unknown, and words it cannot compare as a described requirement', () => {
    expect(parseThreshold('')).toBeNull();
    expect(parseThreshold('?')).toBeNull();
    expect(parseThreshold('100% trường đạt chuẩn tối thiểu')).toMatchObject({ ok: true, level: { op: 'text' } });
    expect(parseThreshold('≥ ###')).toMatchObject({ ok: true, level: { op: 'text' } });
    expect(parseThreshold('12//3')).toMatchObject({ ok: false });
  });

  it('writes levels the Vietnamese way and reads them back (property)', () => {
    const op = fc.constantFrom<'>=' | '<=' | '>' | '<'>('>=', '<=', '>', '<');
    fc.assert(fc.property(op, fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom('%', 'm²/người', undefined), (o, n, d, unit) => {
      const value = n / 10 ** d;
      const level: Level = { op: o, value, ...(unit ? { unit } : {}) };
      const back = parseThreshold(formatLevel(level, 'vi'));
      expect(back?.ok).toBe(true);
      if (back?.ok) {
        expect(back.level.op).toBe(o);
        expect(back.level.value).toBeCloseTo(value, 8);
        expect(back.level.unit).toBe(unit);
      }
    }));
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => {
      parseThreshold(s);
    }));
  });

  it('formats levels for both languages', () => {
    expect(formatLevel({ op: '<=', value: 26.5, unit: '%' })).toBe('≤ 26,5%');
    expect(formatLevel({ op: '<=', value: 26.5, unit: '%' }, 'en')).toBe('≤ 26.5%');
    expect(formatLevel({ op: 'dat' })).toBe('Đạt');
  });
});
