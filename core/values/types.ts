/** A spreadsheet error as a value (what Office.js and exceljs give for #N/A, #VALUE! …). */
export interface CellError {
  error: string;
}

/**
 * A raw cell value as the hosts hand it over: Office.js `values`, Apps Script `getValues()`,
 * exceljs `cell.value` (normalised by io/), or a custom function argument.
 */
export type CellValue = string | number | boolean | Date | null | undefined | CellError;

/** What we know of a cell's number format; `undefined` when the host did not tell us. */
export type CellFormat = 'percent' | 'date' | 'text' | 'general' | undefined;

export type Rating = 'dat' | 'chua-dat' | 'khong-danh-gia';

export interface SimpleDate {
  y: number;
  m: number;
  d: number;
}

export type Parsed =
  | { kind: 'blank' }
  | {
      kind: 'number';
      /** The number as written, in percent points when `percent` is true. */
      value: number;
      /** Written with a % sign, or read from a cell formatted as percent. */
      percent: boolean;
      /** A scale or unit word written after the number ("triệu", "tỷ", "hộ", "m²/người"). */
      unit?: string;
      /** "417/910" */
      fraction?: { numerator: number; denominator: number };
      /**
       * Why the reading might not be what the user meant:
       * - `separator`: "1,234" read with the Vietnamese decimal comma as 1,234 (one point two…);
       * - `fraction-or-percent`: a plain number between 0 and 1 from a cell of unknown format,
       *   read as a fraction (0.85 → 85%) as both hosts pass percent cells.
       */
      ambiguous?: 'separator' | 'fraction-or-percent';
      /** true when the host gave a number (not text). */
      fromNumber: boolean;
      /** The number of decimals written (for rounding checks); undefined for host numbers. */
      decimals?: number;
      raw: string;
    }
  | { kind: 'rating'; value: Rating; raw: string; basic?: boolean }
  | { kind: 'yesno'; value: boolean; tick: boolean; raw: string }
  | { kind: 'date'; value: SimpleDate; raw: string }
  | { kind: 'text'; value: string }
  | { kind: 'error'; reason: 'host-error' | 'unreadable'; raw: string };
