import type { ResolvedContext } from '../context/index.js';
import { criterionOfCode, findIndicator, levelFor } from '../packs/levels.js';
import type { Pack } from '../packs/schema.js';
import type { CellFormat, CellValue } from '../values/types.js';
import { classOf, DEFAULT_SETTINGS, type CommuneClass, type CommuneSettings } from './commune.js';
import { evaluateIndicator, readDeclared, type Verdict } from './indicator.js';

/** Verdicts as small integers, in this order. */
export const VERDICT_CODES: readonly Verdict[] = ['dat', 'chua-dat', 'khong-danh-gia', 'thieu-so-lieu', 'chua-co-nguong', 'loi'];
const DAT = 0;
const CHUA = 1;
const KDG = 2;
const THIEU = 3;
const NGUONG = 4;
const LOI = 5;

const OP_GE = 1;
const OP_GT = 2;
const OP_LE = 3;
const OP_LT = 4;
const OP_EQ = 5;

export interface BatchResult extends BatchCounts {
  /** One verdict code per input column (index into VERDICT_CODES). */
  verdicts: number[];
  /** One verdict code per criterion of the pack, in pack order. */
  criteria: number[];
  criteriaMet: number;
  criteriaTotal: number;
  indicatorsMet: number;
  indicatorsTotal: number;
  class: CommuneClass;
}

/** A commune's counts and class, without per-indicator verdicts. */
export interface BatchCounts {
  criteriaMet: number;
  criteriaTotal: number;
  indicatorsMet: number;
  indicatorsTotal: number;
  class: CommuneClass;
}

export interface Plan {
  codes: readonly string[];
  /** Evaluates one commune's row of values (and its own ratings), in the plan's code order. */
  run(values: readonly CellValue[], declared?: readonly CellValue[], formats?: readonly CellFormat[]): BatchResult;
  /** The same evaluation, counts only (no arrays allocated): for roll-ups over many communes. */
  count(values: readonly CellValue[], declared?: readonly CellValue[], formats?: readonly CellFormat[]): BatchCounts;
}

const PARSE_CACHE_LIMIT = 4096;
const MEMO_LIMIT = 65536;
const NONE = Symbol('none');

/**
 * One indicator compiled for one context: its level looked up once, numbers compared directly,
 * repeated text (and numbers where no numeric level applies) decided once and remembered. Gives
 * the same verdict as `evaluateIndicator` (a property test holds it to it).
 */
export interface IndicatorEvaluator {
  readonly code: string;
  /** Index of its criterion in the pack, or -1. */
  readonly criterion: number;
  /** The verdict code (index into VERDICT_CODES). */
  decide(v: CellValue, d?: CellValue, f?: CellFormat): number;
}

function declaredCodeOf(d: CellValue, cache: Map<string, number>): number {
  // -1: none; otherwise a verdict code (dat, chua-dat, khong-danh-gia)
  if (d === null || d === undefined || d === '') return -1;
  if (typeof d === 'string') {
    let c = cache.get(d);
    if (c === undefined) {
      const r = readDeclared(d);
      c = r === 'dat' ? DAT : r === 'chua-dat' ? CHUA : r === 'khong-danh-gia' ? KDG : -1;
      if (cache.size < PARSE_CACHE_LIMIT) cache.set(d, c);
    }
    return c;
  }
  const r = readDeclared(d);
  return r === 'dat' ? DAT : r === 'chua-dat' ? CHUA : r === 'khong-danh-gia' ? KDG : -1;
}

export function compileIndicator(pack: Pack, ctx: ResolvedContext, rawCode: string, opts: { year?: number; criterionIndex?: Map<string, number> } = {}): IndicatorEvaluator {
  const code = String(rawCode).trim();
  const indicator = findIndicator(pack, code);
  const crit = indicator?.criterion ?? criterionOfCode(code);
  const critIndex = opts.criterionIndex ?? new Map(pack.criteria.map((c, i) => [c.code, i] as const));
  const isRate = indicator?.kind === 'rate' || indicator?.unit === '%';
  let op = 0;
  let level = 0;
  if (indicator) {
    const lk = levelFor(indicator, ctx, opts.year);
    if (lk.ok && lk.level.value !== undefined) {
      const o = lk.level.op;
      op = o === '>=' ? OP_GE : o === '>' ? OP_GT : o === '<=' ? OP_LE : o === '<' ? OP_LT : o === '=' ? OP_EQ : 0;
      level = lk.level.value;
    }
  }
  const evalOpts = opts.year !== undefined ? { year: opts.year, quiet: true } : { quiet: true };
  const slow = (v: CellValue, d: CellValue, f: CellFormat): number => {
    const res = evaluateIndicator(pack, { code, value: v, declared: d, ...(f !== undefined ? { format: f } : {}) }, ctx, evalOpts);
    return VERDICT_CODES.indexOf(res.verdict);
  };
  const memo = new Map<string, number>();
  const textMemo = new Map<string | boolean | null | undefined, number>();
  const declaredCache = new Map<string, number>();
  let numPlain = 255;
  let numPct = 255;
  let last1: unknown = NONE;
  let last2: unknown = NONE;
  let out1 = 0;
  let out2 = 0;
  return {
    code,
    criterion: critIndex.get(crit) ?? -1,
    decide(v, d, f) {
      if (d !== undefined && d !== null && declaredCodeOf(d, declaredCache) === KDG) return KDG;
      if (typeof v === 'number' && v - v === 0 && f !== 'date') {
        if (op !== 0) {
          // numbers as hosts give them: percent cells (and 0–1 numbers of unknown format) are fractions
          const amount = f === 'percent' || (isRate && f === undefined && v > 0 && v <= 1) ? v * 100 : v;
          const ok = op === OP_GE ? amount >= level : op === OP_LE ? amount <= level : op === OP_GT ? amount > level : op === OP_LT ? amount < level : amount === level;
          return ok ? DAT : CHUA;
        }
        if ((d === undefined || d === null) && (f === undefined || f === 'percent')) {
          // with no numeric level, a finite number's verdict does not depend on its value
          if (f === 'percent') return numPct !== 255 ? numPct : (numPct = slow(v, null, f));
          return numPlain !== 255 ? numPlain : (numPlain = slow(v, null, undefined));
        }
        const key = `#num\u0001${typeof d === 'object' ? JSON.stringify(d) : String(d)}\u0001${f ?? ''}`;
        const hit = memo.get(key);
        if (hit !== undefined) return hit;
        const out = slow(v, d ?? null, f);
        if (memo.size < MEMO_LIMIT) memo.set(key, out);
        return out;
      }
      if (typeof v === 'string' || typeof v === 'boolean' || v === null || v === undefined) {
        if ((d === undefined || d === null) && f === undefined) {
          // the common case: repeated text ("Đạt", "18%"); the last two spellings are checked first
          if (v === last1) return out1;
          if (v === last2) return out2;
          let out = textMemo.get(v);
          if (out === undefined) {
            out = slow(v ?? null, null, undefined);
            if (textMemo.size < MEMO_LIMIT) textMemo.set(v, out);
          }
          last2 = last1;
          out2 = out1;
          last1 = v;
          out1 = out;
          return out;
        }
        const key = `${typeof v}\u0001${String(v)}\u0001${typeof d === 'object' && d !== null ? JSON.stringify(d) : String(d ?? '')}\u0001${f ?? ''}`;
        const hit = memo.get(key);
        if (hit !== undefined) return hit;
        const out = slow(v ?? null, d ?? null, f);
        if (memo.size < MEMO_LIMIT) memo.set(key, out);
        return out;
      }
      return slow(v, d ?? null, f);
    },
  };
}

/**
 * Compiles the evaluation of a fixed list of indicator codes for one context: levels looked up
 * once, numbers compared directly, text parsed once per distinct string. For whole ranges and
 * province roll-ups. The verdicts and counts equal `evaluateCommune`'s (a property test holds
 * them to it); per-indicator explanations are left to `evaluateIndicator`.
 *
 * @example
 * const plan = compilePlan(pack318, contextOf(pack318, "BTB"), ["15.3", "15.4", "11"]);
 * plan.run([0.18, 0.42, "5,1%"]).criteriaMet //=> …
 */
export function compilePlan(pack: Pack, ctx: ResolvedContext, codes: readonly string[], opts: { year?: number } & Partial<CommuneSettings> = {}): Plan {
  const settings: CommuneSettings = { basicAt: opts.basicAt ?? DEFAULT_SETTINGS.basicAt, notAssessed: opts.notAssessed ?? DEFAULT_SETTINGS.notAssessed };
  const criterionIndex = new Map(pack.criteria.map((c, i) => [c.code, i] as const));
  const shared = new Map<string, IndicatorEvaluator>();
  const evaluators = codes.map((raw) => {
    const code = String(raw).trim();
    let e = shared.get(code);
    if (!e) {
      e = compileIndicator(pack, ctx, code, { ...(opts.year !== undefined ? { year: opts.year } : {}), criterionIndex });
      shared.set(code, e);
    }
    return e;
  });
  // indicators the pack lists per criterion, for "missing" (a criterion is not met while a known indicator is absent)
  const given = new Set(evaluators.map((s) => s.code));
  const missingByCrit = new Uint8Array(pack.criteria.length);
  const hasRows = new Uint8Array(pack.criteria.length);
  for (const s of evaluators) if (s.criterion >= 0) hasRows[s.criterion] = 1;
  for (const ind of pack.indicators) {
    const ci = criterionIndex.get(ind.criterion);
    if (ci !== undefined && hasRows[ci] && !given.has(ind.code)) missingByCrit[ci] = 1;
  }
  const nCrit = pack.criteria.length;
  const criteriaTotalBase = pack.totals?.criteria ?? nCrit;
  const indicatorsTotalBase = pack.indicatorListComplete ? pack.indicators.length : (pack.totals?.indicators ?? Math.max(pack.indicators.length, evaluators.length));
  const mask = new Int32Array(nCrit);
  const critArr = Int16Array.from(evaluators.map((x) => x.criterion));

  const scratchVerdicts = new Uint8Array(evaluators.length);
  const scratchCriteria = new Uint8Array(nCrit);
  const asMet = settings.notAssessed === 'met';

  /** Decides every cell into the scratch buffers and returns the counts. */
  function evaluate(values: readonly CellValue[], declared?: readonly CellValue[], formats?: readonly CellFormat[]): BatchCounts {
    const n = evaluators.length;
    let indMet = 0;
    let indNA = 0;
    mask.fill(0);
    for (let k = 0; k < n; k++) {
      const verdict = evaluators[k]!.decide(values[k], declared ? declared[k] : undefined, formats ? formats[k] : undefined);
      scratchVerdicts[k] = verdict;
      if (verdict === DAT) indMet++;
      else if (verdict === KDG) indNA++;
      const ci = critArr[k]!;
      if (ci >= 0) mask[ci] = mask[ci]! | (1 << verdict);
    }
    // criteria: all given indicators met (not assessed counts neither way) and none of the set's missing
    let critMet = 0;
    let critNA = 0;
    for (let ci = 0; ci < nCrit; ci++) {
      const m = mask[ci]!;
      let v: number;
      if (m === 0) v = THIEU;
      else if (m === 1 << KDG) v = KDG;
      else if (m & (1 << CHUA)) v = CHUA;
      else if (m & (1 << LOI)) v = LOI;
      else if (m & (1 << THIEU)) v = THIEU;
      else if (m & (1 << NGUONG)) v = NGUONG;
      else if (missingByCrit[ci]) v = THIEU;
      else v = DAT;
      scratchCriteria[ci] = v;
      if (v === DAT) critMet++;
      else if (v === KDG) critNA++;
    }
    const criteriaMet = critMet + (asMet ? critNA : 0);
    const criteriaTotal = criteriaTotalBase - (asMet ? 0 : critNA);
    return {
      criteriaMet, criteriaTotal,
      indicatorsMet: indMet + (asMet ? indNA : 0),
      indicatorsTotal: indicatorsTotalBase - (asMet ? 0 : indNA),
      class: classOf(criteriaMet, criteriaTotal, settings.basicAt),
    };
  }

  return {
    codes: evaluators.map((s) => s.code),
    run(values, declared, formats) {
      const c = evaluate(values, declared, formats);
      return {
        verdicts: Array.from(scratchVerdicts.subarray(0, evaluators.length)), criteria: Array.from(scratchCriteria),
        criteriaMet: c.criteriaMet, criteriaTotal: c.criteriaTotal, indicatorsMet: c.indicatorsMet, indicatorsTotal: c.indicatorsTotal,
        class: c.class,
      };
    },
    count(values, declared, formats) {
      return evaluate(values, declared, formats);
    },
  };
}
