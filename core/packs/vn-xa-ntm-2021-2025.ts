import type { PackInput, Source } from './schema.js';

/*
 * Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025 (Quyết định 318/QĐ-TTg, Phụ lục I).
 *
 * Every figure below is what ../shared/reference/LEGAL.md establishes, with its source. None was
 * checked against the appendix of the decision itself (we could not read it), so every figure is
 * `verified: false` and carries the confidence LEGAL.md gives it. What LEGAL.md marks "?" is absent:
 * the verdict is then "chưa có ngưỡng" and the office supplies the level in its "Bộ tiêu chí" sheet.
 */

const QD318: Source = { ref: '318/QĐ-TTg (08/3/2022), Phụ lục I', verified: false, confidence: 'two-sources' };
const QD318_ONE: Source = { ref: '318/QĐ-TTg (08/3/2022), Phụ lục I', verified: false, confidence: 'one-source' };
const QD1680: Source = { ref: 'QĐ 1680/QĐ-BNN-VPĐP (tóm tắt mức chỉ tiêu 318/QĐ-TTg)', verified: false, confidence: 'one-source' };
const QD1491: Source = { ref: 'QĐ 1491/QĐ-BGDĐT (tóm tắt mức chỉ tiêu 318/QĐ-TTg)', verified: false, confidence: 'one-source' };
const SEED003: Source = { ref: 'Kế hoạch xã Cẩm Thành 2023 (seed 003), trích nội dung chỉ tiêu 318/QĐ-TTg', verified: false, confidence: 'seed' };
const PAGE: Source = { ref: 'Trang tin công bố lại bảng mức chỉ tiêu 318/QĐ-TTg', verified: false, confidence: 'one-source' };

const SCHOOLS_MIN =
  '100% trường đạt tiêu chuẩn cơ sở vật chất tối thiểu, trong đó ít nhất 70% trường đạt tiêu chuẩn cơ sở vật chất mức độ 1 (ít nhất 50% nếu xã có không quá 3 trường)';
const SCHOOLS_L1 = '100% trường đạt tiêu chuẩn cơ sở vật chất mức độ 1';
const EDU_141 =
  'Tỷ lệ trẻ 6 tuổi vào lớp 1 ≥ 98%; đạt phổ cập giáo dục mầm non cho trẻ em 5 tuổi; phổ cập giáo dục tiểu học mức độ 2; phổ cập giáo dục trung học cơ sở mức độ 2; xóa mù chữ mức độ 2';

const stunting = (value: number) => ({
  op: '<=' as const, value, unit: '%', source: PAGE,
  note: 'Trang nguồn in dấu "≥"; tỷ lệ suy dinh dưỡng thấp còi là mức trần nên dùng "≤".',
});

export const vnXaNtm20212025: PackInput = {
  id: 'vn-xa-ntm-2021-2025',
  title: {
    vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021-2025',
    en: 'National criteria for new-rural communes, 2021-2025',
  },
  level: 'xa',
  tier: 'ntm',
  period: { from: 2021, to: 2025 },
  legalBasis: [
    {
      ref: '318/QĐ-TTg', date: '2022-03-08', title: 'Quyết định 318/QĐ-TTg, Phụ lục I',
      url: 'https://thuvienphapluat.vn/van-ban/Xay-dung-Do-thi/Quyet-dinh-318-QD-TTg-2022-Bo-tieu-chi-quoc-gia-ve-xa-nong-thon-moi-2021-2025-505886.aspx',
    },
    { ref: '18/2022/QĐ-TTg', date: '2022-08-02', title: 'Điều kiện, trình tự xét công nhận đạt chuẩn' },
  ],
  context: {
    kind: 'region',
    name: { vi: 'Vùng', en: 'Region' },
    values: [
      { id: 'TDMNPB', name: { vi: 'Trung du miền núi phía Bắc', en: 'Northern Midlands and Mountains' }, aliases: ['TDMNPB', 'Trung du và miền núi phía Bắc', 'Trung du miền núi Bắc Bộ', 'Miền núi phía Bắc', 'MNPB'] },
      { id: 'DBSH', name: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' }, aliases: ['ĐBSH', 'DBSH', 'Đồng bằng Bắc Bộ'] },
      { id: 'BTB', name: { vi: 'Bắc Trung Bộ', en: 'North Central Coast' }, aliases: ['BTB'] },
      { id: 'DHNTB', name: { vi: 'Duyên hải Nam Trung Bộ', en: 'South Central Coast' }, aliases: ['DHNTB', 'DHMT', 'Nam Trung Bộ'] },
      { id: 'TN', name: { vi: 'Tây Nguyên', en: 'Central Highlands' }, aliases: ['TN'] },
      { id: 'DNB', name: { vi: 'Đông Nam Bộ', en: 'Southeast' }, aliases: ['ĐNB', 'DNB'] },
      { id: 'DBSCL', name: { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong Delta' }, aliases: ['ĐBSCL', 'DBSCL', 'Tây Nam Bộ'] },
    ],
    rules: [
      {
        flag: 'dbkk', use: 'TDMNPB',
        name: { vi: 'Xã đặc biệt khó khăn', en: 'Especially disadvantaged commune' },
        aliases: ['ĐBKK', 'DBKK', 'đặc biệt khó khăn', 'xã đặc biệt khó khăn', 'xã ĐBKK', '135'],
        source: { ref: '318/QĐ-TTg, Điều 1', verified: false, confidence: 'two-sources' },
      },
      {
        flag: 'atk', use: 'TDMNPB',
        name: { vi: 'Xã an toàn khu của huyện nghèo, huyện vừa thoát nghèo 2018-2020', en: 'Safe-zone commune of a poor district' },
        aliases: ['ATK', 'an toàn khu', 'xã an toàn khu', 'xã ATK'],
        source: { ref: '318/QĐ-TTg, Điều 1', verified: false, confidence: 'two-sources' },
      },
      {
        flag: 'kv3', use: 'TDMNPB',
        name: { vi: 'Xã khu vực III vùng đồng bào dân tộc thiểu số và miền núi', en: 'Area III commune (ethnic-minority and mountain areas)' },
        aliases: ['KV3', 'KVIII', 'khu vực III', 'khu vực 3', 'xã khu vực III'],
        source: { ref: 'Quyết định sửa đổi 318/QĐ-TTg ký 01/3/2024 (chưa thấy số hiệu)', verified: false, confidence: 'one-source' },
      },
      {
        flag: 'kv2', use: 'TDMNPB',
        name: { vi: 'Xã khu vực II vùng đồng bào dân tộc thiểu số và miền núi', en: 'Area II commune (ethnic-minority and mountain areas)' },
        aliases: ['KV2', 'KVII', 'khu vực II', 'khu vực 2', 'xã khu vực II'],
        source: { ref: 'Quyết định sửa đổi 318/QĐ-TTg ký 01/3/2024 (chưa thấy số hiệu)', verified: false, confidence: 'one-source' },
      },
      {
        flag: 'bai-ngang', use: 'TDMNPB',
        name: { vi: 'Xã đặc biệt khó khăn vùng bãi ngang ven biển và hải đảo', en: 'Especially disadvantaged coastal or island commune' },
        aliases: ['bãi ngang', 'bai ngang', 'bãi ngang ven biển', 'hải đảo'],
        source: { ref: 'Quyết định sửa đổi 318/QĐ-TTg ký 01/3/2024 (chưa thấy số hiệu)', verified: false, confidence: 'one-source' },
      },
    ],
  },
  totals: { criteria: 19, indicators: 57, source: QD318 },
  indicatorListComplete: false,
  criteria: [
    { code: '1', name: { vi: 'Quy hoạch', en: 'Planning' } },
    { code: '2', name: { vi: 'Giao thông', en: 'Transport' } },
    { code: '3', name: { vi: 'Thủy lợi và phòng, chống thiên tai', en: 'Irrigation and disaster prevention' } },
    { code: '4', name: { vi: 'Điện', en: 'Electricity' } },
    { code: '5', name: { vi: 'Trường học', en: 'Schools' } },
    { code: '6', name: { vi: 'Cơ sở vật chất văn hóa', en: 'Cultural facilities' } },
    { code: '7', name: { vi: 'Cơ sở hạ tầng thương mại nông thôn', en: 'Rural commercial infrastructure' } },
    { code: '8', name: { vi: 'Thông tin và Truyền thông', en: 'Information and communication' } },
    { code: '9', name: { vi: 'Nhà ở dân cư', en: 'Housing' } },
    { code: '10', name: { vi: 'Thu nhập', en: 'Income' } },
    { code: '11', name: { vi: 'Nghèo đa chiều', en: 'Multidimensional poverty' } },
    { code: '12', name: { vi: 'Lao động', en: 'Labour' } },
    { code: '13', name: { vi: 'Tổ chức sản xuất và phát triển kinh tế nông thôn', en: 'Production organisation and rural economy' } },
    { code: '14', name: { vi: 'Giáo dục và Đào tạo', en: 'Education and training' } },
    { code: '15', name: { vi: 'Y tế', en: 'Health' } },
    { code: '16', name: { vi: 'Văn hóa', en: 'Culture' } },
    { code: '17', name: { vi: 'Môi trường và an toàn thực phẩm', en: 'Environment and food safety' } },
    { code: '18', name: { vi: 'Hệ thống chính trị và tiếp cận pháp luật', en: 'Political system and access to law' } },
    { code: '19', name: { vi: 'Quốc phòng và An ninh', en: 'Defence and security' } },
  ].map((c) => ({ ...c, source: QD318 })),
  indicators: [
    {
      code: '3.1', criterion: '3', kind: 'rate', unit: '%',
      wording: { vi: 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động', en: 'Share of farmland with active irrigation and drainage' },
      thresholds: { '*': { op: '>=', value: 80, unit: '%', source: QD1680, note: 'Nguồn không nêu mức riêng theo vùng.' } },
      source: QD1680,
    },
    {
      code: '3.2', criterion: '3', kind: 'rating',
      wording: { vi: 'Đảm bảo yêu cầu chủ động về phòng chống thiên tai theo phương châm 4 tại chỗ', en: 'Disaster preparedness under the "four on-the-spot" motto' },
      source: QD318_ONE,
    },
    {
      code: '4.2', criterion: '4', kind: 'rate', unit: '%',
      wording: { vi: 'Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện sinh hoạt, sản xuất đảm bảo an toàn, tin cậy và ổn định', en: 'Share of households registered for safe, reliable electricity' },
      source: QD318_ONE,
    },
    {
      code: '5', criterion: '5', kind: 'rate', unit: '%',
      wording: { vi: 'Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS; hoặc trường phổ thông có nhiều cấp học có cấp học cao nhất là THCS) đạt tiêu chuẩn cơ sở vật chất theo quy định', en: 'Share of schools meeting the facility standard' },
      thresholds: {
        TDMNPB: { op: 'text', text: SCHOOLS_MIN, source: QD1491 },
        DBSH: { op: 'text', text: SCHOOLS_L1, source: QD1491 },
        BTB: { op: 'text', text: SCHOOLS_MIN, source: QD1491 },
        DHNTB: { op: 'text', text: SCHOOLS_MIN, source: QD1491 },
        TN: { op: 'text', text: SCHOOLS_MIN, source: QD1491 },
        DNB: { op: 'text', text: SCHOOLS_L1, source: QD1491 },
        DBSCL: { op: 'text', text: SCHOOLS_MIN, source: { ...QD1491, confidence: 'two-sources', note: 'Nhánh "không quá 3 trường" có hai nguồn.' } },
      },
      source: { ...SEED003, confidence: 'one-source', note: 'Nội dung thấy ở seed 003 và một nguồn khác.' },
    },
    {
      code: '6.2', criterion: '6', kind: 'rating',
      wording: { vi: 'Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định', en: 'Play, leisure and sports spaces for children and the elderly' },
      source: SEED003,
    },
    {
      code: '9.1', criterion: '9', kind: 'yesno',
      notes: ['LEGAL.md: ở ĐBSCL có nguồn nêu "không có nhà tạm, dột nát"; có thể là mức riêng của tỉnh Vĩnh Long nên chưa dùng để đánh giá.'],
      source: { ref: 'LEGAL.md (mã chỉ tiêu thấy trong bảng mức ĐBSCL)', verified: false, confidence: 'uncertain' },
    },
    {
      code: '9.2', criterion: '9', kind: 'rate', unit: '%',
      notes: ['LEGAL.md: ở ĐBSCL có nguồn nêu "≥85%"; có thể là mức riêng của tỉnh Vĩnh Long nên chưa dùng để đánh giá.'],
      source: { ref: 'LEGAL.md (mã chỉ tiêu thấy trong bảng mức ĐBSCL)', verified: false, confidence: 'uncertain' },
    },
    {
      code: '11', criterion: '11', kind: 'rate', unit: '%',
      wording: { vi: 'Tỷ lệ nghèo đa chiều giai đoạn 2021-2025', en: 'Multidimensional poverty rate, 2021-2025' },
      thresholds: {
        TDMNPB: { op: '<=', value: 13, unit: '%', source: { ref: 'LEGAL.md (suy luận)', verified: false, confidence: 'inferred' } },
        BTB: { op: '<=', value: 6.5, unit: '%', source: { ref: 'LEGAL.md (suy luận); seed 003 (xã vùng BTB) cũng dùng ≤6,5%', verified: false, confidence: 'inferred' } },
      },
      notes: ['Tỷ lệ nghèo đa chiều = (hộ nghèo + hộ cận nghèo) / tổng số hộ.'],
      source: SEED003,
    },
    {
      code: '12.2', criterion: '12', kind: 'rate', unit: '%',
      wording: { vi: 'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ (áp dụng đạt cho cả nam và nữ)', en: 'Share of trained workers with a diploma or certificate (for men and women alike)' },
      notes: ['áp dụng đạt cho cả nam và nữ'],
      source: SEED003,
    },
    {
      code: '13.3', criterion: '13', kind: 'rating',
      wording: { vi: 'Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu và được chứng nhận VietGAP hoặc tương đương', en: 'Traceability of key products linked to certified (VietGAP or equivalent) raw-material areas' },
      source: { ...SEED003, note: 'seeds 003 và 004' },
    },
    {
      code: '14.1', criterion: '14', kind: 'rating',
      wording: { vi: 'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi; phổ cập giáo dục tiểu học; phổ cập giáo dục trung học cơ sở; xóa mù chữ', en: 'Universal preschool (age 5), primary and lower-secondary education; literacy' },
      thresholds: { '*': { op: 'text', text: EDU_141, source: QD1491 } },
      source: QD318_ONE,
    },
    {
      code: '15.1', criterion: '15', kind: 'rate', unit: '%',
      wording: { vi: 'Tỷ lệ người dân tham gia bảo hiểm y tế (áp dụng đạt cho cả nam và nữ)', en: 'Health-insurance coverage (for men and women alike)' },
      notes: ['áp dụng đạt cho cả nam và nữ'],
      source: { ...SEED003, confidence: 'one-source', note: 'seed 003 và một nguồn khác' },
    },
    {
      code: '15.2', criterion: '15', kind: 'rating',
      wording: { vi: 'Xã đạt tiêu chí quốc gia về y tế', en: 'Commune meets the national health criteria' },
      source: QD318_ONE,
    },
    {
      code: '15.3', criterion: '15', kind: 'rate', unit: '%',
      wording: { vi: 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)', en: 'Stunting rate of children under 5 (height for age)' },
      thresholds: {
        TDMNPB: stunting(24), DBSH: stunting(16.5), BTB: stunting(25), DHNTB: stunting(22),
        TN: stunting(26.5), DNB: stunting(14.5), DBSCL: stunting(19),
      },
      source: QD318_ONE,
    },
    {
      code: '15.4', criterion: '15', kind: 'rate', unit: '%',
      wording: { vi: 'Tỷ lệ dân số có sổ khám chữa bệnh điện tử', en: 'Share of residents with an electronic health record' },
      thresholds: {
        TDMNPB: { op: '>=', value: 50, unit: '%', source: PAGE },
        DBSH: { op: '>=', value: 70, unit: '%', source: PAGE },
      },
      source: { ...SEED003, confidence: 'one-source', note: 'seeds 003, 004 và một nguồn khác' },
    },
    {
      code: '17.1', criterion: '17', kind: 'rate', unit: '%',
      wording: { vi: 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn', en: 'Share of households using clean water to standard' },
      source: SEED003,
    },
    {
      code: '17.7', criterion: '17', kind: 'rate', unit: '%',
      wording: { vi: 'Tỷ lệ bao gói thuốc bảo vệ thực vật sau sử dụng và chất thải rắn y tế được thu gom, xử lý đáp ứng yêu cầu về bảo vệ môi trường', en: 'Share of used pesticide packaging and medical solid waste collected and treated properly' },
      source: SEED003,
    },
    {
      code: '19.2', criterion: '19', kind: 'rating',
      wording: { vi: 'Xã đạt chuẩn an toàn về an ninh, trật tự xã hội', en: 'Commune meets the public-security and order standard' },
      notes: ['Nội dung đầy đủ dài hơn (xem seed 003, mục 1.2.8); ở đây chỉ ghi phần đầu.'],
      source: SEED003,
    },
  ],
  notes: [
    'Danh sách 57 chỉ tiêu chưa đầy đủ trong bộ này: mã chỉ tiêu khác trong bảng của xã vẫn được nhận và đếm.',
    'Mức thu nhập (tiêu chí 10) theo năm và vùng chưa có nguồn: văn phòng nhập trong sheet "Bộ tiêu chí".',
    'Mức của bộ 2016-2020 (QĐ 1980/QĐ-TTg) không phải mức 2021-2025 và không được dùng.',
  ],
};
