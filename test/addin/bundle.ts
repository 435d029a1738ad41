/**
 * Loads the BUILT add-in scripts (dist/addin) into a node:vm context the way the shared-runtime
 * page does — admin-units.js, then functions.js — with a stand-in for Office's CustomFunctions.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distAddin = path.join(root, 'dist', 'addin');

/** What Excel's CustomFunctions.Error carries, as the stand-in records it. */
export class StandInError {
  constructor(public readonly code: unknown, public readonly message?: string) {}
}

export interface LoadedBundle {
  associated: Map<string, (...args: unknown[]) => unknown>;
  order: string[];
  context: vm.Context;
}

export function distFile(name: string): string {
  const f = path.join(distAddin, name);
  if (!existsSync(f)) throw new Error(`${f} is missing: run npm run build (npm test builds first)`);
  return f;
}

export function loadBundle(opts: { adminUnits?: boolean } = {}): LoadedBundle {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const order: string[] = [];
  const CustomFunctions = {
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      associated.set(id, fn);
      order.push(id);
    },
    Error: StandInError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!' },
  };
  const context = vm.createContext({ CustomFunctions, console });
  if (opts.adminUnits !== false) {
    vm.runInContext(readFileSync(distFile('admin-units.js'), 'utf8'), context, { filename: 'admin-units.js' });
  }
  vm.runInContext(readFileSync(distFile('functions.js'), 'utf8'), context, { filename: 'functions.js' });
  return { associated, order, context };
}

/** An answer of the bundle in plain data: errors as { code, message }. */
export function plain(v: unknown): unknown {
  if (v instanceof StandInError) return { code: v.code, message: v.message };
  if (Array.isArray(v)) return v.map(plain);
  return v;
}
