/**
 * Hidden helper sheets: "_DanhSachXa" (the province's communes with their region or group, and
 * the lists behind the drop-downs) and "_TongHop" (per criterion verdicts and the commune's
 * counts, by formulas over "Tự đánh giá", as the core's evaluateCommune computes them).
 */
import { labelOf } from '../../context/index.js';
import type { TemplateCommune } from '../communes.js';
import { AC, ACELL, CALC, LIST, NAMES, SHEETS, assessCol, type Layout } from '../layout.js';
import { abs, col, sheetRef, str, SheetBuilder, type SheetSpec } from '../spec.js';
import { STATUS } from './assess.js';

const KIND_LABEL: Record<string, string> = { xa: 'Xã', phuong: 'Phường', 'dac-khu': 'Đặc khu' };

/** Sources of funds offered in the plan annex (a suggestion list; other text is accepted). */
export const FUNDS = [
  'Ngân sách trung ương', 'Ngân sách tỉnh', 'Ngân sách xã', 'Lồng ghép các chương trình', 'Vốn tín dụng',
  'Doanh nghiệp, hợp tác xã', 'Nhân dân đóng góp', 'Nguồn khác',
];

/**
 * Comparisons written in words ("từ 80% trở lên", "dưới 6,5%"): the core reads them, the status
 * formulas read only symbols, so the threshold cells warn when one is typed (COUNTIF patterns).
 */
export const WORD_COMPARISONS = [
  '*trở lên*', '*trở xuống*', '*tro len*', '*tro xuong*', 'từ *', 'tu *', 'dưới *', 'duoi *', 'trên *', 'tren *',
  'tối thiểu*', 'toi thieu*', 'tối đa*', 'toi da*', 'ít nhất*', 'it nhat*', 'không quá*', 'khong qua*', 'không dưới*',
  'khong duoi*', 'không vượt*', 'khong vuot*', 'không lớn hơn*', 'không nhỏ hơn*', 'không thấp hơn*', 'không ít hơn*',
  'không cao hơn*', 'không nhiều hơn*', 'lớn hơn*', 'lon hon*', 'nhỏ hơn*', 'nho hon*', 'cao hơn*', 'thấp hơn*',
  'ít hơn*', 'nhiều hơn*', 'hơn *', 'vượt *', 'bằng *', 'bang *', 'đúng *',
];

export function listSheet(l: Layout, communes: readonly TemplateCommune[]): { sheet: SheetSpec; listLast: number; ruleLast: number } {
  const b = new SheetBuilder(SHEETS.list);
  const pack = l.pack;
  ['Mã ĐVHC', 'Tên', 'Loại', pack.context.name.vi, 'Diện xã', 'Hình thành từ (trước 1/7/2025)', null, 'Danh sách ' + pack.context.name.vi.toLowerCase(), 'Diện xã', 'Mức áp dụng', 'Nguồn vốn', null, 'Mức viết bằng chữ (cảnh báo)']
    .forEach((h, i) => b.set(LIST.header, i + 1, h));
  b.set(1, 1, 'Danh sách dùng cho các ô chọn của biểu mẫu; không sửa.');
  const f = LIST.first;
  communes.forEach((c, i) => {
    const r = i + f;
    b.set(r, LIST.code, c.code).setText(r, LIST.name, c.name).set(r, LIST.kind, KIND_LABEL[c.kind] ?? c.kind)
      .setText(r, LIST.context, c.context).setText(r, LIST.rule, c.rules[0] ?? null).setText(r, LIST.parts, c.parts.join(', ') || null);
  });
  const listLast = Math.max(f, communes.length + f - 1);
  l.contextLabels.forEach((t, i) => b.setText(i + f, LIST.ctxList, t));
  const rules = pack.context.rules;
  rules.forEach((r, i) => {
    b.set(i + f, LIST.ruleList, r.name.vi);
    b.set(i + f, LIST.ruleUse, labelOf(pack, r.use));
  });
  FUNDS.forEach((x, i) => b.set(i + f, LIST.funds, x));
  WORD_COMPARISONS.forEach((w, i) => b.set(i + f, LIST.words, w));
  const ref = (c: number, last: number) => `${sheetRef(SHEETS.list)}$${col(c)}$${f}:$${col(c)}$${last}`;
  b.spec.names = [
    { name: NAMES.communes, ref: ref(LIST.name, listLast) },
    { name: NAMES.contexts, ref: ref(LIST.ctxList, l.contextLabels.length + f - 1) },
    { name: NAMES.funds, ref: ref(LIST.funds, FUNDS.length + f - 1) },
    { name: NAMES.words, ref: ref(LIST.words, WORD_COMPARISONS.length + f - 1) },
  ];
  if (rules.length) b.spec.names.push({ name: NAMES.rules, ref: ref(LIST.ruleList, rules.length + f - 1) });
  b.spec.columnWidths = [8, 26, 8, 10, 30, 50, 2, 16, 40, 12, 26, 2, 20];
  b.spec.state = 'hidden';
  return { sheet: b.done(), listLast, ruleLast: Math.max(f, rules.length + f - 1) };
}

export interface CalcValues {
  eff: string;
  ctxBlk: number;
  met: number;
  total: number;
  indMet: number;
  indRows: number;
  basicAt: number;
  undecided: number;
  klass: string;
  classShort: string;
}

export function classShort(met: number, total: number, basicAt: number): string {
  return met >= total ? 'Đạt chuẩn' : met >= basicAt ? 'Cơ bản đạt chuẩn' : 'Chưa đạt chuẩn';
}

export function classLong(met: number, total: number, basicAt: number, undecided: number): string {
  const base = met >= total ? 'Đạt chuẩn' : `${classShort(met, total, basicAt)} (còn thiếu ${total - met} tiêu chí)`;
  return undecided > 0 ? `${base} — tạm tính: ${undecided} tiêu chí chưa có kết quả` : base;
}

/** The counts of a template nobody has filled yet (the cached results the builder writes). */
export function blankCalc(l: Layout, effLabel: string | null, ctxBlk: number, basicAt: number): CalcValues {
  const total = l.pack.totals?.criteria ?? l.pack.criteria.length;
  const indRows = l.assessRows.filter((r) => r.kind === 'indicator').length;
  const undecided = l.pack.criteria.length;
  return {
    eff: effLabel ?? '', ctxBlk, met: 0, total, indMet: 0, indRows, basicAt, undecided,
    klass: classLong(0, total, basicAt, undecided), classShort: classShort(0, total, basicAt),
  };
}

export function calcSheet(l: Layout, v: CalcValues, ruleLast: number): SheetSpec {
  const b = new SheetBuilder(SHEETS.calc);
  const pack = l.pack;
  const C = CALC.cols;
  ['Mã tiêu chí', 'Tên tiêu chí', 'Số chỉ tiêu', 'Không đánh giá', 'Chưa đạt', 'Lỗi', 'Thiếu số liệu', 'Chưa có ngưỡng',
    'Dòng tiêu chí: Đạt', 'Dòng tiêu chí: Chưa đạt', 'Dòng tiêu chí: Không đánh giá', 'Kết quả tiêu chí']
    .forEach((h, i) => b.set(1, i + 1, h));
  const TC = assessCol(l, AC.tc);
  const LV = assessCol(l, AC.lv);
  const H = assessCol(l, AC.status);
  const first = CALC.firstCriterion;
  const last = first + pack.criteria.length - 1;
  pack.criteria.forEach((c, i) => {
    const r = first + i;
    const A = `$A${r}`;
    const nInd = l.assessRows.filter((x) => x.kind === 'indicator' && x.criterion === c.code).length;
    b.setText(r, C.code, c.code).setText(r, C.name, c.name.vi);
    b.set(r, C.nInd, `=COUNTIFS(${TC},${A},${LV},"ind")`, nInd);
    const count = (lv: string, status: string) => `=COUNTIFS(${TC},${A},${LV},"${lv}",${H},${str(status)})`;
    b.set(r, C.nKdg, count('ind', STATUS.kdg), 0);
    b.set(r, C.nChua, count('ind', STATUS.chua), 0);
    b.set(r, C.nLoi, count('ind', STATUS.loi), 0);
    b.set(r, C.nThieu, count('ind', STATUS.thieu), nInd);
    b.set(r, C.nNo, count('ind', STATUS.noLevel), 0);
    b.set(r, C.cDat, count('crit', STATUS.dat), 0);
    b.set(r, C.cChua, count('crit', STATUS.chua), 0);
    b.set(r, C.cKdg, count('crit', STATUS.kdg), 0);
    const x = (k: keyof typeof C) => `${col(C[k])}${r}`;
    b.set(r, C.verdict,
      `=IF(${x('nInd')}>0,IF(${x('nKdg')}=${x('nInd')},${str(STATUS.kdg)},IF(${x('nChua')}>0,${str(STATUS.chua)},IF(${x('nLoi')}>0,${str(STATUS.loi)},` +
      `IF(${x('nThieu')}>0,${str(STATUS.thieu)},IF(${x('nNo')}>0,${str(STATUS.noLevel)},${str(STATUS.dat)}))))),` +
      `IF(${x('cKdg')}>0,${str(STATUS.kdg)},IF(${x('cChua')}>0,${str(STATUS.chua)},IF(${x('cDat')}>0,${str(STATUS.dat)},${str(STATUS.thieu)}))))`,
      STATUS.thieu);
  });
  const verdicts = `$${col(C.verdict)}$${first}:$${col(C.verdict)}$${last}`;
  const K = CALC.keys;
  const kc = CALC.keyCol;
  const vc = CALC.valCol;
  const cell = (k: keyof typeof K) => abs(K[k], vc);
  const assess = sheetRef(SHEETS.assess);
  const ctxCell = `${assess}${abs(ACELL.context.r, ACELL.context.c)}`;
  const ruleCell = `${assess}${abs(ACELL.rule.r, ACELL.rule.c)}`;
  const rulesRange = `${sheetRef(SHEETS.list)}$I$${LIST.first}:$J$${ruleLast}`;
  const set = (k: keyof typeof K, label: string, f: string | number, result: string | number) => {
    b.set(K[k], kc, label);
    b.set(K[k], vc, f, result);
  };
  set('eff', 'Ngữ cảnh áp dụng', pack.context.rules.length
    ? `=IF(${ruleCell}<>"",IFERROR(VLOOKUP(${ruleCell},${rulesRange},2,FALSE),${ctxCell}),${ctxCell})`
    : `=""&${ctxCell}`, v.eff);
  set('ctxBlk', 'Khối ngưỡng', `=IFERROR(MATCH(${cell('eff')},${NAMES.contexts},0)+${l.usesCommon ? 1 : 0},0)`, v.ctxBlk);
  set('met', 'Số tiêu chí đạt', `=COUNTIF(${verdicts},${str(STATUS.dat)})+COUNTIF(${verdicts},${str(STATUS.kdg)})`, v.met);
  set('total', 'Tổng số tiêu chí', v.total, v.total);
  set('indMet', 'Số chỉ tiêu đạt', `=COUNTIFS(${LV},"ind",${H},${str(STATUS.dat)})+COUNTIFS(${LV},"ind",${H},${str(STATUS.kdg)})`, v.indMet);
  set('indRows', 'Số chỉ tiêu trong bảng', `=COUNTIF(${LV},"ind")`, v.indRows);
  set('basicAt', 'Cơ bản đạt chuẩn từ', v.basicAt, v.basicAt);
  set('undecided', 'Tiêu chí chưa có kết quả', `=COUNTIF(${verdicts},${str(STATUS.thieu)})+COUNTIF(${verdicts},${str(STATUS.noLevel)})+COUNTIF(${verdicts},${str(STATUS.loi)})`, v.undecided);
  const met = cell('met');
  const total = cell('total');
  const basic = cell('basicAt');
  const short = `IF(${met}>=${total},"Đạt chuẩn",IF(${met}>=${basic},"Cơ bản đạt chuẩn","Chưa đạt chuẩn"))`;
  set('klass', 'Xếp loại',
    `=IF(${met}>=${total},"Đạt chuẩn",${short}&" (còn thiếu "&(${total}-${met})&" tiêu chí)")&IF(${cell('undecided')}>0," — tạm tính: "&${cell('undecided')}&" tiêu chí chưa có kết quả","")`,
    v.klass);
  set('classShort', 'Xếp loại (ngắn)', `=${short}`, v.classShort);
  b.spec.columnWidths = [8, 34, 8, 8, 8, 8, 8, 8, 8, 8, 8, 16, 2, 24, 40];
  b.spec.state = 'hidden';
  return b.done();
}
