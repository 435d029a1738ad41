import { povertyRate } from '../../rates/index.js';
import { defineFunction, fail } from '../framework.js';

const count = (vi: string, en: string, dvi: string, den: string, optional = false) => ({
  name: { vi, en }, description: { vi: dvi, en: den }, kind: 'scalar', type: 'number', broadcast: true, ...(optional ? { optional: true } : {}),
} as const);

/**
 * @name POVERTY
 * @summary The multidimensional poverty rate: (poor + near-poor − exclusions) / households.
 *
 * @description
 * Poor and near-poor households, less the households the sheet excludes, over the total
 * households: one denominator for both parts (dividing them by two totals, as some plans do, is
 * the mistake this function avoids). The answer is a fraction, as spreadsheets keep rates:
 * format the cell as a percentage (0,1233 shows 12,33%); CHECK reads it back as such. Columns
 * of communes give a column of rates.
 *
 * @example
 * POVERTY(100, 155, 1784, 29, 6) //=> 0.12331838565022421
 * POVERTY(71, 149, 1784) //=> 0.12331838565022421
 * POVERTY(10, 5, 0) //=> #VALUE! "Mẫu số bằng 0: không tính được tỷ lệ."
 */
export const POVERTY = defineFunction({
  id: 'POVERTY',
  description: {
    vi: 'Tỷ lệ nghèo đa chiều = (hộ nghèo + hộ cận nghèo − số hộ loại trừ) / tổng số hộ, cùng một mẫu số; kết quả là phân số, định dạng ô phần trăm.',
    en: 'Multidimensional poverty rate = (poor + near-poor − excluded households) / households, over one denominator; a fraction, format the cell as a percentage.',
  },
  parameters: [
    count('hộ_nghèo', 'poor', 'Số hộ nghèo', 'Poor households'),
    count('hộ_cận_nghèo', 'near_poor', 'Số hộ cận nghèo', 'Near-poor households'),
    count('tổng_số_hộ', 'households', 'Tổng số hộ của xã', 'Households of the commune'),
    count('hộ_nghèo_loại_trừ', 'poor_excluded', 'Số hộ nghèo được loại trừ (nếu có)', 'Poor households excluded (if any)', true),
    count('hộ_cận_nghèo_loại_trừ', 'near_poor_excluded', 'Số hộ cận nghèo được loại trừ (nếu có)', 'Near-poor households excluded (if any)', true),
  ],
  result: { dimensionality: 'scalar', type: 'number' },
  examples: [
    { args: [100, 155, 1784, 29, 6], result: 0.12331838565022421, note: { vi: 'Xã Cẩm Thành 2023: (71 + 149) / 1.784 = 12,33%.', en: 'Cẩm Thành 2023: (71 + 149) / 1,784 = 12.33%.' } },
    { args: [71, 149, 1784], result: 0.12331838565022421 },
    { args: [10, 5, 0], result: { error: '#VALUE!', vi: 'Mẫu số bằng 0: không tính được tỷ lệ.' } },
  ],
  implementation(poor, nearPoor, households, poorExcluded, nearPoorExcluded) {
    const r = povertyRate({
      poor, nearPoor, households,
      ...(poorExcluded === undefined ? {} : { poorExcluded }),
      ...(nearPoorExcluded === undefined ? {} : { nearPoorExcluded }),
    });
    if (!r.ok) return fail(r.message);
    return r.numerator / r.denominator;
  },
});
