/**
 * Text helpers for Vietnamese as typed in spreadsheets: with or without diacritics, in any case,
 * with stray spaces and non-breaking spaces.
 */

const CHAR_FOLD = new Map<string, string>();

function foldChar(ch: string): string {
  let f = CHAR_FOLD.get(ch);
  if (f === undefined) {
    f = ch === 'đ' ? 'd' : ch === 'Đ' ? 'D' : ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    CHAR_FOLD.set(ch, f);
  }
  return f;
}

const ASCII = /^[\x00-\x7f]*$/;

/** Removes Vietnamese diacritics (and đ/Đ → d/D). `foldDiacritics("Đạt chuẩn")` //=> "Dat chuan" */
export function foldDiacritics(s: string): string {
  if (ASCII.test(s)) return s;
  let out = '';
  for (const ch of s) out += ch.charCodeAt(0) < 128 ? ch : foldChar(ch);
  return out;
}

/** NFC, collapse white space (including NBSP and line breaks), trim. */
export function cleanText(s: string): string {
  if (ASCII.test(s) && !/[\t\r\n]| {2}|^ | $/.test(s)) return s;
  return s
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * A comparison key: no diacritics, lower case, punctuation turned into single spaces.
 * `key("Người phụ trách:")` //=> "nguoi phu trach"
 */
export function key(s: string): string {
  return foldDiacritics(cleanText(s))
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** Like `key` but with no spaces at all: "Đ B S H" and "ĐBSH" give the same. */
export function compactKey(s: string): string {
  return key(s).replace(/ /g, '');
}

/** Escapes nothing; kept to make intent explicit where a value is shown as plain text. */
export function asText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}
