/**
 * "Tổng hợp": one row per commune of the province, with criteria and indicators met, class, and
 * one column per criterion (1 met, 0 not met, 0,5 no result yet) shown as ✓ ✗ – with a colour
 * scale (the heat map) and data bars on the counts. The province template carries it empty, each
 * commune's own row filling in by formula once it picks its name; `ntm rollup` writes the same
 * layout filled from the returned files. The header words are the ones the annex recognises as a
 * commune roll-up, so `ntm check` recomputes its counts and averages.
 */
import type { Pack } from '../../packs/schema.js';
import { ACELL, CALC, SHEETS, calcCell } from '../layout.js';
import * as S from '../style.js';
import { a1, abs, col, range, sheetRef, str, SheetBuilder, type CellScalar, type SheetSpec } from '../spec.js';
import { STATUS } from './assess.js';

export const ROLLUP = { header: 8, numbering: 9, first: 10 } as const;
/** Column numbers (1-based); criteria start at `crit`. */
export const RC = { tt: 1, name: 2, code: 3, kind: 4, context: 5, met: 6, ind: 7, klass: 8, crit: 9 } as const;

export interface RollupRow {
  name: string;
  code: string;
  kind: string;
  context: string | null;
  criteriaMet?: number | null;
  indicatorsMet?: number | null;
  klass?: string | null;
  /** Per criterion of the pack, in order: 1 met, 0 not met, 0.5 no result, null no file. */
  criteria?: Array<number | null>;
  source?: string | null;
  note?: string | null;
}

export interface RollupSheetOptions {
  pack: Pack;
  provinceName: string;
  year: number;
  rows: RollupRow[];
  /** Lines above the table: figures (summary) or how-to notes (template). */
  lines: string[];
  /** Template: each row fills in by formula when it is the commune picked in "Tự đánh giá". */
  ownRowFormulas?: boolean;
  sheetName?: string;
  /** A "Cộng" row under the table: communes meeting each criterion. */
  totals?: { criteria: number[]; note: string };
}

const KIND_LABEL: Record<string, string> = { xa: 'Xã', phuong: 'Phường', 'dac-khu': 'Đặc khu' };

export function rollupSheet(o: RollupSheetOptions): SheetSpec {
  const b = new SheetBuilder(o.sheetName ?? SHEETS.rollup);
  const nCrit = o.pack.criteria.length;
  const cSource = RC.crit + nCrit;
  const cNote = cSource + 1;
  const lastCol = cNote;
  b.spec.baseStyle = S.base;
  b.set(1, 1, `UBND ${o.provinceName.toUpperCase()}\nVĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI`);
  b.merge(range(1, 1, 1, RC.klass - 1)).style('A1', { font: { name: S.FONT, size: S.SIZE, bold: true }, align: { h: 'center', v: 'middle', wrap: true } });
  b.set(1, RC.klass, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
  b.merge(range(1, RC.klass, 1, lastCol)).style(a1(1, RC.klass), { font: { name: S.FONT, size: S.SIZE, bold: true }, align: { h: 'center', v: 'middle', wrap: true } });
  b.height(1, 36);
  b.set(2, 1, `BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI CỦA CÁC XÃ NĂM ${o.year}`);
  b.merge(range(2, 1, 2, lastCol)).style('A2', S.title).height(2, 26);
  b.set(3, 1, `Bộ tiêu chí: ${o.pack.title.vi} (${o.pack.legalBasis.map((x) => x.ref).join('; ')}). Cột TC1…TC${nCrit}: ✓ đạt, ✗ chưa đạt, – chưa có kết quả.`);
  b.merge(range(3, 1, 3, lastCol)).style('A3', S.subtitle).height(3, 20);
  for (let i = 0; i < 4; i++) {
    const r = 4 + i;
    const t = o.lines[i];
    if (t === undefined) continue;
    b.set(r, 1, t);
    b.merge(range(r, 1, r, lastCol)).style(a1(r, 1), { font: { name: S.FONT, size: S.SIZE, bold: i === 0 }, align: { v: 'middle' } });
  }
  const h = ROLLUP.header;
  const headers: string[] = ['TT', 'Tên xã', 'Mã ĐVHC', 'Loại', o.pack.context.kind === 'commune-group' ? 'Nhóm xã' : 'Vùng', 'Số tiêu chí đạt', 'Số chỉ tiêu đạt', 'Xếp loại',
    ...o.pack.criteria.map((c) => `TC${c.code}`), 'Nguồn số liệu', 'Ghi chú'];
  headers.forEach((t, i) => b.set(h, i + 1, t));
  b.style(range(h, 1, h, lastCol), S.header).height(h, 48);
  b.style(range(h, RC.crit, h, RC.crit + nCrit - 1), { align: { h: 'center', v: 'middle', rotate: 90 }, font: { name: S.FONT, size: 11, bold: true } });
  headers.forEach((_t, i) => b.set(ROLLUP.numbering, i + 1, `(${i + 1})`));
  b.style(range(ROLLUP.numbering, 1, ROLLUP.numbering, lastCol), { ...S.numbering, font: { name: S.FONT, size: 8, italic: true } });
  const first = ROLLUP.first;
  const last = Math.max(first, first + o.rows.length - 1);
  const assess = sheetRef(SHEETS.assess);
  const picked = `${assess}${abs(ACELL.commune.r, ACELL.commune.c)}`;
  const verdict = (i: number) => `${sheetRef(SHEETS.calc)}$${col(CALC.cols.verdict)}$${CALC.firstCriterion + i}`;
  o.rows.forEach((row, i) => {
    const r = first + i;
    b.set(r, RC.tt, i + 1).setText(r, RC.name, row.name).set(r, RC.code, row.code).set(r, RC.kind, KIND_LABEL[row.kind] ?? row.kind).setText(r, RC.context, row.context);
    if (o.ownRowFormulas) {
      const own = `${picked}=$B${r}`;
      b.set(r, RC.met, `=IF(${own},${calcCell('met')},"")`, '');
      b.set(r, RC.ind, `=IF(${own},${calcCell('indMet')},"")`, '');
      b.set(r, RC.klass, `=IF(${own},${calcCell('classShort')},"")`, '');
      o.pack.criteria.forEach((_c, k) => {
        const v = verdict(k);
        b.set(r, RC.crit + k, `=IF(${own},IF(OR(${v}=${str(STATUS.dat)},${v}=${str(STATUS.kdg)}),1,IF(${v}=${str(STATUS.chua)},0,0.5)),"")`, '');
      });
    } else {
      b.set(r, RC.met, row.criteriaMet ?? null).set(r, RC.ind, row.indicatorsMet ?? null).set(r, RC.klass, row.klass ?? null);
      (row.criteria ?? []).forEach((v, k) => b.set(r, RC.crit + k, v as CellScalar));
    }
    b.setText(r, cSource, row.source ?? null).setText(r, cNote, row.note ?? null);
  });
  if (o.rows.length === 0) b.set(first, 1, null);
  const tot = last + 1;
  if (o.totals) {
    b.set(tot, RC.name, 'Cộng');
    o.totals.criteria.forEach((n, k) => b.set(tot, RC.crit + k, n));
    b.set(tot, cNote, o.totals.note);
    b.style(range(tot, 1, tot, lastCol), { ...S.cell, fill: S.COLOR.heading, font: { name: S.FONT, size: S.SIZE, bold: true } });
    b.style(range(tot, RC.crit, tot, RC.crit + nCrit - 1), { numFmt: '0', align: { h: 'center', v: 'middle' }, font: { name: S.FONT, size: 10, bold: true } });
    b.style(range(tot, cSource, tot, cNote), { font: { name: S.FONT, size: 10, italic: true }, align: { v: 'middle', wrap: true } });
    b.height(tot, 30);
  }
  b.style(range(first, 1, last, lastCol), S.cell);
  b.style(range(first, RC.tt, last, RC.tt), { align: { h: 'center', v: 'middle' } });
  b.style(range(first, RC.code, last, RC.met + 1), { align: { h: 'center', v: 'middle', wrap: true } });
  b.style(range(first, RC.crit, last, RC.crit + nCrit - 1), { numFmt: '[=1]"✓";[=0]"✗";"–"', align: { h: 'center', v: 'middle' }, font: { name: S.FONT, size: S.SIZE, bold: true } });
  b.style(range(first, cSource, last, cNote), { font: { name: S.FONT, size: 10 }, align: { v: 'middle', wrap: true } });
  for (let r = first; r <= last; r++) {
    const row = o.rows[r - first];
    const note = [row?.note ?? '', row?.source ?? ''];
    const lines = Math.max(1, S.linesFor(note[0]!, 30, 10), S.linesFor(note[1]!, 18, 10), S.linesFor(row?.name ?? '', 22));
    b.height(r, Math.max(20, S.heightFor(lines, 10)));
  }
  const total = o.pack.totals?.criteria ?? nCrit;
  b.format({ ref: range(first, RC.crit, last, RC.crit + nCrit - 1), type: 'colorScale', stops: [
    { at: 0, color: S.COLOR.scaleLow }, { at: 0.5, color: S.COLOR.scaleMid }, { at: 1, color: S.COLOR.scaleHigh },
  ] });
  b.format({ ref: range(first, RC.met, last, RC.met), type: 'dataBar', color: S.COLOR.bar, min: 0, max: total });
  b.format({ ref: range(first, RC.ind, last, RC.ind), type: 'dataBar', color: '9BBB59', min: 0 });
  const klass = range(first, RC.klass, last, RC.klass);
  b.format({ ref: klass, type: 'textEquals', text: 'Đạt chuẩn', fill: S.COLOR.dat, fontColor: S.COLOR.datText });
  b.format({ ref: klass, type: 'textEquals', text: 'Cơ bản đạt chuẩn', fill: S.COLOR.amber, fontColor: S.COLOR.amberText });
  b.format({ ref: klass, type: 'textEquals', text: 'Chưa đạt chuẩn', fill: S.COLOR.chua, fontColor: S.COLOR.chuaText });
  b.spec.columnWidths = [5, 22, 8, 8, 8, 8, 8, 17, ...o.pack.criteria.map(() => 4.5), 18, 30];
  b.spec.frozenRows = ROLLUP.numbering;
  b.spec.frozenCols = 2;
  b.spec.print = {
    orientation: 'landscape', paper: 'A4', fitToWidth: 1, fitToHeight: 0, titleRows: [h, ROLLUP.numbering], area: range(1, 1, o.totals ? tot : last, lastCol),
    margins: { left: 1, right: 1, top: 1.5, bottom: 1.5 }, footer: 'Tổng hợp — trang &P/&N', horizontalCentered: true,
  };
  b.spec.tabColor = '548235';
  return b.done();
}
