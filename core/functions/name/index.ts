import { defineFunction, failWith } from '../framework.js';
import { bi, codeArg, P, packArg } from '../shared.js';

/**
 * @name NAME
 * @summary The wording of an indicator, or the name of a criterion.
 *
 * @description
 * The official wording of an indicator ("15.3") as the criteria set gives it, or the name of a
 * criterion ("15"). The built-in 2021-2025 set knows the wording of 18 of the 57 indicators; for
 * the others the answer is an error that says so (the office adds the wording in its "Bộ tiêu
 * chí" sheet and passes that range as the second argument).
 *
 * @example
 * NAME("15.3") //=> "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)"
 * NAME("15") //=> "Y tế"
 * NAME("2", "2026-2030") //=> "Hạ tầng kinh tế - xã hội"
 * NAME("15.9") //=> #VALUE! "Bộ tiêu chí vn-xa-ntm-2021-2025 chưa có nội dung chỉ tiêu 15.9 (thuộc tiêu chí 15. Y tế)."
 */
export const NAME = defineFunction({
  id: 'NAME',
  description: {
    vi: 'Nội dung của một chỉ tiêu ("15.3") hoặc tên của một tiêu chí ("15") trong bộ tiêu chí.',
    en: 'The wording of an indicator ("15.3") or the name of a criterion ("15") in the criteria set.',
  },
  parameters: [{ ...P.code, name: { vi: 'mã', en: 'code' }, description: { vi: 'Mã chỉ tiêu hoặc tiêu chí (một ô hoặc một cột)', en: 'Indicator or criterion code (one cell or a column)' } }, P.setOrPack],
  result: { dimensionality: 'scalar', type: 'string' },
  examples: [
    { args: ['15.3'], result: 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)' },
    { args: ['15'], result: 'Y tế' },
    { args: ['2', '2026-2030'], result: 'Hạ tầng kinh tế - xã hội' },
    { args: ['15.9'], result: { error: '#VALUE!', vi: 'Bộ tiêu chí vn-xa-ntm-2021-2025 chưa có nội dung chỉ tiêu 15.9 (thuộc tiêu chí 15. Y tế).' } },
  ],
  implementation(code, set) {
    const pack = packArg(set);
    const c = codeArg(code);
    const ind = pack.indicators.find((i) => i.code === c);
    if (ind?.wording) return bi(ind.wording);
    const criterion = pack.criteria.find((x) => x.code === c.split('.')[0]);
    if (criterion && !c.includes('.') && !ind) return bi(criterion.name);
    if (criterion) return failWith('fn.error.no-wording', { set: pack.id, code: c, criterion: criterion.code, name: bi(criterion.name) });
    return failWith('reason.unknown-code', { code: c, set: pack.id });
  },
});
