import { classify } from '../../evaluate/commune.js';
import { DEFAULT_SETTINGS } from '../../evaluate/commune.js';
import { DEFAULT_PACK_ID, getPack } from '../../packs/registry.js';
import { defineFunction, failWith } from '../framework.js';

function wholeNumber(fn: string, param: { vi: string; en: string }, n: number): number {
  if (!Number.isInteger(n)) return failWith('fn.error.not-integer', { fn, param, value: n });
  if (n < 0) return failWith('fn.error.negative', { fn, param, value: n });
  return n;
}

const MET = { vi: 'số_tiêu_chí_đạt', en: 'criteria_met' };
const TOTAL = { vi: 'tổng_số_tiêu_chí', en: 'total' };
const BASIC = { vi: 'cơ_bản_từ', en: 'basic_at' };

/**
 * @name CLASS
 * @summary The class of a commune from its count of criteria met.
 *
 * @description
 * "Đạt chuẩn" when every criterion is met; "Cơ bản đạt chuẩn" from `basic_at` criteria (15 by
 * default: local usage, as in the seed plans, not law); otherwise "Chưa đạt chuẩn", each with
 * the number of criteria still missing. The total defaults to the 19 criteria of the 2021-2025
 * set (10 for 2026-2030).
 *
 * @example
 * CLASS(19) //=> "Đạt chuẩn"
 * CLASS(17) //=> "Cơ bản đạt chuẩn (còn thiếu 2 tiêu chí)"
 * CLASS(11) //=> "Chưa đạt chuẩn (còn thiếu 8 tiêu chí)"
 * CLASS(8, 10) //=> "Chưa đạt chuẩn (còn thiếu 2 tiêu chí)"
 * CLASS(17, 19, 18) //=> "Chưa đạt chuẩn (còn thiếu 2 tiêu chí)"
 * CLASS(20) //=> #VALUE! "Số tiêu chí đạt (20) phải từ 0 đến 19."
 */
export const CLASS = defineFunction({
  id: 'CLASS',
  description: {
    vi: 'Xếp loại xã theo số tiêu chí đạt: Đạt chuẩn, Cơ bản đạt chuẩn (từ 15 tiêu chí, theo thông lệ địa phương), Chưa đạt chuẩn.',
    en: 'The commune\'s class from its criteria met: Đạt chuẩn (meets the standard), Cơ bản đạt chuẩn (from 15 criteria, local usage), Chưa đạt chuẩn.',
  },
  parameters: [
    { name: MET, description: { vi: 'Số tiêu chí xã đạt (một ô hoặc một cột)', en: 'Criteria the commune meets (one cell or a column)' }, kind: 'scalar', type: 'number', broadcast: true },
    { name: TOTAL, description: { vi: 'Tổng số tiêu chí của bộ (mặc định 19)', en: 'Criteria in the set (default 19)' }, kind: 'scalar', type: 'number', optional: true },
    { name: BASIC, description: { vi: '"Cơ bản đạt chuẩn" từ bao nhiêu tiêu chí (mặc định 15)', en: '"Cơ bản đạt chuẩn" from how many criteria (default 15)' }, kind: 'scalar', type: 'number', optional: true },
  ],
  result: { dimensionality: 'scalar', type: 'string' },
  examples: [
    { args: [19], result: 'Đạt chuẩn' },
    { args: [17], result: 'Cơ bản đạt chuẩn (còn thiếu 2 tiêu chí)' },
    { args: [11], result: 'Chưa đạt chuẩn (còn thiếu 8 tiêu chí)' },
    { args: [8, 10], result: 'Chưa đạt chuẩn (còn thiếu 2 tiêu chí)' },
    { args: [17, 19, 18], result: 'Chưa đạt chuẩn (còn thiếu 2 tiêu chí)' },
    { args: [20], result: { error: '#VALUE!', vi: 'Số tiêu chí đạt (20) phải từ 0 đến 19.' } },
  ],
  implementation(met, total, basicAt) {
    const t = total === undefined ? getPack(DEFAULT_PACK_ID)!.totals?.criteria ?? 19 : wholeNumber('CLASS', TOTAL, total);
    const b = basicAt === undefined ? DEFAULT_SETTINGS.basicAt : wholeNumber('CLASS', BASIC, basicAt);
    const m = wholeNumber('CLASS', MET, met);
    if (m > t) return failWith('fn.error.class-range', { met: m, total: t });
    return classify(m, t, b).text;
  },
});
