import { message, type Bilingual } from '../messages/index.js';

export interface RatePart {
  label: 'poor' | 'near-poor' | 'total' | 'rate';
  count: number;
  excluded: number;
  /** count − excluded */
  numerator: number;
  denominator: number;
  /** percent points */
  rate: number;
}

export interface RateResult {
  ok: true;
  numerator: number;
  denominator: number;
  /** percent points, exact */
  rate: number;
  parts: RatePart[];
  /** The parts were divided by different totals. */
  denominatorMismatch: boolean;
  warnings: Bilingual[];
}

export type RateOutcome = RateResult | { ok: false; message: Bilingual };

function bad(n: number): boolean {
  return !Number.isFinite(n);
}

/**
 * A generic rate in percent points: numerator / denominator × 100.
 *
 * @example
 * rate(417, 910) //=> { ok: true, rate: 45.824…, numerator: 417, denominator: 910, … }
 */
export function rate(numerator: number, denominator: number, excluded = 0): RateOutcome {
  if (bad(numerator) || bad(denominator) || bad(excluded)) return { ok: false, message: message('rate.zero-denominator') };
  if (numerator < 0) return { ok: false, message: message('rate.negative', { what: 'tử số / numerator' }) };
  if (denominator < 0) return { ok: false, message: message('rate.negative', { what: 'mẫu số / denominator' }) };
  if (excluded < 0) return { ok: false, message: message('rate.negative', { what: 'số loại trừ / exclusions' }) };
  if (denominator === 0) return { ok: false, message: message('rate.zero-denominator') };
  if (excluded > numerator) return { ok: false, message: message('rate.excess', { excluded, count: numerator }) };
  const num = numerator - excluded;
  const warnings: Bilingual[] = [];
  if (num > denominator) warnings.push(message('rate.over', { numerator: num, denominator }));
  const r = (num / denominator) * 100;
  return {
    ok: true, numerator: num, denominator, rate: r,
    parts: [{ label: 'rate', count: numerator, excluded, numerator: num, denominator, rate: r }],
    denominatorMismatch: false, warnings,
  };
}

export interface PovertyInput {
  poor: number;
  nearPoor: number;
  /** Total households; used for both parts unless the parts give their own. */
  households: number;
  poorExcluded?: number;
  nearPoorExcluded?: number;
  /** The total the sheet divides poor households by, when it differs (seed 003: 1.784). */
  householdsForPoor?: number;
  /** The total the sheet divides near-poor households by (seed 003: 1.807). */
  householdsForNearPoor?: number;
}

/**
 * Multidimensional poverty rate: (poor + near-poor − the exclusions the sheet states) over the
 * households, in percent points. Returns the numerator, the denominator and each part; when the
 * sheet divides the two parts by different totals, the rate is computed over `households` and the
 * mismatch is flagged.
 *
 * @example
 * // seed 003 (Cẩm Thành 2023): 100 − 29 poor over 1.784, 155 − 6 near-poor over 1.807
 * povertyRate({ poor: 100, poorExcluded: 29, nearPoor: 155, nearPoorExcluded: 6, households: 1784, householdsForNearPoor: 1807 })
 * //=> { rate: 12.33…, numerator: 220, denominator: 1784, denominatorMismatch: true, parts: [3.98…, 8.24…] }
 */
export function povertyRate(input: PovertyInput): RateOutcome {
  const pe = input.poorExcluded ?? 0;
  const ne = input.nearPoorExcluded ?? 0;
  const values: Array<[number, string]> = [
    [input.poor, 'hộ nghèo / poor households'], [input.nearPoor, 'hộ cận nghèo / near-poor households'],
    [input.households, 'tổng số hộ / households'], [pe, 'số loại trừ / exclusions'], [ne, 'số loại trừ / exclusions'],
  ];
  for (const [v, what] of values) {
    if (bad(v)) return { ok: false, message: message('rate.zero-denominator') };
    if (v < 0) return { ok: false, message: message('rate.negative', { what }) };
  }
  const dPoor = input.householdsForPoor ?? input.households;
  const dNear = input.householdsForNearPoor ?? input.households;
  if (input.households === 0 || dPoor === 0 || dNear === 0) return { ok: false, message: message('rate.zero-denominator') };
  if (pe > input.poor) return { ok: false, message: message('rate.excess', { excluded: pe, count: input.poor }) };
  if (ne > input.nearPoor) return { ok: false, message: message('rate.excess', { excluded: ne, count: input.nearPoor }) };
  const nPoor = input.poor - pe;
  const nNear = input.nearPoor - ne;
  const parts: RatePart[] = [
    { label: 'poor', count: input.poor, excluded: pe, numerator: nPoor, denominator: dPoor, rate: (nPoor / dPoor) * 100 },
    { label: 'near-poor', count: input.nearPoor, excluded: ne, numerator: nNear, denominator: dNear, rate: (nNear / dNear) * 100 },
  ];
  const numerator = nPoor + nNear;
  const denominator = input.households;
  const warnings: Bilingual[] = [];
  const denominatorMismatch = dPoor !== dNear;
  if (denominatorMismatch) warnings.push(message('rate.denominators-differ', { a: dPoor, b: dNear }));
  if (numerator > denominator) warnings.push(message('rate.over', { numerator, denominator }));
  return { ok: true, numerator, denominator, rate: (numerator / denominator) * 100, parts, denominatorMismatch, warnings };
}

/** Rounds half away from zero to `d` decimals. */
export function roundHalf(x: number, d: number): number {
  const f = 10 ** d;
  const y = Math.abs(x) * f;
  // guard against 0.285 * 100 = 28.499999…
  const r = Math.round(y + 1e-9);
  return (Math.sign(x) * r) / f;
}

/** Truncates to `d` decimals (what some sheets do by hand). */
export function truncate(x: number, d: number): number {
  const f = 10 ** d;
  return (Math.sign(x) * Math.floor(Math.abs(x) * f + 1e-9)) / f;
}

export type DeclaredRateCheck =
  | { agrees: true; how: 'exact' | 'rounded' }
  | { agrees: false; truncated: boolean; expected: number };

/**
 * Whether a declared rate (as written, with its decimals) matches the exact rate: equal when
 * rounded to the declared decimals; otherwise says whether truncation explains it
 * (71/1.784 = 3,9798…% written "3,97%").
 */
export function checkDeclaredRate(declared: number, decimals: number, exact: number): DeclaredRateCheck {
  const d = Math.max(0, decimals);
  if (declared === exact) return { agrees: true, how: 'exact' };
  if (roundHalf(exact, d) === roundHalf(declared, d)) return { agrees: true, how: 'rounded' };
  return { agrees: false, truncated: truncate(exact, d) === roundHalf(declared, d), expected: roundHalf(exact, d) };
}
