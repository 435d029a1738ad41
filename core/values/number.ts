import { cleanText, foldDiacritics } from '../text/index.js';

export interface NumberReading {
  value: number;
  /** Decimals written after the decimal separator. */
  decimals: number;
  ambiguous?: 'separator';
}

/**
 * Reads a number as Vietnamese offices type it. The rule, in order:
 * 1. Spaces between groups of three digits are thousands separators ("1 784").
 * 2. With both "." and ",", the last one is the decimal separator ("1.784,5", "1,784.5").
 * 3. Only commas: one comma is the Vietnamese decimal comma ("3,97", "0,85"); "1,234" (one to
 *    three digits, a comma, three digits) is read the same way, 1,234, and flagged ambiguous;
 *    several commas in groups of three are English thousands ("1,234,567").
 * 4. Only dots: several dots in groups of three are Vietnamese thousands ("1.234.567"); one dot
 *    followed by exactly three digits after a non-zero integer part is a Vietnamese thousands
 *    separator ("1.784" → 1784, as the seed plans write household counts); any other single dot
 *    is a decimal point ("3.97", "0.125").
 * Returns null when the text is not a number.
 *
 * @example
 * readNumber("1.784")   //=> { value: 1784, decimals: 0 }
 * readNumber("3,97")    //=> { value: 3.97, decimals: 2 }
 * readNumber("1,234")   //=> { value: 1.234, decimals: 3, ambiguous: "separator" }
 */
export function readNumber(text: string): NumberReading | null {
  let s = text.trim();
  let sign = 1;
  if (/^[-−–]/.test(s)) {
    sign = -1;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  if (!/^\d[\d., ]*$/.test(s) || /[., ]$/.test(s)) return null;
  // 1. spaces as thousands separators
  if (s.includes(' ')) {
    if (!/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) return null;
    s = s.replace(/ /g, '');
  }
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let intPart: string;
  let fracPart = '';
  let ambiguous: 'separator' | undefined;
  const grouped = (int: string, sep: string): string | null => {
    const parts = int.split(sep);
    if (!/^\d{1,3}$/.test(parts[0] ?? '')) return null;
    for (const p of parts.slice(1)) if (!/^\d{3}$/.test(p)) return null;
    return parts.join('');
  };
  if (dots > 0 && commas > 0) {
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    const decSep = lastDot > lastComma ? '.' : ',';
    const thouSep = decSep === '.' ? ',' : '.';
    const idx = s.lastIndexOf(decSep);
    const head = s.slice(0, idx);
    fracPart = s.slice(idx + 1);
    if (head.includes(decSep)) return null;
    const g = grouped(head, thouSep);
    if (g === null) return null;
    intPart = g;
  } else if (commas > 0) {
    if (commas === 1) {
      const [a = '', b = ''] = s.split(',');
      intPart = a;
      fracPart = b;
      if (/^[1-9]\d{0,2}$/.test(a) && /^\d{3}$/.test(b)) ambiguous = 'separator';
    } else {
      const g = grouped(s, ',');
      if (g === null) return null;
      intPart = g;
    }
  } else if (dots > 0) {
    if (dots === 1) {
      const [a = '', b = ''] = s.split('.');
      if (/^[1-9]\d{0,2}$/.test(a) && /^\d{3}$/.test(b)) {
        intPart = a + b;
      } else {
        intPart = a;
        fracPart = b;
      }
    } else {
      const g = grouped(s, '.');
      if (g === null) return null;
      intPart = g;
    }
  } else {
    intPart = s;
  }
  if (!/^\d+$/.test(intPart) || (fracPart !== '' && !/^\d+$/.test(fracPart))) return null;
  const value = sign * Number(intPart + (fracPart ? '.' + fracPart : ''));
  if (!Number.isFinite(value)) return null;
  const r: NumberReading = { value, decimals: fracPart.length };
  if (ambiguous) r.ambiguous = ambiguous;
  return r;
}

/** Unit words after a number, with their canonical spelling and the scale they carry. */
const UNIT_WORDS: Array<{ re: RegExp; unit: string }> = [
  { re: /^(trieu|tr\.?\s*d(ong)?|trd|tr)\b\.?/, unit: 'triệu' },
  { re: /^(ty|ti)\b/, unit: 'tỷ' },
  { re: /^(nghin|ngan)\b/, unit: 'nghìn' },
  { re: /^(dong|d|vnd)\b/, unit: 'đồng' },
];

export interface NumberWithUnit extends NumberReading {
  percent: boolean;
  /** The canonical scale word ("triệu", "tỷ", "nghìn", "đồng") or the unit as written. */
  unit?: string;
  /** The unit exactly as written after the number ("triệu đồng/người/năm"). */
  unitText?: string;
}

/**
 * A number possibly followed by % or a unit ("54,1 triệu", "54,1 tr.đ/người/năm", "2 m²/người",
 * "85 %", "1.784 hộ") and possibly preceded by a word of estimate ("khoảng", "ước đạt", "đạt").
 */
export function readNumberWithUnit(text: string): NumberWithUnit | null {
  let s = cleanText(text);
  const folded = () => foldDiacritics(s).toLowerCase();
  // leading words of estimate
  for (;;) {
    const m = /^(khoang|uoc dat|uoc tinh|uoc|dat|~|≈|xap xi)\s*/.exec(folded());
    if (!m || m[0].length === 0) break;
    s = s.slice(m[0].length);
  }
  const m = /^([-−–+]?\s*\d[\d., ]*\d|[-−–+]?\s*\d)\s*(.*)$/.exec(s);
  if (!m) return null;
  const num = readNumber((m[1] ?? '').replace(/\s+(?=\d{3}\b)/g, ' '));
  if (!num) return null;
  let rest = (m[2] ?? '').trim();
  let percent = false;
  if (rest.startsWith('%')) {
    percent = true;
    rest = rest.slice(1).trim();
    if (rest === '') return { ...num, percent };
    return null;
  }
  if (rest === '') return { ...num, percent };
  const f = foldDiacritics(rest).toLowerCase();
  for (const u of UNIT_WORDS) {
    if (u.re.test(f)) return { ...num, percent, unit: u.unit, unitText: rest };
  }
  // other unit words: letters, ², /, spaces, dots; no digits except in m2/km2
  if (/^[a-z²³/ .()]+$/i.test(f.replace(/m2\b|km2\b/g, 'm²')) && f.length <= 40) {
    const unit = rest.replace(/m2\b/g, 'm²');
    return { ...num, percent, unit, unitText: unit };
  }
  return null;
}
