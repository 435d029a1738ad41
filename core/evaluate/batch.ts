import type { ResolvedContext } from '../context/index.js';
import { criterionOfCode, findIndicator, levelFor } from '../packs/levels.js';
import type { Indicator, Pack } from '../packs/schema.js';
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

interface Slot {
  code: string;
  criterion: number;
  indicator: Indicator | null;
  /** 0: no fast path (text level, rating level, per-year, unknown…) */
  op: number;
  level: number;
  isRate: boolean;
}

export interface BatchResult {
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

export interface Plan {
  codes: readonly string[];
  /** Evaluates one commune's row of values (and its own ratings), in the plan's code order. */
  run(values: readonly CellValue[], declared?: readonly CellValue[], formats?: readonly CellFormat[]): BatchResult;
}

const PARSE_CACHE_LIMIT = 4096;
const MEMO_LIMIT = 65536;

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
  const critIndex = new Map(pack.criteria.map((c, i) => [c.code, i] as const));
  const slots: Slot[] = codes.map((raw) => {
    const code = String(raw).trim();
    const indicator = findIndicator(pack, code);
    const crit = indicator?.criterion ?? criterionOfCode(code);
    const slot: Slot = { code, criterion: critIndex.get(crit) ?? -1, indicator, op: 0, level: 0, isRate: indicator?.kind === 'rate' || indicator?.unit === '%' };
    if (indicator) {
      const lk = levelFor(indicator, ctx, opts.year);
      if (lk.ok && lk.level.value !== undefined) {
        const o = lk.level.op;
        slot.op = o === '>=' ? OP_GE : o === '>' ? OP_GT : o === '<=' ? OP_LE : o === '<' ? OP_LT : o === '=' ? OP_EQ : 0;
        slot.level = lk.level.value;
      }
    }
    return slot;
  });
  // indicators the pack lists per criterion, for "missing" (a criterion is not met while a known indicator is absent)
  const given = new Set(slots.map((s) => s.code));
  const missingByCrit = new Uint8Array(pack.criteria.length);
  const hasRows = new Uint8Array(pack.criteria.length);
  for (const s of slots) if (s.criterion >= 0) hasRows[s.criterion] = 1;
  for (const ind of pack.indicators) {
    const ci = critIndex.get(ind.criterion);
    if (ci !== undefined && hasRows[ci] && !given.has(ind.code)) missingByCrit[ci] = 1;
  }
  const memo = new Map<string, number>();
  const slotMemo = slots.map(() => new Map<string | boolean | null | undefined, number>());
  const declaredCache = new Map<string, number>();
  const declaredCode = (d: CellValue): number => {
    // -1: none; otherwise a verdict code (dat, chua-dat, khong-danh-gia)
    if (d === null || d === undefined || d === '') return -1;
    if (typeof d === 'string') {
      let c = declaredCache.get(d);
      if (c === undefined) {
        const r = readDeclared(d);
        c = r === 'dat' ? DAT : r === 'chua-dat' ? CHUA : r === 'khong-danh-gia' ? KDG : -1;
        if (declaredCache.size < PARSE_CACHE_LIMIT) declaredCache.set(d, c);
      }
      return c;
    }
    const r = readDeclared(d);
    return r === 'dat' ? DAT : r === 'chua-dat' ? CHUA : r === 'khong-danh-gia' ? KDG : -1;
  };
  const nCrit = pack.criteria.length;
  const criteriaTotalBase = pack.totals?.criteria ?? nCrit;
  const indicatorsTotalBase = pack.indicatorListComplete ? pack.indicators.length : (pack.totals?.indicators ?? Math.max(pack.indicators.length, slots.length));

  const mask = new Int32Array(nCrit);
  const opArr = Int8Array.from(slots.map((x) => x.op));
  const levelArr = Float64Array.from(slots.map((x) => x.level));
  const rateArr = Uint8Array.from(slots.map((x) => (x.isRate ? 1 : 0)));
  const critArr = Int16Array.from(slots.map((x) => x.criterion));
  const numPlain = new Uint8Array(slots.length).fill(255);
  const numPct = new Uint8Array(slots.length).fill(255);
  const NONE = Symbol('none');
  const last1: Array<unknown> = slots.map(() => NONE);
  const last2: Array<unknown> = slots.map(() => NONE);
  const out1 = new Uint8Array(slots.length);
  const out2 = new Uint8Array(slots.length);

  function slow(s: Slot, v: CellValue, d: CellValue, f: CellFormat): number {
    const res = evaluateIndicator(pack, { code: s.code, value: v, declared: d, ...(f !== undefined ? { format: f } : {}) }, ctx, opts.year !== undefined ? { year: opts.year } : {});
    return VERDICT_CODES.indexOf(res.verdict);
  }

  return {
    codes: slots.map((s) => s.code),
    run(values, declared, formats) {
      const n = slots.length;
      const verdicts: number[] = new Array<number>(n);
      let indMet = 0;
      let indNA = 0;
      for (let k = 0; k < n; k++) {
        const v = values[k];
        const d = declared ? declared[k] : undefined;
        const f = formats ? formats[k] : undefined;
        const op = opArr[k]!;
        let out: number;
        if (d !== undefined && d !== null && declaredCode(d) === KDG) out = KDG;
        else if (typeof v === 'number' && v - v === 0 && f !== 'date') {
          if (op !== 0) {
            // numbers as hosts give them: percent cells (and 0–1 numbers of unknown format) are fractions
            const amount = f === 'percent' || (rateArr[k] === 1 && f === undefined && v > 0 && v <= 1) ? v * 100 : v;
            const lv = levelArr[k]!;
            const ok = op === OP_GE ? amount >= lv : op === OP_LE ? amount <= lv : op === OP_GT ? amount > lv : op === OP_LT ? amount < lv : amount === lv;
            out = ok ? DAT : CHUA;
          } else if ((d === undefined || d === null) && (f === undefined || f === 'percent')) {
            // with no numeric level, a finite number's verdict does not depend on its value
            const cache = f === 'percent' ? numPct : numPlain;
            out = cache[k]!;
            if (out === 255) {
              out = slow(slots[k]!, v, null, f);
              cache[k] = out;
            }
          } else {
            const dk = d === null || d === undefined ? '' : typeof d === 'object' ? JSON.stringify(d) : String(d);
            const memoKey = `${k}\u0001#num\u0001${dk}\u0001${f ?? ''}`;
            const hit = memo.get(memoKey);
            if (hit !== undefined) out = hit;
            else {
              out = slow(slots[k]!, v, d === undefined ? null : d, f);
              if (memo.size < MEMO_LIMIT) memo.set(memoKey, out);
            }
          }
        } else if ((d === undefined || d === null) && f === undefined && (typeof v === 'string' || typeof v === 'boolean' || v === null || v === undefined)) {
          // the common case: repeated text ("Đạt", "18%") decided once per column and spelling;
          // the last two spellings of each column are checked before the map
          if (v === last1[k]) out = out1[k]!;
          else if (v === last2[k]) out = out2[k]!;
          else {
            const m = slotMemo[k]!;
            const hit = m.get(v);
            if (hit !== undefined) out = hit;
            else {
              out = slow(slots[k]!, v ?? null, null, undefined);
              if (m.size < MEMO_LIMIT) m.set(v, out);
            }
            last2[k] = last1[k];
            out2[k] = out1[k]!;
            last1[k] = v;
            out1[k] = out;
          }
        } else if (typeof v === 'string' || typeof v === 'boolean' || v === null || v === undefined) {
          const dk = d === null || d === undefined ? '' : typeof d === 'object' ? JSON.stringify(d) : String(d);
          const memoKey = `${k}\u0001${typeof v}\u0001${String(v)}\u0001${dk}\u0001${f ?? ''}`;
          const hit = memo.get(memoKey);
          if (hit !== undefined) out = hit;
          else {
            out = slow(slots[k]!, v ?? null, d === undefined ? null : d, f);
            if (memo.size < MEMO_LIMIT) memo.set(memoKey, out);
          }
        } else out = slow(slots[k]!, v, d === undefined ? null : d, f);
        verdicts[k] = out;
        if (out === DAT) indMet++;
        else if (out === KDG) indNA++;
      }
      // criteria: all given indicators met (not assessed counts neither way) and none of the set's missing
      const critVerdicts: number[] = new Array<number>(nCrit).fill(THIEU);
      mask.fill(0);
      for (let k = 0; k < n; k++) {
        const ci = critArr[k]!;
        if (ci >= 0) mask[ci]! |= 1 << verdicts[k]!;
      }
      let critMet = 0;
      let critNA = 0;
      for (let ci = 0; ci < nCrit; ci++) {
        const m = mask[ci]!;
        if (m === 0) continue;
        let v: number;
        if (m === 1 << KDG) v = KDG;
        else if (m & (1 << CHUA)) v = CHUA;
        else if (m & (1 << LOI)) v = LOI;
        else if (m & (1 << THIEU)) v = THIEU;
        else if (m & (1 << NGUONG)) v = NGUONG;
        else if (missingByCrit[ci]) v = THIEU;
        else v = DAT;
        critVerdicts[ci] = v;
        if (v === DAT) critMet++;
        else if (v === KDG) critNA++;
      }
      const asMet = settings.notAssessed === 'met';
      const criteriaMet = critMet + (asMet ? critNA : 0);
      const criteriaTotal = criteriaTotalBase - (asMet ? 0 : critNA);
      const indicatorsMet = indMet + (asMet ? indNA : 0);
      const indicatorsTotal = indicatorsTotalBase - (asMet ? 0 : indNA);
      return {
        verdicts, criteria: critVerdicts, criteriaMet, criteriaTotal, indicatorsMet, indicatorsTotal,
        class: classOf(criteriaMet, criteriaTotal, settings.basicAt),
      };
    },
  };
}
