/**
 * Writes the annex fixtures in test/fixtures/: real .xlsx files in the offices' layout, built from
 * the seed plans' own numbers and wording, each with the inconsistencies those documents contain,
 * and a clean twin that must report nothing. See test/fixtures/README.md for what each holds.
 *
 *   npx tsx scripts/make-fixtures.ts
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type ExcelJS from 'exceljs';
import { addSheet, newWorkbook, writeAnnex, type Cell } from './lib/annex-writer.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'test', 'fixtures');
mkdirSync(dir, { recursive: true });

async function save(wb: ExcelJS.Workbook, name: string): Promise<void> {
  await wb.xlsx.writeFile(path.join(dir, name));
  console.log(`wrote test/fixtures/${name}`);
}

// ───────────────────────── Thượng Lộ 2024 (seed 004) ─────────────────────────
// The plan lists the criteria met one by one and declares "17/19 tiêu chí"; the list counts 16
// (criterion 6 is missing from it) — the mistake DESIGN.md names.
const THUONG_LO_LIST: Array<[string, string, string]> = [
  ['01', 'Quy hoạch', 'Đạt'], ['02', 'Giao thông', 'Đạt'], ['03', 'Thủy lợi', 'Đạt'], ['04', 'Điện', 'Đạt'],
  ['05', 'Trường học', 'Đạt'], ['07', 'Chợ nông thôn', 'Đạt'], ['08', 'Bưu điện', 'Đạt'], ['09', 'Nhà ở dân cư', 'Đạt'],
  ['10', 'Thu nhập', 'Đạt'], ['11', 'Hộ nghèo', 'Đạt'], ['12', 'Lao động và việc làm', 'Đạt'], ['14', 'Giáo dục và đào tạo', 'Đạt'],
  ['16', 'Văn hóa', 'Đạt'], ['17', 'Môi trường', 'Đạt'], ['18', 'Hệ thống chính trị và tiếp cận pháp luật', 'Đạt'],
  ['19', 'An ninh - Quốc phòng', 'Đạt'],
  ['13', 'Tổ chức sản xuất - PTKTNT', 'Chưa đạt'], ['15', 'Y tế', 'Chưa đạt'],
];

function thuongLoSummary(ws: ExcelJS.Worksheet, clean: boolean): number {
  const list = clean ? [...THUONG_LO_LIST.slice(0, 5), ['06', 'Cơ sở vật chất văn hóa', 'Đạt'] as [string, string, string], ...THUONG_LO_LIST.slice(5)] : THUONG_LO_LIST;
  return writeAnnex(ws, {
    titles: [
      'UBND XÃ THƯỢNG LỘ',
      'KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ XÂY DỰNG NÔNG THÔN MỚI',
      '(Kèm theo Kế hoạch số 04/KH-UBND ngày 05/01/2024 của UBND xã Thượng Lộ)',
    ],
    header: [['TT', 'Tiêu chí', 'Kết quả', 'Ghi chú']],
    rows: list.map(([n, name, r], i): Cell[] => [i + 1, `Tiêu chí số ${n} (${name})`, r,
      n === '13' ? 'Chưa đạt chỉ tiêu 13.3' : n === '15' ? 'Chưa đạt chỉ tiêu 15.4' : null]),
    after: [
      '1. Thực hiện các tiêu chí đã đạt, gồm: 17/19 tiêu chí.',
      '2. Các tiêu chí chưa đạt, gồm: 02/19 tiêu chí.',
    ],
    widths: [6, 48, 12, 28],
  });
}

function thuongLoIndicators(ws: ExcelJS.Worksheet, startRow: number): number {
  return writeAnnex(ws, {
    titles: ['CÁC CHỈ TIÊU CHƯA ĐẠT'],
    header: [['Mã chỉ tiêu', 'Nội dung chỉ tiêu', 'Kết quả thực hiện', 'Tự đánh giá']],
    rows: [
      ['13.3', 'Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu và được chứng nhận VietGAP hoặc tương đương', null, 'Chưa đạt'],
      ['15.4', 'Tỷ lệ dân số có sổ khám chữa bệnh điện tử', 'ước đạt khoảng 20%', 'Chưa đạt'],
    ],
    widths: [12, 70, 20, 14],
  }, startRow + 2);
}

function thuongLoPlan(ws: ExcelJS.Worksheet, clean: boolean): void {
  const rows: Cell[][] = [
    ['1.1', 'Quy hoạch: công bố quy hoạch chung xây dựng xã đến năm 2030', 'Đồng chí CT UBND xã', 'Công chức Địa chính - Xây dựng'],
    ['1.2', 'Giao thông: xây dựng đường hoa, đường cảnh quan trục đường chính vào trung tâm xã chiều dài 250m', 'Đồng chí CT UBND xã - Trưởng Ban quản lý XD NTM xã', 'Ban quản lý, Ban chỉ đạo nông thôn mới xã, Công chức ĐC-XD'],
    ['1.3', 'Thủy lợi và PCTT: xây dựng và thực hiện phương án chống hạn năm 2024', 'Đồng chí CT, PCT UBND xã', 'Công chức Địa chính - NN-XD&MT'],
    ['1.4', 'Điện: quản lý phạm vi hành lang an toàn lưới điện quốc gia', 'Đồng chí CT, PCT UBND xã', 'Công chức Địa chính - Xây dựng'],
    ['1.5', 'Trường học: kiến nghị đầu tư mở rộng diện tích khuôn viên trường tiểu học', 'Đồng chí CT, PCT UBND xã', 'Hiệu trưởng tham mưu đề xuất, các ngành liên quan'],
    ['1.6', 'CSVC Văn hóa: mua sắm cơ sở vật chất phục vụ sinh hoạt tại nhà rông các thôn', 'Đồng chí CT, PCT UBND xã', 'Công chức Địa chính - Xây dựng, Công chức VHHT'],
    ['1.7', 'CSHT thương mại nông thôn: Không đánh giá', clean ? 'Chủ tịch UBND xã' : null, clean ? 'Công chức Văn phòng UBND xã' : null],
    ['1.8', 'Thông tin và truyền thông: phát huy hiệu quả hệ thống đài truyền thanh xã', 'Chủ tịch UBND xã', 'Công chức Văn hoá TT, Công chức Văn phòng UBND xã'],
    ['1.9', 'Nhà ở dân cư: không để phát sinh nhà tạm', 'CT, Phó chủ tịch UBND xã', 'Công chức Địa chính - Xây dựng; Mặt trận và các đoàn thể'],
    ['1.10', 'Thu nhập: phấn đấu cuối năm 2024 đạt 54,1 tr.đ/người/năm', 'Chủ tịch, Phó chủ tịch UBND xã', 'Công chức VHHTT, Công chức Địa chính, Mặt trận và các đoàn thể'],
    ['1.11', 'Hộ nghèo: phấn đấu giảm tỷ lệ hộ nghèo xuống còn 5,47%', 'Phó chủ tịch UBND xã', 'Công chức Văn hóa – xã hội, Mặt trận và các đoàn thể'],
    ['1.12', 'Lao động: nâng tỷ lệ lao động qua đào tạo đạt 78% trở lên', 'Phó chủ tịch UBND xã', 'Công chức Văn hóa – xã hội, Công chức Văn phòng Thống kê'],
    ['1.13', 'Tổ chức sản xuất: truy xuất nguồn gốc sản phẩm chủ lực, đạt chỉ tiêu 13.3', 'Chủ tịch, Phó UBND xã', 'Công chức Địa chính Nông nghiệp, Mặt trận và các đoàn thể'],
    ['1.14', 'Giáo dục và đào tạo: nâng tỷ lệ học sinh tốt nghiệp THCS tiếp tục học trung học', 'Phó Chủ tịch UBND xã', 'Ban giám hiệu trường Tiểu học, CC VH-XH, Hội khuyến học'],
    ['1.15', 'Y tế: tỷ lệ dân số có sổ khám chữa bệnh điện tử đạt 50% trở lên', 'Phó Chủ tịch UBND xã', 'Cán bộ, công chức cấp xã; Trạm y tế xã'],
    ['1.16', 'Văn hóa: đăng ký danh sách gia đình đạt chuẩn văn hóa năm 2024', 'Phó Chủ tịch UBND xã', 'Công chức Văn hóa Thông tin, Mặt trận và các đoàn thể'],
    ['1.17', 'Môi trường và ATTP: tỷ lệ thu gom rác thải sinh hoạt đạt 100%', 'Chủ tịch, Phó Chủ tịch UBND xã', 'Công chức Địa chính - XD - MT, Mặt trận và các đoàn thể, các thôn'],
    ['1.18', 'Hệ thống chính trị và TCPL: thực hiện tốt xã đạt chuẩn về tiếp cận pháp luật', 'Đảng ủy, UBND xã', 'Thường trực Đảng ủy, Công chức Tư pháp - Hộ tịch'],
    ['1.19', 'Quốc phòng và an ninh: xây dựng xã đạt chuẩn an toàn về an ninh, trật tự xã hội', 'Chủ tịch UBND xã', 'Ban Chỉ huy trưởng QS, Ban Công an xã'],
  ];
  writeAnnex(ws, {
    titles: ['UBND XÃ THƯỢNG LỘ', 'PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2024'],
    header: [['TT', 'Nhiệm vụ', 'Người chỉ đạo', 'Người phụ trách']],
    rows,
    widths: [7, 70, 30, 44],
  });
}

async function thuongLo(clean: boolean): Promise<void> {
  const wb = newWorkbook();
  const ws = addSheet(wb, 'Kết quả tiêu chí');
  const end = thuongLoSummary(ws, clean);
  if (!clean) thuongLoIndicators(ws, end);
  thuongLoPlan(addSheet(wb, 'Phân công'), clean);
  await save(wb, clean ? 'thuong-lo-2024-clean.xlsx' : 'thuong-lo-2024.xlsx');
}

// ───────────────────────── Cẩm Thành 2023 (seed 003) ─────────────────────────
// 47/57 indicators and 11/19 criteria; poverty 100 − 29 = 71/1.784 = 3,97% (truncated, 3,98%),
// 155 − 6 = 149/1.807 = 8,24% (truncated, 8,25%), total 12,21% = the two rates added though
// their denominators differ.
const CT_CRITERIA: Array<[number, string]> = [
  [1, 'Quy hoạch'], [2, 'Giao thông'], [3, 'Thủy lợi và phòng, chống thiên tai'], [4, 'Điện'], [5, 'Trường học'],
  [6, 'Cơ sở vật chất văn hóa'], [7, 'Cơ sở hạ tầng thương mại nông thôn'], [8, 'Thông tin và Truyền thông'], [9, 'Nhà ở dân cư'],
  [10, 'Thu nhập'], [11, 'Nghèo đa chiều'], [12, 'Lao động'], [13, 'Tổ chức sản xuất và phát triển kinh tế nông thôn'],
  [14, 'Giáo dục và Đào tạo'], [15, 'Y tế'], [16, 'Văn hóa'], [17, 'Môi trường và an toàn thực phẩm'],
  [18, 'Hệ thống chính trị và tiếp cận pháp luật'], [19, 'Quốc phòng và An ninh'],
];

function camThanhAssessment(ws: ExcelJS.Worksheet): void {
  const notMet = new Set([5, 6, 11, 12, 13, 15, 17, 19]);
  const rows: Cell[][] = [];
  const ind: Record<number, Cell[][]> = {
    6: [['6.2', 'Xã có điểm vui chơi, giải trí và thể thao cho trẻ em và người cao tuổi theo quy định', 'Chưa có bể bơi', 'Chưa đạt']],
    12: [['12.2', 'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ (áp dụng đạt cho cả nam và nữ)', '25,27%', 'Chưa đạt']],
    13: [['13.3', 'Thực hiện truy xuất nguồn gốc các sản phẩm chủ lực của xã gắn với xây dựng vùng nguyên liệu và được chứng nhận VietGAP hoặc tương đương', null, 'Chưa đạt']],
    15: [
      ['15.1', 'Tỷ lệ người dân tham gia bảo hiểm y tế (áp dụng đạt cho cả nam và nữ)', null, 'Chưa đạt'],
      ['15.4', 'Tỷ lệ dân số có sổ khám chữa bệnh điện tử', null, 'Chưa đạt'],
    ],
    17: [
      ['17.1', 'Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn', null, 'Chưa đạt'],
      ['17.7', 'Tỷ lệ bao gói thuốc bảo vệ thực vật sau sử dụng và chất thải rắn y tế được thu gom, xử lý đáp ứng yêu cầu về bảo vệ môi trường', null, 'Chưa đạt'],
    ],
    19: [['19.2', 'Xã đạt chuẩn an toàn về an ninh, trật tự xã hội', null, 'Chưa đạt']],
  };
  for (const [n, name] of CT_CRITERIA) {
    if (n === 5) rows.push(['5', name, 'Thiếu phòng chức năng, phòng máy tính', 'Chưa đạt']);
    else if (n === 11) rows.push(['11', 'Tỷ lệ nghèo đa chiều giai đoạn 2021-2025', '12,21%', 'Chưa đạt']);
    else if (ind[n]) {
      rows.push([String(n), name, null, 'Chưa đạt']);
      rows.push(...ind[n]!);
    } else rows.push([String(n), name, null, notMet.has(n) ? 'Chưa đạt' : 'Đạt']);
  }
  writeAnnex(ws, {
    titles: [
      'UBND XÃ CẨM THÀNH',
      'BẢNG TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2023',
      '(Kèm theo Kế hoạch của UBND xã Cẩm Thành, huyện Cẩm Thủy, tỉnh Thanh Hóa)',
    ],
    header: [['Mã', 'Nội dung tiêu chí, chỉ tiêu', 'Kết quả thực hiện', 'Tự đánh giá']],
    rows,
    after: ['Tổng số chỉ tiêu xã đạt là 47/57 chỉ tiêu và tiêu chí xã đạt là 11/19 tiêu chí.'],
    widths: [7, 80, 26, 14],
  });
}

function camThanhPoverty(ws: ExcelJS.Worksheet, clean: boolean): void {
  const pct = (v: number) => ({ v, numFmt: '0.00%' });
  writeAnnex(ws, {
    titles: ['UBND XÃ CẨM THÀNH', 'BẢNG TÍNH TỶ LỆ HỘ NGHÈO ĐA CHIỀU NĂM 2023'],
    header: [['TT', 'Nội dung', 'Số hộ', 'Số hộ loại trừ', 'Tổng số hộ', 'Tỷ lệ (%)']],
    rows: clean
      ? [
        [1, 'Hộ nghèo', 100, 29, 1784, pct(0.0398)],
        [2, 'Hộ cận nghèo', 155, 6, 1784, pct(0.0835)],
        [null, 'Tỷ lệ nghèo đa chiều (hộ nghèo + hộ cận nghèo)', null, null, 1784, pct(0.1233)],
      ]
      : [
        [1, 'Hộ nghèo', 100, 29, 1784, pct(0.0397)],
        [2, 'Hộ cận nghèo', 155, 6, 1807, pct(0.0824)],
        [null, 'Tỷ lệ nghèo đa chiều (hộ nghèo + hộ cận nghèo)', null, null, null, pct(0.1221)],
      ],
    widths: [6, 44, 10, 14, 12, 10],
  });
}

async function camThanh(clean: boolean): Promise<void> {
  const wb = newWorkbook();
  camThanhAssessment(addSheet(wb, 'Tự đánh giá'));
  camThanhPoverty(addSheet(wb, 'Hộ nghèo'), clean);
  await save(wb, clean ? 'cam-thanh-2023-clean.xlsx' : 'cam-thanh-2023.xlsx');
}

// ───────────────────────── Tuần Giáo 2024 (seed 001) ─────────────────────────
// The district's targets: 13 communes "cơ bản đạt chuẩn (đạt từ 15 tiêu chí trở lên)", 3 meeting
// the standard (Quài Cang, Quài Nưa, Chiềng Sinh), "Bình quân tiêu chí/xã: trên 15,8". The seed
// gives no per-commune figures: the ones below are illustrative, chosen so the clean twin meets
// the declared targets and the other does not (12 communes at 15+, average 15,6).
const TG_COMMUNES = ['Quài Cang', 'Quài Nưa', 'Chiềng Sinh', 'Quài Tở', 'Tỏa Tình', 'Tênh Phông', 'Nà Sáy', 'Mường Thín',
  'Mường Khong', 'Pú Nhung', 'Rạng Đông', 'Ta Ma', 'Mường Mùn', 'Mùn Chung', 'Pú Xi', 'Chiềng Đông', 'Phình Sáng'];
const TG_2023_CLEAN = [17, 17, 18, 15, 14, 13, 15, 14, 15, 14, 13, 12, 15, 12, 11, 14, 12];
const TG_2024_CLEAN = [19, 19, 19, 17, 16, 15, 16, 16, 17, 16, 15, 13, 16, 14, 13, 15, 14];
const TG_2024_DIRTY = [19, 19, 19, 17, 16, 15, 16, 15, 16, 16, 14, 13, 15, 14, 12, 15, 14];

async function tuanGiao(clean: boolean): Promise<void> {
  const wb = newWorkbook();
  const ws = addSheet(wb, 'Tổng hợp xã');
  const targets = clean ? TG_2024_CLEAN : TG_2024_DIRTY;
  const cls = (n: number) => (n >= 19 ? 'Đạt chuẩn' : n >= 15 ? 'Cơ bản đạt chuẩn' : 'Chưa đạt');
  const rows: Cell[][] = TG_COMMUNES.map((c, i) => [i + 1, `Xã ${c}`, TG_2023_CLEAN[i]!, targets[i]!, cls(targets[i]!)]);
  if (!clean) rows[10]![4] = 'Cơ bản đạt chuẩn'; // Rạng Đông: 14 criteria written as "cơ bản đạt chuẩn"
  writeAnnex(ws, {
    titles: [
      'UBND HUYỆN TUẦN GIÁO',
      'KẾ HOẠCH THỰC HIỆN CÁC TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM 2024',
      '(Kèm theo Kế hoạch ngày 25/03/2024 của UBND huyện Tuần Giáo, tỉnh Điện Biên)',
    ],
    header: [
      ['TT', 'Tên xã', 'Số tiêu chí đạt đến 31/12/2023', 'Kế hoạch năm 2024', null],
      [null, null, null, 'Số tiêu chí phấn đấu', 'Xếp loại'],
    ],
    headerMerges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'],
    rows,
    after: [
      'Số xã cơ bản đạt chuẩn nông thôn mới (đạt từ 15 tiêu chí trở lên) phấn đấu năm 2024: 13 xã',
      'Số xã đạt chuẩn nông thôn mới phấn đấu năm 2024: 03 xã',
      'Bình quân tiêu chí/xã phấn đấu: trên 15,8 tiêu chí',
    ],
    widths: [6, 24, 18, 16, 20],
  });
  const plan = addSheet(wb, 'Nhiệm vụ');
  writeAnnex(plan, {
    titles: ['PHỤ LỤC 3: NHIỆM VỤ CÁC XÃ PHẤN ĐẤU ĐẠT CHUẨN NĂM 2024'],
    header: [['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành']],
    rows: [
      [1, 'Triển khai thực hiện các tiêu chí xã nông thôn mới theo kế hoạch 188/KH-UBND', 'UBND các xã', clean ? 'Quý IV/2024' : 'Quý II, III, IV'],
      [2, 'Cấp xã tổ chức đánh giá, hoàn thiện hồ sơ xã đạt chuẩn trình UBND huyện', 'UBND các xã Quài Cang, Quài Nưa, Chiềng Sinh', 'hết tháng 8/2024'],
      [3, 'Thẩm tra, hoàn thiện hồ sơ các xã đạt chuẩn, trình UBND tỉnh', 'Phòng Nông nghiệp và PTNT', 'tháng 9-10/2024'],
      [4, 'Đánh giá, hoàn thiện hồ sơ bản đạt chuẩn nông thôn mới trình UBND huyện', 'UBND các xã', 'hết tháng 10/2024'],
    ],
    widths: [6, 70, 34, 20],
  });
  await save(wb, clean ? 'tuan-giao-2024-clean.xlsx' : 'tuan-giao-2024.xlsx');
}

// ───────────────────────── Song Vân 2024 (seed 002) ─────────────────────────
// The plan's assignments with their deadlines (05/4/2024, 01/4/2024, Quý IV/2024) and reward
// (10 triệu đồng/thôn); its list jumps from 6 to 8 and its "Đường trục thôn, xóm" line is empty.
async function songVan(clean: boolean): Promise<void> {
  const wb = newWorkbook();
  const ws = addSheet(wb, 'Kế hoạch');
  const rows: Cell[][] = [
    ['I', 'Xây dựng thôn NTM kiểu mẫu', null, null, null, null],
    [1, 'Hoàn thành tiêu chí thôn NTM kiểu mẫu thôn Hoàng Vân, thôn Tân Lập', 'Văn phòng UBND xã (Cơ quan Thường trực BCĐ xã)', 'Quý IV/2024', null, null],
    [2, 'Lập, trình UBND xã phê duyệt phương án xây dựng thôn NTM kiểu mẫu', 'Ban phát triển thôn Hoàng Vân, thôn Tân Lập', '01/4/2024', null, null],
    [3, 'Khen thưởng thôn đạt chuẩn thôn Nông thôn mới kiểu mẫu năm 2024', 'Công chức Tài chính - kế toán', 'Quý IV/2024', '10 triệu đồng/thôn', 'Kinh phí sự nghiệp nông nghiệp huyện năm 2024'],
    ['II', 'Duy trì, nâng cao chất lượng tiêu chí', null, null, null, null],
    [4, 'Giao thông: cải tạo, duy tu, bảo dưỡng thường xuyên các tuyến đường trục xã, liên thôn', 'Công chức Địa chính - NN - Xây dựng - MT', 'Quý IV/2024', null, null],
    [5, clean ? 'Giao thông: chỉnh trang đường trục thôn, xóm' : 'Đường trục thôn, xóm', clean ? 'Công chức Địa chính - NN - Xây dựng - MT' : null, clean ? 'Quý IV/2024' : null, null, null],
    [6, 'Văn hóa: nâng cao chất lượng phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"', 'Công chức Văn hóa - xã hội', 'Quý IV/2024', null, null],
    [8, 'Các thôn xây dựng kế hoạch cụ thể năm 2024', 'Ban phát triển các thôn', '05/4/2024', null, null],
  ];
  writeAnnex(ws, {
    titles: ['UBND XÃ SONG VÂN', 'PHỤ LỤC: PHÂN CÔNG THỰC HIỆN KẾ HOẠCH XÂY DỰNG NÔNG THÔN MỚI NĂM 2024', '(Kèm theo Kế hoạch số 30/KH-UBND ngày 05/3/2024 của UBND xã Song Vân)'],
    header: [['TT', 'Nhiệm vụ', 'Người phụ trách', 'Thời gian hoàn thành', 'Kinh phí', 'Nguồn kinh phí']],
    rows,
    widths: [6, 64, 40, 18, 18, 36],
  });
  await save(wb, clean ? 'song-van-2024-clean.xlsx' : 'song-van-2024.xlsx');
}

// ───────────────────────── recognition variants ─────────────────────────
// One workbook of layouts: a table starting in column C with a merged two-row header and extra
// title rows; headers without diacritics; two tables on one sheet.
async function variants(): Promise<void> {
  const wb = newWorkbook();
  const a = addSheet(wb, 'Cot C');
  writeAnnex(a, {
    startCol: 3,
    titles: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BIỂU TỰ ĐÁNH GIÁ CHỈ TIÊU', 'Vùng: Bắc Trung Bộ'],
    header: [
      ['STT', 'Chỉ tiêu', 'Chỉ tiêu đạt chuẩn', 'Kết quả thực hiện', 'Tự đánh giá', null],
      [null, null, null, null, 'Đạt', 'Chưa đạt'],
    ],
    headerMerges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'],
    numbering: true,
    rows: [
      ['15.3', 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)', '≤ 25%', '18,2%', 'x', null],
      ['15.4', 'Tỷ lệ dân số có sổ khám chữa bệnh điện tử', null, '55%', 'x', null],
      ['3.1', 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động', '≥ 80%', '86%', 'x', null],
    ],
    widths: [6, 60, 14, 14, 8, 10],
  });
  const b = addSheet(wb, 'Khong dau');
  writeAnnex(b, {
    titles: ['BANG TU DANH GIA (tinh Thanh Hoa)'],
    header: [['Ma chi tieu', 'Noi dung chi tieu', 'Ket qua thuc hien', 'Tu danh gia']],
    rows: [
      ['15.3', 'Ty le tre em duoi 5 tuoi bi suy dinh duong the thap coi', '0,27', 'Dat'],
      ['11', 'Ty le ngheo da chieu', '5,1%', 'Dat'],
    ],
  });
  const c = addSheet(wb, 'Hai bang');
  const end = writeAnnex(c, {
    titles: ['BẢNG 1: TỰ ĐÁNH GIÁ (tỉnh Thanh Hóa)'],
    header: [['TT', 'Nội dung chỉ tiêu', 'Kết quả', 'Đánh giá']],
    rows: [['15.3', 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi', '20%', 'Đạt']],
  });
  writeAnnex(c, {
    titles: ['BẢNG 2: PHÂN CÔNG'],
    header: [['TT', 'Nhiệm vụ', 'Người phụ trách', 'Thời hạn']],
    rows: [[1, 'Cân, đo trẻ dưới 5 tuổi', 'Trạm y tế xã', '30/6/2024']],
  }, end + 3);
  await save(wb, 'variants.xlsx');
}

await thuongLo(false);
await thuongLo(true);
await camThanh(false);
await camThanh(true);
await tuanGiao(false);
await tuanGiao(true);
await songVan(false);
await songVan(true);
await variants();
