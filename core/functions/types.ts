import type { Bilingual } from '../messages/index.js';
import type { CellValue } from '../values/types.js';

/**
 * What a spreadsheet function is, once, for every host. Adapters (Excel functions.json +
 * functions.js, Apps Script wrappers) are generated from these records and never describe a
 * function themselves.
 */

/** `scalar`: one value; `range`: a 2-D block of cells (a single value counts as a 1×1 range). */
export type ParamKind = 'scalar' | 'range';

/** How the framework coerces a value before the implementation sees it. */
export type ParamType = 'any' | 'number' | 'string' | 'boolean';

export interface ParamSpec {
  /**
   * Names shown in the hosts' formula help: letters, digits and underscores only (they become
   * parameter names in Excel's metadata and in generated Apps Script code).
   */
  name: Bilingual;
  description: Bilingual;
  kind: ParamKind;
  type: ParamType;
  optional?: boolean;
  /**
   * For a scalar parameter: a range given here is taken cell by cell, and the function answers
   * with a range of the same size (a column of codes gives a column of verdicts). Hosts must pass
   * the whole range in one call (Excel: a matrix parameter).
   */
  broadcast?: boolean;
}

/** A value a function writes into one cell. Bilingual text is given in the caller's language. */
export type OutScalar = string | number | boolean | null | Bilingual | FunctionError;

/** A value as an implementation returns it: one cell or a block. */
export type OutValue = OutScalar | OutScalar[][];

/** One cell of a host answer: bilingual text resolved, errors kept as values. */
export type HostScalar = string | number | boolean | FunctionError;

export type HostValue = HostScalar | HostScalar[][];

/**
 * An error as a value (never thrown): the code a host shows (#VALUE!) and why, in both
 * languages. It is a `CellError`, so a function reading another function's error sees a cell error.
 */
export interface FunctionError {
  error: '#VALUE!';
  message: Bilingual;
}

export interface FunctionExample {
  /** Arguments as a host would pass them; a range is `{ ref, values }` (ref for display only). */
  args: Array<CellValue | ExampleRange>;
  /** The answer in Vietnamese (the default language). Errors: `{ error, vi }`. */
  result: HostValueExample;
  note?: Bilingual;
}

export interface ExampleRange {
  ref: string;
  values: CellValue[][];
}

export type HostValueExample = string | number | boolean | { error: string; vi: string } | Array<Array<string | number | boolean>>;

/** The 2-D block a range parameter gives the implementation. */
export type Grid = CellValue[][];

type ArgOf<P extends ParamSpec> = P['kind'] extends 'range'
  ? Grid
  : P['type'] extends 'number'
    ? number
    : P['type'] extends 'string'
      ? string
      : P['type'] extends 'boolean'
        ? boolean
        : CellValue;

/** The implementation's arguments, typed from the parameter records. */
export type ArgsOf<P extends readonly ParamSpec[]> = {
  [K in keyof P]: P[K] extends ParamSpec ? (P[K]['optional'] extends true ? ArgOf<P[K]> | undefined : ArgOf<P[K]>) : never;
};

export interface FunctionSpec<P extends readonly ParamSpec[] = readonly ParamSpec[]> {
  /** Upper-case, never changes once released (workbooks store it): `CHECK`. */
  id: string;
  description: Bilingual;
  parameters: P;
  /** What one call on plain values gives; broadcast parameters turn a scalar result into a block. */
  result: { dimensionality: 'scalar' | 'matrix'; type: ParamType };
  examples: FunctionExample[];
  /** A plain, pure function of clean values. It may return an error value or throw `FunctionFailure`. */
  implementation: (...args: ArgsOf<P>) => OutValue;
}

/** A registry entry with its parameters erased, as adapters see it. */
export type AnyFunctionSpec = Omit<FunctionSpec, 'implementation'> & { implementation: (...args: never[]) => OutValue };
