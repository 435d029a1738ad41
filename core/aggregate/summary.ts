/**
 * The province summary as a workbook spec (summary.xlsx): "Tổng hợp" (one row per commune, the
 * heat map of criteria × communes and data bars, in the layout of the template's "Tổng hợp"),
 * "Kết quả chung" (the province's figures and the indicators failing most), "Chỉ tiêu" (every
 * indicator, communes not meeting it), "Tệp" (each file: used, merged, duplicate, unreadable and
 * why) and "Xã chưa gửi".
 *
 * Header words are chosen so that `ntm check summary.xlsx` recognises only the "Tổng hợp" table,
 * whose figures (communes, meeting all, "cơ bản", average) it recomputes.
 */
import { message } from '../messages/index.js';
import { formatNumber } from '../text/format.js';
import { rollupSheet, type RollupRow } from '../template/sheets/rollup.js';
import * as S from '../template/style.js';
import { range, SheetBuilder, type SheetSpec, type WorkbookSpec } from '../template/spec.js';
import type { Verdict } from '../evaluate/indicator.js';
import type { CommuneClass } from '../evaluate/commune.js';
import type { FileStatus, RollupResult } from './rollup.js';

const CLASS_SHORT: Record<CommuneClass, string> = { 'dat-chuan': 'Đạt chuẩn', 'co-ban': 'Cơ bản đạt chuẩn', 'chua-dat': 'Chưa đạt chuẩn' };
const KIND: Record<string, string> = { xa: 'Xã', phuong: 'Phường', 'dac-khu': 'Đặc khu' };

function cellOf(v: Verdict | null): number | null {
  if (v === null) return null;
  if (v === 'dat' || v === 'khong-danh-gia') return 1;
  if (v === 'chua-dat') return 0;
  return 0.5;
}

export function averageText(avg: number): { vi: string; en: string } {
  return { vi: formatNumber(avg, 'vi', 2, true), en: formatNumber(avg, 'en', 2, true) };
}

export function rollupToSpec(r: RollupResult): WorkbookSpec {
  const year = r.year ?? r.pack.period.to;
  const provinceName = r.province?.name ?? '';
  const t = r.totals;
  // communes with results only: a blank row would read as "no criterion met" to the annex checks
  const rows: RollupRow[] = r.communes.filter((c) => c.reported).map((c) => ({
    name: c.name, code: c.code, kind: c.kind, context: c.context,
    criteriaMet: c.reported ? c.criteriaMet! : null,
    indicatorsMet: c.reported ? c.indicatorsMet! : null,
    klass: c.class ? CLASS_SHORT[c.class] : null,
    criteria: c.criteria.map((x) => cellOf(x.verdict)),
    source: c.files.length ? c.files.join(', ') : null,
    note: c.notes.map((n) => n.vi).join(' ') || null,
  }));
  const perCriterion = r.pack.criteria.map((_k, i) => r.communes.filter((c) => c.reported && cellOf(c.criteria[i]!.verdict) === 1).length);
  const summary = rollupSheet({
    pack: r.pack, provinceName, year, rows,
    lines: [
      message('rollup.line.communes', { reported: t.reported, expected: t.expected }).vi,
      message('rollup.line.standard', { count: t.meetingAll }).vi,
      message('rollup.line.basic', { count: t.atBasic, basicAt: r.basicAt }).vi,
      message('rollup.line.average', { average: averageText(t.average), reported: t.reported, missing: t.missing }).vi,
    ],
    totals: { criteria: perCriterion, note: `Số xã đạt từng tiêu chí (trong ${t.reported} xã có kết quả)` },
  });
  return {
    sheets: [summary, figuresSheet(r, provinceName, year), indicatorsSheet(r), filesSheet(r), missingSheet(r)],
    properties: { title: `Tổng hợp nông thôn mới ${year} — ${provinceName}`, subject: r.pack.title.vi, creator: 'NTM toolkit' },
    activeSheet: 0,
  };
}

function titled(b: SheetBuilder, text: string, sub: string, width: number): void {
  b.set(1, 1, text);
  b.merge(range(1, 1, 1, width)).style('A1', S.title).height(1, 30);
  b.set(2, 1, sub);
  b.merge(range(2, 1, 2, width)).style('A2', S.subtitle).height(2, 20);
}

function figuresSheet(r: RollupResult, provinceName: string, year: number): SheetSpec {
  const b = new SheetBuilder('Kết quả chung');
  b.spec.baseStyle = S.base;
  const t = r.totals;
  titled(b, `KẾT QUẢ TỔNG HỢP NÔNG THÔN MỚI ${provinceName.toUpperCase()} NĂM ${year}`, `${r.pack.title.vi} — ${r.criteriaTotal} tiêu chí`, 6);
  const figures: Array<[string, number | string, string]> = [
    ['Số đơn vị trong danh sách', t.expected, 'Các xã và đặc khu của tỉnh theo danh mục từ 1/7/2025 (phường không tính).'],
    ['Số xã có kết quả', t.reported, ''],
    ['Số xã chưa gửi', t.missing, 'Danh sách ở sheet "Xã chưa gửi".'],
    [`Số xã đạt chuẩn (đạt cả ${r.criteriaTotal} tiêu chí)`, t.meetingAll, ''],
    [`Số xã đạt từ ${r.basicAt} tiêu chí`, t.atBasic, `Kể cả xã đạt chuẩn. "Cơ bản đạt chuẩn" từ ${r.basicAt} tiêu chí là cách gọi của địa phương (thiết lập), không phải quy định pháp luật.`],
    ['Bình quân tiêu chí/xã', averageText(t.average).vi, `Tổng ${t.sumCriteria} tiêu chí đạt chia cho ${t.reported} xã có kết quả: tính lại từ số tiêu chí của từng xã, không lấy bình quân các tỷ lệ.`],
    ['Tệp nhận được', t.files, 'Từng tệp ở sheet "Tệp".'],
    ['Tệp không đọc được', t.unreadable, ''],
    ['Tệp trùng xã', t.duplicates, 'Mỗi xã chỉ tính một tệp.'],
    ['Tệp của xã cũ (trước 1/7/2025)', t.merged, 'Gộp vào xã mới; xã mới lấy mức thấp nhất trong các xã cũ đã gửi.'],
  ];
  const h = 4;
  ['Chỉ số', 'Số', 'Diễn giải'].forEach((x, i) => b.set(h, i + 1, x));
  b.merge(range(h, 3, h, 6));
  b.style(range(h, 1, h, 6), S.header);
  figures.forEach(([label, v, note], i) => {
    const row = h + 1 + i;
    b.set(row, 1, label).set(row, 2, v).set(row, 3, note || null);
    b.merge(range(row, 3, row, 6));
    b.height(row, S.heightFor(Math.max(S.linesFor(label, 34), S.linesFor(note, 70, 11)), 11));
  });
  const last = h + figures.length;
  b.style(range(h + 1, 1, last, 6), S.cell);
  b.style(range(h + 1, 1, last, 1), { font: { name: S.FONT, size: S.SIZE, bold: true } });
  b.style(range(h + 1, 2, last, 2), { align: { h: 'center', v: 'middle' }, font: { name: S.FONT, size: 13, bold: true, color: '1F3864' } });
  b.style(range(h + 1, 3, last, 6), { font: { name: S.FONT, size: 11, italic: true } });

  // the indicators failing most
  const top = r.failingIndicators.slice(0, 10);
  let row = last + 2;
  b.set(row, 1, `Chỉ tiêu chưa đạt nhiều nhất (${top.length} chỉ tiêu đầu; đầy đủ ở sheet "Chỉ tiêu")`);
  b.merge(range(row, 1, row, 6)).style(`A${row}`, { font: { name: S.FONT, size: 13, bold: true, color: '1F3864' } });
  row++;
  const hh = row;
  ['Hạng', 'Ký hiệu', 'Diễn giải', 'Số xã chưa đạt', 'Số xã có kết quả', 'Tỷ lệ xã chưa đạt (%)'].forEach((x, i) => b.set(hh, i + 1, x));
  b.style(range(hh, 1, hh, 6), S.header).height(hh, 32);
  top.forEach((f, i) => {
    const rr = hh + 1 + i;
    b.set(rr, 1, i + 1).set(rr, 2, f.code).setText(rr, 3, f.wording || null).set(rr, 4, f.notMet).set(rr, 5, f.assessed)
      .set(rr, 6, Math.round((f.notMet / f.assessed) * 10000) / 100);
    b.height(rr, S.heightFor(S.linesFor(f.wording, 50)));
  });
  if (top.length) {
    const l2 = hh + top.length;
    b.style(range(hh + 1, 1, l2, 6), S.cell);
    b.style(range(hh + 1, 1, l2, 2), { align: { h: 'center', v: 'middle' }, numFmt: '@' });
    b.style(range(hh + 1, 4, l2, 6), { align: { h: 'center', v: 'middle' } });
    b.style(range(hh + 1, 6, l2, 6), { numFmt: '0.00' });
    b.format({ ref: range(hh + 1, 4, l2, 4), type: 'dataBar', color: S.COLOR.scaleLow, min: 0, max: Math.max(1, t.reported) });
    row = l2 + 2;
  } else {
    b.set(hh + 1, 1, 'Không có chỉ tiêu nào chưa đạt trong các tệp đã nhận.');
    b.merge(range(hh + 1, 1, hh + 1, 6));
    row = hh + 3;
  }
  // the criteria failing most
  b.set(row, 1, 'Tiêu chí chưa đạt nhiều nhất');
  b.merge(range(row, 1, row, 6)).style(`A${row}`, { font: { name: S.FONT, size: 13, bold: true, color: '1F3864' } });
  const ch = row + 1;
  ['Hạng', 'Ký hiệu', 'Tên', 'Số xã chưa đạt', 'Số xã có kết quả', 'Tỷ lệ xã chưa đạt (%)'].forEach((x, i) => b.set(ch, i + 1, x));
  b.style(range(ch, 1, ch, 6), S.header).height(ch, 32);
  r.failingCriteria.forEach((c, i) => {
    const rr = ch + 1 + i;
    b.set(rr, 1, i + 1).set(rr, 2, `TC${c.code}`).set(rr, 3, c.name).set(rr, 4, c.notMet).set(rr, 5, t.reported)
      .set(rr, 6, t.reported ? Math.round((c.notMet / t.reported) * 10000) / 100 : null);
  });
  if (r.failingCriteria.length) {
    const l3 = ch + r.failingCriteria.length;
    b.style(range(ch + 1, 1, l3, 6), S.cell);
    b.style(range(ch + 1, 1, l3, 2), { align: { h: 'center', v: 'middle' } });
    b.style(range(ch + 1, 4, l3, 6), { align: { h: 'center', v: 'middle' } });
    b.style(range(ch + 1, 6, l3, 6), { numFmt: '0.00' });
    b.format({ ref: range(ch + 1, 4, l3, 4), type: 'dataBar', color: S.COLOR.scaleLow, min: 0, max: Math.max(1, t.reported) });
  }
  b.spec.columnWidths = [36, 12, 50, 14, 14, 14];
  b.spec.print = { orientation: 'landscape', paper: 'A4', fitToWidth: 1, fitToHeight: 0, margins: { left: 1.5, right: 1, top: 1.5, bottom: 1.5 }, footer: 'Kết quả chung — trang &P/&N', horizontalCentered: true };
  return b.done();
}

function indicatorsSheet(r: RollupResult): SheetSpec {
  const b = new SheetBuilder('Chỉ tiêu');
  b.spec.baseStyle = S.base;
  titled(b, 'CÁC CHỈ TIÊU: SỐ XÃ CHƯA ĐẠT', 'Chỉ tiêu có trong bảng tự đánh giá của các xã có kết quả; xếp theo số xã chưa đạt.', 7);
  const counts = new Map<string, { dat: number; chua: number; other: number }>();
  for (const c of r.communes) {
    for (const i of c.indicators) {
      const cur = counts.get(i.code) ?? { dat: 0, chua: 0, other: 0 };
      if (i.verdict === 'dat' || i.verdict === 'khong-danh-gia') cur.dat++;
      else if (i.verdict === 'chua-dat') cur.chua++;
      else cur.other++;
      counts.set(i.code, cur);
    }
  }
  const list = [...counts.entries()].sort((a, b) => b[1].chua - a[1].chua || a[0].localeCompare(b[0], 'en', { numeric: true }));
  const h = 4;
  ['Ký hiệu', 'Diễn giải', 'Số xã đạt', 'Số xã chưa đạt', 'Chưa có kết quả', 'Số xã có kết quả', 'Tỷ lệ xã chưa đạt (%)'].forEach((x, i) => b.set(h, i + 1, x));
  b.style(range(h, 1, h, 7), S.header).height(h, 32);
  list.forEach(([code, v], i) => {
    const row = h + 1 + i;
    const n = v.dat + v.chua + v.other;
    const wording = r.pack.indicators.find((x) => x.code === code)?.wording?.vi ?? '';
    b.setText(row, 1, code).setText(row, 2, wording || null).set(row, 3, v.dat).set(row, 4, v.chua).set(row, 5, v.other).set(row, 6, n)
      .set(row, 7, n ? Math.round((v.chua / n) * 10000) / 100 : null);
    b.height(row, S.heightFor(S.linesFor(wording, 60)));
  });
  if (list.length) {
    const last = h + list.length;
    b.style(range(h + 1, 1, last, 7), S.cell);
    b.style(range(h + 1, 1, last, 1), { align: { h: 'center', v: 'middle' }, numFmt: '@' });
    b.style(range(h + 1, 3, last, 7), { align: { h: 'center', v: 'middle' } });
    b.style(range(h + 1, 7, last, 7), { numFmt: '0.00' });
    b.format({ ref: range(h + 1, 4, last, 4), type: 'dataBar', color: S.COLOR.scaleLow, min: 0, max: Math.max(1, r.totals.reported) });
    b.format({ ref: range(h + 1, 3, last, 3), type: 'dataBar', color: S.COLOR.scaleHigh, min: 0, max: Math.max(1, r.totals.reported) });
  }
  b.spec.columnWidths = [10, 62, 11, 11, 11, 11, 12];
  b.spec.frozenRows = h;
  b.spec.print = { orientation: 'landscape', paper: 'A4', fitToWidth: 1, fitToHeight: 0, titleRows: [h, h], footer: 'Chỉ tiêu — trang &P/&N', horizontalCentered: true };
  return b.done();
}

const STATUS_KEY: Record<FileStatus, string> = {
  used: 'rollup.status.used', merged: 'rollup.status.merged', duplicate: 'rollup.status.duplicate', superseded: 'rollup.status.superseded',
  unreadable: 'rollup.status.unreadable', unidentified: 'rollup.status.unidentified', outside: 'rollup.status.outside', 'other-set': 'rollup.status.other-set',
};

function filesSheet(r: RollupResult): SheetSpec {
  const b = new SheetBuilder('Tệp');
  b.spec.baseStyle = S.base;
  titled(b, 'CÁC TỆP ĐÃ NHẬN', 'Mỗi tệp: đã tổng hợp, gộp vào xã mới, trùng, không đọc được — và lý do.', 8);
  const h = 4;
  ['Tên tệp', 'Xử lý', 'Thuộc xã (sau 1/7/2025)', 'Nhận diện theo', 'Tiêu chí đạt (số)', 'Lỗi', 'Cảnh báo', 'Lý do, ghi chú'].forEach((x, i) => b.set(h, i + 1, x));
  b.style(range(h, 1, h, 8), S.header).height(h, 32);
  r.files.forEach((f, i) => {
    const row = h + 1 + i;
    const by = f.identifiedBy ? message(`rollup.identified-by.${f.identifiedBy}`).vi : null;
    const note = [f.reason?.vi, ...f.notes.map((n) => n.vi)].filter(Boolean).join(' ');
    b.setText(row, 1, f.file).set(row, 2, message(STATUS_KEY[f.status]).vi).set(row, 3, f.commune?.name ?? null).set(row, 4, by)
      .set(row, 5, f.criteriaMet ?? null).set(row, 6, f.counts?.error ?? null).set(row, 7, f.counts?.warning ?? null).setText(row, 8, note || null);
    b.height(row, S.heightFor(Math.max(S.linesFor(note, 56, 11), S.linesFor(f.file, 28)), 11));
  });
  if (r.files.length) {
    const last = h + r.files.length;
    b.style(range(h + 1, 1, last, 8), S.cell);
    b.style(range(h + 1, 5, last, 7), { align: { h: 'center', v: 'middle' } });
    b.style(range(h + 1, 8, last, 8), { font: { name: S.FONT, size: 11 } });
    const st = range(h + 1, 2, last, 2);
    b.format({ ref: st, type: 'textEquals', text: message('rollup.status.used').vi, fill: S.COLOR.dat, fontColor: S.COLOR.datText });
    b.format({ ref: st, type: 'textEquals', text: message('rollup.status.merged').vi, fill: S.COLOR.amber, fontColor: S.COLOR.amberText });
    for (const k of ['rollup.status.unreadable', 'rollup.status.unidentified', 'rollup.status.duplicate', 'rollup.status.outside', 'rollup.status.superseded', 'rollup.status.other-set']) {
      b.format({ ref: st, type: 'textEquals', text: message(k).vi, fill: S.COLOR.chua, fontColor: S.COLOR.chuaText });
    }
  }
  b.spec.columnWidths = [30, 16, 22, 14, 10, 7, 9, 58];
  b.spec.frozenRows = h;
  b.spec.print = { orientation: 'landscape', paper: 'A4', fitToWidth: 1, fitToHeight: 0, titleRows: [h, h], footer: 'Tệp — trang &P/&N', horizontalCentered: true };
  return b.done();
}

function missingSheet(r: RollupResult): SheetSpec {
  const b = new SheetBuilder('Xã chưa gửi');
  b.spec.baseStyle = S.base;
  const missing = r.communes.filter((c) => !c.reported);
  titled(b, `CÁC XÃ CHƯA GỬI (${missing.length}/${r.totals.expected})`, 'Đơn vị trong danh sách của tỉnh chưa có tệp tự đánh giá dùng được.', 4);
  const h = 4;
  ['Tên xã', 'Mã ĐVHC', 'Loại', 'Hình thành từ (trước 1/7/2025)'].forEach((x, i) => b.set(h, i + 1, x));
  b.style(range(h, 1, h, 4), S.header);
  missing.forEach((c, i) => {
    b.set(h + 1 + i, 1, c.name).set(h + 1 + i, 2, c.code).set(h + 1 + i, 3, KIND[c.kind] ?? c.kind).set(h + 1 + i, 4, c.parts.join(', ') || null);
  });
  if (missing.length) b.style(range(h + 1, 1, h + missing.length, 4), S.cell);
  b.spec.columnWidths = [28, 10, 10, 60];
  b.spec.frozenRows = h;
  b.spec.print = { orientation: 'portrait', paper: 'A4', fitToWidth: 1, fitToHeight: 0, titleRows: [h, h], footer: 'Xã chưa gửi — trang &P/&N' };
  return b.done();
}
