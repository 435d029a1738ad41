import { evaluateCommune, type CommuneResult } from '../evaluate/commune.js';
import type { IndicatorRow } from '../evaluate/indicator.js';
import type { Pack } from '../packs/schema.js';
import { cleanText } from '../text/index.js';
import { cellToText } from '../values/index.js';
import type { CellValue } from '../values/types.js';
import { failWith, isAbsent } from './framework.js';
import { codeArg, contextArg, P, packArg, yearArg } from './shared.js';
import type { Grid } from './types.js';

/** The parameters of the functions that assess a whole commune (STATUS, CRITERIA, UNMET). */
export const COMMUNE_PARAMS = [P.codes, P.values, P.contextOne, P.year, P.setOrPack] as const;

function cells(g: Grid): CellValue[] {
  const out: CellValue[] = [];
  for (const r of g) for (const c of r) out.push(c);
  return out;
}

/**
 * Evaluates a commune from a range of codes and a range of values (read cell by cell, row by
 * row, so a column and a row of the same length pair up). Blank codes and group rows ("I",
 * "II") are skipped; a code given twice is an error.
 */
export function assessCommune(fn: string, codes: Grid, values: Grid, context: string, year: number | undefined, set: Grid | undefined): CommuneResult & { packData: Pack } {
  const pack = packArg(set);
  const ctx = contextArg(pack, context);
  const y = yearArg(year);
  const cs = cells(codes);
  const vs = cells(values);
  if (cs.length !== vs.length) {
    failWith('fn.error.lengths', { fn, a: P.codes.name, na: cs.length, b: P.values.name, nb: vs.length });
  }
  const rows: IndicatorRow[] = [];
  const seen = new Map<string, number>();
  cs.forEach((raw, i) => {
    if (isAbsent(raw)) return;
    const t = cleanText(cellToText(raw));
    if (/^[IVXLC]+\.?$/.test(t)) return;
    const code = codeArg(t);
    const first = seen.get(code);
    if (first !== undefined) failWith('fn.error.duplicate-code', { code, first: first + 1, second: i + 1 });
    seen.set(code, i);
    rows.push({ code, value: vs[i] });
  });
  if (rows.length === 0) failWith('fn.error.no-codes', { fn });
  return { ...evaluateCommune(pack, { indicators: rows }, ctx, y === undefined ? {} : { year: y }), packData: pack };
}
