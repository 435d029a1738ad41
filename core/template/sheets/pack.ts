/**
 * "Bộ tiêu chí": the pack as core packToRows writes it (packFromSheet reads it back to the same
 * pack), with spare rows for indicators the office adds, and "_Nguong", the hidden sheet that reads
 * each threshold cell with formulas (see levels.ts).
 */
import type { Pack } from '../../packs/schema.js';
import { BLOCK, levelFormulas, mirrorLevel, mirrorValues } from '../levels.js';
import { NAMES, SHEETS, type Layout } from '../layout.js';
import * as S from '../style.js';
import { a1, col, range, sheetRef, SheetBuilder, type CellScalar, type SheetSpec, type Validation } from '../spec.js';

const WIDTHS: Record<string, number> = {
  'Mã': 10, 'Tiêu chí': 18, 'Nội dung chỉ tiêu': 40, 'Đơn vị': 6, 'Loại': 10, 'Năm': 6,
  'Căn cứ': 22, 'Đã đối chiếu': 8, 'Độ tin cậy': 10, 'Ghi chú': 28,
};

/** Whether the pack has no level for this indicator and this threshold column (and no common one). */
function isUnknown(pack: Pack, code: string, id: string): boolean {
  const ind = pack.indicators.find((i) => i.code === code);
  if (!ind) return true;
  if (id === '*') return Object.keys(ind.thresholds).length === 0;
  return !ind.thresholds[id] && !ind.thresholds['*'];
}

/** Warns when a level is written in words: the status formulas read symbols (≥ 80%), the core reads both. */
function levelValidation(ref: string): Validation {
  const tl = ref.split(':')[0]!;
  return {
    ref, type: 'custom', warn: true, formula: `SUMPRODUCT(COUNTIF(${tl},${NAMES.words}))=0`,
    prompt: { vi: 'Ghi mức dạng ≥ 80%, ≤ 6,5%, Đạt, Có, Không.', en: 'Write the level as ≥ 80%, ≤ 6.5%, Đạt, Có, Không.' },
    error: {
      vi: 'Mức viết bằng chữ (như "từ 80% trở lên", "dưới 6,5%") không được công thức của biểu mẫu đọc: hãy ghi bằng ký hiệu (≥ 80%, < 6,5%).',
      en: 'A level in words is not read by the template\'s formulas: use a symbol (≥ 80%, < 6.5%).',
    },
  };
}

export function packSheet(l: Layout): { sheet: SheetSpec; unknownCells: number } {
  const b = new SheetBuilder(SHEETS.pack);
  const rows = l.packSheet.rows;
  const ncol = l.packSheet.columns.length;
  rows.forEach((row, r0) => row.forEach((v, c0) => {
    if (typeof v === 'string') b.setText(r0 + 1, c0 + 1, v);
    else if (v !== null && v !== undefined && !(v instanceof Date) && typeof v !== 'object') b.set(r0 + 1, c0 + 1, v as CellScalar);
  }));
  for (let r = l.spareFirst; r <= l.spareLast; r++) b.set(r, ncol, null);
  b.spec.baseStyle = S.base;
  b.style('A1', { font: { name: S.FONT, size: 14, bold: true } });
  // settings rows
  for (let r = 2; r < l.packHeader - 1; r++) {
    b.style(`A${r}`, { font: { name: S.FONT, size: S.SIZE, bold: true }, align: { v: 'middle', wrap: true } });
    b.style(`B${r}`, { align: { h: 'left', v: 'middle' } });
    const label = String(rows[r - 1]?.[0] ?? '');
    if (label.length > 10) b.height(r, S.heightFor(2));
  }
  // a legend to the right of the settings (packFromSheet reads only the first two cells of a setting row)
  const legend = [
    'Ô nền vàng: bộ công cụ chưa có nguồn cho mức này, để trống. Văn phòng điều phối nhập mức theo văn bản trước khi gửi các xã.',
    'Ghi mức dạng ≥ 80%, ≤ 6,5%, Đạt, Có, Không, hoặc số kèm đơn vị (≥ [mức] triệu đồng/người/năm). Cột "Trạng thái" ở sheet "Tự đánh giá" đọc mức từ đây.',
    'Các dòng trống cuối bảng: văn phòng thêm chỉ tiêu của bộ tiêu chí (mã, tiêu chí, nội dung, đơn vị, loại, mức); chỉ tiêu thêm vào tự hiện ở sheet "Tự đánh giá".',
    'Sheet được khóa (không mật khẩu) để tránh sửa nhầm; bỏ khóa để sửa mức đã có.',
  ];
  const lc = 5;
  legend.forEach((t, i) => {
    const r = 2 + i;
    if (r >= l.packHeader - 1) return;
    b.set(r, lc, t);
    b.style(a1(r, lc), { font: { name: S.FONT, size: 11, italic: true, color: i === 0 ? '7F6000' : '404040' }, fill: i === 0 ? S.COLOR.unknown : undefined });
  });
  const h = l.packHeader;
  b.style(range(h, 1, h, ncol), S.header);
  b.height(h, 34);
  const last = l.spareLast;
  b.style(range(h + 1, 1, last, ncol), S.cell);
  b.style(range(h + 1, 1, last, 1), { align: { h: 'center', v: 'middle' }, numFmt: '@' });
  // thresholds: known ones locked, unknown ones blank, yellow, open to the office
  let unknownCells = 0;
  for (const r0 of l.packSheet.indicatorRows) {
    const r = r0 + 1;
    const code = String(rows[r0]![0]);
    l.blockCols.forEach((c, i) => {
      const v = rows[r0]![c - 1];
      const blank = v === null || v === undefined || v === '';
      if (blank && isUnknown(l.pack, code, l.blockIds[i]!)) {
        unknownCells++;
        b.style(a1(r, c), S.unknown);
        b.validate(levelValidation(a1(r, c)));
      } else b.style(a1(r, c), { fill: S.COLOR.locked, align: { h: 'center', v: 'middle', wrap: true } });
    });
  }
  // spare rows: all open
  b.style(range(l.spareFirst, 1, l.spareLast, ncol), { locked: false });
  b.style(range(l.spareFirst, l.blockCols[0]!, l.spareLast, l.blockCols[l.blockCols.length - 1]!), { fill: S.COLOR.unknown, align: { h: 'center', v: 'middle', wrap: true } });
  b.validate(levelValidation(range(l.spareFirst, l.blockCols[0]!, l.spareLast, l.blockCols[l.blockCols.length - 1]!)));
  // widths
  b.spec.columnWidths = l.packSheet.columns.map((name, i) => (l.blockCols.includes(i + 1) ? 11 : WIDTHS[name] ?? 12));
  // heights of indicator rows from their longest cell
  for (const r0 of l.packSheet.indicatorRows) {
    let lines = 1;
    rows[r0]!.forEach((v, c0) => {
      if (typeof v === 'string' && v) lines = Math.max(lines, S.linesFor(v, b.spec.columnWidths![c0]! - 1));
    });
    b.height(r0 + 1, S.heightFor(lines));
  }
  b.spec.frozenRows = h;
  b.spec.frozenCols = 3;
  b.spec.protection = { enabled: true };
  b.spec.print = {
    orientation: 'landscape', paper: 'A4', fitToWidth: 1, fitToHeight: 0, titleRows: [h, h],
    margins: { left: 1.5, right: 1, top: 1.5, bottom: 1.5 }, footer: 'Bộ tiêu chí — trang &P/&N', horizontalCentered: true,
  };
  b.spec.tabColor = '7F6000';
  return { sheet: b.done(), unknownCells };
}

/** "_Nguong": for each row of the pack table, its key (code|year) and one helper block per threshold column. */
export function levelsSheet(l: Layout): SheetSpec {
  const b = new SheetBuilder(SHEETS.levels);
  const src = sheetRef(SHEETS.pack);
  b.set(1, 1, 'Mã|Năm');
  l.blockLabels.forEach((label, i) => b.set(1, 2 + i * BLOCK, label));
  const rows = l.packSheet.rows;
  for (let r = l.packFirst; r <= l.spareLast; r++) {
    const codeCell = `${src}$A$${r}`;
    const codeText = `SUBSTITUTE(TRIM(""&${codeCell}),",",".")`;
    const yearPart = l.yearCol ? `&IF(TRIM(""&${src}$${col(l.yearCol)}$${r})="","","|"&TRIM(""&${src}$${col(l.yearCol)}$${r}))` : '';
    const raw = rows[r - 1];
    const codeV = raw?.[0];
    const yearV = l.yearCol ? raw?.[l.yearCol - 1] : null;
    const keyResult = codeV === null || codeV === undefined || codeV === '' ? '' : `${String(codeV).trim().replace(/,/g, '.')}${yearV !== null && yearV !== undefined && String(yearV) !== '' ? `|${yearV}` : ''}`;
    b.set(r, 1, `=IF(TRIM(""&${codeCell})="","",${codeText}${yearPart})`, keyResult);
    l.blockCols.forEach((pc, i) => {
      const c0 = 2 + i * BLOCK;
      const fs = levelFormulas(`${src}$${col(pc)}$${r}`, (k) => a1(r, c0 + k - 1));
      const v = raw?.[pc - 1];
      const m = mirrorValues(mirrorLevel(typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null));
      fs.forEach((f, k) => b.set(r, c0 + k, f, m[k]!));
    });
  }
  b.spec.state = 'hidden';
  return b.done();
}
