import { CHECK } from './check/index.js';
import { CLASS } from './class/index.js';
import { COMMUNE } from './commune/index.js';
import { COUNT } from './count/index.js';
import { CRITERIA } from './criteria/index.js';
import { NAME } from './name/index.js';
import { POVERTY } from './poverty/index.js';
import { RATE } from './rate/index.js';
import { REGION } from './region/index.js';
import { SETS } from './sets/index.js';
import { STATUS } from './status/index.js';
import { THRESHOLD } from './threshold/index.js';
import { UNMET } from './unmet/index.js';
import { invoke } from './framework.js';
import type { AnyFunctionSpec, HostValue } from './types.js';
import type { Lang } from '../messages/index.js';
import { message } from '../messages/index.js';
import { errorValue } from './framework.js';

/**
 * Every spreadsheet function, once. Hosts generate their artefacts from this list (Excel's
 * functions.json and functions.js, the Apps Script wrappers); an id never changes once released.
 */
export const FUNCTIONS: readonly AnyFunctionSpec[] = [
  CHECK, THRESHOLD, STATUS, CRITERIA, UNMET, COUNT, CLASS, POVERTY, RATE, REGION, NAME, COMMUNE, SETS,
] as unknown as readonly AnyFunctionSpec[];

const BY_ID = new Map(FUNCTIONS.map((f) => [f.id, f] as const));

/** A function by id (case-insensitive), or null. */
export function getFunction(id: string): AnyFunctionSpec | null {
  return BY_ID.get(id.trim().toUpperCase()) ?? null;
}

/**
 * Calls a function by id as a host does. Never throws: an unknown id is an error value too.
 *
 * @example
 * callFunction("CHECK", ["15.3", 0.23, "BTB"]) //=> "Đạt"
 */
export function callFunction(id: string, args: readonly unknown[], opts: { lang?: Lang } = {}): HostValue {
  const spec = getFunction(id);
  if (!spec) return errorValue(message('fn.error.unknown-function', { fn: id }));
  return invoke(spec, args, opts);
}
