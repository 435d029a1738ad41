import { regionOf, REGION_LABEL } from '../../communes/index.js';
import { defineFunction, fail } from '../framework.js';

/**
 * @name REGION
 * @summary The 2021-2025 region of a province or commune (after the 2025 reform).
 *
 * @description
 * The region whose levels apply under 318/QĐ-TTg, from the provinces before 1/7/2025 that the
 * province was formed from. A province formed from provinces of different regions (Phú Thọ =
 * Vĩnh Phúc + Hòa Bình + Phú Thọ) or Quảng Ninh (the sources disagree) is an error that asks
 * for the region. Accepts province names, codes, and commune names or codes.
 *
 * @example
 * REGION("Thanh Hóa") //=> "BTB"
 * REGION("thanh hoa") //=> "BTB"
 * REGION("Cần Thơ") //=> "ĐBSCL"
 * REGION("Quảng Ninh") //=> #VALUE! "Quảng Ninh được xếp vùng khác nhau giữa các nguồn (TDMNPB hoặc ĐBSH): hãy cho biết vùng."
 */
export const REGION = defineFunction({
  id: 'REGION',
  description: {
    vi: 'Vùng (bộ 2021-2025) của một tỉnh hoặc xã sau sắp xếp 2025: TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL.',
    en: 'The 2021-2025 region of a province or commune after the 2025 reform: TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL.',
  },
  parameters: [
    {
      name: { vi: 'tỉnh_hoặc_xã', en: 'province_or_commune' },
      description: { vi: 'Tên hoặc mã tỉnh, tên hoặc mã xã (một ô hoặc một cột)', en: 'Province name or code, commune name or code (one cell or a column)' },
      kind: 'scalar', type: 'string', broadcast: true,
    },
  ],
  result: { dimensionality: 'scalar', type: 'string' },
  examples: [
    { args: ['Thanh Hóa'], result: 'BTB' },
    { args: ['thanh hoa'], result: 'BTB' },
    { args: ['Cần Thơ'], result: 'ĐBSCL' },
    { args: ['Quảng Ninh'], result: { error: '#VALUE!', vi: 'Quảng Ninh được xếp vùng khác nhau giữa các nguồn (TDMNPB hoặc ĐBSH): hãy cho biết vùng.' } },
  ],
  implementation(place) {
    const r = regionOf(place);
    if (!r.ok) return fail(r.message);
    return REGION_LABEL[r.region] ?? r.region;
  },
});
