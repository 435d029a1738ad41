import { message } from '../../messages/index.js';
import type { IndicatorResult } from '../../evaluate/indicator.js';
import { formatNumber } from '../../text/format.js';
import { parsedToText } from '../../values/index.js';
import { assessCommune, COMMUNE_PARAMS } from '../assess.js';
import { defineFunction } from '../framework.js';
import { bi } from '../shared.js';
import type { OutScalar } from '../types.js';

/** The value as read: a rate as a percentage (a 0,275 fraction shows 27,5%), else as written. */
function shown(i: IndicatorResult): OutScalar {
  if (i.amount === undefined) return parsedToText(i.value);
  const amount = i.amount;
  const pct = i.level?.unit === '%' || (i.value.kind === 'number' && i.value.percent);
  const f = (lang: 'vi' | 'en') => formatNumber(amount, lang) + (pct ? '%' : '');
  return { vi: f('vi'), en: f('en') };
}

function gap(margin: number | undefined): number | '' {
  if (margin === undefined || margin >= 0) return '';
  return Number((-margin).toPrecision(12));
}

/**
 * @name UNMET
 * @summary The indicators not met, one row each, with the distance to their level.
 *
 * @description
 * Evaluates the commune as STATUS does and spills the indicators whose verdict is "Chưa đạt",
 * in the order of the table, in five columns: code, value as written, required level, the gap
 * (in the indicator's unit: percentage points for a rate; blank for a met/not-met indicator),
 * and the indicator's wording when the set knows it. With none unmet, one cell says so.
 *
 * @example
 * UNMET(A2:A4, B2:B4, "BTB") //=> [["15.3","27,5%","≤ 25%",2.5,"Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)"],["11","12,21%","≤ 6,5%",5.71,"Tỷ lệ nghèo đa chiều giai đoạn 2021-2025"]]
 * UNMET(A2, B2, "BTB") //=> [["Không có chỉ tiêu chưa đạt"]]
 */
export const UNMET = defineFunction({
  id: 'UNMET',
  description: {
    vi: 'Các chỉ tiêu chưa đạt, mỗi chỉ tiêu một dòng: mã, giá trị, mức yêu cầu, khoảng cách còn thiếu, nội dung chỉ tiêu.',
    en: 'The indicators not met, one row each: code, value, required level, the gap to it, the indicator\'s wording.',
  },
  parameters: COMMUNE_PARAMS,
  result: { dimensionality: 'matrix', type: 'any' },
  examples: [
    {
      args: [{ ref: 'A2:A4', values: [['15.3'], ['3.1'], ['11']] }, { ref: 'B2:B4', values: [[0.275], [0.85], ['12,21%']] }, 'BTB'],
      result: [
        ['15.3', '27,5%', '≤ 25%', 2.5, 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)'],
        ['11', '12,21%', '≤ 6,5%', 5.71, 'Tỷ lệ nghèo đa chiều giai đoạn 2021-2025'],
      ],
      note: { vi: '3.1 (85% ≥ 80%) đạt nên không có trong danh sách; khoảng cách tính bằng điểm phần trăm.', en: '3.1 (85% ≥ 80%) is met, so it is not listed; gaps are in percentage points.' },
    },
    { args: [{ ref: 'A2', values: [['15.3']] }, { ref: 'B2', values: [[0.2]] }, 'BTB'], result: [['Không có chỉ tiêu chưa đạt']] },
  ],
  implementation(codes, values, context, year, set) {
    const r = assessCommune('UNMET', codes, values, context, year, set);
    const rows = r.indicators.filter((i) => i.verdict === 'chua-dat').map((i): OutScalar[] => {
      const wording = r.packData.indicators.find((x) => x.code === i.code)?.wording;
      return [i.code, shown(i), i.levelText ?? '', gap(i.margin), wording ? bi(wording) : ''];
    });
    return rows.length > 0 ? rows : [[message('fn.unmet.none')]];
  },
});
