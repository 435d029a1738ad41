import { message } from '../../messages/index.js';
import { builtinPacks } from '../../packs/registry.js';
import { defineFunction } from '../framework.js';
import { bi } from '../shared.js';
import type { OutScalar } from '../types.js';

/**
 * @name SETS
 * @summary The built-in criteria sets, one row each.
 *
 * @description
 * Spills one row per built-in set in seven columns: id (what the set_or_pack argument takes),
 * title, period, criteria, indicators the decision counts, indicators this toolkit knows, and
 * the contexts its levels depend on. The known count is smaller than the decision's count where
 * the set is partial: the office fills the rest in its "Bộ tiêu chí" sheet.
 *
 * @example
 * SETS() //=> [["vn-xa-ntm-2021-2025","Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025","2021-2025",19,57,18,"Vùng: TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL"],["vn-xa-ntm-2026-2030","Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030","2026-2030",10,47,0,"Nhóm xã: Nhóm 1, Nhóm 2, Nhóm 3"]]
 */
export const SETS = defineFunction({
  id: 'SETS',
  description: {
    vi: 'Các bộ tiêu chí có sẵn: mã bộ, tên, giai đoạn, số tiêu chí, số chỉ tiêu theo quyết định, số chỉ tiêu đã có trong bộ công cụ, vùng/nhóm.',
    en: 'The built-in criteria sets: id, title, period, criteria, indicators per the decision, indicators this toolkit knows, regions or groups.',
  },
  parameters: [],
  result: { dimensionality: 'matrix', type: 'any' },
  examples: [
    {
      args: [],
      result: [
        ['vn-xa-ntm-2021-2025', 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025', '2021-2025', 19, 57, 18, 'Vùng: TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL'],
        ['vn-xa-ntm-2026-2030', 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030', '2026-2030', 10, 47, 0, 'Nhóm xã: Nhóm 1, Nhóm 2, Nhóm 3'],
      ],
    },
  ],
  implementation() {
    return builtinPacks().map((p): OutScalar[] => [
      p.id,
      bi(p.title),
      `${p.period.from}-${p.period.to}`,
      p.totals?.criteria ?? p.criteria.length,
      p.totals?.indicators ?? p.indicators.length,
      p.indicators.length,
      message('fn.sets.context', { kind: bi(p.context.name), values: p.context.values.map((v) => v.aliases[0] ?? v.id).join(', ') }),
    ]);
  },
});
