/**
 * functions.js: Excel's custom functions, thin wrappers over the one registry (core/functions).
 * Built as an iife and loaded by a plain, blocking <script> in the shared-runtime page, after
 * admin-units.js (which sets globalThis.NTM_ADMIN_UNITS) and before the task pane's bundle.
 * It calls CustomFunctions.associate for every id at load time (without it cells show #N/A),
 * answers a block wherever functions.json declares a matrix result, and turns error values into
 * #VALUE! with the Vietnamese message (also inside returned blocks). It never throws.
 */
import './zod-jitless.js';
import { registerAdminUnits, type AdminUnitsRaw } from '../core/communes/index.js';
import { answersWithBlock, FUNCTIONS, invoke, isFunctionError, type AnyFunctionSpec, type HostScalar, type HostValue } from '../core/functions/index.js';

/** What this file needs of Office's CustomFunctions runtime. */
export interface CustomFunctionsRuntime {
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  Error: new (code: unknown, message?: string) => unknown;
  ErrorCode: { invalidValue: unknown };
}

/** The global admin-units.js sets. */
export const ADMIN_UNITS_GLOBAL = 'NTM_ADMIN_UNITS';

/** Excel shows the message on hover; keep it to a readable length. */
const MAX_MESSAGE = 400;

function toExcel(rt: CustomFunctionsRuntime, v: HostScalar): unknown {
  if (isFunctionError(v)) {
    const m = v.message.vi;
    return new rt.Error(rt.ErrorCode.invalidValue, m.length > MAX_MESSAGE ? m.slice(0, MAX_MESSAGE - 1) + '…' : m);
  }
  return v;
}

/** One registry function as Excel calls it: arguments beyond the declared ones (an invocation object) are dropped. */
export function excelFunction(rt: CustomFunctionsRuntime, spec: AnyFunctionSpec): (...args: unknown[]) => unknown {
  const block = answersWithBlock(spec);
  const n = spec.parameters.length;
  return (...args: unknown[]) => {
    let out: HostValue;
    try {
      out = invoke(spec, args.slice(0, n));
    } catch (e) {
      // invoke never throws; this is the last guard so a cell never shows a stack
      return new rt.Error(rt.ErrorCode.invalidValue, e instanceof Error ? e.message : String(e));
    }
    if (Array.isArray(out)) return out.map((r) => r.map((c) => toExcel(rt, c)));
    const one = toExcel(rt, out);
    return block ? [[one]] : one;
  };
}

/** Registers the administrative units lazily: the index is built from the global on first use. */
export function registerAdminUnitsFromGlobal(g: Record<string, unknown>): void {
  registerAdminUnits(() => {
    const data = g[ADMIN_UNITS_GLOBAL] as AdminUnitsRaw | undefined;
    if (!data || !Array.isArray(data.provinces)) throw new Error('admin units not loaded (admin-units.js)');
    return data;
  });
}

/** Associates every id of the registry. Returns the ids, in registry order. */
export function associateAll(rt: CustomFunctionsRuntime): string[] {
  for (const f of FUNCTIONS) rt.associate(f.id, excelFunction(rt, f));
  return FUNCTIONS.map((f) => f.id);
}

const g = globalThis as unknown as Record<string, unknown>;
registerAdminUnitsFromGlobal(g);
const rt = g['CustomFunctions'] as CustomFunctionsRuntime | undefined;
if (rt && typeof rt.associate === 'function') associateAll(rt);
