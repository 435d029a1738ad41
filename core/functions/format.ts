import type { CellValue } from '../values/types.js';
import type { AnyFunctionSpec, ExampleRange, FunctionExample, HostValueExample } from './types.js';

/*
 * How a call is written: in a formula of a host (Excel `=NTM.CHECK(…)`, Sheets `=NTM_CHECK(…)`,
 * Vietnamese locale with ";" and decimal comma, or English locale with "," and decimal point),
 * and in a JSDoc `@example` (`CHECK("15.3", 0.23, "BTB") //=> "Đạt"`).
 */

export type FormulaHost = 'excel' | 'sheets';
export type FormulaLocale = 'vi' | 'en';

/** The namespace users type before every id. */
export const NAMESPACE = 'NTM';

function isRange(a: unknown): a is ExampleRange {
  return typeof a === 'object' && a !== null && !Array.isArray(a) && !(a instanceof Date) && 'ref' in a && 'values' in a;
}

function literal(v: CellValue | ExampleRange, locale: FormulaLocale | 'js'): string {
  if (isRange(v)) return v.ref;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return `"${v.replace(/"/g, '""')}"`;
  if (typeof v === 'number') return locale === 'vi' ? String(v).replace('.', ',') : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return `"${v.toISOString().slice(0, 10)}"`;
  return `"${v.error}"`;
}

/** The name users type: `NTM.CHECK` in Excel, `NTM_CHECK` in Sheets. */
export function hostName(id: string, host: FormulaHost): string {
  return host === 'excel' ? `${NAMESPACE}.${id}` : `${NAMESPACE}_${id}`;
}

/**
 * A formula as users type it.
 *
 * @example
 * formatFormula("CHECK", ["15.3", 0.23, "BTB"], "excel", "vi") //=> '=NTM.CHECK("15.3"; 0,23; "BTB")'
 * formatFormula("CHECK", ["15.3", 0.23, "BTB"], "sheets", "en") //=> '=NTM_CHECK("15.3", 0.23, "BTB")'
 */
export function formatFormula(id: string, args: ReadonlyArray<CellValue | ExampleRange>, host: FormulaHost, locale: FormulaLocale = 'vi'): string {
  const sep = locale === 'vi' ? '; ' : ', ';
  return `=${hostName(id, host)}(${args.map((a) => literal(a, locale)).join(sep)})`;
}

function resultText(r: HostValueExample): string {
  if (typeof r === 'object' && r !== null && !Array.isArray(r)) return `${r.error} "${r.vi}"`;
  return JSON.stringify(r);
}

/**
 * An example as the function's JSDoc writes it: `CHECK("15.3", 0.23, "BTB") //=> "Đạt"`.
 * A test checks that every example of the registry appears so in its function's source.
 */
export function formatExample(id: string, ex: FunctionExample): string {
  const args = ex.args.map((a) => (isRange(a) ? a.ref : a === null || a === undefined ? '' : typeof a === 'string' ? JSON.stringify(a) : literal(a, 'js')));
  return `${id}(${args.join(', ')}) //=> ${resultText(ex.result)}`;
}

/** The raw host arguments of an example (ranges as their values). */
export function exampleArgs(ex: FunctionExample): unknown[] {
  return ex.args.map((a) => (isRange(a) ? a.values : a));
}

/** The signature as help shows it: `CHECK(mã_chỉ_tiêu, giá_trị, vùng, [năm], [bộ_tiêu_chí])`. */
export function signature(spec: Pick<AnyFunctionSpec, 'id' | 'parameters'>, lang: 'vi' | 'en' = 'vi'): string {
  return `${spec.id}(${spec.parameters.map((p) => (p.optional ? `[${p.name[lang]}]` : p.name[lang])).join(', ')})`;
}
