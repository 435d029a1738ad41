import type { ResolvedContext } from '../context/index.js';
import { message, type Bilingual } from '../messages/index.js';
import { criterionOfCode, findIndicator, levelFor } from '../packs/levels.js';
import type { Indicator, Pack, Source } from '../packs/schema.js';
import { compareNumber, formatLevel, isNumericOp, marginOf, type Level } from '../thresholds/index.js';
import { formatNumber } from '../text/format.js';
import { parseCell, parsedToText, readRating } from '../values/index.js';
import type { CellFormat, CellValue, Parsed, Rating } from '../values/types.js';

export type Verdict = 'dat' | 'chua-dat' | 'khong-danh-gia' | 'thieu-so-lieu' | 'chua-co-nguong' | 'loi';

export const VERDICTS: readonly Verdict[] = ['dat', 'chua-dat', 'khong-danh-gia', 'thieu-so-lieu', 'chua-co-nguong', 'loi'];

/** One indicator of a commune as a table gives it. */
export interface IndicatorRow {
  code: string;
  value?: CellValue;
  /** The value cell's number format, when the host told us. */
  format?: CellFormat;
  /** The commune's own rating ("Đạt", "Chưa đạt", a tick …). */
  declared?: CellValue;
}

export interface IndicatorResult {
  code: string;
  criterion: string;
  /** Whether the pack lists this indicator. */
  known: boolean;
  verdict: Verdict;
  /** What decided the verdict. */
  basis: 'threshold' | 'declared' | 'none';
  value: Parsed;
  /** The value in the indicator's unit (percent points for rates), when it is a number. */
  amount?: number;
  level?: Level;
  levelText?: Bilingual;
  source?: Source;
  /** Distance to the level, positive on the good side. */
  margin?: number;
  /** Within rounding distance of the level. */
  near?: boolean;
  declared?: Rating;
  /** The commune's rating contradicts what the value gives. */
  mismatch?: boolean;
  /** The value was read by a rule that may not be what the user meant. */
  ambiguous?: 'separator' | 'fraction-or-percent';
  /** Why there is no verdict, or how it was reached. */
  reason?: Bilingual;
  /** Further remarks (unverified level, context rule …). */
  notes: Bilingual[];
}

export interface EvaluateOptions {
  year?: number;
  /**
   * Verdict only: skip writing the explanations (reason, notes). For compiled evaluators that
   * need the verdict of a case once; the verdict is the same either way.
   */
  quiet?: boolean;
}

const SILENT: Bilingual = { vi: '', en: '' };
const silent = (): Bilingual => SILENT;

/** Reads a declared rating cell: "Đạt" / "Chưa đạt" / "Không đánh giá" / a tick (→ đạt). */
export function readDeclared(v: CellValue): Rating | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'boolean') return v ? 'dat' : 'chua-dat';
  if (typeof v !== 'string') return undefined;
  const p = parseCell(v);
  if (p.kind === 'rating') return p.value;
  if (p.kind === 'yesno' && p.tick) return 'dat';
  const r = readRating(v);
  return r?.value;
}

/** The value in the indicator's unit, or null when it is not a number. */
export function amountOf(p: Parsed, indicator: Pick<Indicator, 'kind' | 'unit'> | null): { amount: number; ambiguous?: 'separator' | 'fraction-or-percent' } | null {
  if (p.kind !== 'number') return null;
  const isRate = indicator?.kind === 'rate' || indicator?.unit === '%';
  let amount = p.value;
  let ambiguous = p.ambiguous;
  if (isRate) {
    if (!p.percent && p.fromNumber && p.ambiguous === 'fraction-or-percent') amount = p.value * 100;
    // "0,27" typed as text in a rate, without %: read as written (0,27%), flagged
    if (!p.percent && !p.fromNumber && !p.fraction && p.value > 0 && p.value < 1) ambiguous = 'fraction-or-percent';
  } else {
    if (p.ambiguous === 'fraction-or-percent') ambiguous = undefined;
    const unit = indicator?.unit ?? '';
    const inMillions = /triệu/.test(unit);
    if (inMillions) {
      if (p.unit === 'đồng') amount = p.value / 1e6;
      else if (p.unit === 'nghìn') amount = p.value / 1e3;
      else if (p.unit === 'tỷ') amount = p.value * 1e3;
    }
  }
  return ambiguous ? { amount, ambiguous } : { amount };
}

function decimalsOf(n: number): number {
  const s = String(n);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

function roundTo(x: number, d: number): number {
  const f = 10 ** d;
  return Math.round(x * f + Number.EPSILON * Math.sign(x)) / f;
}

/**
 * Within rounding distance: the value shown with the level's decimals would read as the level
 * itself, though it is not exactly the level ("6,46%" against "≤ 6,5%", "79,6%" against "≥ 80%").
 */
export function isNear(amount: number, level: number, levelDecimals = 0): boolean {
  if (amount === level) return false;
  const d = Math.max(levelDecimals, 0);
  return roundTo(amount, d) === roundTo(level, d);
}

function ratingFromComparison(ok: boolean): Rating {
  return ok ? 'dat' : 'chua-dat';
}

function vText(r: Rating): Bilingual {
  return message(`verdict.${r}`);
}

function bi(t: { vi: string; en?: string | undefined }): Bilingual {
  return { vi: t.vi, en: t.en ?? t.vi };
}

/**
 * The verdict of one indicator for a commune. Never throws: a value it cannot read gives the
 * verdict "lỗi" with the reason.
 *
 * @example
 * evaluateIndicator(pack318, { code: "15.3", value: "18%" }, contextOf(pack318, "BTB"))
 * //=> { verdict: "dat", level: { op: "<=", value: 25, unit: "%" }, margin: 7, … }
 */
export function evaluateIndicator(pack: Pack, row: IndicatorRow, ctx: ResolvedContext, opts: EvaluateOptions = {}): IndicatorResult {
  const m: typeof message = opts.quiet ? silent : message;
  const code = String(row.code).trim();
  const indicator = findIndicator(pack, code);
  const criterion = indicator?.criterion ?? criterionOfCode(code);
  const value = parseCell(row.value, row.format);
  const declared = readDeclared(row.declared);
  const res: IndicatorResult = {
    code, criterion, known: indicator !== null, verdict: 'thieu-so-lieu', basis: 'none', value, notes: [],
  };
  if (declared) res.declared = declared;
  const valueText = parsedToText(value);

  if (!indicator && !pack.criteria.some((c) => c.code === criterion)) {
    res.notes.push(m('reason.unknown-code', { code, set: pack.id }));
  }

  // a value typed as a rating counts as the commune's rating
  const valueRating: Rating | undefined = value.kind === 'rating' ? value.value
    : value.kind === 'yesno' && value.tick ? 'dat' : undefined;
  const selfRating = declared ?? valueRating;

  if (selfRating === 'khong-danh-gia') {
    res.verdict = 'khong-danh-gia';
    res.basis = 'declared';
    res.reason = m('reason.not-applicable', { code });
    return res;
  }

  if (value.kind === 'error') {
    res.verdict = 'loi';
    res.reason = m(value.reason === 'host-error' ? 'reason.host-error' : 'reason.unreadable', { code, value: value.raw });
    return res;
  }

  const lookup = indicator ? levelFor(indicator, ctx, opts.year) : null;
  if (lookup?.ok) {
    const { level, source } = lookup;
    res.level = level;
    res.levelText = { vi: formatLevel(level, 'vi'), en: formatLevel(level, 'en') };
    res.source = source;
    if (!source.verified) {
      res.notes.push(m('reason.unverified', {
        level: res.levelText, ref: source.ref,
        confidence: source.confidence ? m(`confidence.${source.confidence}`) : '',
      }));
    }
    if (lookup.note) res.notes.push({ vi: lookup.note, en: lookup.note });
    if (ctx.rule) {
      res.notes.push(m('context.rule', { rule: bi(ctx.rule.name), use: ctx.rule.use, ref: ctx.rule.source.ref }));
    }

    if (level.op === 'text') {
      if (selfRating) {
        res.verdict = selfRating;
        res.basis = 'declared';
      } else {
        res.verdict = 'thieu-so-lieu';
      }
      res.reason = m('reason.text-level', { level: level.text ?? '' });
      return res;
    }

    if (isNumericOp(level.op)) {
      const a = amountOf(value, indicator);
      if (!a) {
        if (value.kind === 'blank' || valueRating) {
          if (selfRating) {
            res.verdict = selfRating;
            res.basis = 'declared';
            res.reason = m('reason.no-value', { code });
          } else {
            res.verdict = 'thieu-so-lieu';
            res.reason = m('reason.no-value', { code });
          }
          return res;
        }
        res.verdict = 'loi';
        res.reason = m('reason.wrong-kind', {
          code, value: valueText,
          expected: m(indicator!.kind === 'rate' ? 'expected.rate' : 'expected.number'),
        });
        return res;
      }
      res.amount = a.amount;
      if (a.ambiguous) {
        res.ambiguous = a.ambiguous;
        if (!opts.quiet) res.notes.push(ambiguityNote(value, a.amount, a.ambiguous));
      }
      const lv = level.value!;
      const ok = compareNumber(level.op, a.amount, lv);
      res.verdict = ratingFromComparison(ok);
      res.basis = 'threshold';
      res.margin = marginOf(level.op, a.amount, lv);
      if (isNear(a.amount, lv, level.decimals ?? decimalsOf(lv))) {
        res.near = true;
        res.notes.push(m('reason.near', { value: a.amount, level: res.levelText }));
      }
      if (declared && declared !== res.verdict) {
        res.mismatch = true;
        res.reason = m('reason.declared-mismatch', {
          declared: vText(declared), value: valueText, level: res.levelText, computed: vText(res.verdict as Rating),
        });
      }
      return res;
    }

    // dat / co / khong
    let computed: Rating | undefined;
    if (level.op === 'dat') computed = valueRating ?? declared;
    else if (value.kind === 'yesno' && !value.tick) computed = ratingFromComparison(level.op === 'co' ? value.value : !value.value);
    else if (value.kind === 'yesno' && value.tick && level.op === 'co') computed = 'dat';
    if (!computed) {
      if (value.kind === 'blank') {
        if (selfRating) {
          res.verdict = selfRating;
          res.basis = 'declared';
        } else res.verdict = 'thieu-so-lieu';
        res.reason = m('reason.no-value', { code });
        return res;
      }
      res.verdict = 'loi';
      res.reason = m('reason.wrong-kind', {
        code, value: valueText, expected: m(level.op === 'dat' ? 'expected.rating' : 'expected.yesno'),
      });
      return res;
    }
    res.verdict = computed;
    res.basis = level.op === 'dat' ? 'declared' : 'threshold';
    if (declared && declared !== computed) {
      res.mismatch = true;
      res.reason = m('reason.declared-mismatch', {
        declared: vText(declared), value: valueText, level: res.levelText, computed: vText(computed),
      });
    }
    return res;
  }

  // no level in the pack for this context
  const a = amountOf(value, indicator);
  if (a) {
    res.amount = a.amount;
    if (a.ambiguous) {
      res.ambiguous = a.ambiguous;
      if (!opts.quiet) res.notes.push(ambiguityNote(value, a.amount, a.ambiguous));
    }
  }
  const why = lookup && !lookup.ok ? lookup.reason : 'no-threshold';
  const ctxLabel = ctx.label;
  const whyMsg = m(`reason.${why}`, { code, context: ctxLabel, year: opts.year });
  if (selfRating) {
    res.verdict = selfRating;
    res.basis = 'declared';
    res.reason = m('reason.declared', { declared: vText(selfRating) });
    res.notes.push(whyMsg);
    return res;
  }
  if (value.kind === 'blank') {
    res.verdict = 'thieu-so-lieu';
    res.reason = m('reason.no-value', { code });
    res.notes.push(whyMsg);
    return res;
  }
  res.verdict = 'chua-co-nguong';
  res.reason = whyMsg;
  return res;
}

function ambiguityNote(value: Parsed, amount: number, kind: 'separator' | 'fraction-or-percent'): Bilingual {
  if (kind === 'separator' && value.kind === 'number') {
    const alt = Number(value.raw.replace(/[^\d]/g, ''));
    return message('reason.ambiguous-separator', {
      value: value.raw, read: value.value, alt, alt_text: { vi: formatNumber(alt, 'vi'), en: formatNumber(alt, 'en') },
    });
  }
  if (value.kind === 'number' && !value.fromNumber) {
    return message('reason.ambiguous-text-fraction', { value: value.value, pct: value.value * 100 });
  }
  const raw = value.kind === 'number' ? value.value : amount / 100;
  return message('reason.ambiguous-fraction', { value: raw, read: amount });
}
