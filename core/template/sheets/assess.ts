/**
 * "Tự đánh giá": one row per indicator for a commune. The commune picks its name from the
 * province's list; its region or group fills in; it types values and its own rating; the status
 * column is computed by native formulas from the "Bộ tiêu chí" sheet (through "_Nguong"), with
 * the same rules as the core's evaluateIndicator:
 *
 * - a self-rating "Không đánh giá" wins;
 * - no level for the commune's context (nor a common one): the self-rating counts; else a blank
 *   value is "Thiếu số liệu" and a value is "Chưa có ngưỡng";
 * - a level in words: the self-rating, else "Thiếu số liệu";
 * - "Đạt" required: the value as a rating, else the self-rating;
 * - "Có"/"Không" required: the yes/no value decides;
 * - a numeric level: the number decides with the exact value; a blank value (or a rating typed as
 *   the value) falls back to the self-rating; anything else is "Lỗi".
 *
 * Hidden helper columns K–T hold the intermediate cells (see AC in layout.ts).
 */
import { labelOf } from '../../context/index.js';
import type { Indicator } from '../../packs/schema.js';
import type { TemplateCommune } from '../communes.js';
import { mirrorLevel } from '../levels.js';
import { AC, ACELL, AROW, LIST, NAMES, SHEETS, calcCell, levelsRange, type Layout } from '../layout.js';
import * as S from '../style.js';
import { a1, abs, col, range, sheetRef, str, SheetBuilder, type SheetSpec } from '../spec.js';

export const STATUS = {
  dat: 'Đạt', chua: 'Chưa đạt', kdg: 'Không đánh giá', thieu: 'Thiếu số liệu', noLevel: 'Chưa có ngưỡng', loi: 'Lỗi',
} as const;

const RATING_WORDS: Array<[string, string[]]> = [
  [STATUS.dat, ['Đạt', 'Đạt chuẩn', 'Đã đạt', 'Đạt yêu cầu', 'Hoàn thành', 'Dat', 'x', '✓', '✔']],
  [STATUS.chua, ['Chưa đạt', 'Không đạt', 'Chưa đạt chuẩn', 'Chưa', 'Chua dat', 'Khong dat']],
  [STATUS.kdg, ['Không đánh giá', 'KĐG', 'Không áp dụng', 'Khong danh gia', 'KDG']],
];

/** A cell's text read as a rating, as a formula. */
function ratingOf(ref: string): string {
  let f = '""';
  for (const [label, words] of [...RATING_WORDS].reverse()) {
    f = `IF(OR(${words.map((w) => `${ref}=${str(w)}`).join(',')}),${str(label)},${f})`;
  }
  return `=${f}`;
}

/** Levels longer than this show shortened in "Mức chuẩn"; the whole text is in "Bộ tiêu chí". */
const LEVEL_CHARS = 70;

function shortLevel(t: string): string {
  return t.length > LEVEL_CHARS ? `${t.slice(0, LEVEL_CHARS - 3)}…` : t;
}

export interface AssessContext {
  /** The commune the workbook is built for, or null (the commune picks it). */
  commune: TemplateCommune | null;
  year: number;
  /** Rows of "_DanhSachXa" (2…last) for the list lookups. */
  listLast: number;
  ruleLast: number;
}

/** The 1-based block of the commune's context (0: none). */
export function contextBlock(l: Layout, label: string | null): number {
  if (!label) return 0;
  const i = l.contextLabels.indexOf(label);
  return i < 0 ? 0 : i + 1 + (l.usesCommon ? 1 : 0);
}

/** The pack-sheet row a code (and year) looks up, as MATCH does on "_Nguong"!A. */
export function lookupRow(l: Layout, code: string, year: number): number {
  const key = (r: number): string => {
    const row = l.packSheet.rows[r - 1];
    const c = row?.[0];
    if (c === null || c === undefined || String(c).trim() === '') return '';
    const y = l.yearCol ? row?.[l.yearCol - 1] : null;
    return `${String(c).trim().replace(/,/g, '.')}${y !== null && y !== undefined && String(y) !== '' ? `|${y}` : ''}`;
  };
  for (const k of [`${code}|${year}`, code]) {
    for (let r = l.packFirst; r <= l.spareLast; r++) if (key(r) === k) return r;
  }
  return 0;
}

/** The block whose level applies at a row: the context's, else the common one (0: none). */
export function levelBlock(l: Layout, row: number, ctxBlk: number): number {
  if (row === 0) return 0;
  const has = (b: number) => b > 0 && mirrorLevel(cellValue(l, row, l.blockCols[b - 1]!)).OP !== '';
  if (has(ctxBlk)) return ctxBlk;
  if (l.usesCommon && has(1)) return 1;
  return 0;
}

function cellValue(l: Layout, row: number, c: number): string | number | null {
  const v = l.packSheet.rows[row - 1]?.[c - 1];
  return typeof v === 'string' || typeof v === 'number' ? v : null;
}

function valueValidation(ind: Indicator | undefined): { type: 'rate' | 'number' | 'yesno' | 'rating' | 'free' } {
  if (!ind) return { type: 'free' };
  switch (ind.kind) {
    case 'rate': return { type: 'rate' };
    case 'number': return { type: 'number' };
    case 'yesno': return { type: 'yesno' };
    case 'rating': return { type: 'rating' };
    default: return { type: 'free' };
  }
}

export function assessSheet(l: Layout, ctx: AssessContext): SheetSpec {
  const pack = l.pack;
  const b = new SheetBuilder(SHEETS.assess);
  const me = (r: number, c: number) => a1(r, c);
  const C = (k: keyof typeof ACELL) => abs(ACELL[k].r, ACELL[k].c);
  const NG = levelsRange(l);
  const levelsA = `${sheetRef(SHEETS.levels)}$A$1:$A$${l.spareLast}`;
  const isRegion = pack.context.kind === 'region';
  const hasRules = pack.context.rules.length > 0;
  const selected = ctx.commune;
  const ctxLabel = selected?.context ?? null;
  const ruleName = selected?.rules[0] ?? '';
  const rule = pack.context.rules.find((r) => r.name.vi === ruleName);
  const effLabel = rule ? labelOf(pack, rule.use) : ctxLabel;
  const ctxBlk = contextBlock(l, effLabel);

  b.spec.baseStyle = S.base;
  // header lines
  b.set(1, 1, `=IF(${C('commune')}="","ỦY BAN NHÂN DÂN","UBND "&UPPER(${C('commune')}))`, selected ? `UBND ${selected.name.toUpperCase()}` : 'ỦY BAN NHÂN DÂN');
  b.merge('A1:D1').style('A1', { font: { name: S.FONT, size: S.SIZE, bold: true }, align: { h: 'center', v: 'middle', wrap: true } });
  b.set(1, 6, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
  b.merge('F1:I1').style('F1', { font: { name: S.FONT, size: S.SIZE, bold: true }, align: { h: 'center', v: 'middle', wrap: true } });
  b.height(1, 36);
  const titleText = 'BẢNG TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI NĂM ';
  b.set(2, 1, `=${str(titleText)}&${C('year')}`, titleText + String(ctx.year));
  b.merge('A2:I2').style('A2', S.title).height(2, 26);

  // inputs
  const label = (r: number, c: number, text: string, span?: string) => {
    b.set(r, c, text);
    if (span) b.merge(span);
    b.style(a1(r, c), { font: { name: S.FONT, size: S.SIZE, bold: true }, align: { h: 'right', v: 'middle' } });
  };
  const inputStyle = { ...S.input, border: 'thin' as const, font: { name: S.FONT, size: S.SIZE, bold: true, color: '1F3864' }, align: { v: 'middle' as const } };
  label(3, 1, 'Tên xã:', 'A3:B3');
  b.setText(3, 3, selected ? selected.name : null);
  b.merge('C3:E3').style('C3:E3', inputStyle);
  b.validate({
    ref: 'C3', type: 'list', source: NAMES.communes, strict: true,
    prompt: { vi: 'Chọn tên xã trong danh sách các xã của tỉnh.', en: 'Pick the commune from the province list.' },
    error: { vi: 'Tên xã phải chọn trong danh sách.', en: 'Pick a commune from the list.' },
  });
  label(3, 6, 'Năm đánh giá:');
  b.set(3, 7, ctx.year);
  b.style('G3', { ...inputStyle, align: { h: 'center', v: 'middle' } });
  b.validate({
    ref: 'G3', type: 'whole', min: 2000, max: 2100,
    error: { vi: 'Năm là số có 4 chữ số, ví dụ 2025.', en: 'A four-digit year, e.g. 2025.' },
  });
  b.set(3, 8, '← chọn tên đơn vị ở ô C3');
  b.merge('H3:I3').style('H3', { font: { name: S.FONT, size: 10, italic: true, color: '595959' } });

  const kindLabel = isRegion || pack.context.kind === 'zone' ? 'Vùng:' : 'Nhóm xã:';
  label(4, 1, kindLabel, 'A4:B4');
  const lookup = (c: number) => `VLOOKUP(${C('commune')},${sheetRef(SHEETS.list)}$B$${LIST.first}:$${col(c)}$${ctx.listLast},${c - 1},FALSE)`;
  b.set(4, 3, `=IFERROR(IF(${lookup(4)}="","",${lookup(4)}),"")`, ctxLabel ?? '');
  b.merge('C4:E4').style('C4:E4', inputStyle);
  b.validate({
    ref: 'C4', type: 'list', source: NAMES.contexts, strict: true,
    prompt: { vi: 'Tự điền theo danh mục của tỉnh; nếu trống, chọn trong danh sách.', en: 'Filled from the province list; pick one if blank.' },
  });
  if (hasRules) {
    label(4, 6, 'Diện xã:');
    b.set(4, 7, `=IFERROR(IF(${lookup(5)}="","",${lookup(5)}),"")`, ruleName);
    b.merge('G4:I4').style('G4:I4', inputStyle);
    b.validate({
      ref: 'G4', type: 'list', source: NAMES.rules, strict: true,
      prompt: {
        vi: `Chỉ chọn khi xã thuộc diện áp dụng mức ${pack.context.rules.map((r) => labelOf(pack, r.use)).filter((x, i, a) => a.indexOf(x) === i).join(', ')} (${pack.context.rules[0]!.source.ref}).`,
        en: 'Only when the commune is of a kind that uses another level.',
      },
    });
  }
  label(5, 1, 'Kết quả:', 'A5:B5');
  const met = calcCell('met');
  const total = calcCell('total');
  b.set(5, 3, `=${met}&"/"&${total}&" tiêu chí đạt; "&${calcCell('indMet')}&" chỉ tiêu đạt (bảng có "&${calcCell('indRows')}&" chỉ tiêu) — Xếp loại: "&${calcCell('klass')}`);
  b.merge('C5:I5').style('C5:I5', { font: { name: S.FONT, size: S.SIZE, bold: true, color: '1F3864' }, fill: S.COLOR.header, align: { v: 'middle', wrap: true } });
  b.height(5, 34);

  // the table
  const h = AROW.header;
  const headers = ['TT', 'Mã chỉ tiêu', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Mức chuẩn', 'Kết quả thực hiện', 'Xã tự đánh giá', 'Trạng thái (tự tính)', 'Ghi chú'];
  headers.forEach((t, i) => b.set(h, i + 1, t));
  b.style(range(h, 1, h, 9), S.header).height(h, 34);
  headers.forEach((_t, i) => b.set(AROW.numbering, i + 1, `(${i + 1})`));
  b.style(range(AROW.numbering, 1, AROW.numbering, 9), S.numbering);

  const openCells: string[] = [];
  const validations = new Map<string, number[]>();
  const addVal = (kind: string, r: number) => {
    const l2 = validations.get(kind) ?? [];
    l2.push(r);
    validations.set(kind, l2);
  };
  const critNames = new Map(pack.criteria.map((c) => [c.code, c.name.vi] as const));
  const statusRows: number[] = [];
  for (const row of l.assessRows) {
    const r = row.row;
    const F = me(r, AC.value);
    const G = me(r, AC.rating);
    const B = me(r, AC.code);
    const DR = me(r, AC.dr);
    const VR = me(r, AC.vr);
    const SR = me(r, AC.sr);
    const ROW = me(r, AC.row);
    const BLK = me(r, AC.blk);
    const OP = me(r, AC.op);
    const LVL = me(r, AC.lvl);
    const VK = me(r, AC.vk);
    const LV = me(r, AC.lv);
    if (row.kind === 'heading' || row.kind === 'spare-heading') {
      const text = row.kind === 'heading'
        ? `Tiêu chí ${row.criterion}. ${critNames.get(row.criterion) ?? ''}`.trim()
        : 'Chỉ tiêu do văn phòng điều phối thêm ở sheet "Bộ tiêu chí" (tự hiện khi có)';
      b.set(r, AC.wording, text);
      b.merge(range(r, AC.wording, r, AC.note));
      b.style(range(r, 1, r, 9), S.heading);
      if (row.kind === 'spare-heading') b.style(a1(r, AC.wording), { font: { name: S.FONT, size: S.SIZE, bold: true, italic: true } });
      b.height(r, S.heightFor(S.linesFor(text, 120)));
      continue;
    }
    statusRows.push(r);
    b.style(range(r, 1, r, 9), S.cell);
    b.style(a1(r, AC.tt), { align: { h: 'center', v: 'middle' } });
    b.style(a1(r, AC.code), { align: { h: 'center', v: 'middle' }, numFmt: '@' });
    b.style(range(r, AC.level, r, AC.level), { align: { h: 'center', v: 'middle', wrap: true } });
    b.style(range(r, AC.status, r, AC.status), { align: { h: 'center', v: 'middle', wrap: true }, font: { name: S.FONT, size: S.SIZE, bold: true } });
    // the commune's own rating and the value read as a rating
    b.set(r, AC.dr, ratingOf(G), '');
    if (row.kind === 'criterion') {
      const name = critNames.get(row.criterion) ?? '';
      b.set(r, AC.tt, row.seq!);
      b.set(r, AC.code, row.criterion);
      b.set(r, AC.wording, `${name} (tự đánh giá chung cả tiêu chí)`);
      b.set(r, AC.level, 'Đánh giá chung');
      b.style(a1(r, AC.wording), { font: { name: S.FONT, size: S.SIZE, bold: true } });
      b.style(a1(r, AC.value), { fill: S.COLOR.grey });
      b.set(r, AC.lv, 'crit');
      b.set(r, AC.tc, row.criterion);
      b.set(r, AC.status, `=IF(${DR}="",${str(STATUS.thieu)},${DR})`, STATUS.thieu);
      openCells.push(a1(r, AC.rating), a1(r, AC.note));
      addVal('rating-col', r);
      b.height(r, S.heightFor(S.linesFor(`${name} (tự đánh giá chung cả tiêu chí)`, 45)));
      continue;
    }
    // indicator or spare row
    let codeShown = '';
    let kind = valueValidation(row.indicator);
    if (row.kind === 'indicator') {
      const ind = row.indicator!;
      codeShown = ind.code;
      b.set(r, AC.tt, row.seq!);
      b.setText(r, AC.code, ind.code);
      const wording = ind.wording?.vi ?? '(nội dung chưa có trong bộ tiêu chí)';
      b.setText(r, AC.wording, wording);
      b.setText(r, AC.unit, ind.unit ?? null);
      b.set(r, AC.lv, 'ind');
      // as tall as the wording, or the longest level this row can show (whichever context is picked)
      const levels = l.blockCols.map((c) => shortLevel(mirrorLevel(cellValue(l, row.packRow!, c)).T));
      b.height(r, S.heightFor(Math.max(S.linesFor(wording, 45), ...levels.map((t) => S.linesFor(t, 19)), 1)));
    } else {
      const p = `${sheetRef(SHEETS.pack)}$`;
      const pr = row.packRow!;
      b.set(r, AC.code, `=IF(TRIM(""&${p}A$${pr})="","",SUBSTITUTE(TRIM(""&${p}A$${pr}),",","."))`, '');
      b.set(r, AC.wording, `=IF(${B}="","",""&${p}C$${pr})`, '');
      b.set(r, AC.unit, `=IF(${B}="","",""&${p}D$${pr})`, '');
      b.set(r, AC.lv, `=IF(${B}="","","ind")`, '');
      kind = { type: 'free' };
    }
    b.set(r, AC.vr, ratingOf(F), '');
    b.set(r, AC.sr, `=IF(${DR}<>"",${DR},${VR})`, '');
    const rowIdx = codeShown ? lookupRow(l, codeShown, ctx.year) : 0;
    b.set(r, AC.row, `=IF(${B}="",0,IFERROR(MATCH(${B}&"|"&${C('year')},${levelsA},0),IFERROR(MATCH(${B},${levelsA},0),0)))`, rowIdx);
    const ctxB = calcCell('ctxBlk');
    const opAt = (blk: string) => `INDEX(${NG},${ROW},(${blk}-1)*9+9)`;
    const chung = l.usesCommon ? `IF(INDEX(${NG},${ROW},9)<>"",1,0)` : '0';
    const blk = levelBlock(l, rowIdx, ctxBlk);
    b.set(r, AC.blk, `=IF(${ROW}=0,0,IF(AND(${ctxB}>0,IFERROR(${opAt(ctxB)},"")<>""),${ctxB},${chung}))`, blk);
    const m = blk ? mirrorLevel(cellValue(l, rowIdx, l.blockCols[blk - 1]!)) : null;
    b.set(r, AC.op, `=IF(${BLK}=0,"",${opAt(BLK)})`, m ? m.OP : '');
    b.set(r, AC.lvl, `=IF(${BLK}=0,"",INDEX(${NG},${ROW},(${BLK}-1)*9+8))`, m ? m.NUM : '');
    const T = `INDEX(${NG},${ROW},(${BLK}-1)*9+1)`;
    b.set(r, AC.level, `=IF(${B}="","",IF(${BLK}=0,${str(STATUS.noLevel)},IF(LEN(${T})>${LEVEL_CHARS},LEFT(${T},${LEVEL_CHARS - 3})&"…",${T})))`,
      codeShown ? (m ? shortLevel(m.T) : STATUS.noLevel) : '');
    b.set(r, AC.vk, `=IF(TRIM(""&${F})="","blank",IF(OR(${F}="-",${F}="–",${F}="—"),"blank",IF(ISNUMBER(${F}),"num",IF(ISLOGICAL(${F}),IF(${F},"yes","no"),` +
      `IF(OR(${F}="x",${F}="✓",${F}="✔"),"tick",IF(OR(${F}="Có",${F}="Co"),"yes",IF(OR(${F}="Không",${F}="Khong"),"no",IF(${VR}<>"","rating","text"))))))))`, 'blank');
    b.set(r, AC.tc, `=IF(${B}="","",IF(ISNUMBER(FIND(".",${B})),LEFT(${B},FIND(".",${B})-1),${B}))`, codeShown ? codeShown.split('.')[0]! : '');
    const numeric = `OR(AND(${OP}=">=",${F}>=${LVL}),AND(${OP}=">",${F}>${LVL}),AND(${OP}="<=",${F}<=${LVL}),AND(${OP}="<",${F}<${LVL}),AND(${OP}="=",${F}=${LVL}))`;
    const orThieu = `IF(${SR}<>"",${SR},${str(STATUS.thieu)})`;
    const status =
      `=IF(${B}="","",IF(${SR}=${str(STATUS.kdg)},${str(STATUS.kdg)},` +
      `IF(${OP}="",IF(${SR}<>"",${SR},IF(${VK}="blank",${str(STATUS.thieu)},${str(STATUS.noLevel)})),` +
      `IF(${OP}="text",${orThieu},` +
      `IF(${OP}="dat",IF(${VR}<>"",${VR},IF(${DR}<>"",${DR},IF(${VK}="blank",${str(STATUS.thieu)},${str(STATUS.loi)}))),` +
      `IF(OR(${OP}="co",${OP}="khong"),IF(OR(${VK}="yes",${VK}="no"),IF((${VK}="yes")=(${OP}="co"),${str(STATUS.dat)},${str(STATUS.chua)}),` +
      `IF(AND(${VK}="tick",${OP}="co"),${str(STATUS.dat)},IF(${VK}="blank",${orThieu},${str(STATUS.loi)}))),` +
      `IF(${VK}="num",IF(${numeric},${str(STATUS.dat)},${str(STATUS.chua)}),IF(OR(${VK}="blank",${VR}<>""),${orThieu},${str(STATUS.loi)}))))))))`;
    b.set(r, AC.status, status, codeShown ? STATUS.thieu : '');
    openCells.push(a1(r, AC.value), a1(r, AC.rating), a1(r, AC.note));
    addVal(`value-${kind.type}`, r);
    addVal('rating-col', r);
  }

  // validations, grouped in runs of rows
  const runs = (rows: number[]): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    for (const r of rows.sort((a, z) => a - z)) {
      const lastRun = out[out.length - 1];
      if (lastRun && lastRun[1] === r - 1) lastRun[1] = r;
      else out.push([r, r]);
    }
    return out;
  };
  const ratingList = [STATUS.dat, STATUS.chua, STATUS.kdg];
  for (const [kind, rows] of validations) {
    for (const [r1, r2] of runs(rows)) {
      if (kind === 'rating-col') {
        b.validate({ ref: range(r1, AC.rating, r2, AC.rating), type: 'list', values: ratingList, strict: true,
          prompt: { vi: 'Xã tự đánh giá: Đạt, Chưa đạt hoặc Không đánh giá.', en: 'The commune\'s own rating.' } });
        continue;
      }
      const ref = range(r1, AC.value, r2, AC.value);
      if (kind === 'value-rate') {
        b.validate({ ref, type: 'decimal', min: 0, max: 100,
          prompt: { vi: 'Tỷ lệ: ghi số phần trăm, ví dụ 25,4 (nghĩa là 25,4%).', en: 'A rate in percent, e.g. 25.4 for 25.4%.' },
          error: { vi: 'Tỷ lệ là một số từ 0 đến 100.', en: 'A rate is a number from 0 to 100.' } });
      } else if (kind === 'value-number') {
        b.validate({ ref, type: 'decimal', min: 0, max: 1e12,
          error: { vi: 'Nhập một số (không âm).', en: 'A number (not negative).' } });
      } else if (kind === 'value-yesno') {
        b.validate({ ref, type: 'list', values: ['Có', 'Không'], strict: true });
      } else if (kind === 'value-rating') {
        b.validate({ ref, type: 'list', values: ratingList, strict: true });
      }
    }
  }

  // colours of the verdicts
  const first = AROW.first;
  const last = l.assessLast;
  const statusRange = range(first, AC.status, last, AC.status);
  b.format({ ref: statusRange, type: 'textEquals', text: STATUS.dat, fill: S.COLOR.dat, fontColor: S.COLOR.datText });
  b.format({ ref: statusRange, type: 'textEquals', text: STATUS.chua, fill: S.COLOR.chua, fontColor: S.COLOR.chuaText });
  b.format({ ref: statusRange, type: 'textEquals', text: STATUS.loi, fill: S.COLOR.chua, fontColor: S.COLOR.chuaText, bold: true });
  b.format({ ref: statusRange, type: 'textEquals', text: STATUS.noLevel, fill: S.COLOR.amber, fontColor: S.COLOR.amberText });
  b.format({ ref: statusRange, type: 'textEquals', text: STATUS.thieu, fill: S.COLOR.grey, fontColor: S.COLOR.greyText });
  b.format({ ref: statusRange, type: 'textEquals', text: STATUS.kdg, fill: S.COLOR.grey, fontColor: S.COLOR.greyText });
  b.format({ ref: range(first, AC.level, last, AC.level), type: 'textEquals', text: STATUS.noLevel, fill: S.COLOR.amber, fontColor: S.COLOR.amberText });

  for (const ref of openCells) b.style(ref, S.input);
  b.style('C3', S.input).style('G3', S.input).style('C4', S.input);
  if (hasRules) b.style('G4', S.input);
  // numbers of the value column as typed (25,4 stays 25,4)
  b.style(range(first, AC.value, last, AC.value), { numFmt: 'General', align: { h: 'center', v: 'middle', wrap: true } });

  b.spec.columnWidths = [5, 8, 46, 8, 20, 13, 14, 15, 26, 2, 10, 10, 10, 6, 6, 6, 8, 8, 6, 6];
  b.spec.hiddenColumns = [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
  b.spec.frozenRows = AROW.numbering;
  b.spec.protection = { enabled: true };
  b.spec.print = {
    orientation: 'landscape', paper: 'A4', fitToWidth: 1, fitToHeight: 0, titleRows: [h, AROW.numbering], area: range(1, 1, last, 9),
    margins: { left: 1.5, right: 1, top: 1.5, bottom: 1.5 }, footer: 'Tự đánh giá — trang &P/&N', horizontalCentered: true,
  };
  b.spec.tabColor = S.COLOR.tab;
  b.spec.names = [{ name: NAMES.codes, ref: `${sheetRef(SHEETS.assess)}$B$${first}:$B$${last}` }];
  return b.done();
}
