import { findCommune, findProvince, regionOf, REGION_LABEL, successorsOf, type Commune } from '../../communes/index.js';
import { message } from '../../messages/index.js';
import { defineFunction, fail } from '../framework.js';
import type { OutScalar } from '../types.js';

function row(c: Commune): OutScalar[] {
  const province = findProvince(c.province);
  const reg = regionOf(c.province);
  return [
    c.name,
    c.code,
    province?.name ?? c.province,
    c.parts.length > 0 ? c.parts.join(', ') : message('fn.commune.unchanged'),
    reg.ok ? REGION_LABEL[reg.region] ?? reg.region : '',
  ];
}

/**
 * @name COMMUNE
 * @summary A commune after the 1/7/2025 reform: name, code, province, what it was formed from, region.
 *
 * @description
 * Looks up a commune or ward by its name or 5-digit code, or by the name of a commune before
 * the reform (then the row of each commune it became part of). Spills one row of five columns:
 * name, code, province, the former units it was formed from, and the 2021-2025 region (blank
 * when the province spans several). A name shared by several communes is an error listing them:
 * add the province.
 *
 * @example
 * COMMUNE("Cẩm Thạch", "Thanh Hóa") //=> [["Xã Cẩm Thạch","15142","Tỉnh Thanh Hóa","Xã Cẩm Thành, Xã Cẩm Liên, Xã Cẩm Bình, Xã Cẩm Thạch","BTB"]]
 */
export const COMMUNE = defineFunction({
  id: 'COMMUNE',
  description: {
    vi: 'Xã/phường sau sắp xếp 1/7/2025 theo tên hoặc mã (hoặc tên xã cũ): tên, mã, tỉnh, các đơn vị hợp thành, vùng.',
    en: 'A commune or ward after the 1/7/2025 reform by name or code (or a former commune\'s name): name, code, province, units it was formed from, region.',
  },
  parameters: [
    {
      name: { vi: 'tên_hoặc_mã', en: 'name_or_code' },
      description: { vi: 'Tên xã/phường (mới hoặc cũ) hoặc mã 5 chữ số', en: 'Commune or ward name (current or former) or 5-digit code' },
      kind: 'scalar', type: 'string',
    },
    {
      name: { vi: 'tỉnh', en: 'province' },
      description: { vi: 'Tỉnh, khi tên xã trùng ở nhiều nơi', en: 'Province, when the name is shared by several communes' },
      kind: 'scalar', type: 'string', optional: true,
    },
  ],
  result: { dimensionality: 'matrix', type: 'any' },
  examples: [
    {
      args: ['Cẩm Thạch', 'Thanh Hóa'],
      result: [['Xã Cẩm Thạch', '15142', 'Tỉnh Thanh Hóa', 'Xã Cẩm Thành, Xã Cẩm Liên, Xã Cẩm Bình, Xã Cẩm Thạch', 'BTB']],
    },
  ],
  implementation(q, province) {
    const found = findCommune(q, province);
    if (found.ok) return [row(found.commune)];
    if (found.candidates.length === 0) {
      const successors = successorsOf(q, province);
      if (successors.length > 0) return successors.map(row);
    }
    return fail(found.message);
  },
});
