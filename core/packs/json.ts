import { message, type Bilingual } from '../messages/index.js';
import { getPack } from './registry.js';
import { extendPack } from './extend.js';
import { Pack as PackSchema, PackExtension as ExtSchema, type Pack } from './schema.js';

export type PackJsonResult = { ok: true; pack: Pack } | { ok: false; message: Bilingual };

/**
 * Reads a pack from JSON text (no legal figure lives here: each level in the JSON must carry its
 * own `source` and the pack its `legalBasis`, or the schema rejects it): a whole pack, or a provincial extension (`extends` plus
 * `overrides` / `additions`) resolved over its built-in base. Never throws.
 */
export function packFromJson(text: string): PackJsonResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: message('pack.invalid', { detail: (e as Error).message }) };
  }
  const isExtension = typeof data === 'object' && data !== null && 'extends' in data &&
    ('overrides' in data || 'additions' in data || 'removals' in data || !('criteria' in data && 'indicators' in data && 'context' in data));
  if (isExtension) {
    const ext = ExtSchema.safeParse(data);
    if (!ext.success) return { ok: false, message: message('pack.invalid', { detail: zodDetail(ext.error) }) };
    const base = getPack(ext.data.extends);
    if (!base) return { ok: false, message: message('pack.unknown-base', { value: ext.data.extends }) };
    try {
      return { ok: true, pack: extendPack(base, ext.data) };
    } catch (e) {
      return { ok: false, message: message('pack.invalid', { detail: (e as Error).message }) };
    }
  }
  const p = PackSchema.safeParse(data);
  if (!p.success) return { ok: false, message: message('pack.invalid', { detail: zodDetail(p.error) }) };
  return { ok: true, pack: p.data };
}

function zodDetail(err: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  return err.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(gốc)'}: ${i.message}`).join('; ');
}
