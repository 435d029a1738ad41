import { Pack as PackSchema, type Indicator, type Pack, type PackExtension, type Threshold } from './schema.js';

/**
 * A provincial pack: the national pack with the province's overrides and additions. Where the
 * province has zones of its own (`context`), each zone takes, for what the province does not
 * override, the national level of the context `contextMap` names for it.
 *
 * @example
 * extendPack(national, { id: "thanh-hoa-2022", extends: national.id, overrides: [{ code: "11", thresholds: { BTB: … } }], … })
 */
export function extendPack(base: Pack, ext: PackExtension): Pack {
  const ownContext = ext.context;
  const mapThresholds = (t: Record<string, Threshold>): Record<string, Threshold> => {
    if (!ownContext) return { ...t };
    const out: Record<string, Threshold> = {};
    if (t['*']) out['*'] = t['*'];
    for (const z of ownContext.values) {
      const nat = ext.contextMap?.[z.id];
      const lvl = nat ? t[nat] : undefined;
      if (lvl) out[z.id] = lvl;
    }
    return out;
  };
  const removals = new Set(ext.removals);
  const indicators: Indicator[] = base.indicators
    .filter((i) => !removals.has(i.code))
    .map((i) => ({ ...i, thresholds: mapThresholds(i.thresholds) }));
  const byCode = new Map(indicators.map((i, n) => [i.code, n] as const));
  for (const o of ext.overrides) {
    const n = byCode.get(o.code);
    if (n === undefined) {
      throw new Error(`override of ${o.code}, which ${base.id} does not have; list it under additions`);
    }
    const cur = indicators[n]!;
    const { thresholds, notes, ...rest } = o;
    const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    indicators[n] = {
      ...cur,
      ...defined,
      thresholds: { ...cur.thresholds, ...(thresholds ?? {}) },
      notes: [...cur.notes, ...(notes ?? [])],
    } as Indicator;
  }
  for (const a of ext.additions) {
    if (byCode.has(a.code)) throw new Error(`addition ${a.code} already exists in ${base.id}; use overrides`);
    byCode.set(a.code, indicators.length);
    indicators.push(a);
  }
  const criteria = [...base.criteria];
  for (const c of ext.criteria) {
    const n = criteria.findIndex((x) => x.code === c.code);
    if (n >= 0) criteria[n] = c;
    else criteria.push(c);
  }
  return PackSchema.parse({
    ...base,
    id: ext.id,
    title: ext.title,
    legalBasis: [...ext.legalBasis, ...base.legalBasis],
    context: ownContext ?? base.context,
    totals: ext.totals ?? base.totals,
    indicatorListComplete: ext.indicatorListComplete ?? base.indicatorListComplete,
    criteria,
    indicators,
    notes: [...ext.notes, ...base.notes],
    extends: base.id,
  });
}
