/**
 * Text helpers for Vietnamese as typed in spreadsheets: with or without diacritics, in any case,
 * with stray spaces and non-breaking spaces.
 */

/** Removes Vietnamese diacritics (and đ/Đ → d/D). `foldDiacritics("Đạt chuẩn")` //=> "Dat chuan" */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** NFC, collapse white space (including NBSP and line breaks), trim. */
export function cleanText(s: string): string {
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
