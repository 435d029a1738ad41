import { message, type Bilingual, type Lang, type Params } from '../messages/index.js';
import { cleanText, foldDiacritics } from '../text/index.js';
import { isCellError } from '../values/index.js';
import { readNumberWithUnit } from '../values/number.js';
import type { CellValue } from '../values/types.js';
import type {
  AnyFunctionSpec, ArgsOf, FunctionError, FunctionSpec, Grid, HostScalar, HostValue, OutScalar, OutValue, ParamSpec,
} from './types.js';

/*
 * The small framework under every spreadsheet function (HyperFormula-like): arity, coercion of
 * each argument to its declared type, range broadcasting, and errors as values. An implementation
 * reads as if it got clean values; whatever goes wrong comes back as a `FunctionError` with a
 * message in Vietnamese and English. `invoke` never throws.
 */

/** A failure an implementation raises on purpose; the framework turns it into an error value. */
export class FunctionFailure extends Error {
  constructor(public readonly bilingual: Bilingual) {
    super(bilingual.en);
    this.name = 'FunctionFailure';
  }
}

/** Stops the implementation with this message (it becomes the cell's error). */
export function fail(msg: Bilingual): never {
  throw new FunctionFailure(msg);
}

/** Stops the implementation with a catalogue message. */
export function failWith(key: string, params?: Params): never {
  throw new FunctionFailure(message(key, params));
}

export function errorValue(msg: Bilingual): FunctionError {
  return { error: '#VALUE!', message: msg };
}

export function isFunctionError(v: unknown): v is FunctionError {
  return isCellError(v) && typeof (v as { message?: unknown }).message === 'object' && (v as { message?: unknown }).message !== null;
}

function isBilingual(v: unknown): v is Bilingual {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) &&
    typeof (v as Bilingual).vi === 'string' && typeof (v as Bilingual).en === 'string' && !('error' in v);
}

/** Declares a function; `const` keeps the parameter records literal so the implementation is typed from them. */
export function defineFunction<const P extends readonly ParamSpec[]>(spec: FunctionSpec<P>): FunctionSpec<P> {
  return spec;
}

/** A value no caller gave: undefined, null, or blank text. */
export function isAbsent(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && cleanText(v) === '');
}

/** A 2-D block from whatever the host passed: a scalar is a 1×1 block, nothing is an empty block. */
export function toGrid(v: unknown): Grid {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) {
    if (v.length === 0) return [];
    if (v.every((row) => Array.isArray(row))) return v as Grid;
    return (v as CellValue[]).map((x) => [x]); // a 1-D array (some hosts): one column
  }
  return [[v as CellValue]];
}

function dims(g: ReadonlyArray<readonly unknown[]>): { rows: number; cols: number } {
  let cols = 0;
  for (const r of g) cols = Math.max(cols, r.length);
  return { rows: g.length, cols };
}

function gridIsBlank(g: Grid): boolean {
  return g.every((r) => r.every((c) => isAbsent(c)));
}

function valueText(v: unknown): string {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (isCellError(v)) return v.error;
  return String(v);
}

const TRUE_WORDS = new Set(['co', 'true', 'dung', 'yes', 'x', '1']);
const FALSE_WORDS = new Set(['khong', 'false', 'sai', 'no', '0']);

/**
 * Coerces one scalar to the parameter's type. Returns `undefined` for an absent optional value;
 * throws `FunctionFailure` with a message naming the function and the parameter.
 */
export function coerce(fnId: string, p: ParamSpec, v: unknown): unknown {
  const param = p.name;
  if (isAbsent(v)) {
    if (p.optional) return undefined;
    if (p.type === 'any') return null;
    return failWith('fn.error.required', { fn: fnId, param });
  }
  if (p.type === 'any') return v;
  if (isCellError(v)) return failWith('fn.error.host-error', { fn: fnId, param, value: v.error });
  switch (p.type) {
    case 'number': {
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) return failWith('fn.error.not-number', { fn: fnId, param, value: String(v) });
        return v;
      }
      if (typeof v === 'string') {
        const n = readNumberWithUnit(v);
        if (n) return n.percent ? n.value / 100 : n.value;
      }
      return failWith('fn.error.not-number', { fn: fnId, param, value: valueText(v) });
    }
    case 'string': {
      if (typeof v === 'string') return cleanText(v);
      if (typeof v === 'number' && Number.isFinite(v)) return String(v);
      return failWith('fn.error.not-text', { fn: fnId, param, value: valueText(v) });
    }
    case 'boolean': {
      if (typeof v === 'boolean') return v;
      if (typeof v === 'number' && Number.isFinite(v)) return v !== 0;
      if (typeof v === 'string') {
        const k = foldDiacritics(cleanText(v)).toLowerCase();
        if (TRUE_WORDS.has(k)) return true;
        if (FALSE_WORDS.has(k)) return false;
      }
      return failWith('fn.error.not-boolean', { fn: fnId, param, value: valueText(v) });
    }
  }
}

/** The message of anything an implementation threw. */
function failureMessage(fnId: string, e: unknown): Bilingual {
  if (e instanceof FunctionFailure) return e.bilingual;
  const detail = e instanceof Error ? e.message : String(e);
  if (/admin units not loaded/i.test(detail)) return message('fn.error.admin-units');
  return message('fn.error.unexpected', { fn: fnId, detail: detail.slice(0, 200) });
}

function outOf(v: OutScalar | undefined): OutScalar {
  return v === undefined ? null : v;
}

/** Calls the implementation, turning a throw into an error value. */
function apply(spec: AnyFunctionSpec, args: unknown[]): OutValue {
  try {
    const out = (spec.implementation as (...a: unknown[]) => OutValue)(...args);
    return out === undefined ? null : out;
  } catch (e) {
    return errorValue(failureMessage(spec.id, e));
  }
}

/** Makes a block rectangular and never empty (hosts reject an empty answer). */
function rectangular(m: OutScalar[][]): OutScalar[][] {
  if (m.length === 0) return [['']];
  const { cols } = dims(m);
  const width = Math.max(cols, 1);
  return m.map((r) => (r.length === width ? r.map(outOf) : Array.from({ length: width }, (_, i) => outOf(r[i]))));
}

/**
 * Evaluates a function on raw host arguments (scalars, 2-D arrays, null/undefined for omitted
 * ones), before any language is chosen. Never throws.
 */
export function evaluate(spec: AnyFunctionSpec, raw: readonly unknown[]): OutValue {
  const params = spec.parameters;
  try {
    // arity: hosts may pass fewer (Sheets) or pad with null (Excel)
    let count = raw.length;
    while (count > 0 && isAbsent(raw[count - 1]) && !Array.isArray(raw[count - 1])) count--;
    if (count > params.length) {
      return errorValue(message('fn.error.too-many', { fn: spec.id, max: params.length, count }));
    }
    const required = params.filter((p) => !p.optional);
    if (raw.length < required.length) {
      return errorValue(message('fn.error.too-few', {
        fn: spec.id, min: required.length, count: raw.length,
        names: { vi: required.map((p) => p.name.vi).join(', '), en: required.map((p) => p.name.en).join(', ') },
      }));
    }

    // shape each argument; collect the ranges given to broadcast parameters
    const shaped: unknown[] = [];
    const spread: Array<{ index: number; grid: Grid }> = [];
    params.forEach((p, i) => {
      const v = raw[i];
      if (p.kind === 'range') {
        const g = toGrid(v);
        shaped[i] = p.optional && gridIsBlank(g) ? undefined : g;
        return;
      }
      if (Array.isArray(v)) {
        const g = toGrid(v);
        const d = dims(g);
        if (d.rows * d.cols === 0) {
          shaped[i] = undefined;
          return;
        }
        if (d.rows === 1 && d.cols === 1) {
          shaped[i] = g[0]![0];
          return;
        }
        if (!p.broadcast) failWith('fn.error.single-cell', { fn: spec.id, param: p.name, rows: d.rows, cols: d.cols });
        spread.push({ index: i, grid: g });
        shaped[i] = undefined;
        return;
      }
      shaped[i] = v;
    });

    // coerce what does not vary cell by cell, once
    const fixed: unknown[] = params.map((p, i) => (spread.some((s) => s.index === i) ? undefined : p.kind === 'range' ? shaped[i] : coerce(spec.id, p, shaped[i])));

    if (spread.length === 0) {
      const out = apply(spec, fixed);
      return Array.isArray(out) ? rectangular(out) : out;
    }

    // broadcasting: every spread range has the same size; the answer has that size too
    const first = spread[0]!;
    const shape = dims(first.grid);
    for (const s of spread.slice(1)) {
      const d = dims(s.grid);
      if (d.rows !== shape.rows || d.cols !== shape.cols) {
        failWith('fn.error.shape', {
          fn: spec.id, a: params[first.index]!.name, ra: shape.rows, ca: shape.cols,
          b: params[s.index]!.name, rb: d.rows, cb: d.cols,
        });
      }
    }
    const out: OutScalar[][] = [];
    for (let r = 0; r < shape.rows; r++) {
      const row: OutScalar[] = [];
      for (let c = 0; c < shape.cols; c++) {
        const cells = spread.map((s) => s.grid[r]?.[c]);
        if (cells.every(isAbsent)) {
          row.push(''); // a blank row in a column of codes stays blank
          continue;
        }
        try {
          const args = [...fixed];
          spread.forEach((s, k) => {
            args[s.index] = coerce(spec.id, params[s.index]!, cells[k]);
          });
          const v = apply(spec, args);
          row.push(Array.isArray(v) ? errorValue(message('fn.error.unexpected', { fn: spec.id, detail: 'nested range' })) : v);
        } catch (e) {
          row.push(errorValue(failureMessage(spec.id, e)));
        }
      }
      out.push(row);
    }
    return out;
  } catch (e) {
    return errorValue(failureMessage(spec.id, e));
  }
}

function hostScalar(v: OutScalar, lang: Lang): HostScalar {
  if (v === null || v === undefined) return '';
  if (isFunctionError(v)) return v;
  if (isBilingual(v)) return v[lang];
  if (typeof v === 'number' && !Number.isFinite(v)) return errorValue(message('fn.error.unexpected', { fn: '', detail: String(v) }));
  return v as HostScalar;
}

/** Gives bilingual text in one language; errors stay values. */
export function localize(out: OutValue, lang: Lang): HostValue {
  if (Array.isArray(out)) return out.map((r) => r.map((c) => hostScalar(c, lang)));
  return hostScalar(out, lang);
}

/**
 * Calls a function as a host does: raw arguments in, a value or a block out, bilingual text in
 * `lang` (Vietnamese unless told), errors as `FunctionError` values. Never throws.
 *
 * @example
 * invoke(CHECK, ["15.3", 0.23, "BTB"]) //=> "Đạt"
 * invoke(CHECK, [[["15.3"], ["11"]], [[0.23], [0.1221]], "BTB"]) //=> [["Đạt"], ["Chưa đạt"]]
 */
export function invoke(spec: AnyFunctionSpec, raw: readonly unknown[], opts: { lang?: Lang } = {}): HostValue {
  return localize(evaluate(spec, raw), opts.lang ?? 'vi');
}

/** Whether any parameter broadcasts, so a host must treat the answer as a block. */
export function answersWithBlock(spec: Pick<AnyFunctionSpec, 'result' | 'parameters'>): boolean {
  return spec.result.dimensionality === 'matrix' || spec.parameters.some((p) => p.broadcast);
}

/** The message of an error value in one language (for hosts that show errors as text). */
export function errorText(e: FunctionError, lang: Lang = 'vi'): string {
  return e.message[lang];
}

export type { ArgsOf };
