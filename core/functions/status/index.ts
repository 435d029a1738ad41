import { message, type Bilingual } from '../../messages/index.js';
import { assessCommune, COMMUNE_PARAMS } from '../assess.js';
import { defineFunction } from '../framework.js';

/**
 * @name STATUS
 * @summary The commune's line: criteria met, indicators met, class, and what the count rests on.
 *
 * @description
 * Evaluates every indicator of the commune (a range of codes and the range of their values),
 * then every criterion, and writes the line reports use: "11/19 tiêu chí, 47/57 chỉ tiêu —
 * chưa đạt chuẩn (còn thiếu 8 tiêu chí)". The criteria set may not know every indicator (the
 * built-in 2021-2025 set knows 18 of the 57): an indicator it has no level for counts by the
 * commune's own rating ("Đạt" in the value cell), so the line ends by saying how many indicators
 * were compared with a level, how many rest on the commune's rating and how many are undecided.
 * A criterion is met when every indicator the table gives for it is met; a criterion the table
 * gives no indicator for is not met.
 *
 * @example
 * STATUS(A2:A4, B2:B4, "BTB") //=> "0/19 tiêu chí, 2/57 chỉ tiêu — chưa đạt chuẩn (còn thiếu 19 tiêu chí); 1 chỉ tiêu so với ngưỡng, 1 theo tự đánh giá của xã, 1 chưa có kết luận"
 * STATUS(A2:A3, B2:B4, "BTB") //=> #VALUE! "Hàm STATUS: các_mã có 2 ô nhưng các_giá_trị có 3 ô; hai vùng phải dài bằng nhau."
 */
export const STATUS = defineFunction({
  id: 'STATUS',
  description: {
    vi: 'Dòng kết quả của xã: số tiêu chí đạt, số chỉ tiêu đạt, xếp loại, và bao nhiêu chỉ tiêu so với ngưỡng, bao nhiêu theo tự đánh giá.',
    en: 'The commune\'s line: criteria met, indicators met, class, and how many indicators were compared with a level and how many rest on the commune\'s own rating.',
  },
  parameters: COMMUNE_PARAMS,
  result: { dimensionality: 'scalar', type: 'string' },
  examples: [
    {
      args: [{ ref: 'A2:A4', values: [['15.3'], ['3.2'], ['4.2']] }, { ref: 'B2:B4', values: [[0.23], ['Đạt'], [0.99]] }, 'BTB'],
      result: '0/19 tiêu chí, 2/57 chỉ tiêu — chưa đạt chuẩn (còn thiếu 19 tiêu chí); 1 chỉ tiêu so với ngưỡng, 1 theo tự đánh giá của xã, 1 chưa có kết luận',
      note: {
        vi: 'Chỉ tiêu 15.3 đạt theo ngưỡng, 3.2 theo tự đánh giá, 4.2 chưa có ngưỡng; tiêu chí 3 và 15 còn thiếu chỉ tiêu trong bảng nên chưa đạt.',
        en: '15.3 met against its level, 3.2 by self-rating, 4.2 has no level; criteria 3 and 15 lack indicators in the table, so they are not met.',
      },
    },
    {
      args: [{ ref: 'A2:A3', values: [['15.3'], ['3.2']] }, { ref: 'B2:B4', values: [[0.23], ['Đạt'], [0.99]] }, 'BTB'],
      result: { error: '#VALUE!', vi: 'Hàm STATUS: các_mã có 2 ô nhưng các_giá_trị có 3 ô; hai vùng phải dài bằng nhau.' },
    },
  ],
  implementation(codes, values, context, year, set) {
    const r = assessCommune('STATUS', codes, values, context, year, set);
    const threshold = r.indicators.filter((i) => i.basis === 'threshold').length;
    const declared = r.indicators.filter((i) => i.basis === 'declared').length;
    const undecided = r.indicators.filter((i) => i.verdict === 'thieu-so-lieu' || i.verdict === 'chua-co-nguong' || i.verdict === 'loi').length;
    const basis = message('fn.status.basis', { threshold, declared, undecided });
    const line = (lang: keyof Bilingual) => `${r.statusText[lang]}; ${basis[lang]}`;
    return { vi: line('vi'), en: line('en') };
  },
});
