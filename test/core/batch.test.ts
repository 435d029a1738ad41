import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlan, contextOf, evaluateCommune, getPack, packFromSheet, sheetFromRows, VERDICT_CODES, type CellFormat, type CellValue } from '../../core/index.js';

const p318 = getPack('318')!;
const office = packFromSheet(sheetFromRows('Bộ tiêu chí', [
  ['Kế thừa', 'vn-xa-ntm-2021-2025'],
  ['Mã', 'Nội dung chỉ tiêu', 'Đơn vị', 'BTB', 'TDMNPB'],
  ['12.2', 'Lao động có bằng cấp', '%', '≥ 30%', '≥ 25%'],
  ['10.1', 'Thu nhập', 'triệu đồng/người/năm', '≥ 50 triệu', null],
  ['6.2', 'Điểm vui chơi', null, 'Đạt', 'Đạt'],
])).pack!;

const value = fc.oneof(
  fc.double({ min: -1, max: 150, noNaN: true }), fc.constantFrom(0, 1, 0.5, 0.25, 0.065, 6.5, 25, 80),
  fc.constantFrom('18%', '25%', '25,4%', '6,46%', '0,3', '417/910', '54,1 triệu', '54.100.000 đồng', 'Đạt', 'Chưa đạt', 'Không đánh giá', 'x', 'Có', 'Không', '#N/A', 'abc', '', '  '),
  fc.constant(null), fc.boolean(),
) as fc.Arbitrary<CellValue>;
const declared = fc.constantFrom<CellValue>(null, 'Đạt', 'Chưa đạt', 'Không đánh giá', 'x', 'dat', '???');
const format = fc.constantFrom<CellFormat>(undefined, 'percent', 'general', 'text');

describe('the compiled batch evaluator agrees with evaluateCommune', () => {
  for (const [name, pack] of [['318', p318], ['office sheet', office]] as const) {
    it(`same verdicts, criteria and counts (${name}, property)`, () => {
      const codes = [...pack.indicators.map((i) => i.code), '2.1', '7.3', '25.1'];
      fc.assert(fc.property(
        fc.constantFrom('TDMNPB', 'BTB', 'DBSH', 'DBSCL'),
        fc.array(fc.tuple(value, declared, format), { minLength: codes.length, maxLength: codes.length }),
        fc.constantFrom<'met' | 'excluded'>('met', 'excluded'),
        (region, cells, notAssessed) => {
          const ctx = contextOf(pack, region);
          const plan = compilePlan(pack, ctx, codes, { notAssessed });
          const got = plan.run(cells.map((c) => c[0]), cells.map((c) => c[1]), cells.map((c) => c[2]));
          const want = evaluateCommune(pack, { indicators: codes.map((code, k) => ({ code, value: cells[k]![0], declared: cells[k]![1], ...(cells[k]![2] !== undefined ? { format: cells[k]![2] } : {}) })) }, ctx, { notAssessed });
          expect([...got.verdicts].map((v) => VERDICT_CODES[v])).toEqual(want.indicators.map((r) => r.verdict));
          expect([...got.criteria].map((v) => VERDICT_CODES[v])).toEqual(want.criteria.map((c) => c.verdict));
          expect([got.criteriaMet, got.criteriaTotal, got.indicatorsMet, got.indicatorsTotal, got.class])
            .toEqual([want.criteriaMet, want.criteriaTotal, want.indicatorsMet, want.indicatorsTotal, want.class]);
          // the counts-only path agrees too
          const counted = plan.count(cells.map((c) => c[0]), cells.map((c) => c[1]), cells.map((c) => c[2]));
          expect(counted).toEqual({ criteriaMet: want.criteriaMet, criteriaTotal: want.criteriaTotal, indicatorsMet: want.indicatorsMet, indicatorsTotal: want.indicatorsTotal, class: want.class });
        },
      ), { numRuns: 300 });
    });
  }
});
