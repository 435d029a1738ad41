import { cleanText, foldDiacritics } from '../text/index.js';
import type { SimpleDate } from './types.js';

export type DatePrecision = 'day' | 'month' | 'quarter' | 'year';

export interface Deadline {
  /** The last day the deadline allows (end of the month, quarter or year when that is all it says). */
  end: SimpleDate;
  precision: DatePrecision;
  text: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * Excel serial day number (1900 date system) to a date. Serial 60 is Excel's phantom 29/2/1900;
 * serials after it are shifted by one, as Excel does.
 */
export function fromExcelSerial(serial: number): SimpleDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 73050) return null;
  const whole = Math.floor(serial);
  const days = whole > 59 ? whole - 1 : whole; // Excel's 1900 leap-year bug
  const t = Date.UTC(1899, 11, 31) + days * 86400000;
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function toExcelSerial(d: SimpleDate): number {
  const days = Math.round((Date.UTC(d.y, d.m - 1, d.d) - Date.UTC(1899, 11, 31)) / 86400000);
  return days >= 60 ? days + 1 : days;
}

export function fromJsDate(d: Date): SimpleDate {
  // Apps Script hands over Dates at local midnight of the spreadsheet's zone; read local parts.
  return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
}

export function formatDate(d: SimpleDate): string {
  return `${String(d.d).padStart(2, '0')}/${String(d.m).padStart(2, '0')}/${d.y}`;
}

export function compareDates(a: SimpleDate, b: SimpleDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/**
 * A date written as text: "30/6/2024", "05/4/2024", "30-06-2024", "30.6.2024", "2024-06-30",
 * "ngày 30 tháng 6 năm 2024". Day first, as in Vietnam. Null when not a valid date.
 */
export function readDateText(text: string): SimpleDate | null {
  const s = foldDiacritics(cleanText(text)).toLowerCase();
  let m = /^(?:ngay\s*)?(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$/.exec(s);
  if (m) {
    const d = { y: +m[3]!, m: +m[2]!, d: +m[1]! };
    return isValidDate(d.y, d.m, d.d) ? d : null;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ].*)?$/.exec(s);
  if (m) {
    const d = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
    return isValidDate(d.y, d.m, d.d) ? d : null;
  }
  m = /^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:nam|\/)\s*(\d{4})$/.exec(s);
  if (m) {
    const d = { y: +m[3]!, m: +m[2]!, d: +m[1]! };
    return isValidDate(d.y, d.m, d.d) ? d : null;
  }
  return null;
}

/**
 * A deadline as plans write it: a date ("30/6/2024", "trước ngày 05/4/2024"), a month
 * ("tháng 8/2024", "hết tháng 8/2024", "tháng 9-10/2024" → end of October), a quarter
 * ("Quý II/2024", "quý 4/2024", "Quý IV năm 2024"), or a year ("Năm 2024", "2024").
 * Null when it is none of these.
 */
export function readDeadline(text: string): Deadline | null {
  const original = cleanText(text);
  let s = foldDiacritics(original).toLowerCase();
  s = s.replace(/^(truoc|den|het|trong|cuoi|hoan thanh|xong truoc|xong|cham nhat)(\s+(ngay|het|thang|nam|quy))?\s*/, (_m, _a, b) => (b ? b.trim() + ' ' : ''));
  s = s.replace(/^(ngay)\s+/, '').trim();
  const date = readDateText(s);
  if (date) return { end: date, precision: 'day', text: original };
  let m = /^thang\s*(\d{1,2})(?:\s*[-–,]\s*(\d{1,2}))?\s*(?:\/|nam)\s*(\d{4})$/.exec(s);
  if (m) {
    const month = +(m[2] ?? m[1]!);
    const y = +m[3]!;
    if (month < 1 || month > 12 || y < 1900 || y > 2100) return null;
    if (m[2] !== undefined && +m[2] < +m[1]!) return null;
    return { end: { y, m: month, d: daysInMonth(y, month) }, precision: 'month', text: original };
  }
  m = /^(\d{1,2})\s*\/\s*(\d{4})$/.exec(s);
  if (m) {
    const month = +m[1]!;
    const y = +m[2]!;
    if (month < 1 || month > 12 || y < 1900 || y > 2100) return null;
    return { end: { y, m: month, d: daysInMonth(y, month) }, precision: 'month', text: original };
  }
  m = /^quy\s*([ivx]+|\d)\s*(?:\/|nam|-)\s*(\d{4})$/.exec(s);
  if (m) {
    const q = ROMAN[m[1]!] ?? Number(m[1]);
    const y = +m[2]!;
    if (!(q >= 1 && q <= 4) || y < 1900 || y > 2100) return null;
    const month = q * 3;
    return { end: { y, m: month, d: daysInMonth(y, month) }, precision: 'quarter', text: original };
  }
  m = /^(?:nam\s*)?(\d{4})$/.exec(s);
  if (m) {
    const y = +m[1]!;
    if (y < 1900 || y > 2100) return null;
    return { end: { y, m: 12, d: 31 }, precision: 'year', text: original };
  }
  return null;
}
