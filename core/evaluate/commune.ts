import type { ResolvedContext } from '../context/index.js';
import { message, type Bilingual } from '../messages/index.js';
import type { Pack } from '../packs/schema.js';
import type { CellValue, Rating } from '../values/types.js';
import { evaluateIndicator, readDeclared, type EvaluateOptions, type IndicatorResult, type IndicatorRow, type Verdict } from './indicator.js';

/** Settings that are local practice, not law. */
export interface CommuneSettings {
  /** "Cơ bản đạt chuẩn" from this many criteria (local usage; seed 001 uses 15). */
  basicAt: number;
  /**
   * How a criterion rated "Không đánh giá" counts: `met` (it does not stand in the way of the
   * standard and counts in x/19) or `excluded` (it counts neither way and the total shrinks).
   */
  notAssessed: 'met' | 'excluded';
}

export const DEFAULT_SETTINGS: CommuneSettings = { basicAt: 15, notAssessed: 'met' };

export interface CriterionRow {
  code: string;
  declared?: CellValue;
}

export interface CriterionResult {
  code: string;
  name: Bilingual;
  verdict: Verdict;
  /** 'indicators' when computed from the indicators, 'declared' when from a criterion-level rating. */
  basis: 'indicators' | 'declared' | 'none';
  indicatorsMet: number;
  indicatorsEvaluated: number;
  /** Indicators the pack lists for this criterion that the table does not give. */
  missing: string[];
  declared?: Rating;
  /** A criterion-level rating contradicting its indicators. */
  mismatch?: boolean;
}

export type CommuneClass = 'dat-chuan' | 'co-ban' | 'chua-dat';

export interface CommuneResult {
  pack: string;
  context: ResolvedContext;
  indicators: IndicatorResult[];
  criteria: CriterionResult[];
  criteriaMet: number;
  criteriaTotal: number;
  indicatorsMet: number;
  indicatorsTotal: number;
  /** Criteria not assessed (counted as met when settings say so). */
  criteriaNotAssessed: number;
  class: CommuneClass;
  /** Criteria still missing to reach the standard. */
  missing: number;
  classText: Bilingual;
  statusText: Bilingual;
  /** Codes the pack does not know and could not place in one of its criteria. */
  unknownCodes: string[];
}

function bi(t: { vi: string; en?: string | undefined }): Bilingual {
  return { vi: t.vi, en: t.en ?? t.vi };
}

const UNDECIDED: Verdict[] = ['loi', 'thieu-so-lieu', 'chua-co-nguong'];

/** A criterion's verdict from its indicators: all met (or not assessed) → met. */
export function criterionVerdict(results: readonly IndicatorResult[], missing: readonly string[]): Verdict {
  if (results.length === 0) return 'thieu-so-lieu';
  if (results.every((r) => r.verdict === 'khong-danh-gia')) return 'khong-danh-gia';
  if (results.some((r) => r.verdict === 'chua-dat')) return 'chua-dat';
  for (const v of UNDECIDED) if (results.some((r) => r.verdict === v)) return v;
  if (missing.length > 0) return 'thieu-so-lieu';
  return 'dat';
}

/** The class alone (no text), for hot loops. */
export function classOf(criteriaMet: number, criteriaTotal: number, basicAt: number): CommuneClass {
  return criteriaMet >= criteriaTotal ? 'dat-chuan' : criteriaMet >= basicAt ? 'co-ban' : 'chua-dat';
}

/** The class of a commune from its count of criteria met. */
export function classify(criteriaMet: number, criteriaTotal: number, basicAt: number): { class: CommuneClass; missing: number; text: Bilingual } {
  const missing = Math.max(0, criteriaTotal - criteriaMet);
  const cls: CommuneClass = missing === 0 ? 'dat-chuan' : criteriaMet >= basicAt ? 'co-ban' : 'chua-dat';
  return { class: cls, missing, text: message(`class.${cls}`, { missing }) };
}

/**
 * Evaluates a commune: each indicator, each criterion, the counts and the class. Criterion
 * ratings given directly (a summary table with one row per criterion) count where the commune's
 * indicators are not given, and are cross-checked where they are.
 *
 * @example
 * evaluateCommune(pack318, { indicators: rows }, contextOf(pack318, "BTB")).statusText.vi
 * //=> "11/19 tiêu chí, 47/57 chỉ tiêu — Chưa đạt chuẩn (còn thiếu 8 tiêu chí)"
 */
export function evaluateCommune(
  pack: Pack,
  input: { indicators: readonly IndicatorRow[]; criteria?: readonly CriterionRow[] },
  ctx: ResolvedContext,
  opts: EvaluateOptions & Partial<CommuneSettings> = {},
): CommuneResult {
  const settings: CommuneSettings = {
    basicAt: opts.basicAt ?? DEFAULT_SETTINGS.basicAt,
    notAssessed: opts.notAssessed ?? DEFAULT_SETTINGS.notAssessed,
  };
  const indicators = input.indicators.map((r) => evaluateIndicator(pack, r, ctx, opts));
  const declaredCriteria = new Map<string, Rating | undefined>();
  for (const c of input.criteria ?? []) declaredCriteria.set(String(c.code).trim(), readDeclared(c.declared));

  const byCriterion = new Map<string, IndicatorResult[]>();
  for (const r of indicators) {
    const list = byCriterion.get(r.criterion) ?? [];
    list.push(r);
    byCriterion.set(r.criterion, list);
  }
  const given = new Set(indicators.map((r) => r.code));
  const criteria: CriterionResult[] = pack.criteria.map((c) => {
    const rs = byCriterion.get(c.code) ?? [];
    const missing = rs.length === 0 ? [] : pack.indicators.filter((i) => i.criterion === c.code && !given.has(i.code)).map((i) => i.code);
    const declared = declaredCriteria.get(c.code);
    const res: CriterionResult = {
      code: c.code, name: bi(c.name), verdict: 'thieu-so-lieu', basis: 'none',
      indicatorsMet: rs.filter((r) => r.verdict === 'dat').length, indicatorsEvaluated: rs.length, missing,
    };
    if (declared) res.declared = declared;
    if (rs.length > 0) {
      res.verdict = criterionVerdict(rs, missing);
      res.basis = 'indicators';
      if (declared && (res.verdict === 'dat' || res.verdict === 'chua-dat' || res.verdict === 'khong-danh-gia') && declared !== res.verdict) {
        res.mismatch = true;
      }
    } else if (declared) {
      res.verdict = declared;
      res.basis = 'declared';
    }
    return res;
  });

  const notAssessed = criteria.filter((c) => c.verdict === 'khong-danh-gia').length;
  const met = criteria.filter((c) => c.verdict === 'dat').length + (settings.notAssessed === 'met' ? notAssessed : 0);
  const criteriaTotal = (pack.totals?.criteria ?? pack.criteria.length) - (settings.notAssessed === 'excluded' ? notAssessed : 0);

  const indNotAssessed = indicators.filter((r) => r.verdict === 'khong-danh-gia').length;
  const indicatorsMet = indicators.filter((r) => r.verdict === 'dat').length + (settings.notAssessed === 'met' ? indNotAssessed : 0);
  const declaredTotal = pack.indicatorListComplete ? pack.indicators.length : (pack.totals?.indicators ?? Math.max(pack.indicators.length, indicators.length));
  const indicatorsTotal = declaredTotal - (settings.notAssessed === 'excluded' ? indNotAssessed : 0);

  const cls = classify(met, criteriaTotal, settings.basicAt);
  const unknownCodes = indicators.filter((r) => !r.known && !pack.criteria.some((c) => c.code === r.criterion)).map((r) => r.code);
  const statusParams = { criteriaMet: met, criteriaTotal, indicatorsMet, indicatorsTotal };
  return {
    pack: pack.id, context: ctx, indicators, criteria,
    criteriaMet: met, criteriaTotal, indicatorsMet, indicatorsTotal, criteriaNotAssessed: notAssessed,
    class: cls.class, missing: cls.missing, classText: cls.text,
    statusText: {
      vi: message('status.line', { ...statusParams, class: cls.text.vi.toLowerCase() }).vi,
      en: message('status.line', { ...statusParams, class: cls.text.en.toLowerCase() }).en,
    },
    unknownCodes,
  };
}
