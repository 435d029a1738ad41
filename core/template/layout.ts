/**
 * Where things sit in a template, computed once from the pack, so every sheet's formulas point at
 * the same cells. Rows and columns are 1-based, as in the spreadsheet.
 */
import { labelOf } from '../context/index.js';
import { packToRows, PACK_SHEET_NAME, type PackSheetLayout } from '../packs/sheet.js';
import type { Indicator, Pack } from '../packs/schema.js';
import { BLOCK } from './levels.js';
import { col, sheetRef } from './spec.js';

export const SHEETS = {
  guide: 'Hướng dẫn',
  assess: 'Tự đánh giá',
  plan: 'Kế hoạch',
  rollup: 'Tổng hợp',
  pack: PACK_SHEET_NAME,
  list: '_DanhSachXa',
  levels: '_Nguong',
  calc: '_TongHop',
} as const;

export const NAMES = {
  communes: 'NTM_DS_Xa',
  contexts: 'NTM_DS_NguCanh',
  rules: 'NTM_DS_Dien',
  funds: 'NTM_DS_NguonVon',
  codes: 'NTM_DS_MaChiTieu',
  words: 'NTM_TuSoSanh',
} as const;

/** Columns of "Tự đánh giá" (visible A–I, helpers K–T hidden). */
export const AC = {
  tt: 1, code: 2, wording: 3, unit: 4, level: 5, value: 6, rating: 7, status: 8, note: 9,
  /** the commune's own rating, normalised */
  dr: 11,
  /** the value read as a rating (or a tick) */
  vr: 12,
  /** self-rating: dr, else vr */
  sr: 13,
  /** row of the indicator on "_Nguong" (0: none) */
  row: 14,
  /** threshold block used (0: no level) */
  blk: 15,
  op: 16,
  lvl: 17,
  /** what the value is: blank, num, yes, no, tick, rating, text */
  vk: 18,
  /** "ind" or "crit" */
  lv: 19,
  /** criterion code */
  tc: 20,
} as const;

/** Input and result cells at the top of "Tự đánh giá" (row, column). */
export const ACELL = {
  commune: { r: 3, c: 3 }, year: { r: 3, c: 7 }, context: { r: 4, c: 3 }, rule: { r: 4, c: 7 }, result: { r: 5, c: 3 },
} as const;
/**
 * The table: header, a numbering row "(1) (2) …" (it also keeps the annex from reading a first row
 * of "Đạt" ratings as a second header row), data.
 */
export const AROW = { header: 6, numbering: 7, first: 8 } as const;

/** Cells on "_TongHop". */
export const CALC = {
  firstCriterion: 2,
  cols: { code: 1, name: 2, nInd: 3, nKdg: 4, nChua: 5, nLoi: 6, nThieu: 7, nNo: 8, cDat: 9, cChua: 10, cKdg: 11, verdict: 12 },
  /** key → row of the value in column O (15), label in N (14) */
  keyCol: 14,
  valCol: 15,
  keys: { eff: 1, ctxBlk: 2, met: 3, total: 4, indMet: 5, indRows: 6, basicAt: 7, undecided: 8, klass: 9, classShort: 10 },
} as const;

/** Columns of "_DanhSachXa". */
/**
 * Columns of "_DanhSachXa". Its data starts at row 12: checkWorkbook reads the top ten rows of
 * every sheet (hidden ones too) for the commune's context, and rule names there would read as flags.
 */
export const LIST = { header: 11, first: 12, code: 1, name: 2, kind: 3, context: 4, rule: 5, parts: 6, ctxList: 8, ruleList: 9, ruleUse: 10, funds: 11, words: 13 } as const;

export interface AssessRow {
  row: number;
  kind: 'heading' | 'indicator' | 'criterion' | 'spare-heading' | 'spare';
  criterion: string;
  indicator?: Indicator;
  /** 1-based row on "Bộ tiêu chí" this row mirrors (indicators and spare rows). */
  packRow?: number;
  seq?: number;
}

export interface Layout {
  pack: Pack;
  packSheet: PackSheetLayout;
  /** 1-based rows on "Bộ tiêu chí": header, first and last indicator rows, spare rows. */
  packHeader: number;
  packFirst: number;
  spareFirst: number;
  spareLast: number;
  /** 1-based column of each threshold block's source cell on "Bộ tiêu chí", in block order. */
  blockCols: number[];
  blockLabels: string[];
  /** Context id of each block ("*" for the common column "Chung"). */
  blockIds: string[];
  usesCommon: boolean;
  /** Context labels (without "Chung"), in block order after it. */
  contextLabels: string[];
  yearCol: number | null;
  /** First row on "Bộ tiêu chí" for each indicator code. */
  codeRow: Map<string, number>;
  levelsLastCol: number;
  assessRows: AssessRow[];
  assessLast: number;
}

/** Spare rows at the end of the pack table for indicators the office adds. */
export function spareCount(pack: Pack): number {
  const known = new Set(pack.indicators.map((i) => i.code)).size;
  const expected = pack.totals?.indicators ?? 0;
  return Math.min(80, Math.max(10, expected - known));
}

export function computeLayout(pack: Pack): Layout {
  const packSheet = packToRows(pack);
  const packHeader = packSheet.headerRow + 1;
  const spareFirst = packSheet.rows.length + 1;
  const spareLast = spareFirst + spareCount(pack) - 1;
  const usesCommon = packSheet.columns.includes('Chung');
  const blockCols = packSheet.thresholdColumns.map((c) => c + 1);
  const blockLabels = packSheet.thresholdColumns.map((c) => packSheet.columns[c]!);
  const contextLabels = pack.context.values.map((v) => labelOf(pack, v.id));
  const blockIds = [...(usesCommon ? ['*'] : []), ...pack.context.values.map((v) => v.id)];
  const yi = packSheet.columns.indexOf('Năm');
  const codeRow = new Map<string, number>();
  packSheet.indicatorRows.forEach((r0) => {
    const code = String(packSheet.rows[r0]![0]);
    if (!codeRow.has(code)) codeRow.set(code, r0 + 1);
  });

  // "Tự đánh giá": per criterion, a heading and its indicators, or one row for the whole criterion
  const rows: AssessRow[] = [];
  let r = AROW.first;
  let seq = 0;
  const seen = new Set<string>();
  const criterionCodes = new Set(pack.criteria.map((c) => c.code));
  for (const c of pack.criteria) {
    const inds = pack.indicators.filter((i) => i.criterion === c.code && !seen.has(i.code) && (seen.add(i.code), true));
    if (inds.length === 0) {
      rows.push({ row: r++, kind: 'criterion', criterion: c.code, seq: ++seq });
      continue;
    }
    rows.push({ row: r++, kind: 'heading', criterion: c.code });
    for (const ind of inds) rows.push({ row: r++, kind: 'indicator', criterion: c.code, indicator: ind, packRow: codeRow.get(ind.code)!, seq: ++seq });
  }
  const others = pack.indicators.filter((i) => !criterionCodes.has(i.criterion) && !seen.has(i.code) && (seen.add(i.code), true));
  for (const ind of others) rows.push({ row: r++, kind: 'indicator', criterion: ind.criterion, indicator: ind, packRow: codeRow.get(ind.code)!, seq: ++seq });
  rows.push({ row: r++, kind: 'spare-heading', criterion: '' });
  for (let p = spareFirst; p <= spareLast; p++) rows.push({ row: r++, kind: 'spare', criterion: '', packRow: p });

  return {
    pack, packSheet, packHeader, packFirst: packHeader + 1, spareFirst, spareLast,
    blockCols, blockLabels, blockIds, usesCommon, contextLabels,
    yearCol: yi >= 0 ? yi + 1 : null, codeRow,
    levelsLastCol: 1 + blockCols.length * BLOCK,
    assessRows: rows, assessLast: r - 1,
  };
}

/** "'_Nguong'!$B$1:$BU$90": the helper blocks, for INDEX(…, row, (block-1)*9 + k). */
export function levelsRange(l: Layout): string {
  return `${sheetRef(SHEETS.levels)}$B$1:$${col(l.levelsLastCol)}$${l.spareLast}`;
}

/** An absolute reference to a column of "Tự đánh giá" over its data rows. */
export function assessCol(l: Layout, c: number): string {
  return `${sheetRef(SHEETS.assess)}$${col(c)}$${AROW.first}:$${col(c)}$${l.assessLast}`;
}

export function calcCell(key: keyof typeof CALC.keys): string {
  return `${sheetRef(SHEETS.calc)}$${col(CALC.valCol)}$${CALC.keys[key]}`;
}
