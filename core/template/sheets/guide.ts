/**
 * "Hướng dẫn": what to fill, where, by when; the legal basis of the set; that unknown thresholds
 * are blank and marked for the office; what the statuses mean. Vietnamese, as sent to communes.
 *
 * The first ten rows stay free of words the annex reads as a region, a commune group or a kind of
 * commune ("vùng …", "nhóm …", "đặc biệt khó khăn"): checkWorkbook reads every sheet's top rows
 * for the commune's context.
 */
import type { Pack } from '../../packs/schema.js';
import { SHEETS } from '../layout.js';
import * as S from '../style.js';
import { range, SheetBuilder, type SheetSpec } from '../spec.js';

export interface GuideInput {
  pack: Pack;
  provinceName: string;
  year: number;
  deadline: string | null;
  office: string | null;
  /** The commune the workbook is for, when built for one. */
  communeName: string | null;
  listed: { xa: number; 'dac-khu': number; phuong: number };
  excluded: { xa: number; 'dac-khu': number; phuong: number };
  unknownCells: number;
  contextLeftBlank: number;
  basicAt: number;
  hasRollup: boolean;
}

const WIDTH = 110;

export function guideSheet(g: GuideInput): SheetSpec {
  const b = new SheetBuilder(SHEETS.guide);
  b.spec.baseStyle = S.base;
  const pack = g.pack;
  let r = 1;
  const line = (text: string, style = S.text, height?: number) => {
    b.setText(r, 1, text);
    b.merge(range(r, 1, r, 3));
    b.style(`A${r}`, style);
    b.height(r, height ?? S.heightFor(S.linesFor(text, WIDTH)));
    r++;
  };
  const field = (label: string, value: string | null, hint: string) => {
    b.set(r, 1, label);
    b.style(`A${r}`, { font: { name: S.FONT, size: S.SIZE, bold: true }, align: { h: 'right', v: 'middle' } });
    b.setText(r, 2, value);
    b.style(`B${r}`, { ...S.input, border: 'thin', font: { name: S.FONT, size: S.SIZE, bold: true, color: '1F3864' }, align: { v: 'middle', wrap: true } });
    b.set(r, 3, hint);
    b.style(`C${r}`, { font: { name: S.FONT, size: 10, italic: true, color: '595959' }, align: { v: 'middle', wrap: true } });
    b.height(r, 22);
    r++;
  };
  const para = (heading: string, items: string[]) => {
    line(heading, { font: { name: S.FONT, size: S.SIZE + 1, bold: true, color: '1F3864' }, align: { v: 'bottom' } }, 24);
    for (const t of items) line(t);
  };

  line('HƯỚNG DẪN ĐIỀN BIỂU MẪU TỰ ĐÁNH GIÁ NÔNG THÔN MỚI', S.title, 28);
  line(`${g.office ?? `Văn phòng Điều phối nông thôn mới ${g.provinceName}`} — năm đánh giá ${g.year}`, S.subtitle, 20);
  line(`${pack.title.vi} — ${pack.legalBasis.map((l) => l.ref).join('; ')}`, S.subtitle, 20);
  r++;
  field('Hạn gửi lại:', g.deadline, 'Văn phòng điều phối ghi hạn trước khi gửi (ví dụ 30/9/2025).');
  field('Gửi về:', g.office, 'Nơi nhận tệp và người liên hệ (văn phòng điều phối ghi).');
  r = 11;

  const sheetsLine = g.communeName
    ? `Tệp này dành cho ${g.communeName}.`
    : `Tệp này gửi chung cho các xã của ${g.provinceName}: mỗi xã chọn tên mình ở sheet "${SHEETS.assess}".`;
  para('1. Xã điền gì, ở đâu', [
    `${sheetsLine} Xã điền hai sheet "${SHEETS.assess}" và "${SHEETS.plan}", lưu lại dưới dạng .xlsx (giữ nguyên tên các sheet) và gửi lại trước hạn ghi ở trên.`,
    `Sheet "${SHEETS.assess}": chọn tên xã ở ô C3 (danh sách các xã của tỉnh). Ô C4 tự điền ${pack.context.name.vi.toLowerCase()} theo danh mục của tỉnh; nếu ô trống, chọn trong danh sách.` +
      (pack.context.rules.length ? ` Ô G4 "Diện xã" chỉ chọn khi xã thuộc diện được áp dụng mức khác theo ${pack.context.rules[0]!.source.ref}.` : ''),
    `Với mỗi chỉ tiêu, nhập "Kết quả thực hiện" (cột F) và chọn "Xã tự đánh giá" (cột G): Đạt, Chưa đạt hoặc Không đánh giá. Tỷ lệ ghi bằng số phần trăm: 25,4 nghĩa là 25,4%. Chỉ tiêu dạng Đạt/Chưa đạt hoặc Có/Không chọn trong danh sách.`,
    `Cột "Mức chuẩn" và "Trạng thái (tự tính)" được tính bằng công thức từ sheet "${SHEETS.pack}": không cần nhập, không cần cài thêm phần mềm. Dòng "Kết quả" phía trên bảng cho số tiêu chí, chỉ tiêu đạt và xếp loại.`,
    `Sheet "${SHEETS.plan}": mỗi nhiệm vụ một dòng: mã chỉ tiêu, nhiệm vụ, người chỉ đạo, người phụ trách, thời gian hoàn thành (ngày/tháng/năm), kinh phí (triệu đồng), nguồn vốn. Dòng "Cộng" tự cộng kinh phí.`,
  ]);
  para('2. Văn phòng điều phối làm gì trước khi gửi', [
    `Sheet "${SHEETS.pack}" là bộ tiêu chí dùng để tính trạng thái. ${g.unknownCells} ô mức (nền vàng) để trống: bộ công cụ chưa có nguồn cho các mức đó nên không tự điền. Văn phòng nhập các mức này theo văn bản (dạng ≥ 80%, ≤ 6,5%, Đạt, Có, Không), và thêm chỉ tiêu còn thiếu ở các dòng trống cuối bảng; chỉ tiêu thêm vào tự hiện ở sheet "${SHEETS.assess}".`,
    `Khi một chỉ tiêu chưa có mức, trạng thái là "Chưa có ngưỡng" nếu xã đã nhập số liệu; nếu xã đã tự đánh giá thì lấy theo tự đánh giá của xã (như cách bộ công cụ đánh giá).`,
    g.contextLeftBlank > 0
      ? `${g.contextLeftBlank} đơn vị chưa có ${pack.context.name.vi.toLowerCase()} trong danh mục của tỉnh: các xã này tự chọn ở ô C4, hoặc văn phòng tạo lại tệp với --context-by-commune.`
      : `Mỗi đơn vị trong danh sách đã có ${pack.context.name.vi.toLowerCase()} theo danh mục của tỉnh.`,
    `Ghi hạn gửi lại và nơi nhận ở các ô phía trên.`,
  ]);
  para('3. Căn cứ pháp lý', [
    ...pack.legalBasis.map((l) => `${l.ref}${l.date ? ` (${l.date.split('-').reverse().join('/')})` : ''}${l.title ? `: ${l.title}` : ''}${l.inForce ? `; hiệu lực từ ${l.inForce.split('-').reverse().join('/')}` : ''}.`),
    `Mỗi mức trong sheet "${SHEETS.pack}" ghi nguồn ở cột "Căn cứ" và "Độ tin cậy"; cột "Đã đối chiếu" cho biết mức đã được đối chiếu với văn bản gốc hay chưa (${countVerified(pack)}).`,
  ]);
  para('4. Ý nghĩa các trạng thái', [
    'Đạt / Chưa đạt: so kết quả với mức chuẩn (so đúng giá trị đã nhập, không làm tròn).',
    'Chưa có ngưỡng: bộ tiêu chí chưa có mức cho chỉ tiêu này; văn phòng nhập mức ở sheet "Bộ tiêu chí".',
    'Thiếu số liệu: chưa nhập kết quả và chưa tự đánh giá. Không đánh giá: xã chọn "Không đánh giá" (chỉ tiêu không áp dụng); được tính như đạt khi đếm.',
    'Lỗi: kết quả không đúng kiểu (ví dụ chữ ở ô cần số); sửa lại giá trị.',
    `Xếp loại: "Đạt chuẩn" khi đạt tất cả ${pack.totals?.criteria ?? pack.criteria.length} tiêu chí. "Cơ bản đạt chuẩn" (từ ${g.basicAt} tiêu chí) là cách gọi của địa phương, không phải quy định pháp luật; mốc này là một thiết lập khi tạo tệp.`,
  ]);
  const kinds = `${g.listed.xa} xã${g.listed['dac-khu'] ? ` và ${g.listed['dac-khu']} đặc khu` : ''}${g.listed.phuong ? ` và ${g.listed.phuong} phường` : ''}`;
  const left = [g.excluded.phuong ? `${g.excluded.phuong} phường` : '', g.excluded['dac-khu'] ? `${g.excluded['dac-khu']} đặc khu` : '']
    .filter(Boolean).join(' và ');
  para('5. Danh sách đơn vị', [
    `Danh sách chọn gồm ${kinds} của ${g.provinceName} theo danh mục đơn vị hành chính từ 1/7/2025.` +
      (left ? ` Không đưa vào ${left}: bộ tiêu chí là bộ tiêu chí xã nông thôn mới, phường là đơn vị đô thị.` : '') +
      (g.listed['dac-khu'] ? ' Đặc khu là đơn vị cấp xã hình thành từ huyện đảo (không phải đơn vị đô thị) nên được đưa vào; văn phòng bỏ dòng nếu bộ tiêu chí không áp dụng.' : ''),
    ...(g.hasRollup ? [`Sheet "${SHEETS.rollup}": mỗi đơn vị một dòng; dòng của xã tự hiện kết quả khi xã chọn tên. Văn phòng tổng hợp các tệp gửi về bằng lệnh "ntm rollup <thư mục>".`] : []),
    'Danh mục xã: thanglequoc/vietnamese-provinces-database (MIT License, Copyright (c) 2021 Thang Le Quoc).',
  ]);
  para('6. Lưu ý', [
    'Các sheet được khóa không mật khẩu để tránh sửa nhầm công thức; ô được nhập có nền trắng hoặc vàng. Muốn bỏ khóa: Review (Xem lại) → Unprotect Sheet.',
    'Tệp dùng được trong Microsoft Excel, LibreOffice và Google Sheets; các sheet ẩn (_DanhSachXa, _Nguong, _TongHop) chứa danh sách và phép tính, không sửa.',
  ]);
  b.spec.columnWidths = [18, 40, 52];
  b.spec.protection = { enabled: true };
  b.style('B5:B6', { locked: false });
  b.spec.print = {
    orientation: 'landscape', paper: 'A4', fitToWidth: 1, fitToHeight: 0, area: range(1, 1, r - 1, 3),
    margins: { left: 2, right: 1.5, top: 1.5, bottom: 1.5 }, footer: 'Hướng dẫn — trang &P/&N', horizontalCentered: true,
  };
  b.spec.tabColor = '7030A0';
  return b.done();
}

function countVerified(pack: Pack): string {
  let n = 0;
  let v = 0;
  for (const i of pack.indicators) {
    for (const t of Object.values(i.thresholds)) {
      n++;
      if (t.source.verified) v++;
    }
  }
  return n === 0 ? 'bộ này chưa có mức nào' : `${v}/${n} mức đã đối chiếu`;
}
