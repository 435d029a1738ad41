import { evaluateIndicator } from '../../evaluate/indicator.js';
import { message } from '../../messages/index.js';
import { defineFunction, errorValue } from '../framework.js';
import { VERDICT_CODES } from '../../evaluate/batch.js';
import type { Verdict } from '../../evaluate/indicator.js';
import type { Bilingual } from '../../messages/index.js';
import { codeArg, contextArg, ensurePlaced, evaluatorFor, P, packArg, yearArg } from '../shared.js';

const VERDICT_TEXT = Object.fromEntries(VERDICT_CODES.map((v) => [v, message(`verdict.${v}`)])) as Record<Verdict, Bilingual>;

/**
 * @name CHECK
 * @summary The verdict of one indicator: "Đạt", "Chưa đạt", or why there is none.
 *
 * @description
 * Compares a value with the level the criteria set requires for the commune's region or group.
 * Values are read as hosts give them: a percent cell arrives as a fraction (23% → 0.23), text
 * as typed ("27,5%", "417/910", "Đạt"). Without a verdict the answer says why: "Chưa có ngưỡng"
 * (the set has no level for this context), "Thiếu số liệu" (no value), "Không đánh giá". A
 * value that cannot be read is an error with its reason. A column of codes and values gives a
 * column of verdicts in one call.
 *
 * @example
 * CHECK("15.3", 0.23, "BTB") //=> "Đạt"
 * CHECK("15.3", "27,5%", "BTB") //=> "Chưa đạt"
 * CHECK("15.3", 0.26, "Tây Nguyên") //=> "Đạt"
 * CHECK("15.3", 0.23, "BTB, ĐBKK") //=> "Đạt"
 * CHECK("4.2", "98%", "BTB") //=> "Chưa có ngưỡng"
 * CHECK("3.2", "Đạt", "BTB") //=> "Đạt"
 * CHECK("15.3", , "BTB") //=> "Thiếu số liệu"
 * CHECK(A2:A4, B2:B4, "BTB") //=> [["Đạt"],["Chưa đạt"],["Chưa có ngưỡng"]]
 * CHECK("15.3", "nhiều", "BTB") //=> #VALUE! "Chỉ tiêu 15.3 cần một tỷ lệ (%), nhưng ô ghi "nhiều"."
 * CHECK("15.3", 0.23, "Miền Tây") //=> #VALUE! "Không nhận ra vùng/nhóm xã "Miền Tây". Các giá trị hợp lệ: TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL."
 */
export const CHECK = defineFunction({
  id: 'CHECK',
  description: {
    vi: 'Kết quả một chỉ tiêu so với mức yêu cầu của vùng/nhóm xã: "Đạt", "Chưa đạt", hoặc lý do chưa có kết quả. Cột mã và cột giá trị cho một cột kết quả.',
    en: 'The verdict of one indicator against the level its region or commune group requires: "Đạt" (met), "Chưa đạt" (not met), or why there is none. A column of codes and values gives a column of verdicts.',
  },
  parameters: [
    P.code,
    {
      name: { vi: 'giá_trị', en: 'value' },
      description: {
        vi: 'Giá trị của xã: số, tỷ lệ (ô phần trăm, "23%", "417/910"), "Đạt", "Có"… (một ô hoặc một cột)',
        en: 'The commune\'s value: a number, a rate (percent cell, "23%", "417/910"), "Đạt", "Có"… (one cell or a column)',
      },
      kind: 'scalar', type: 'any', broadcast: true,
    },
    P.context,
    P.year,
    P.setOrPack,
  ],
  result: { dimensionality: 'scalar', type: 'string' },
  examples: [
    { args: ['15.3', 0.23, 'BTB'], result: 'Đạt', note: { vi: 'Ô phần trăm 23% đến hàm dưới dạng 0,23; mức BTB là ≤ 25%.', en: 'A 23% percent cell arrives as 0.23; the BTB level is ≤ 25%.' } },
    { args: ['15.3', '27,5%', 'BTB'], result: 'Chưa đạt' },
    { args: ['15.3', 0.26, 'Tây Nguyên'], result: 'Đạt' },
    { args: ['15.3', 0.23, 'BTB, ĐBKK'], result: 'Đạt', note: { vi: 'Xã đặc biệt khó khăn dùng mức vùng TDMNPB (≤ 24%).', en: 'An especially disadvantaged commune uses the TDMNPB level (≤ 24%).' } },
    { args: ['4.2', '98%', 'BTB'], result: 'Chưa có ngưỡng' },
    { args: ['3.2', 'Đạt', 'BTB'], result: 'Đạt', note: { vi: 'Chỉ tiêu đánh giá bằng "Đạt": kết quả theo tự đánh giá của xã.', en: 'A met/not-met indicator: the verdict is the commune\'s own rating.' } },
    { args: ['15.3', null, 'BTB'], result: 'Thiếu số liệu' },
    {
      args: [{ ref: 'A2:A4', values: [['15.3'], ['11'], ['4.2']] }, { ref: 'B2:B4', values: [[0.23], [0.1221], [0.99]] }, 'BTB'],
      result: [['Đạt'], ['Chưa đạt'], ['Chưa có ngưỡng']],
    },
    { args: ['15.3', 'nhiều', 'BTB'], result: { error: '#VALUE!', vi: 'Chỉ tiêu 15.3 cần một tỷ lệ (%), nhưng ô ghi "nhiều".' } },
    { args: ['15.3', 0.23, 'Miền Tây'], result: { error: '#VALUE!', vi: 'Không nhận ra vùng/nhóm xã "Miền Tây". Các giá trị hợp lệ: TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL.' } },
  ],
  implementation(code, value, context, year, set) {
    const pack = packArg(set);
    const ctx = contextArg(pack, context);
    const y = yearArg(year);
    const c = codeArg(code);
    ensurePlaced(pack, c);
    // compiled once per indicator and context: a column of values compares numbers directly
    const verdict = VERDICT_CODES[evaluatorFor(pack, ctx, c, y).decide(value)]!;
    if (verdict === 'loi') {
      const r = evaluateIndicator(pack, { code: c, value }, ctx, y === undefined ? {} : { year: y });
      return errorValue(r.reason ?? message('verdict.loi'));
    }
    return VERDICT_TEXT[verdict];
  },
});
