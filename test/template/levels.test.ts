/**
 * The status formulas read a threshold cell with spreadsheet functions (core/template/levels.ts);
 * `mirrorLevel` computes the same cells in TypeScript. Here the mirror is checked against the
 * core's own reading (parseThreshold) for every level of the built-in packs and for the ways an
 * office types a level; the LibreOffice test checks the formulas against the mirror.
 */
import { describe, expect, it } from 'vitest';
import { builtinPacks, isNumericOp, packToRows, parseThreshold } from '../../core/index.js';
import { mirrorLevel } from '../../core/template/index.js';

function agrees(text: string | number): void {
  const core = parseThreshold(text);
  const m = mirrorLevel(text);
  if (core === null) {
    expect(m.OP, String(text)).toBe('');
    return;
  }
  expect(core.ok, String(text)).toBe(true);
  if (!core.ok) return;
  const op = core.level.op;
  if (isNumericOp(op)) {
    expect(m.OP, String(text)).toBe(op);
    expect(m.NUM, String(text)).toBe(core.level.value);
  } else {
    expect(m.OP, String(text)).toBe(op);
  }
}

describe('threshold cells read by formulas', () => {
  it('reads every level the built-in packs write into the "Bộ tiêu chí" sheet as the core does', () => {
    let n = 0;
    let expected = 0;
    for (const pack of builtinPacks()) {
      for (const i of pack.indicators) expected += Object.keys(i.thresholds).length;
      const l = packToRows(pack);
      for (const r of l.indicatorRows) {
        for (const c of l.thresholdColumns) {
          const v = l.rows[r]![c];
          if (typeof v === 'string' || typeof v === 'number') {
            agrees(v);
            n++;
          }
        }
      }
    }
    expect(n).toBe(expected);
    expect(n).toBeGreaterThan(0);
  });

  it('reads the symbol forms, numbers, ratings and yes/no an office types', () => {
    for (const t of [
      '≥70%', '≥ 70 %', '≤6,5%', '<= 6.5%', '>=80', '=>80%', '=<5%', '> 90%', '< 5%', '= 100%', '80%', '100%', 80, 0.5, '25,4',
      'Đạt', 'đạt', 'Dat', 'Đạt chuẩn', 'Có', 'co', 'Không', 'Không có', '≥ 2 m²/người', '≥ 2 m2/người', '≥ 71 triệu đồng/người/năm',
      '≥ 1.784', '≤ 0,5%', '≥ 1.234,5', '', '  ', '100% trường đạt tiêu chuẩn cơ sở vật chất tối thiểu',
      '≥ 70% số hộ', '≥ 70%, trong đó 50% đạt mức 1', 'Đạt chuẩn theo quy định của Bộ Y tế', '≥ mức của tỉnh',
    ]) agrees(t);
  });

  it('does not read comparisons written in words (the sheet warns when one is typed)', () => {
    for (const t of ['từ 80% trở lên', 'dưới 6,5%', 'tối thiểu 70%', 'không quá 5%']) {
      expect(parseThreshold(t)?.ok).toBe(true);
      expect(mirrorLevel(t).OP).toBe('text');
    }
  });
});
