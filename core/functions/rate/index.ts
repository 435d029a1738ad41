import { rate } from '../../rates/index.js';
import { defineFunction, fail } from '../framework.js';

/**
 * @name RATE
 * @summary numerator / denominator, as a fraction to format as a percentage.
 *
 * @description
 * A rate with the checks a report needs: a zero or negative denominator is an error, not
 * #DIV/0!. The answer is a fraction (417/910 → 0,4582…): format the cell as a percentage.
 * Columns give a column of rates.
 *
 * @example
 * RATE(417, 910) //=> 0.4582417582417582
 * RATE(5, 0) //=> #VALUE! "Mẫu số bằng 0: không tính được tỷ lệ."
 * RATE(-1, 10) //=> #VALUE! "Số âm không hợp lệ cho tử số / numerator."
 */
export const RATE = defineFunction({
  id: 'RATE',
  description: {
    vi: 'Tỷ lệ = tử số / mẫu số, báo lỗi rõ khi mẫu số bằng 0 hoặc số âm; kết quả là phân số, định dạng ô phần trăm.',
    en: 'Rate = numerator / denominator, with a clear error for a zero denominator or a negative number; a fraction, format the cell as a percentage.',
  },
  parameters: [
    { name: { vi: 'tử_số', en: 'numerator' }, description: { vi: 'Tử số (một ô hoặc một cột)', en: 'Numerator (one cell or a column)' }, kind: 'scalar', type: 'number', broadcast: true },
    { name: { vi: 'mẫu_số', en: 'denominator' }, description: { vi: 'Mẫu số (một ô hoặc một cột)', en: 'Denominator (one cell or a column)' }, kind: 'scalar', type: 'number', broadcast: true },
  ],
  result: { dimensionality: 'scalar', type: 'number' },
  examples: [
    { args: [417, 910], result: 0.4582417582417582 },
    { args: [5, 0], result: { error: '#VALUE!', vi: 'Mẫu số bằng 0: không tính được tỷ lệ.' } },
    { args: [-1, 10], result: { error: '#VALUE!', vi: 'Số âm không hợp lệ cho tử số / numerator.' } },
  ],
  implementation(numerator, denominator) {
    const r = rate(numerator, denominator);
    if (!r.ok) return fail(r.message);
    return r.numerator / r.denominator;
  },
});
