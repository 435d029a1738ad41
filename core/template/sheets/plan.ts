/**
 * "Kế hoạch": the plan annex for what is not yet met: task, who leads, who is responsible,
 * deadline (a date), budget (million đồng) and source of funds, with a "Cộng" row that the annex
 * checks add up.
 */
import { ACELL, NAMES, SHEETS } from '../layout.js';
import * as S from '../style.js';
import { abs, range, sheetRef, str, SheetBuilder, type SheetSpec } from '../spec.js';

export const PLAN = { header: 5, numbering: 6, first: 7, rows: 30 } as const;

export function planSheet(opts: { year: number; lastYear: number; communeName: string | null }): SheetSpec {
  const b = new SheetBuilder(SHEETS.plan);
  b.spec.baseStyle = S.base;
  const assess = sheetRef(SHEETS.assess);
  b.set(1, 1, `=${assess}A1`, opts.communeName ? `UBND ${opts.communeName.toUpperCase()}` : 'ỦY BAN NHÂN DÂN');
  b.merge('A1:C1').style('A1', { font: { name: S.FONT, size: S.SIZE, bold: true }, align: { h: 'center', v: 'middle', wrap: true } });
  b.set(1, 6, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
  b.merge('F1:I1').style('F1', { font: { name: S.FONT, size: S.SIZE, bold: true }, align: { h: 'center', v: 'middle', wrap: true } });
  b.height(1, 36);
  const title = 'PHỤ LỤC: KẾ HOẠCH THỰC HIỆN CÁC TIÊU CHÍ, CHỈ TIÊU CHƯA ĐẠT NĂM ';
  b.set(2, 1, `=${str(title)}&${assess}${abs(ACELL.year.r, ACELL.year.c)}`, title + String(opts.year));
  b.merge('A2:I2').style('A2', S.title).height(2, 26);
  b.set(3, 1, 'Mỗi nhiệm vụ một dòng; thời gian hoàn thành ghi ngày (ngày/tháng/năm); kinh phí tính bằng triệu đồng.');
  b.merge('A3:I3').style('A3', S.subtitle);
  const h = PLAN.header;
  ['TT', 'Mã chỉ tiêu', 'Nhiệm vụ, giải pháp', 'Người chỉ đạo', 'Người phụ trách', 'Thời gian hoàn thành', 'Kinh phí (triệu đồng)', 'Nguồn vốn', 'Ghi chú']
    .forEach((t, i) => b.set(h, i + 1, t));
  b.style(range(h, 1, h, 9), S.header).height(h, 34);
  for (let i = 1; i <= 9; i++) b.set(PLAN.numbering, i, `(${i})`);
  b.style(range(PLAN.numbering, 1, PLAN.numbering, 9), S.numbering);
  const first = PLAN.first;
  const last = first + PLAN.rows - 1;
  for (let r = first; r <= last; r++) b.set(r, 1, r - first + 1);
  b.style(range(first, 1, last, 9), S.cell);
  b.style(range(first, 2, last, 9), S.input);
  b.style(range(first, 1, last, 1), { align: { h: 'center', v: 'middle' } });
  b.style(range(first, 2, last, 2), { align: { h: 'center', v: 'middle' }, numFmt: '@' });
  b.style(range(first, 6, last, 6), { numFmt: 'dd/mm/yyyy', align: { h: 'center', v: 'middle' } });
  b.style(range(first, 7, last, 7), { numFmt: '#,##0.0', align: { h: 'right', v: 'middle' } });
  for (let r = first; r <= last; r++) b.height(r, 20);
  const tot = last + 1;
  b.set(tot, 1, 'Cộng');
  b.merge(range(tot, 1, tot, 6));
  b.set(tot, 7, `=SUM(${range(first, 7, last, 7)})`, 0);
  b.style(range(tot, 1, tot, 9), { ...S.cell, font: { name: S.FONT, size: S.SIZE, bold: true } });
  b.style(range(tot, 1, tot, 1), { align: { h: 'center', v: 'middle' } });
  b.style(a1of(tot, 7), { numFmt: '#,##0.0', align: { h: 'right', v: 'middle' } });

  b.validate({ ref: range(first, 2, last, 2), type: 'list', source: NAMES.codes, strict: false,
    prompt: { vi: 'Mã chỉ tiêu hoặc tiêu chí (chọn hoặc gõ, ví dụ 15.4).', en: 'Indicator or criterion code.' } });
  b.validate({ ref: range(first, 6, last, 6), type: 'date', min: `${opts.year}-01-01`, max: `${opts.lastYear}-12-31`,
    prompt: { vi: `Ngày hoàn thành, từ 01/01/${opts.year} đến 31/12/${opts.lastYear}.`, en: 'Completion date.' },
    error: { vi: `Ghi một ngày trong khoảng 01/01/${opts.year} – 31/12/${opts.lastYear}.`, en: 'A date within the plan period.' } });
  b.validate({ ref: range(first, 7, last, 7), type: 'decimal', min: 0, max: 1e9,
    prompt: { vi: 'Kinh phí, triệu đồng (ví dụ 500 hoặc 1.250,5).', en: 'Budget in million đồng.' },
    error: { vi: 'Kinh phí là một số không âm (triệu đồng).', en: 'A budget is a number, not negative.' } });
  b.validate({ ref: range(first, 8, last, 8), type: 'list', source: NAMES.funds, strict: false,
    prompt: { vi: 'Chọn nguồn vốn hoặc ghi nguồn khác.', en: 'Pick a source of funds or type another.' } });

  b.spec.columnWidths = [5, 9, 44, 18, 18, 14, 13, 20, 20];
  b.spec.frozenRows = PLAN.numbering;
  b.spec.print = {
    orientation: 'landscape', paper: 'A4', fitToWidth: 1, fitToHeight: 0, titleRows: [h, PLAN.numbering], area: range(1, 1, tot, 9),
    margins: { left: 1.5, right: 1, top: 1.5, bottom: 1.5 }, footer: 'Kế hoạch — trang &P/&N', horizontalCentered: true,
  };
  b.spec.tabColor = S.COLOR.tab;
  return b.done();
}

function a1of(r: number, c: number): string {
  return range(r, c, r, c);
}
