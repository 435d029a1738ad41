/**
 * How the playground writes a cell's value in its grid, roughly as Excel in Vietnamese shows it:
 * decimal comma, percent cells ×100 with "%", dates dd/mm/yyyy, errors as "#DIV/0!". Plain text
 * only: the grid puts it in a text node.
 */
import type { CellFormat, CellValue } from '../../core/values/types.js';

function decimalComma(n: number, maxDecimals: number): string {
  const s = String(Number(n.toFixed(maxDecimals)));
  return /e/i.test(s) ? String(n) : s.replace('.', ',');
}

/**
 * @example
 * cellText(0.0397, 'percent') //=> "3,97%"
 * cellText(1784, 'general')   //=> "1784"
 * cellText('<b>x</b>', 'general') //=> "<b>x</b>"
 */
export function cellText(v: CellValue, fmt?: CellFormat): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return String(v);
    if (fmt === 'percent') return decimalComma(v * 100, 2) + '%';
    return decimalComma(v, 10);
  }
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return '';
    const dd = String(v.getDate()).padStart(2, '0');
    const mm = String(v.getMonth() + 1).padStart(2, '0');
    return `${dd}/${mm}/${v.getFullYear()}`;
  }
  if (typeof v === 'object' && 'error' in v) return String(v.error);
  return String(v);
}

/** Whether a value is written right-aligned (numbers, dates) as spreadsheets do. */
export function isNumeric(v: CellValue): boolean {
  return typeof v === 'number' || v instanceof Date;
}
