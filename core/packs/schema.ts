import { z } from 'zod';

/** Text in Vietnamese, optionally in English. */
export const Text = z.object({ vi: z.string().min(1), en: z.string().optional() });

/**
 * Where a figure comes from. `verified` is true only when the figure was checked against the
 * legal text itself. `confidence` says what LEGAL.md says of it: two independent sources, one
 * source, a seed plan, an inference, an uncertain reading, or the office's own entry.
 */
export const Source = z.object({
  ref: z.string().min(1),
  verified: z.boolean(),
  confidence: z.enum(['two-sources', 'one-source', 'seed', 'inferred', 'uncertain', 'office']).optional(),
  note: z.string().optional(),
  url: z.string().optional(),
});

export const Op = z.enum(['>=', '>', '<=', '<', '=', 'dat', 'co', 'khong', 'text']);

export const Level = z.object({
  op: Op,
  value: z.number().optional(),
  unit: z.string().optional(),
  text: z.string().optional(),
  implicit: z.boolean().optional(),
  decimals: z.number().int().min(0).optional(),
});

/** A required level for one context, with its source; `byYear` where the law sets one per year. */
export const Threshold = Level.extend({
  source: Source,
  note: z.string().optional(),
  byYear: z.record(z.string().regex(/^\d{4}$/), Level.extend({ source: Source.optional() })).optional(),
}).refine(
  (t) => t.op === 'dat' || t.op === 'co' || t.op === 'khong' || (t.byYear !== undefined && Object.keys(t.byYear).length > 0) ||
    (t.op === 'text' ? !!t.text : t.value !== undefined),
  { message: 'a numeric level needs a value, a text level needs its text' },
);

export const IndicatorKind = z.enum(['rate', 'number', 'yesno', 'rating', 'text']);

export const IndicatorCode = z.string().regex(/^\d{1,2}(\.\d{1,2}){0,2}[a-z]?$/, 'a code like "5", "2.2" or "17.10"');

export const Indicator = z.object({
  code: IndicatorCode,
  criterion: z.string().regex(/^\d{1,2}$/),
  wording: Text.optional(),
  unit: z.string().optional(),
  kind: IndicatorKind,
  /** Levels by context id (e.g. "TDMNPB", "nhom-1"); `*` holds a level common to all contexts. */
  thresholds: z.record(z.string(), Threshold).default({}),
  notes: z.array(z.string()).default([]),
  /** "nếu có": the indicator applies only where the thing exists. */
  optional: z.boolean().optional(),
  source: Source,
});

export const Criterion = z.object({
  code: z.string().regex(/^\d{1,2}$/),
  name: Text,
  group: z.string().optional(),
  source: Source.optional(),
});

export const ContextValue = z.object({
  id: z.string().min(1),
  name: Text,
  /** Other spellings users type ("Đồng bằng sông Hồng", "DBSH", "nhóm 1"). */
  aliases: z.array(z.string()).default([]),
  description: Text.optional(),
});

/** A rule that sends a kind of commune to another context's level (318/QĐ-TTg Điều 1). */
export const ContextRule = z.object({
  flag: z.string().min(1),
  name: Text,
  aliases: z.array(z.string()).default([]),
  use: z.string().min(1),
  source: Source,
});

export const Context = z.object({
  kind: z.enum(['region', 'commune-group', 'zone']),
  name: Text,
  values: z.array(ContextValue).min(1),
  rules: z.array(ContextRule).default([]),
});

export const LegalRef = z.object({
  ref: z.string().min(1),
  date: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  inForce: z.string().optional(),
});

export const Pack = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  title: Text,
  level: z.enum(['xa', 'thon', 'huyen', 'tinh']),
  tier: z.enum(['ntm', 'nang-cao', 'kieu-mau', 'hien-dai']),
  period: z.object({ from: z.number().int(), to: z.number().int() }),
  legalBasis: z.array(LegalRef).min(1),
  context: Context,
  /** Counts the law states, which hold even where we do not know every indicator. */
  totals: z.object({ criteria: z.number().int().positive(), indicators: z.number().int().positive().optional(), source: Source }).optional(),
  /** true when `indicators` lists every indicator of the set; false when the list is partial. */
  indicatorListComplete: z.boolean(),
  criteria: z.array(Criterion).min(1),
  indicators: z.array(Indicator),
  notes: z.array(z.string()).default([]),
  /** The pack this one extends, when it was built from a provincial pack. */
  extends: z.string().optional(),
});

/**
 * A provincial (or office) pack: a national pack plus overrides and additions, possibly with
 * zones of its own mapped to the national contexts for what it does not override.
 */
export const PackExtension = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: Text,
  extends: z.string().min(1),
  legalBasis: z.array(LegalRef).min(1),
  /** A context of its own (e.g. the province's zones); absent: the national context is kept. */
  context: Context.optional(),
  /** For each own context id, the national context whose levels apply where not overridden. */
  contextMap: z.record(z.string(), z.string()).optional(),
  criteria: z.array(Criterion).default([]),
  overrides: z.array(Indicator.partial().extend({ code: IndicatorCode })).default([]),
  additions: z.array(Indicator).default([]),
  removals: z.array(IndicatorCode).default([]),
  indicatorListComplete: z.boolean().optional(),
  totals: Pack.shape.totals,
  notes: z.array(z.string()).default([]),
});

export type Text = z.infer<typeof Text>;
export type Source = z.infer<typeof Source>;
export type LevelT = z.infer<typeof Level>;
export type Threshold = z.infer<typeof Threshold>;
export type Indicator = z.infer<typeof Indicator>;
export type IndicatorInput = z.input<typeof Indicator>;
export type Criterion = z.infer<typeof Criterion>;
export type Context = z.infer<typeof Context>;
export type ContextRule = z.infer<typeof ContextRule>;
export type Pack = z.infer<typeof Pack>;
export type PackInput = z.input<typeof Pack>;
export type PackExtension = z.infer<typeof PackExtension>;
export type PackExtensionInput = z.input<typeof PackExtension>;
