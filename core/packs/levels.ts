import type { ResolvedContext } from '../context/index.js';
import type { Indicator, Pack, Source, Threshold } from './schema.js';
import type { Level } from '../thresholds/index.js';

export type LevelLookup =
  | { ok: true; level: Level; source: Source; note?: string; contextUsed: string }
  | { ok: false; reason: 'no-threshold' | 'needs-year' | 'no-threshold-year'; contextUsed: string };

/** The indicator with this code, or null. */
export function findIndicator(pack: Pack, code: string): Indicator | null {
  return pack.indicators.find((i) => i.code === code) ?? null;
}

/** The criterion an indicator code belongs to: "15.3" → "15", "5" → "5". */
export function criterionOfCode(code: string): string {
  return code.split('.')[0] ?? code;
}

/**
 * The level that applies to an indicator for a commune's context (after the pack's rules) and,
 * where the pack sets levels per year, the year.
 */
export function levelFor(indicator: Indicator, ctx: ResolvedContext, year?: number): LevelLookup {
  const used = indicator.thresholds[ctx.effective] ? ctx.effective : '*';
  const t: Threshold | undefined = indicator.thresholds[ctx.effective] ?? indicator.thresholds['*'];
  if (!t) return { ok: false, reason: 'no-threshold', contextUsed: ctx.effective };
  if (t.byYear && Object.keys(t.byYear).length > 0) {
    if (year === undefined) return { ok: false, reason: 'needs-year', contextUsed: used };
    const y = t.byYear[String(year)];
    if (!y) return { ok: false, reason: 'no-threshold-year', contextUsed: used };
    const { source, ...lvl } = y;
    return { ok: true, level: lvl, source: source ?? t.source, contextUsed: used };
  }
  const { source, note, byYear: _b, ...lvl } = t;
  const r: LevelLookup = { ok: true, level: lvl, source, contextUsed: used };
  if (note) r.note = note;
  return r;
}
