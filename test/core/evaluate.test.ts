import { describe, expect, it } from 'vitest';
import {
  classify, contextOf, evaluateCommune, evaluateIndicator, getPack, parseContext, packFromSheet, sheetFromRows, VERDICTS,
  type ResolvedContext,
} from '../../core/index.js';

const p318 = getPack('318')!;
const BTB = contextOf(p318, 'BTB');
const ev = (code: string, value: unknown, declared?: unknown, ctx: ResolvedContext = BTB, year?: number) =>
  evaluateIndicator(p318, { code, value: value as never, declared: declared as never }, ctx, year !== undefined ? { year } : {});

describe('indicator verdicts', () => {
  it('đạt and chưa đạt from the exact value against the level, with the margin', () => {
    const ok = ev('15.3', '18%');
    expect(ok).toMatchObject({ verdict: 'dat', basis: 'threshold', amount: 18, margin: 7 });
    const bad = ev('15.3', '26%');
    expect(bad).toMatchObject({ verdict: 'chua-dat', margin: -1 });
    // the level is exact: 25,0001% does not meet ≤ 25%
    expect(ev('15.3', '25,0001%').verdict).toBe('chua-dat');
    expect(ev('15.3', '25%').verdict).toBe('dat');
  });

  it('không đánh giá when the commune marks it so', () => {
    expect(ev('15.3', null, 'Không đánh giá')).toMatchObject({ verdict: 'khong-danh-gia', basis: 'declared' });
  });

  it('thiếu số liệu when there is neither a value nor a rating', () => {
    expect(ev('15.3', null)).toMatchObject({ verdict: 'thieu-so-lieu' });
  });

  it('chưa có ngưỡng, telling the user to supply it in the "Bộ tiêu chí" sheet', () => {
    const r = ev('12.2', '45%');
    expect(r.verdict).toBe('chua-co-nguong');
    expect(r.reason?.vi).toContain('Bộ tiêu chí');
    expect(r.reason?.en).toContain('Bộ tiêu chí');
  });

  it('lỗi for a value it cannot read, saying what it expected', () => {
    const r = ev('15.3', 'khoảng một phần tư');
    expect(r.verdict).toBe('loi');
    expect(r.reason?.vi).toContain('tỷ lệ');
    expect(ev('15.3', '#N/A').verdict).toBe('loi');
  });

  it('covers every verdict', () => {
    const seen = new Set([ev('15.3', '18%'), ev('15.3', '26%'), ev('15.3', null, 'KĐG'), ev('15.3', null), ev('12.2', '45%'), ev('15.3', 'abc')].map((r) => r.verdict));
    expect([...seen].sort()).toEqual([...VERDICTS].sort());
  });

  it('counts the self-rating where there is no threshold, and cross-checks it where there is', () => {
    expect(ev('12.2', '25,27%', 'Chưa đạt')).toMatchObject({ verdict: 'chua-dat', basis: 'declared' });
    const mismatch = ev('15.3', '26,5%', 'Đạt');
    expect(mismatch).toMatchObject({ verdict: 'chua-dat', mismatch: true });
    expect(mismatch.reason?.vi).toContain('Đạt');
    expect(ev('15.3', '20%', 'x')).toMatchObject({ verdict: 'dat' });
  });

  it('flags a value within rounding distance of its level', () => {
    expect(ev('11', '6,46%')).toMatchObject({ verdict: 'dat', near: true });
    expect(ev('11', '6,54%')).toMatchObject({ verdict: 'chua-dat', near: true });
    expect(ev('11', '6,5%').near).toBeUndefined();
    expect(ev('11', '5%').near).toBeUndefined();
  });

  it('reads a percent-cell fraction, and says when a plain 0–1 number was taken as one', () => {
    expect(evaluateIndicator(p318, { code: '15.3', value: 0.2546, format: 'percent' }, BTB)).toMatchObject({ amount: 25.46, verdict: 'chua-dat' });
    const r = evaluateIndicator(p318, { code: '15.3', value: 0.2 }, BTB);
    expect(r).toMatchObject({ amount: 20, verdict: 'dat', ambiguous: 'fraction-or-percent' });
  });

  it('applies the level of the region the rule sends the commune to', () => {
    const ctx = parseContext('BTB, ĐBKK', p318);
    if (!ctx.ok) throw new Error('context');
    const r = ev('15.3', '24,5%', undefined, ctx.context);
    expect(r).toMatchObject({ verdict: 'chua-dat', level: { value: 24 } });
    expect(r.notes.some((n) => n.vi.includes('TDMNPB'))).toBe(true);
    expect(ev('15.3', '24,5%').verdict).toBe('dat');
  });

  it('uses the described requirement only through the commune’s rating', () => {
    expect(ev('5', null, 'Đạt')).toMatchObject({ verdict: 'dat', basis: 'declared' });
    expect(ev('5', null).verdict).toBe('thieu-so-lieu');
  });

  it('asks for the year when the level is set per year', () => {
    const sheet = sheetFromRows('Bộ tiêu chí', [
      ['Kế thừa', 'vn-xa-ntm-2021-2025'],
      ['Mã', 'Nội dung chỉ tiêu', 'Đơn vị', 'Năm', 'BTB'],
      ['10.1', 'Thu nhập', 'triệu đồng/người/năm', 2024, '≥ 50 triệu'],
    ]);
    const pack = packFromSheet(sheet).pack!;
    const ctx = contextOf(pack, 'BTB');
    expect(evaluateIndicator(pack, { code: '10.1', value: '54,1 triệu' }, ctx, { year: 2024 })).toMatchObject({ verdict: 'dat', amount: 54.1 });
    expect(evaluateIndicator(pack, { code: '10.1', value: '54.100.000 đồng' }, ctx, { year: 2024 })).toMatchObject({ verdict: 'dat', amount: 54.1 });
    const noYear = evaluateIndicator(pack, { code: '10.1', value: '54,1 triệu' }, ctx);
    expect(noYear.verdict).toBe('chua-co-nguong');
    expect(noYear.reason?.vi).toContain('năm');
  });
});

describe('communes: criteria, counts and class', () => {
  // Cẩm Thành 2023 (seed 003): 8 criteria not met → 11/19
  const failing = new Set(['5', '6', '11', '12', '13', '15', '17', '19']);
  const criteria = p318.criteria.map((c) => ({ code: c.code, declared: failing.has(c.code) ? 'Chưa đạt' : 'Đạt' }));

  it('counts criteria met and classes the commune', () => {
    const r = evaluateCommune(p318, { indicators: [], criteria }, BTB);
    expect(r).toMatchObject({ criteriaMet: 11, criteriaTotal: 19, class: 'chua-dat', missing: 8 });
    expect(r.statusText.vi).toContain('11/19 tiêu chí');
    expect(r.statusText.vi).toContain('chưa đạt chuẩn');
  });

  it('a criterion is met when every indicator of it is', () => {
    const r = evaluateCommune(p318, {
      indicators: [
        { code: '15.1', declared: 'Đạt' }, { code: '15.2', declared: 'Đạt' }, { code: '15.3', value: '20%' }, { code: '15.4', value: '40%', declared: 'Chưa đạt' },
      ],
    }, BTB);
    expect(r.criteria.find((c) => c.code === '15')).toMatchObject({ verdict: 'chua-dat', indicatorsMet: 3, indicatorsEvaluated: 4 });
  });

  it('"cơ bản đạt chuẩn" is a setting (default 15), not law', () => {
    expect(classify(15, 19, 15).class).toBe('co-ban');
    expect(classify(15, 19, 16).class).toBe('chua-dat');
    expect(classify(19, 19, 15).class).toBe('dat-chuan');
    const only2 = p318.criteria.map((c) => ({ code: c.code, declared: ['13', '15'].includes(c.code) ? 'Chưa đạt' : 'Đạt' }));
    expect(evaluateCommune(p318, { indicators: [], criteria: only2 }, BTB, { basicAt: 18 }).class).toBe('chua-dat');
    expect(evaluateCommune(p318, { indicators: [], criteria: only2 }, BTB).class).toBe('co-ban');
  });

  it('a criterion not assessed counts as met by default, or shrinks the total when set so', () => {
    const withNA = p318.criteria.map((c) => ({ code: c.code, declared: c.code === '7' ? 'Không đánh giá' : 'Đạt' }));
    expect(evaluateCommune(p318, { indicators: [], criteria: withNA }, BTB)).toMatchObject({ criteriaMet: 19, class: 'dat-chuan' });
    expect(evaluateCommune(p318, { indicators: [], criteria: withNA }, BTB, { notAssessed: 'excluded' })).toMatchObject({ criteriaMet: 18, criteriaTotal: 18, class: 'dat-chuan' });
  });

  it('accepts and counts a commune’s own codes where the set’s list is partial (2026-2030)', () => {
    const p51 = getPack('2026-2030')!;
    const r = evaluateCommune(p51, { indicators: [{ code: '2.1', declared: 'Đạt' }, { code: '2.2', declared: 'Chưa đạt' }, { code: '11.1', declared: 'Đạt' }] }, contextOf(p51, 'nhom-2'));
    expect(r.indicatorsMet).toBe(2);
    expect(r.indicatorsTotal).toBe(47);
    expect(r.criteria.find((c) => c.code === '2')?.verdict).toBe('chua-dat');
    expect(r.unknownCodes).toEqual(['11.1']);
  });
});
