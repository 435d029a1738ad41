import { compactKey } from '../text/index.js';
import { Pack as PackSchema, PackExtension as ExtSchema, type Pack, type PackExtension, type PackExtensionInput, type PackInput } from './schema.js';
import { vnXaNtm20212025 } from './vn-xa-ntm-2021-2025.js';
import { vnXaNtm20262030 } from './vn-xa-ntm-2026-2030.js';
import { extendPack } from './extend.js';

const BUILTIN_INPUTS: readonly PackInput[] = [vnXaNtm20212025, vnXaNtm20262030];
let builtins: Map<string, Pack> | null = null;

function load(): Map<string, Pack> {
  if (!builtins) {
    builtins = new Map();
    for (const p of BUILTIN_INPUTS) {
      const parsed = PackSchema.parse(p);
      builtins.set(parsed.id, parsed);
    }
  }
  return builtins;
}

/** The built-in packs, validated by the schema on first use. */
export function builtinPacks(): Pack[] {
  return [...load().values()];
}

export const DEFAULT_PACK_ID = 'vn-xa-ntm-2021-2025';

/**
 * A built-in pack by id, or by a short name users type: "318", "2021-2025", "51/2025",
 * "2026-2030". Null when unknown.
 */
export function getPack(idOrAlias: string): Pack | null {
  const packs = load();
  const direct = packs.get(idOrAlias.trim());
  if (direct) return direct;
  const k = compactKey(idOrAlias);
  if (k === '') return null;
  for (const p of packs.values()) {
    if (compactKey(p.id) === k) return p;
    if (compactKey(`${p.period.from}-${p.period.to}`) === k) return p;
    for (const l of p.legalBasis) {
      const ref = compactKey(l.ref);
      if (ref === k || ref.replace(/qdttg$/, '') === k.replace(/qdttg$/, '')) return p;
    }
  }
  return null;
}

export function builtinIds(): string[] {
  return [...load().keys()];
}

/** Validates a pack given as data (from JSON or TS). Throws the zod error on bad input. */
export function definePack(input: PackInput): Pack {
  return PackSchema.parse(input);
}

/** Validates a provincial extension and resolves it over its (built-in or given) base. */
export function defineExtension(input: PackExtensionInput, base?: Pack): Pack {
  const ext: PackExtension = ExtSchema.parse(input);
  const b = base ?? getPack(ext.extends);
  if (!b) throw new Error(`unknown base pack ${ext.extends}`);
  return extendPack(b, ext);
}
