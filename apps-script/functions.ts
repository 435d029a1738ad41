/**
 * The registry's functions as Google Sheets custom functions. Sheets calls the generated
 * top-level wrappers (`function NTM_CHECK(mã_chỉ_tiêu, giá_trị, …)`, dist/apps-script/functions.js)
 * and each wrapper calls `NTM_CORE.customFunction(id, [args])`, which is this.
 *
 * What Sheets hands over (HOSTS.md): a single cell as its value, a range as a 2-D array, blank
 * cells as "", omitted trailing arguments not at all, percent cells as fractions (23% → 0.23),
 * dates as Date objects. The registry's framework already reads all of that, and text as users
 * type it in the Vietnamese locale ("27,5%", "1.234,5"), so the values go through untouched.
 *
 * Errors. Apps Script can return numbers, text, booleans, dates and 2-D arrays of them, but no
 * error value. When the whole answer is an error, the wrapper throws an Error with the Vietnamese
 * message: Sheets shows the cell as an error (#ERROR!) with that message on hover, exactly as
 * Google's own custom-function template does for bad input (`throw 'Input contains a cell value
 * that is not a number'`), and IFERROR / ISERROR see an error, so nothing downstream mistakes
 * it for data. A cell inside a returned block cannot be an error without discarding the whole
 * block (one bad code among 57 would blank 56 good verdicts), so there it becomes the text
 * `#VALUE! <message>` — the same code Excel shows, with the reason readable in the cell.
 */
import { getFunction, invoke, isFunctionError, type HostScalar, type HostValue } from '../core/functions/index.js';
import { message } from '../core/messages/index.js';

/** What a cell of a returned block shows for an error value. */
export function cellErrorText(msg: string): string {
  return `#VALUE! ${msg}`;
}

/** Sheets shows the thrown message on hover; keep it readable. */
const MAX_MESSAGE = 400;

function clip(s: string): string {
  return s.length > MAX_MESSAGE ? s.slice(0, MAX_MESSAGE - 1) + '…' : s;
}

function cell(v: HostScalar): string | number | boolean {
  return isFunctionError(v) ? cellErrorText(v.message.vi) : v;
}

/** An Apps Script array-like `arguments`, or an array, as a plain array. */
function argList(args: ArrayLike<unknown> | undefined): unknown[] {
  if (!args) return [];
  return Array.prototype.slice.call(args) as unknown[];
}

/**
 * One call of a custom function as Sheets makes it. Returns a value or a 2-D block; throws an
 * Error carrying the Vietnamese message when the answer is an error.
 */
export function customFunction(id: string, args?: ArrayLike<unknown>): string | number | boolean | Array<Array<string | number | boolean>> {
  const spec = getFunction(id);
  if (!spec) throw new Error(message('fn.error.unknown-function', { fn: id }).vi);
  let out: HostValue;
  try {
    out = invoke(spec, argList(args).slice(0, spec.parameters.length));
  } catch (e) {
    // invoke never throws; this guard keeps a stack trace out of the cell
    throw new Error(clip(message('fn.error.unexpected', { fn: id, detail: e instanceof Error ? e.message : String(e) }).vi));
  }
  if (Array.isArray(out)) return out.map((r) => r.map(cell));
  if (isFunctionError(out)) throw new Error(clip(out.message.vi));
  return out; // one value: Sheets shows a 1×1 answer the same way

}
