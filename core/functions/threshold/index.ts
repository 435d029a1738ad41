import { findIndicator, levelFor } from '../../packs/levels.js';
import { formatLevel } from '../../thresholds/index.js';
import { defineFunction, failWith } from '../framework.js';
import { codeArg, contextArg, ensurePlaced, P, packArg, yearArg } from '../shared.js';

/**
 * @name THRESHOLD
 * @summary The level an indicator requires, as text ("≤ 26,5%").
 *
 * @description
 * The level of the criteria set for the commune's region or group (after the rules that send
 * some communes to another region's level), written the way documents write it. A level the set
 * does not know is an error saying so: the office enters it in its "Bộ tiêu chí" sheet and
 * passes that range as the last argument.
 *
 * @example
 * THRESHOLD("15.3", "TN") //=> "≤ 26,5%"
 * THRESHOLD("15.3", "Bắc Trung Bộ") //=> "≤ 25%"
 * THRESHOLD("3.1", "ĐBSCL") //=> "≥ 80%"
 * THRESHOLD(A2:A3, "TDMNPB") //=> [["≤ 24%"],["≥ 50%"]]
 * THRESHOLD("4.2", "BTB") //=> #VALUE! "Chưa có ngưỡng cho chỉ tiêu 4.2 ở BTB. Nhập mức yêu cầu vào sheet "Bộ tiêu chí" của tệp."
 */
export const THRESHOLD = defineFunction({
  id: 'THRESHOLD',
  description: {
    vi: 'Mức yêu cầu của một chỉ tiêu cho vùng/nhóm xã, dạng chữ như "≤ 26,5%". Báo lỗi khi bộ tiêu chí chưa có mức này.',
    en: 'The level an indicator requires for the region or commune group, as text such as "≤ 26,5%". An error when the criteria set does not know it.',
  },
  parameters: [P.code, P.context, P.year, P.setOrPack],
  result: { dimensionality: 'scalar', type: 'string' },
  examples: [
    { args: ['15.3', 'TN'], result: '≤ 26,5%' },
    { args: ['15.3', 'Bắc Trung Bộ'], result: '≤ 25%' },
    { args: ['3.1', 'ĐBSCL'], result: '≥ 80%' },
    { args: [{ ref: 'A2:A3', values: [['15.3'], ['15.4']] }, 'TDMNPB'], result: [['≤ 24%'], ['≥ 50%']] },
    { args: ['4.2', 'BTB'], result: { error: '#VALUE!', vi: 'Chưa có ngưỡng cho chỉ tiêu 4.2 ở BTB. Nhập mức yêu cầu vào sheet "Bộ tiêu chí" của tệp.' } },
  ],
  implementation(code, context, year, set) {
    const pack = packArg(set);
    const ctx = contextArg(pack, context);
    const y = yearArg(year);
    const c = codeArg(code);
    ensurePlaced(pack, c);
    const ind = findIndicator(pack, c);
    if (!ind) return failWith('reason.no-threshold', { code: c, context: ctx.label });
    const lk = levelFor(ind, ctx, y);
    if (!lk.ok) return failWith(`reason.${lk.reason}`, { code: c, context: ctx.label, year: y });
    return { vi: formatLevel(lk.level, 'vi'), en: formatLevel(lk.level, 'en') };
  },
});
