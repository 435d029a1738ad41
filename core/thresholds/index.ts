import { cleanText, foldDiacritics } from '../text/index.js';
import { formatNumber, type Lang } from '../text/format.js';
import { readNumberWithUnit } from '../values/number.js';

/**
 * How a value is compared with its level: numeric comparisons, a required rating ("Đạt"), a
 * required yes or no ("Có", "Không"), or `text`: a requirement described in words that no
 * number can decide (the verdict then comes from the commune's own rating).
 */
export type Op = '>=' | '>' | '<=' | '<' | '=' | 'dat' | 'co' | 'khong' | 'text';

export interface Level {
  op: Op;
  value?: number;
  /** "%", "triệu", "m²/người" … as written. */
  unit?: string;
  /** For `text`: the requirement in words. */
  text?: string;
  /** A bare level ("100%") read as "at least". */
  implicit?: boolean;
  /** Decimals written in the level, for the rounding check. */
  decimals?: number;
}

export type ThresholdReading = { ok: true; level: Level } | { ok: false; reason: 'unreadable'; text: string };

const SYMBOLS: Array<[RegExp, Op]> = [
  [/^(≥|>=|=>|≧|⩾)\s*/, '>='],
  [/^(≤|<=|=<|≦|⩽)\s*/, '<='],
  [/^>\s*/, '>'],
  [/^<\s*/, '<'],
  [/^=\s*/, '='],
];

/** Word forms, on text folded to ASCII lower case. `$` marks where the number stands. */
const WORDS: Array<[RegExp, Op]> = [
  [/^tu (.+?) tro len$/, '>='],
  [/^(.+?) tro len$/, '>='],
  [/^tu (.+?) tro xuong$/, '<='],
  [/^(.+?) tro xuong$/, '<='],
  [/^(?:toi thieu|it nhat|khong duoi|khong thap hon|khong it hon|bang hoac lon hon|lon hon hoac bang) (.+)$/, '>='],
  [/^(?:toi da|khong qua|khong vuot qua|khong lon hon|khong cao hon|khong nhieu hon|nho hon hoac bang|bang hoac nho hon) (.+)$/, '<='],
  [/^(?:tren|hon|lon hon|cao hon|nhieu hon|vuot) (.+)$/, '>'],
  [/^(?:duoi|nho hon|thap hon|it hon) (.+)$/, '<'],
  [/^(?:bang|dung) (.+)$/, '='],
];

function readAmount(text: string): { value: number; unit?: string; decimals: number } | null {
  const n = readNumberWithUnit(text);
  if (!n) return null;
  const r: { value: number; unit?: string; decimals: number } = { value: n.value, decimals: n.decimals };
  if (n.percent) r.unit = '%';
  else if (n.unitText ?? n.unit) r.unit = n.unitText ?? n.unit;
  return r;
}

/**
 * Reads a required level as offices write it.
 *
 * @example
 * parseThreshold("≥70%")            //=> { ok: true, level: { op: ">=", value: 70, unit: "%" } }
 * parseThreshold("từ 80% trở lên")  //=> { ok: true, level: { op: ">=", value: 80, unit: "%" } }
 * parseThreshold("dưới 6,5%")       //=> { ok: true, level: { op: "<", value: 6.5, unit: "%" } }
 * parseThreshold("Đạt")             //=> { ok: true, level: { op: "dat" } }
 * parseThreshold("")                //=> null (no level: unknown)
 */
export function parseThreshold(input: string | number | null | undefined): ThresholdReading | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, reason: 'unreadable', text: String(input) };
    return { ok: true, level: { op: '>=', value: input, implicit: true, decimals: decimalsOf(input) } };
  }
  const text = cleanText(input);
  if (text === '' || text === '?' || /^[-–—]$/.test(text)) return null;
  const folded = foldDiacritics(text).toLowerCase().replace(/[.;:]+$/, '').trim();
  if (/^(dat|dat chuan|phai dat|dat yeu cau)$/.test(folded)) return { ok: true, level: { op: 'dat' } };
  if (/^(co)$/.test(folded)) return { ok: true, level: { op: 'co' } };
  if (/^(khong|khong co)$/.test(folded)) return { ok: true, level: { op: 'khong' } };
  // symbols
  for (const [re, op] of SYMBOLS) {
    const m = re.exec(text);
    if (m) {
      const a = readAmount(text.slice(m[0].length));
      if (a) return { ok: true, level: withAmount(op, a) };
      return { ok: true, level: { op: 'text', text } };
    }
  }
  // words: match on the folded text, then read the number back from the same span
  for (const [re, op] of WORDS) {
    const m = re.exec(folded);
    if (m && m[1]) {
      const a = readAmount(m[1]);
      if (a) {
        // recover the unit with its diacritics from the original text
        if (a.unit && a.unit !== '%') {
          const orig = readAmount(originalSpan(text, folded, m[1]));
          if (orig?.unit) a.unit = orig.unit;
        }
        return { ok: true, level: withAmount(op, a) };
      }
    }
  }
  const bare = readAmount(text);
  if (bare) return { ok: true, level: { ...withAmount('>=', bare), implicit: true } };
  if (/[a-z]/i.test(folded)) return { ok: true, level: { op: 'text', text } };
  return { ok: false, reason: 'unreadable', text };
}

function originalSpan(original: string, folded: string, part: string): string {
  const i = folded.indexOf(part);
  return i >= 0 && original.length === folded.length ? original.slice(i, i + part.length) : part;
}

function withAmount(op: Op, a: { value: number; unit?: string; decimals: number }): Level {
  const l: Level = { op, value: a.value, decimals: a.decimals };
  if (a.unit) l.unit = a.unit;
  return l;
}

function decimalsOf(n: number): number {
  const s = String(n);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

const OP_SYMBOL: Partial<Record<Op, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/**
 * The level as text, the way it is shown to users.
 *
 * @example
 * formatLevel({ op: "<=", value: 26.5, unit: "%" })         //=> "≤ 26,5%"
 * formatLevel({ op: "<=", value: 26.5, unit: "%" }, "en")   //=> "≤ 26.5%"
 * formatLevel({ op: ">=", value: 2, unit: "m²/người" })     //=> "≥ 2 m²/người"
 */
export function formatLevel(l: Level, lang: Lang = 'vi'): string {
  switch (l.op) {
    case 'dat': return lang === 'vi' ? 'Đạt' : 'Met ("Đạt")';
    case 'co': return lang === 'vi' ? 'Có' : 'Yes ("Có")';
    case 'khong': return lang === 'vi' ? 'Không' : 'No ("Không")';
    case 'text': return l.text ?? '';
    default: {
      const n = l.value === undefined ? '?' : formatNumber(l.value, lang);
      const unit = l.unit ? (l.unit === '%' ? '%' : ' ' + l.unit) : '';
      return `${OP_SYMBOL[l.op]} ${n}${unit}`;
    }
  }
}

/** Whether `value` satisfies a numeric comparison, with the exact numbers (no rounding). */
export function compareNumber(op: Op, value: number, level: number): boolean {
  switch (op) {
    case '>=': return value >= level;
    case '>': return value > level;
    case '<=': return value <= level;
    case '<': return value < level;
    case '=': return value === level;
    default: return false;
  }
}

/** Signed distance to the level, positive when the value is on the good side. */
export function marginOf(op: Op, value: number, level: number): number {
  switch (op) {
    case '>=': case '>': return value - level;
    case '<=': case '<': return level - value;
    case '=': return -Math.abs(value - level);
    default: return 0;
  }
}

/** Whether a level is numeric (compared with a number) rather than a rating, yes/no or text. */
export function isNumericOp(op: Op): boolean {
  return op === '>=' || op === '>' || op === '<=' || op === '<' || op === '=';
}
