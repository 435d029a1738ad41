import { foldDiacritics } from '../text/index.js';
import { readNumber } from '../values/number.js';

/** A figure a document declares in words: "Tổng số tiêu chí đạt: 17/19", "Bình quân tiêu chí/xã: 15,8". */
export interface Declared {
  kind:
    | 'criteria-met' | 'criteria-not-met' | 'indicators-met' | 'indicators-not-met'
    | 'average' | 'communes-basic' | 'communes-standard' | 'communes'
    | 'class' | 'rate';
  /** "17/19": a = 17, b = 19; a plain figure sits in a. */
  a: number;
  b?: number;
  /** decimals written, for averages and rates */
  decimals?: number;
  row: number;
  col: number;
  text: string;
  /** class: 'dat-chuan' | 'co-ban' | 'chua-dat' */
  cls?: 'dat-chuan' | 'co-ban' | 'chua-dat';
  /** a "trên 15,8" target rather than a count ("phấn đấu", "trên", "từ … trở lên") */
  target?: boolean;
}

const FRACTION = /(\d{1,3})\s*\/\s*(\d{1,3})(?!\s*\/\s*\d)/g;

function num(s: string): { value: number; decimals: number } | null {
  const n = readNumber(s.trim());
  return n ? { value: n.value, decimals: n.decimals } : null;
}

/**
 * Finds the figures a line of text declares. Several may stand in one line ("tổng số chỉ tiêu xã
 * đạt là 47/57 chỉ tiêu và tiêu chí xã đạt là 11/19 tiêu chí").
 */
export function readDeclared(text: string, row: number, col: number): Declared[] {
  const f = foldDiacritics(text).toLowerCase().replace(/\s+/g, ' ');
  const out: Declared[] = [];
  const isTarget = /(phan dau|muc tieu|ke hoach|du kien|tren \d|tro len)/.test(f);
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(f); m; m = FRACTION.exec(f)) {
    // skip dates "30/6/2024" and years "2021-2025"
    const before = f.slice(Math.max(0, m.index - 60), m.index);
    const after = f.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (/^\s*\/\s*\d/.test(after)) continue;
    let unit: 'tieu chi' | 'chi tieu' | null = null;
    const a = /^\s*(tieu chi|chi tieu)/.exec(after);
    if (a) unit = a[1] as 'tieu chi' | 'chi tieu';
    else {
      const lastTc = before.lastIndexOf('tieu chi');
      const lastCt = before.lastIndexOf('chi tieu');
      if (lastTc >= 0 || lastCt >= 0) unit = lastCt > lastTc ? 'chi tieu' : 'tieu chi';
    }
    if (!unit) continue;
    // the clause since the previous figure decides "đạt" or "chưa đạt"
    const clause = before.replace(/.*\d\s*\/\s*\d+/, '');
    const not = /chua dat|khong dat/.test(clause);
    const kind = unit === 'tieu chi' ? (not ? 'criteria-not-met' : 'criteria-met') : (not ? 'indicators-not-met' : 'indicators-met');
    const d: Declared = { kind, a: Number(m[1]), b: Number(m[2]), row, col, text };
    if (isTarget) d.target = true;
    out.push(d);
  }
  let m = /binh quan[^0-9]*?(\d+(?:[.,]\d+)?)/.exec(f);
  if (m) {
    const n = num(m[1]!);
    if (n) {
      const d: Declared = { kind: 'average', a: n.value, decimals: n.decimals, row, col, text };
      if (isTarget) d.target = true;
      out.push(d);
    }
  }
  const noParens = f.replace(/\([^)]*\)/g, ' ');
  m = /so xa (co ban dat chuan|dat chuan)/.exec(noParens);
  let communesValue: number | null = null;
  let which: 'communes-basic' | 'communes-standard' | null = null;
  if (m) {
    which = m[1]!.startsWith('co ban') ? 'communes-basic' : 'communes-standard';
    const afterColon = noParens.includes(':') ? noParens.slice(noParens.lastIndexOf(':') + 1) : noParens.slice(m.index + m[0].length);
    const n = /(?:^|\D)(\d{1,4})(?!\d)/.exec(afterColon.replace(/\b(19|20)\d{2}\b/g, ' '));
    if (n) communesValue = Number(n[1]);
  } else {
    m = /(\d+) xa (co ban dat chuan|dat chuan)/.exec(noParens);
    if (m) {
      which = m[2]!.startsWith('co ban') ? 'communes-basic' : 'communes-standard';
      communesValue = Number(m[1]);
    }
  }
  if (which && communesValue !== null) {
    const d: Declared = { kind: which, a: communesValue, row, col, text };
    if (isTarget) d.target = true;
    out.push(d);
  }
  m = /^(tong so xa|so xa)\s*[:=]?\s*(\d+)\s*$/.exec(f);
  if (m) out.push({ kind: 'communes', a: Number(m[2]), row, col, text });
  m = /(xep loai|ket qua|xa)\s*[:\-]?\s*(chua dat chuan|co ban dat chuan|dat chuan)\b/.exec(f);
  if (m && !/so xa/.test(f)) {
    const cls = m[2] === 'chua dat chuan' ? 'chua-dat' : m[2] === 'co ban dat chuan' ? 'co-ban' : 'dat-chuan';
    out.push({ kind: 'class', a: 0, cls, row, col, text });
  }
  return out;
}

/** Whether a row's first text marks a totals row ("Cộng", "Tổng cộng", "Tổng"). */
export function isTotalsLabel(text: string): boolean {
  const f = foldDiacritics(text).toLowerCase().trim().replace(/[:.]$/, '');
  return /^(cong|tong cong|tong|tong so|cong toan (xa|huyen|tinh)|toan (xa|huyen|tinh)|tong toan (xa|huyen|tinh))$/.test(f);
}

/** Whether a line is where a document's signature block starts (the table is over). */
export function isSignatureLine(text: string): boolean {
  const f = foldDiacritics(text).toLowerCase();
  return /^(tm\.|t\/m|kt\.|noi nhan|nguoi lap|nguoi lap bieu|chu tich|xac nhan|truong ban|ngay .* thang .* nam)/.test(f.trim());
}
