/**
 * Writes examples/xa-cam-thanh-2023.xlsx: a commune self-assessment in the layout offices use,
 * built from the seed plan of xã Cẩm Thành (Cẩm Thủy, Thanh Hóa), July 2023 (seed 003): its
 * criteria met (11/19), its declared 47/57 indicators, its poverty computation
 * (100 − 29 = 71/1.784 = 3,97%; 155 − 6 = 149/1.807 = 8,24%; 12,21%) and its list of proposals.
 * Values the seed does not give are left blank, as a commune would leave them.
 *
 *   npx tsx scripts/make-examples.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addSheet, newWorkbook, writeAnnex, type Cell } from './lib/annex-writer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const CRITERIA: Array<[number, string]> = [
  [1, 'Quy hoạch'], [2, 'Giao thông'], [3, 'Thủy lợi và phòng, chống thiên tai'], [4, 'Điện'], [5, 'Trường học'],
  [6, 'Cơ sở vật chất văn hóa'], [7, 'Cơ sở hạ tầng thương mại nông thôn'], [8, 'Thông tin và Truyền thông'], [9, 'Nhà ở dân cư'],
  [10, 'Thu nhập'], [11, 'Nghèo đa chiều'], [12, 'Lao động'], [13, 'Tổ chức sản xuất và phát triển kinh tế nông thôn'],
  [14, 'Giáo dục và Đào tạo'], [15, 'Y tế'], [16, 'Văn hóa'], [17, 'Môi trường và an toàn thực phẩm'],
  [18, 'Hệ thống chính trị và tiếp cận pháp luật'], [19, 'Quốc phòng và An ninh'],
];

type Row = Cell[];
const X = 'x';
const met = (ok: boolean): [Cell, Cell] => (ok ? [X, null] : [null, X]);

/** TT | Tên tiêu chí | Nội dung tiêu chí | Chỉ tiêu đạt chuẩn | Kết quả thực hiện | Đạt | Chưa đạt | Ghi chú */
function assessmentRows(): Row[] {
  const notMet = new Set([5, 6, 11, 12, 13, 15, 17, 19]);
  const ind: Record<number, Row[]> = {
    3: [
      [null, null, '3.1. Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động', '≥ 80%', null, ...met(true), null],
      [null, null, '3.2. Đảm bảo yêu cầu chủ động về phòng chống thiên tai theo phương châm 4 tại chỗ', 'Đạt', null, ...met(true), null],
    ],
    4: [[null, null, '4.2. Tỷ lệ hộ có đăng ký trực tiếp và được sử dụng điện sinh hoạt, sản xuất đảm bảo an toàn, tin cậy và ổn định', null, null, ...met(true), null]],
    6: [[null, null, '6.2. Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định', 'Đạt', 'Chưa có bể bơi', ...met(false), 'Đề nghị cấp kinh phí xây dựng bể bơi (500 triệu đồng)']],
    12: [[null, null, '12.2. Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ (áp dụng đạt cho cả nam và nữ)', null, '25,27%', ...met(false), 'Mới tổng hợp được 417/910 bằng cấp, chứng chỉ']],
    13: [[null, null, '13.3. Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu và được chứng nhận VietGAP hoặc tương đương', 'Đạt', 'Chưa có vùng sản xuất VietGAP', ...met(false), null]],
    14: [[null, null, '14.1. Phổ cập giáo dục mầm non cho trẻ em 5 tuổi; phổ cập giáo dục tiểu học; phổ cập giáo dục trung học cơ sở; xóa mù chữ', 'Đạt', null, ...met(true), null]],
    15: [
      [null, null, '15.1. Tỷ lệ người dân tham gia bảo hiểm y tế (áp dụng đạt cho cả nam và nữ)', null, null, ...met(false), 'Người dân tộc thiểu số không còn được cấp thẻ BHYT'],
      [null, null, '15.2. Xã đạt tiêu chí quốc gia về y tế', 'Đạt', null, ...met(true), null],
      [null, null, '15.3. Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)', '≤ 25%', null, ...met(true), null],
      [null, null, '15.4. Tỷ lệ dân số có sổ khám chữa bệnh điện tử', null, null, ...met(false), 'Đã cập nhật 92,5%, chưa kích hoạt tài khoản'],
    ],
    17: [
      [null, null, '17.1. Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn', null, null, ...met(false), 'Không có nhà máy cấp nước tập trung'],
      [null, null, '17.7. Tỷ lệ bao gói thuốc bảo vệ thực vật sau sử dụng và chất thải rắn y tế được thu gom, xử lý đáp ứng yêu cầu về bảo vệ môi trường', null, null, ...met(false), 'Đã thu gom, chưa xử lý đúng quy trình'],
    ],
    19: [[null, null, '19.2. Xã đạt chuẩn an toàn về an ninh, trật tự xã hội', 'Đạt', null, ...met(false), 'Năm 2022 Công an xã được đánh giá Hoàn thành nhiệm vụ']],
  };
  const rows: Row[] = [];
  for (const [n, name] of CRITERIA) {
    if (n === 5) {
      rows.push([5, name, 'Tỷ lệ trường học các cấp (mầm non, tiểu học, THCS; hoặc trường phổ thông có nhiều cấp học có cấp học cao nhất là THCS) đạt tiêu chuẩn cơ sở vật chất theo quy định', '100% trường đạt chuẩn CSVC tối thiểu, trong đó ≥ 70% đạt mức độ 1', 'Thiếu phòng chức năng, phòng máy tính', ...met(false), 'Ước cần khoảng 7 tỷ đồng']);
      continue;
    }
    if (n === 11) {
      rows.push([11, name, 'Tỷ lệ nghèo đa chiều giai đoạn 2021-2025', '≤ 6,5%', '12,21%', ...met(false), 'Xem sheet "Hộ nghèo"']);
      continue;
    }
    if (ind[n]) {
      rows.push([n, name, null, null, null, null, null, null]);
      rows.push(...ind[n]!);
    } else {
      rows.push([n, name, null, null, null, ...met(!notMet.has(n)), null]);
    }
  }
  return rows;
}

const wb = newWorkbook();
const ws = addSheet(wb, 'Tự đánh giá');
writeAnnex(ws, {
  titles: [
    'UBND XÃ CẨM THÀNH',
    'BẢNG TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2023',
    '(Kèm theo Kế hoạch của UBND xã Cẩm Thành, huyện Cẩm Thủy, tỉnh Thanh Hóa, tháng 7 năm 2023)',
  ],
  header: [
    ['TT', 'Tên tiêu chí', 'Nội dung tiêu chí', 'Chỉ tiêu đạt chuẩn', 'Kết quả thực hiện', 'Tự đánh giá', null, 'Ghi chú'],
    [null, null, null, null, null, 'Đạt', 'Chưa đạt', null],
  ],
  headerMerges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:E2', 'F1:G1', 'H1:H2'],
  numbering: true,
  rows: assessmentRows(),
  after: ['Tổng số chỉ tiêu xã đạt là 47/57 chỉ tiêu và tiêu chí xã đạt là 11/19 tiêu chí.'],
  widths: [6, 24, 60, 22, 20, 7, 9, 32],
});
ws.views = [{ state: 'frozen', ySplit: 8 }];

const poor = addSheet(wb, 'Hộ nghèo');
const pct = (v: number) => ({ v, numFmt: '0.00%' });
writeAnnex(poor, {
  titles: ['UBND XÃ CẨM THÀNH', 'BẢNG TÍNH TỶ LỆ HỘ NGHÈO ĐA CHIỀU NĂM 2023'],
  header: [['TT', 'Nội dung', 'Số hộ', 'Số hộ loại trừ', 'Tổng số hộ', 'Tỷ lệ (%)']],
  rows: [
    [1, 'Hộ nghèo', 100, 29, 1784, pct(0.0397)],
    [2, 'Hộ cận nghèo', 155, 6, 1807, pct(0.0824)],
    [null, 'Tỷ lệ nghèo đa chiều (hộ nghèo + hộ cận nghèo)', null, null, null, pct(0.1221)],
  ],
  widths: [6, 44, 10, 14, 12, 10],
});

const plan = addSheet(wb, 'Kế hoạch');
writeAnnex(plan, {
  titles: ['UBND XÃ CẨM THÀNH', 'KẾ HOẠCH KHẮC PHỤC CÁC CHỈ TIÊU, TIÊU CHÍ CHƯA ĐẠT NĂM 2023'],
  header: [['TT', 'Nội dung nhiệm vụ', 'Người chỉ đạo', 'Người phụ trách', 'Thời gian hoàn thành', 'Kinh phí (triệu đồng)', 'Nguồn vốn']],
  rows: [
    [1, 'Xây dựng phòng chức năng, phòng họp trường mầm non; phòng máy tính và 07 phòng học trường THCS (tiêu chí 5)', 'Chủ tịch UBND xã', 'Hiệu trưởng các trường', 'Năm 2024', '7 tỷ', 'Đề nghị cấp trên hỗ trợ'],
    [2, 'Xây dựng bể bơi phòng chống đuối nước (chỉ tiêu 6.2)', 'Phó Chủ tịch UBND xã', 'Công chức Văn hóa - xã hội', 'Năm 2024', 500, 'Đề nghị cấp trên hỗ trợ'],
    [3, 'Rà soát, giảm tỷ lệ hộ nghèo đa chiều xuống dưới 6,5% (tiêu chí 11)', 'Phó Chủ tịch UBND xã', 'Công chức Văn hóa - xã hội', 'Cuối năm 2023', null, null],
    [4, 'Thu thập bản sao bằng cấp, chứng chỉ của lao động qua đào tạo (chỉ tiêu 12.2)', 'Phó Chủ tịch UBND xã', 'Ban phát triển các thôn', 'Năm 2023', null, null],
    [5, 'Xây dựng 01 vùng sản xuất theo tiêu chuẩn VietGAP hoặc 01 sản phẩm OCOP từ 3 sao (chỉ tiêu 13.3)', 'Chủ tịch UBND xã', null, 'Năm 2024', null, null],
    [6, 'Tuyên truyền người dân tham gia bảo hiểm y tế (chỉ tiêu 15.1)', 'Phó Chủ tịch UBND xã', 'Trạm y tế xã', 'Năm 2023', null, null],
    [7, 'Kích hoạt tài khoản sổ khám chữa bệnh điện tử (chỉ tiêu 15.4)', 'Phó Chủ tịch UBND xã', 'Trạm y tế xã', 'Trong năm 2023', null, null],
    [8, 'Đề nghị xây dựng nhà máy cấp nước sinh hoạt tập trung (chỉ tiêu 17.1)', 'Chủ tịch UBND xã', 'Công chức Địa chính - Nông nghiệp', 'Trước năm 2024', null, 'Ngân sách huyện'],
    [9, 'Xử lý bao gói thuốc bảo vệ thực vật và chất thải rắn y tế đúng quy trình (chỉ tiêu 17.7)', 'Phó Chủ tịch UBND xã', 'Công chức Địa chính - Nông nghiệp', 'Quý IV', null, null],
    [10, 'Nâng cao hiệu quả công tác an ninh, trật tự (chỉ tiêu 19.2)', 'Chủ tịch UBND xã', 'Trưởng Công an xã', 'Năm 2023', null, null],
    ['Cộng', null, null, null, null, 7500, null],
  ],
  widths: [6, 60, 20, 26, 16, 14, 22],
});

const out = path.join(root, 'examples', 'xa-cam-thanh-2023.xlsx');
await wb.xlsx.writeFile(out);
console.log(`wrote ${path.relative(root, out)}`);
