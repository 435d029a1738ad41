import type { PackInput, Source } from './schema.js';

/*
 * Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030 (Quyết định 51/2025/QĐ-TTg,
 * 29/12/2025, hiệu lực 15/2/2026). LEGAL.md knows the 10 criteria, the count of 47 indicators and
 * the three commune groups; it knows no indicator code, wording or level. So this pack has no
 * indicators: a commune's own codes are accepted and counted, and every level comes from the
 * office's "Bộ tiêu chí" sheet.
 */

const QD51: Source = { ref: '51/2025/QĐ-TTg (29/12/2025)', verified: false, confidence: 'two-sources' };

export const vnXaNtm20262030: PackInput = {
  id: 'vn-xa-ntm-2026-2030',
  title: {
    vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026-2030',
    en: 'National criteria for new-rural communes, 2026-2030',
  },
  level: 'xa',
  tier: 'ntm',
  period: { from: 2026, to: 2030 },
  legalBasis: [
    {
      ref: '51/2025/QĐ-TTg', date: '2025-12-29', inForce: '2026-02-15',
      title: 'Quyết định 51/2025/QĐ-TTg ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026-2030',
      url: 'https://xaydungchinhsach.chinhphu.vn/toan-van-quyet-dinh-51-2025-qd-ttg-ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-119251230104614909.htm',
    },
  ],
  context: {
    kind: 'commune-group',
    name: { vi: 'Nhóm xã', en: 'Commune group' },
    values: [
      {
        id: 'nhom-1', name: { vi: 'Nhóm 1', en: 'Group 1' }, aliases: ['Nhóm 1', 'nhom 1', 'N1', '1', 'Nhóm I'],
        description: {
          vi: 'Xã liền kề đô thị hiện hữu và định hướng phát triển thành đô thị, hoặc nông nghiệp dưới 10% cơ cấu kinh tế, hoặc được xác định là đô thị mới',
          en: 'Next to an existing urban area and oriented to become urban, or agriculture under 10% of the economy, or designated a new urban area',
        },
      },
      {
        id: 'nhom-2', name: { vi: 'Nhóm 2', en: 'Group 2' }, aliases: ['Nhóm 2', 'nhom 2', 'N2', '2', 'Nhóm II'],
        description: { vi: 'Các xã còn lại (không thuộc nhóm 1 và nhóm 3)', en: 'All other communes' },
      },
      {
        id: 'nhom-3', name: { vi: 'Nhóm 3', en: 'Group 3' }, aliases: ['Nhóm 3', 'nhom 3', 'N3', '3', 'Nhóm III'],
        description: {
          vi: 'Xã khu vực II và khu vực III vùng đồng bào dân tộc thiểu số và miền núi',
          en: 'Area II and III communes of ethnic-minority and mountain areas',
        },
      },
    ],
    rules: [],
  },
  totals: { criteria: 10, indicators: 47, source: QD51 },
  indicatorListComplete: false,
  criteria: [
    { code: '1', name: { vi: 'Quy hoạch', en: 'Planning' } },
    { code: '2', name: { vi: 'Hạ tầng kinh tế - xã hội', en: 'Socio-economic infrastructure' } },
    { code: '3', name: { vi: 'Phát triển kinh tế nông thôn', en: 'Rural economic development' } },
    { code: '4', name: { vi: 'Đào tạo nguồn nhân lực nông thôn', en: 'Rural workforce training' } },
    { code: '5', name: { vi: 'Văn hóa, giáo dục, y tế', en: 'Culture, education, health' } },
    { code: '6', name: { vi: 'Giảm nghèo và an sinh xã hội', en: 'Poverty reduction and social security' } },
    { code: '7', name: { vi: 'Khoa học công nghệ và chuyển đổi số', en: 'Science, technology and digital transformation' } },
    { code: '8', name: { vi: 'Môi trường và cảnh quan nông thôn', en: 'Rural environment and landscape' } },
    { code: '9', name: { vi: 'Xây dựng hệ thống chính trị và hành chính công', en: 'Political system and public administration' } },
    { code: '10', name: { vi: 'Tiếp cận pháp luật và an ninh, quốc phòng', en: 'Access to law, security and defence' } },
  ].map((c) => ({ ...c, source: QD51 })),
  indicators: [],
  notes: [
    'Mã, nội dung và mức của 47 chỉ tiêu chưa có nguồn trong bộ này: văn phòng nhập trong sheet "Bộ tiêu chí".',
    'Xã hình thành sau sắp xếp năm 2025 lấy mức chuẩn thấp nhất trong các xã hợp thành (hướng dẫn trung ương đưa tin 3/12/2025).',
    'Quy định chuyển tiếp cho xã đã công nhận theo 318/QĐ-TTg: chưa có nguồn.',
  ],
};
