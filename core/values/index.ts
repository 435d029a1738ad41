import { cleanText, foldDiacritics } from '../text/index.js';
import { fromExcelSerial, fromJsDate, readDateText } from './dates.js';
import { readNumber, readNumberWithUnit } from './number.js';
import type { CellFormat, CellValue, Parsed, Rating } from './types.js';

export * from './types.js';
export { readNumber, readNumberWithUnit } from './number.js';
export {
  readDeadline, readDateText, fromExcelSerial, toExcelSerial, formatDate, compareDates,
  isValidDate, daysInMonth, fromJsDate,
} from './dates.js';
export type { Deadline, DatePrecision } from './dates.js';

/** The error values of Excel and Google Sheets. */
export const ERROR_VALUES = [
  '#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!',
  '#ERROR!', '#GETTING_DATA', '#BUSY!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#UNKNOWN!',
] as const;

export function isCellError(v: unknown): v is { error: string } {
  return typeof v === 'object' && v !== null && !(v instanceof Date) &&
    typeof (v as { error?: unknown }).error === 'string';
}

const RATING_WORDS: Array<[RegExp, Rating, boolean?]> = [
  [/^(chua dat|khong dat|chua dat chuan|chua)$/, 'chua-dat'],
  [/^co ban dat( chuan)?$/, 'chua-dat', true],
  [/^(khong danh gia|kdg|k\.d\.g|khong ap dung|kad|n\/a|na)$/, 'khong-danh-gia'],
  [/^(dat|dat chuan|da dat|dat yeu cau|hoan thanh)$/, 'dat'],
];

/** Reads a self-rating word: "Đạt", "dat", "Chưa đạt", "Không đánh giá" … Null if it is none. */
export function readRating(text: string): { value: Rating; basic?: boolean } | null {
  const k = foldDiacritics(cleanText(text)).toLowerCase().replace(/[.!]+$/, '');
  for (const [re, value, basic] of RATING_WORDS) {
    if (re.test(k)) return basic ? { value, basic } : { value };
  }
  return null;
}

const TICKS = new Set(['x', '✓', '✔', '☑']);

/**
 * Reads one cell as a user typed it. `format` is what the host said of the cell's number format,
 * if it said anything; with no format, a number between 0 and 1 is taken as a fraction (both
 * hosts hand percent cells over as fractions) and flagged `fraction-or-percent`.
 *
 * @example
 * parseCell("3,97%")     //=> { kind: "number", value: 3.97, percent: true, … }
 * parseCell(0.85, "percent") //=> { kind: "number", value: 85, percent: true, … }
 * parseCell("417/910")   //=> { kind: "number", value: 45.82…, percent: true, fraction: … }
 * parseCell("Chưa đạt")  //=> { kind: "rating", value: "chua-dat", … }
 */
export function parseCell(v: CellValue, format?: CellFormat): Parsed {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (isCellError(v)) return { kind: 'error', reason: 'host-error', raw: v.error };
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { kind: 'error', reason: 'unreadable', raw: 'Invalid Date' };
    return { kind: 'date', value: fromJsDate(v), raw: v.toISOString() };
  }
  if (typeof v === 'boolean') return { kind: 'yesno', value: v, tick: false, raw: String(v) };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'error', reason: 'unreadable', raw: String(v) };
    if (format === 'date') {
      const d = fromExcelSerial(v);
      return d ? { kind: 'date', value: d, raw: String(v) } : { kind: 'error', reason: 'unreadable', raw: String(v) };
    }
    if (format === 'percent') {
      return { kind: 'number', value: v * 100, percent: true, fromNumber: true, raw: String(v) };
    }
    const p: Parsed = { kind: 'number', value: v, percent: false, fromNumber: true, raw: String(v) };
    if (format === undefined && v > 0 && v <= 1) p.ambiguous = 'fraction-or-percent';
    return p;
  }
  if (typeof v !== 'string') return { kind: 'error', reason: 'unreadable', raw: String(v) };
  const text = cleanText(v);
  if (text === '' || /^[-–—]$/.test(text)) return { kind: 'blank' };
  const upper = text.toUpperCase();
  if ((ERROR_VALUES as readonly string[]).includes(upper)) return { kind: 'error', reason: 'host-error', raw: text };
  const folded = foldDiacritics(text).toLowerCase();
  if (TICKS.has(folded)) return { kind: 'yesno', value: true, tick: true, raw: text };
  if (folded === 'co') return { kind: 'yesno', value: true, tick: false, raw: text };
  if (folded === 'khong') return { kind: 'yesno', value: false, tick: false, raw: text };
  const rating = readRating(text);
  if (rating) {
    return rating.basic
      ? { kind: 'rating', value: rating.value, raw: text, basic: true }
      : { kind: 'rating', value: rating.value, raw: text };
  }
  // a fraction "417/910" (but not a date "30/6/2024")
  const fr = /^(\d[\d.,]*)\s*\/\s*(\d[\d.,]*)$/.exec(text);
  if (fr) {
    const a = readNumber(fr[1]!);
    const b = readNumber(fr[2]!);
    if (a && b) {
      if (b.value === 0) return { kind: 'error', reason: 'unreadable', raw: text };
      return {
        kind: 'number', value: (a.value / b.value) * 100, percent: true, fromNumber: false,
        fraction: { numerator: a.value, denominator: b.value }, raw: text,
      };
    }
  }
  const num = readNumberWithUnit(text);
  if (num) {
    const p: Parsed = { kind: 'number', value: num.value, percent: num.percent, fromNumber: false, decimals: num.decimals, raw: text };
    if (num.unit) p.unit = num.unit;
    if (num.ambiguous) p.ambiguous = num.ambiguous;
    return p;
  }
  if (format === 'date' || /\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}/.test(text)) {
    const d = readDateText(text);
    if (d) return { kind: 'date', value: d, raw: text };
  }
  return { kind: 'text', value: text };
}

/** A short display of a parsed value, for messages. */
export function parsedToText(p: Parsed): string {
  switch (p.kind) {
    case 'blank': return '';
    case 'number': return p.raw;
    case 'rating': return p.raw;
    case 'yesno': return p.raw;
    case 'date': return p.raw;
    case 'text': return p.value;
    case 'error': return p.raw;
  }
}

/** A raw cell value as text for a report (never HTML). */
export function cellToText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v);
}
