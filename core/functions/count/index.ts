import { readDeclared } from '../../evaluate/indicator.js';
import { readRating } from '../../values/index.js';
import type { Rating } from '../../values/types.js';
import { defineFunction, failWith } from '../framework.js';

/**
 * @name COUNT
 * @summary How many cells of a range say "Đạt" (or another result).
 *
 * @description
 * Counts the ratings of a range as offices write them: "Đạt", "dat", "Đạt chuẩn", a tick "x"
 * or "✓" all count as met; "Chưa đạt" and "Cơ bản đạt" do not. The optional second argument
 * counts another result instead: "Chưa đạt" or "Không đánh giá". It checks a declared "17/19"
 * against the list it summarises.
 *
 * @example
 * COUNT(E2:E6) //=> 3
 * COUNT(E2:E6, "Chưa đạt") //=> 1
 * COUNT(E2:E6, "xấu") //=> #VALUE! "Không hiểu loại kết quả "xấu" (Đạt, Chưa đạt hoặc Không đánh giá)."
 */
export const COUNT = defineFunction({
  id: 'COUNT',
  description: {
    vi: 'Đếm số ô ghi "Đạt" (hoặc dấu x, ✓) trong một vùng; đối số thứ hai đếm "Chưa đạt" hoặc "Không đánh giá".',
    en: 'Counts the cells of a range rated "Đạt" (met; also a tick x or ✓); the second argument counts "Chưa đạt" or "Không đánh giá" instead.',
  },
  parameters: [
    {
      name: { vi: 'kết_quả', en: 'ratings' },
      description: { vi: 'Vùng các ô kết quả ("Đạt", "Chưa đạt", x …)', en: 'Range of rating cells ("Đạt", "Chưa đạt", x …)' },
      kind: 'range', type: 'any',
    },
    {
      name: { vi: 'loại', en: 'which' },
      description: { vi: 'Loại kết quả cần đếm: "Đạt" (mặc định), "Chưa đạt", "Không đánh giá"', en: 'Which result to count: "Đạt" (default), "Chưa đạt", "Không đánh giá"' },
      kind: 'scalar', type: 'string', optional: true,
    },
  ],
  result: { dimensionality: 'scalar', type: 'number' },
  examples: [
    { args: [{ ref: 'E2:E6', values: [['Đạt'], ['x'], ['Chưa đạt'], [null], ['đạt chuẩn']] }], result: 3 },
    { args: [{ ref: 'E2:E6', values: [['Đạt'], ['x'], ['Chưa đạt'], [null], ['đạt chuẩn']] }, 'Chưa đạt'], result: 1 },
    { args: [{ ref: 'E2:E6', values: [['Đạt'], ['x'], ['Chưa đạt'], [null], ['đạt chuẩn']] }, 'xấu'], result: { error: '#VALUE!', vi: 'Không hiểu loại kết quả "xấu" (Đạt, Chưa đạt hoặc Không đánh giá).' } },
  ],
  implementation(ratings, which) {
    let target: Rating = 'dat';
    if (which !== undefined) {
      const r = readRating(which);
      if (!r || r.basic) return failWith('fn.error.bad-verdict', { value: which });
      target = r.value;
    }
    let n = 0;
    for (const row of ratings) for (const cell of row) if (readDeclared(cell) === target) n++;
    return n;
  },
});
