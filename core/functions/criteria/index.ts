import { message } from '../../messages/index.js';
import { assessCommune, COMMUNE_PARAMS } from '../assess.js';
import { defineFunction } from '../framework.js';
import type { OutScalar } from '../types.js';

/**
 * @name CRITERIA
 * @summary One row per criterion: code, name, verdict, indicators met, remark.
 *
 * @description
 * Evaluates the commune as STATUS does and spills one row per criterion of the set (19 for
 * 2021-2025, 10 for 2026-2030), in five columns: code, name, verdict, "x/y chỉ tiêu đạt"
 * (indicators of the table met / given), and a remark (the indicators of the set the table
 * lacks, or that the verdict is the commune's own rating).
 *
 * @example
 * CRITERIA(A2:A3, B2:B3, "Nhóm 2", , "2026-2030") //=> [["1","Quy hoạch","Đạt","1/1 chỉ tiêu đạt",""],["2","Hạ tầng kinh tế - xã hội","Chưa đạt","0/1 chỉ tiêu đạt",""],["3","Phát triển kinh tế nông thôn","Thiếu số liệu","","bảng không có chỉ tiêu nào của tiêu chí này"],["4","Đào tạo nguồn nhân lực nông thôn","Thiếu số liệu","","bảng không có chỉ tiêu nào của tiêu chí này"],["5","Văn hóa, giáo dục, y tế","Thiếu số liệu","","bảng không có chỉ tiêu nào của tiêu chí này"],["6","Giảm nghèo và an sinh xã hội","Thiếu số liệu","","bảng không có chỉ tiêu nào của tiêu chí này"],["7","Khoa học công nghệ và chuyển đổi số","Thiếu số liệu","","bảng không có chỉ tiêu nào của tiêu chí này"],["8","Môi trường và cảnh quan nông thôn","Thiếu số liệu","","bảng không có chỉ tiêu nào của tiêu chí này"],["9","Xây dựng hệ thống chính trị và hành chính công","Thiếu số liệu","","bảng không có chỉ tiêu nào của tiêu chí này"],["10","Tiếp cận pháp luật và an ninh, quốc phòng","Thiếu số liệu","","bảng không có chỉ tiêu nào của tiêu chí này"]]
 */
export const CRITERIA = defineFunction({
  id: 'CRITERIA',
  description: {
    vi: 'Mỗi tiêu chí một dòng: mã, tên, kết quả, số chỉ tiêu đạt, ghi chú (chỉ tiêu bảng còn thiếu, hoặc theo tự đánh giá).',
    en: 'One row per criterion: code, name, verdict, indicators met, remark (indicators the table lacks, or self-rated).',
  },
  parameters: COMMUNE_PARAMS,
  result: { dimensionality: 'matrix', type: 'any' },
  examples: [
    {
      args: [{ ref: 'A2:A3', values: [['1.1'], ['2.1']] }, { ref: 'B2:B3', values: [['Đạt'], ['Chưa đạt']] }, 'Nhóm 2', null, '2026-2030'],
      result: [
        ['1', 'Quy hoạch', 'Đạt', '1/1 chỉ tiêu đạt', ''],
        ['2', 'Hạ tầng kinh tế - xã hội', 'Chưa đạt', '0/1 chỉ tiêu đạt', ''],
        ...[
          ['3', 'Phát triển kinh tế nông thôn'], ['4', 'Đào tạo nguồn nhân lực nông thôn'], ['5', 'Văn hóa, giáo dục, y tế'],
          ['6', 'Giảm nghèo và an sinh xã hội'], ['7', 'Khoa học công nghệ và chuyển đổi số'], ['8', 'Môi trường và cảnh quan nông thôn'],
          ['9', 'Xây dựng hệ thống chính trị và hành chính công'], ['10', 'Tiếp cận pháp luật và an ninh, quốc phòng'],
        ].map(([code, name]) => [code!, name!, 'Thiếu số liệu', '', 'bảng không có chỉ tiêu nào của tiêu chí này']),
      ],
      note: {
        vi: 'Bộ 2026-2030 chưa có mã chỉ tiêu nào: mã của xã được nhận theo tiêu chí và kết quả theo tự đánh giá.',
        en: 'The 2026-2030 set knows no indicator code yet: the commune\'s codes are placed by criterion and rated by the commune.',
      },
    },
  ],
  implementation(codes, values, context, year, set) {
    const r = assessCommune('CRITERIA', codes, values, context, year, set);
    return r.criteria.map((c): OutScalar[] => {
      const notes = [];
      if (c.indicatorsEvaluated === 0 && c.basis !== 'declared') notes.push(message('fn.criteria.none'));
      if (c.missing.length > 0) notes.push(message('fn.criteria.missing', { list: c.missing.join(', ') }));
      if (c.basis === 'declared') notes.push(message('fn.criteria.declared'));
      const note = { vi: notes.map((n) => n.vi).join('; '), en: notes.map((n) => n.en).join('; ') };
      return [
        c.code,
        c.name,
        message(`verdict.${c.verdict}`),
        c.indicatorsEvaluated > 0 ? message('fn.criteria.indicators', { met: c.indicatorsMet, count: c.indicatorsEvaluated }) : '',
        note,
      ];
    });
  },
});
