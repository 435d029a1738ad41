import { message, type Bilingual } from '../messages/index.js';
import type { ContextRule, Pack } from '../packs/schema.js';
import { hasAdminUnits, regionOf } from '../communes/index.js';
import { cleanText, compactKey } from '../text/index.js';

/** Where a commune stands for a pack: its declared context, its flags, and the level it uses. */
export interface ResolvedContext {
  /** The context the user gave (region, group or zone id); null when only a flag was given. */
  declared: string | null;
  /** Flags such as "dbkk" (xã đặc biệt khó khăn). */
  flags: string[];
  /** The context whose levels apply, after the pack's rules. */
  effective: string;
  /** The rule that changed the level, if one did. */
  rule?: ContextRule;
  /** "BTB" / "Nhóm 2" … for display. */
  label: string;
}

export type ContextReading = { ok: true; context: ResolvedContext } | { ok: false; message: Bilingual };

function aliasKeys(id: string, name: string, aliases: readonly string[]): string[] {
  return [id, name, ...aliases].map(compactKey).filter((k) => k !== '');
}

/** The valid values of a pack's context, as a list for messages. */
export function contextChoices(pack: Pack): string {
  return pack.context.values.map((v) => v.aliases[0] ?? v.id).join(', ');
}

/**
 * Reads a context as users type it: "BTB", "Bắc Trung Bộ", "bac trung bo", "BTB, ĐBKK",
 * "ĐBKK" alone (the rule decides the level), "Nhóm 2", "2". Parts are separated by , ; + / or
 * parentheses.
 *
 * @example
 * parseContext("Bắc Trung Bộ; xã ĐBKK", pack318) //=> { ok: true, context: { declared: "BTB", flags: ["dbkk"], effective: "TDMNPB", … } }
 */
export function parseContext(input: unknown, pack: Pack): ContextReading {
  const raw = input === null || input === undefined ? '' : cleanText(String(input));
  const kindName = pack.context.name.vi.toLowerCase();
  if (raw === '') {
    return { ok: false, message: message('context.missing', { kind: kindName, valid: contextChoices(pack) }) };
  }
  const parts = raw.split(/[,;+/()|]+/).map((p) => p.trim()).filter((p) => p !== '');
  let declared: string | null = null;
  const flags: string[] = [];
  let rule: ContextRule | undefined;
  for (const part of parts) {
    const k = compactKey(part).replace(/^(vung|mien|xa|thuoc)/, '');
    const kk = compactKey(part);
    const v = pack.context.values.find((c) => {
      const keys = aliasKeys(c.id, c.name.vi, c.aliases);
      return keys.includes(kk) || keys.includes(k);
    });
    if (v) {
      if (declared && declared !== v.id) return { ok: false, message: message('context.unknown', { value: raw, valid: contextChoices(pack) }) };
      declared = v.id;
      continue;
    }
    const r = pack.context.rules.find((x) => {
      const keys = aliasKeys(x.flag, x.name.vi, x.aliases);
      return keys.includes(kk) || keys.includes(k);
    });
    if (r) {
      if (!flags.includes(r.flag)) flags.push(r.flag);
      rule ??= r;
      continue;
    }
    // a province or commune name, for region packs: its region, when it has only one
    if (pack.context.kind === 'region' && hasAdminUnits() && !declared) {
      const reg = regionOf(part);
      if (reg.ok && pack.context.values.some((v) => v.id === reg.region)) {
        declared = reg.region;
        continue;
      }
      if (!reg.ok && reg.candidates.length > 0) return { ok: false, message: reg.message };
    }
    return { ok: false, message: message('context.unknown', { value: part, valid: contextChoices(pack) }) };
  }
  if (!declared && !rule) {
    return { ok: false, message: message('context.unknown', { value: raw, valid: contextChoices(pack) }) };
  }
  const effective = rule ? rule.use : declared!;
  const label = [declared ? labelOf(pack, declared) : null, ...flags.map((f) => pack.context.rules.find((r) => r.flag === f)?.aliases[0] ?? f)]
    .filter(Boolean).join(', ');
  const context: ResolvedContext = { declared, flags, effective, label };
  if (rule && rule.use !== declared) context.rule = rule;
  return { ok: true, context };
}

/** The short display name of a context id ("DBSH" → "ĐBSH", "nhom-1" → "Nhóm 1"). */
export function labelOf(pack: Pack, id: string): string {
  const v = pack.context.values.find((c) => c.id === id);
  return v ? (v.aliases[0] ?? v.name.vi) : id;
}

/** A resolved context directly from an id, for code that already knows it. */
export function contextOf(pack: Pack, id: string): ResolvedContext {
  return { declared: id, flags: [], effective: id, label: labelOf(pack, id) };
}
