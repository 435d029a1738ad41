import { classify, evaluateCommune, readDeclared, type CriterionRow } from '../../evaluate/index.js';
import { evaluateIndicator, type IndicatorResult, type IndicatorRow, type Verdict } from '../../evaluate/indicator.js';
import { message, type Bilingual } from '../../messages/index.js';
import { findIndicator, levelFor } from '../../packs/levels.js';
import { formatLevel, isNumericOp, parseThreshold } from '../../thresholds/index.js';
import { cleanText, key } from '../../text/index.js';
import { cellToText, parseCell } from '../../values/index.js';
import type { CellValue, Rating } from '../../values/types.js';
import type { Grid } from '../grid.js';
import { firstCol } from '../headers.js';
import type { RecognisedTable } from '../recognise.js';
import type { RowResult, TableSummary } from '../types.js';
import { IssueSink, NO_CONTEXT, type CheckEnv, type TableCheck } from './common.js';

interface AssessRow {
  r: number;
  code: string | null;
  codeCell: { r: number; c: number };
  level: 'indicator' | 'criterion' | 'group';
  name: string;
  value: CellValue;
  valueCol?: number;
  declared: CellValue;
  ratingCol?: number;
  /** both "Đạt" and "Chưa đạt" ticked */
  tickConflict?: boolean;
  /** an unreadable rating text */
  badRating?: string;
  required?: string;
  requiredCol?: number;
  counts?: { met: number; total: number; col: number };
}

const DOTTED = /^(\d{1,2}(?:\.\d{1,2}){1,2})\.?$/;
const INTEGER = /^0*(\d{1,2})\.?$/;
const ROMAN = /^[IVX]{1,5}\.?$/;

function codeFromNumber(v: CellValue): string | null {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 100) return String(Math.round(v * 100) / 100);
  return null;
}

/** A code at the start of a text: "15.3. Tỷ lệ …", "Chỉ tiêu 15.3:", "Tiêu chí số 05 (Trường học)". */
export function codeInText(text: string): { code: string; rest: string; criterion?: boolean } | null {
  const t = cleanText(text);
  let m = /^(?:chỉ tiêu|chi tieu|nội dung|noi dung|ND)?\s*(\d{1,2}(?:\.\d{1,2}){1,2})\s*[.):\-–]?\s*(.*)$/i.exec(t);
  if (m && (m[2] === '' || /^\D/.test(m[2]!))) return { code: m[1]!, rest: m[2]! };
  m = /^(?:tiêu chí|tieu chi|TC)\s*(?:số|so)?\s*\(?0*(\d{1,2})\)?\s*[.):\-–]?\s*(?:\((.*?)\)|(.*))$/i.exec(t);
  if (m) return { code: m[1]!, rest: (m[2] ?? m[3] ?? '').trim(), criterion: true };
  m = /^0*(\d{1,2})\s*[.)]\s+(\D.*)$/.exec(t);
  if (m) return { code: m[1]!, rest: m[2]! };
  return null;
}

function wordingIndex(env: CheckEnv): Array<[string, string]> {
  return env.pack.indicators
    .filter((i) => i.wording)
    .map((i) => [key(i.wording!.vi.replace(/\([^)]*\)/g, '')), i.code] as [string, string])
    .filter(([k]) => k.length >= 15);
}

function criterionByName(env: CheckEnv, text: string): string | null {
  const k = key(text.replace(/\([^)]*\)/g, ''));
  if (k.length < 3) return null;
  for (const c of env.pack.criteria) {
    const n = key(c.name.vi);
    if (n === k) return c.code;
  }
  return null;
}

function readTick(v: CellValue): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'boolean') return v;
  const p = parseCell(v);
  return (p.kind === 'yesno' && p.value) || (p.kind === 'rating' && p.value === 'dat') || (p.kind === 'number' && p.value === 1);
}

function extractRows(g: Grid, t: RecognisedTable, env: CheckEnv): AssessRow[] {
  const h = t.header;
  const col = (role: Parameters<typeof firstCol>[1]) => firstCol(h, role);
  const cCode = col('code');
  const cTT = col('tt');
  const cWording = col('wording');
  const cCriterion = col('criterion');
  const cValue = col('value');
  const cRating = col('rating');
  const cDat = col('tick-dat');
  const cChua = col('tick-chua');
  const cKdg = col('tick-kdg');
  const cRequired = col('required');
  const cCounts = col('indicators-met');
  const byWording = wordingIndex(env);
  const rows: AssessRow[] = [];
  for (const r of t.dataRows) {
    let code: string | null = null;
    let codeCell = { r, c: cCode ?? cTT ?? cWording ?? cCriterion ?? h.left };
    let explicitCriterion = false;
    let name = '';
    const tryText = (c: number | undefined): boolean => {
      if (c === undefined) return false;
      const raw = g.raw(r, c);
      const n = codeFromNumber(raw);
      if (n) {
        code = n;
        codeCell = { r, c };
        return true;
      }
      const txt = g.text(r, c);
      if (DOTTED.test(txt)) {
        code = DOTTED.exec(txt)![1]!;
        codeCell = { r, c };
        return true;
      }
      if (INTEGER.test(txt)) {
        code = INTEGER.exec(txt)![1]!;
        codeCell = { r, c };
        return true;
      }
      return false;
    };
    if (!tryText(cCode)) {
      const ttText = cTT !== undefined ? g.text(r, cTT) : '';
      const ttDotted = DOTTED.test(ttText) || (typeof g.raw(r, cTT ?? -1) === 'number' && !Number.isInteger(g.raw(r, cTT ?? -1) as number));
      if (ttDotted) tryText(cTT);
      // the wording or criterion text may start with the code
      for (const c of [cWording, cCriterion]) {
        if (c === undefined || (code !== null && String(code).includes('.'))) continue;
        const found = codeInText(g.text(r, c));
        if (found && (code === null || found.code.includes('.'))) {
          code = found.code;
          codeCell = { r, c };
          explicitCriterion = !!found.criterion;
          if (found.rest) name = found.rest;
        }
      }
      if (code === null && ROMAN.test(ttText)) {
        rows.push({ r, code: null, codeCell, level: 'group', name: g.rowText(r), value: null, declared: null });
        continue;
      }
    }
    if (!name) name = (cWording !== undefined ? g.text(r, cWording) : '') || (cCriterion !== undefined ? g.text(r, cCriterion) : '');
    if (code === null) {
      // by wording, when the table gives no codes
      const k = key(name.replace(/\([^)]*\)/g, ''));
      const hit = k.length >= 15 ? byWording.find(([w]) => k.startsWith(w) || w.startsWith(k)) : undefined;
      if (hit) code = hit[1];
      else {
        const crit = criterionByName(env, name);
        if (crit) {
          code = crit;
          explicitCriterion = true;
        }
      }
    }
    // last: a number in the TT column, read as a criterion number
    if (code === null) tryText(cTT);
    const row: AssessRow = { r, code, codeCell, level: 'indicator', name, value: null, declared: null };
    if (cValue !== undefined) {
      row.value = g.raw(r, cValue);
      row.valueCol = cValue;
    }
    if (cRating !== undefined) {
      const v = g.raw(r, cRating);
      row.ratingCol = cRating;
      row.declared = v;
      const txt = cellToText(v);
      if (txt.trim() !== '' && readDeclared(v) === undefined) row.badRating = txt;
    }
    if (cDat !== undefined || cChua !== undefined) {
      const dat = cDat !== undefined && readTick(g.raw(r, cDat));
      const chua = cChua !== undefined && readTick(g.raw(r, cChua));
      const kdg = cKdg !== undefined && readTick(g.raw(r, cKdg));
      if (dat && chua) row.tickConflict = true;
      if (row.declared === null || row.declared === undefined || cellToText(row.declared).trim() === '') {
        row.declared = kdg ? 'Không đánh giá' : dat && !chua ? 'Đạt' : chua && !dat ? 'Chưa đạt' : null;
        row.ratingCol = dat ? cDat : chua ? cChua : (cDat ?? cChua);
      }
    }
    if (cRequired !== undefined) {
      row.required = g.text(r, cRequired);
      row.requiredCol = cRequired;
    }
    if (cCounts !== undefined) {
      const m = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(g.text(r, cCounts));
      if (m) row.counts = { met: Number(m[1]), total: Number(m[2]), col: cCounts };
    }
    const hasData = !isEmpty(row.value) || !isEmpty(row.declared) || row.tickConflict === true;
    if (code === null) {
      row.level = hasData ? 'indicator' : 'group';
    } else if (!String(code).includes('.')) {
      if (!hasData) row.level = 'group';
      else if (!explicitCriterion && findIndicator(env.pack, code)) row.level = 'indicator';
      else row.level = 'criterion';
    }
    rows.push(row);
  }
  return rows;
}

function isEmpty(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function vtext(v: Verdict): Bilingual {
  return message(`verdict.${v}`);
}

/**
 * Checks an assessment table: one row per indicator (indicator-assessment) or one per criterion
 * (criteria-summary). Decides which from the rows: indicator codes with dots, or a list of
 * criteria numbers.
 */
export function checkAssessment(g: Grid, t: RecognisedTable, env: CheckEnv): TableCheck {
  const rows = extractRows(g, t, env);
  const dotted = rows.filter((r) => r.code !== null && String(r.code).includes('.')).length;
  const integers = rows.filter((r) => r.code !== null && !String(r.code).includes('.') && r.level !== 'group').length;
  const isSummary = dotted === 0 && integers >= 5;
  if (isSummary) {
    for (const r of rows) if (r.code !== null && r.level === 'indicator') r.level = 'criterion';
    return checkCriteriaSummary(g, t, env, rows);
  }
  return checkIndicators(g, t, env, rows);
}

function checkIndicators(g: Grid, t: RecognisedTable, env: CheckEnv, rows: AssessRow[]): TableCheck {
  const sink = new IssueSink(g);
  const ctx = env.ctx ?? NO_CONTEXT;
  const pack = env.pack;
  const seen = new Map<string, string>();
  const inputs: IndicatorRow[] = [];
  const inputRows: AssessRow[] = [];
  const criteriaInputs: CriterionRow[] = [];
  const criterionRows: AssessRow[] = [];
  const results: RowResult[] = [];
  for (const row of rows) {
    if (row.level === 'group') continue;
    if (row.code === null) {
      sink.add('unknown-indicator', 'warning', row.codeCell.r, row.codeCell.c, 'issue.unknown-indicator', { code: `"${row.name.slice(0, 40)}"`, set: pack.id });
      continue;
    }
    const code = String(row.code);
    if (row.badRating !== undefined) {
      sink.add('type-error', 'error', row.r, row.ratingCol!, 'issue.type-error.rating', { code, value: row.badRating }, 'hint.rating');
    }
    if (row.tickConflict) {
      sink.add('type-error', 'error', row.r, row.ratingCol ?? row.codeCell.c, 'issue.type-error.ticks', { code });
      continue;
    }
    if (row.level === 'criterion') {
      criteriaInputs.push({ code, declared: row.declared });
      criterionRows.push(row);
      continue;
    }
    const prev = seen.get(code);
    if (prev) {
      sink.add('duplicate-indicator', 'error', row.codeCell.r, row.codeCell.c, 'issue.duplicate-indicator', { code, first: prev });
      continue;
    }
    seen.set(code, g.addr(row.codeCell.r, row.codeCell.c));
    const criterion = code.split('.')[0]!;
    const known = !!findIndicator(pack, code);
    if (!known && (!pack.criteria.some((c) => c.code === criterion) || pack.indicatorListComplete)) {
      sink.add('unknown-indicator', 'warning', row.codeCell.r, row.codeCell.c, 'issue.unknown-indicator', { code, set: pack.id });
    }
    const input: IndicatorRow = { code, value: row.value, declared: row.declared };
    if (row.valueCol !== undefined) input.format = g.format(row.r, row.valueCol);
    inputs.push(input);
    inputRows.push(row);
  }

  const ev = evaluateCommune(pack, { indicators: inputs, criteria: criteriaInputs }, ctx, { ...env.settings, ...(env.year !== undefined ? { year: env.year } : {}) });
  let selfRated = 0;
  let noThreshold = 0;
  ev.indicators.forEach((res, i) => {
    const row = inputRows[i]!;
    const vc = row.valueCol ?? row.ratingCol ?? row.codeCell.c;
    reportIndicator(sink, row, res, vc, env);
    if (res.basis === 'declared' && !res.level) selfRated++;
    if (res.verdict === 'chua-co-nguong') noThreshold++;
    const rr: RowResult = { cell: g.addr(row.codeCell.r, row.codeCell.c), code: res.code, verdict: res.verdict, text: vtext(res.verdict) };
    if (row.valueCol !== undefined) rr.valueCell = g.addr(row.r, row.valueCol);
    results.push(rr);
  });
  // criterion rows: declared against indicators
  for (const row of criterionRows) {
    const code = String(row.code);
    const cr = ev.criteria.find((c) => c.code === code);
    if (!pack.criteria.some((c) => c.code === code)) {
      sink.add('unknown-indicator', 'warning', row.codeCell.r, row.codeCell.c, 'issue.unknown-criterion', { code, set: pack.id, total: pack.criteria.length });
      continue;
    }
    if (cr?.mismatch && cr.declared) {
      sink.add('status-mismatch', 'error', row.r, row.ratingCol ?? row.codeCell.c, 'issue.status-mismatch.criterion', {
        code, declared: vtext(cr.declared), computed: vtext(cr.verdict),
      });
    }
    if (cr) results.push({ cell: g.addr(row.codeCell.r, row.codeCell.c), code, verdict: cr.verdict, text: vtext(cr.verdict) });
  }

  // coverage: a table meant to be the whole assessment
  const covered = new Set(ev.indicators.map((r) => r.criterion).concat(criteriaInputs.map((c) => String(c.code))));
  const coversSet = pack.criteria.filter((c) => covered.has(c.code)).length >= Math.ceil(pack.criteria.length / 2);
  const anchor = { r: t.header.top, c: t.header.left };
  if (coversSet) {
    for (const c of pack.criteria) {
      if (!covered.has(c.code)) sink.add('missing-criterion', 'warning', anchor.r, anchor.c, 'issue.missing-criterion', { code: c.code, name: c.name.vi });
    }
  }
  // missing indicators only for a table at indicator level across the set (not a criterion list
  // that details a few indicators)
  const indicatorLevelCriteria = new Set(ev.indicators.map((r) => r.criterion));
  const indicatorLevel = pack.criteria.filter((c) => indicatorLevelCriteria.has(c.code)).length >= Math.ceil(pack.criteria.length / 2);
  for (const c of indicatorLevel ? ev.criteria : []) {
    for (const m of c.missing) {
      const ind = findIndicator(pack, m);
      sink.add('missing-indicator', 'warning', anchor.r, anchor.c, 'issue.missing-indicator', { code: m, wording: ind?.wording?.vi.slice(0, 60) ?? '', criterion: c.code });
    }
  }

  const summary: TableSummary = {};
  const met = ev.indicators.filter((r) => r.verdict === 'dat').length;
  const allIndicators = pack.totals?.indicators === undefined ? pack.indicatorListComplete : ev.indicators.length >= pack.totals.indicators;
  if (coversSet) {
    summary.criteriaMet = ev.criteriaMet;
    summary.criteriaTotal = ev.criteriaTotal;
    summary.class = ev.class;
    if (allIndicators) {
      summary.indicatorsMet = ev.indicatorsMet;
      summary.indicatorsTotal = ev.indicatorsTotal;
      summary.statusText = ev.statusText;
    } else {
      const c = message('summary.criteria', { criteriaMet: ev.criteriaMet, criteriaTotal: ev.criteriaTotal, class: ev.classText });
      const p = message('summary.assessment-partial', { rows: ev.indicators.length, met });
      summary.statusText = { vi: `${c.vi}. ${p.vi}`, en: `${c.en}. ${p.en}` };
    }
  } else {
    summary.indicatorsMet = met;
    summary.indicatorsTotal = ev.indicators.length;
    summary.statusText = message('summary.assessment-partial', { rows: ev.indicators.length, met });
  }
  summary.selfRated = selfRated;
  summary.noThreshold = noThreshold;

  checkDeclaredLines(g, t, env, sink, {
    criteriaMet: ev.criteriaMet, criteriaTotal: ev.criteriaTotal,
    criteriaNotMet: ev.criteria.filter((c) => c.verdict === 'chua-dat').length,
    indicatorsMet: ev.indicatorsMet, indicatorsTotal: ev.indicatorsTotal,
    complete: coversSet && ev.criteria.every((c) => c.verdict === 'dat' || c.verdict === 'chua-dat' || c.verdict === 'khong-danh-gia'),
    indicatorsComplete: coversSet && allIndicators,
  });
  return { kind: 'indicator-assessment', summary, issues: sink.issues, rows: results };
}

function reportIndicator(sink: IssueSink, row: AssessRow, res: IndicatorResult, vc: number, env: CheckEnv): void {
  const code = res.code;
  const reason = res.reason ?? message('verdict.loi');
  if (res.verdict === 'loi') {
    sink.add('type-error', 'error', row.r, vc, 'issue.type-error.value', { code, value: cellToText(row.value), reason });
    return;
  }
  if (res.amount !== undefined && (res.level?.unit === '%' || findIndicator(env.pack, code)?.kind === 'rate' || (res.value.kind === 'number' && res.value.percent))) {
    if (res.amount < 0 || res.amount > 100) {
      sink.add('out-of-range', 'error', row.r, vc, 'issue.out-of-range.rate', { code, value: res.amount });
    }
  } else if (res.amount !== undefined && res.amount < 0) {
    sink.add('out-of-range', 'error', row.r, vc, 'issue.out-of-range.negative', { what: code, value: res.amount });
  }
  if (res.mismatch) {
    sink.add('status-mismatch', 'error', row.r, row.ratingCol ?? vc, 'issue.status-mismatch.indicator', { code, reason });
  }
  if (res.ambiguous) {
    const note = res.notes.find((n) => n.vi.includes('được đọc là') || n.vi.includes('được hiểu là')) ?? reason;
    sink.add('ambiguous-value', 'info', row.r, vc, 'issue.ambiguous-value', { code, reason: note });
  }
  if (res.near) {
    const note = res.notes.find((n) => n.vi.includes('sát ngưỡng')) ?? reason;
    sink.add('near-threshold', 'info', row.r, vc, 'issue.near-threshold', { code, reason: note });
  }
  if (res.verdict === 'chua-co-nguong') {
    sink.add('no-threshold', 'warning', row.r, vc, 'issue.no-threshold', { reason }, 'hint.threshold');
  }
  if (res.verdict === 'thieu-so-lieu' && isEmpty(row.value) && isEmpty(row.declared)) {
    sink.add('missing-value', 'warning', row.r, vc, 'issue.missing-value', { code });
  }
  // the level the table writes, against the pack's
  if (row.required && row.requiredCol !== undefined && env.ctx) {
    const written = parseThreshold(row.required);
    const ind = findIndicator(env.pack, code);
    const lk = ind ? levelFor(ind, env.ctx, env.year) : null;
    if (written?.ok && lk?.ok && isNumericOp(lk.level.op) && isNumericOp(written.level.op)) {
      const a = written.level;
      const b = lk.level;
      const sameOp = a.op === b.op || (a.implicit && (b.op === '>=' || b.op === '>'));
      if (!sameOp || a.value !== b.value) {
        sink.add('threshold-mismatch', 'warning', row.r, row.requiredCol, 'issue.threshold-mismatch', {
          code, written: row.required, set: env.pack.id, context: env.ctx.label,
          level: { vi: formatLevel(b, 'vi'), en: formatLevel(b, 'en') },
        }, 'hint.threshold');
      }
    }
  }
}

interface Counted {
  criteriaMet: number;
  criteriaTotal: number;
  criteriaNotMet: number;
  indicatorsMet: number;
  indicatorsTotal: number;
  /** every criterion has a verdict, so the count can be compared */
  complete: boolean;
  indicatorsComplete: boolean;
}

function checkDeclaredLines(g: Grid, t: RecognisedTable, env: CheckEnv, sink: IssueSink, c: Counted): void {
  for (const d of t.declared) {
    if (d.target) continue;
    if (d.kind === 'criteria-met' && c.complete) {
      if (d.b !== undefined && d.b !== c.criteriaTotal && d.b === (env.pack.totals?.criteria ?? env.pack.criteria.length)) {
        // total fine; compare met
      } else if (d.b !== undefined && d.b !== c.criteriaTotal) {
        sink.add('count-mismatch', 'error', d.row, d.col, 'issue.count-mismatch.total', { set: env.pack.id, total: c.criteriaTotal, declaredTotal: d.b });
        continue;
      }
      if (d.a !== c.criteriaMet) {
        sink.add('count-mismatch', 'error', d.row, d.col, 'issue.count-mismatch.criteria', {
          declared: d.a, declaredTotal: d.b ?? c.criteriaTotal, counted: c.criteriaMet, total: c.criteriaTotal,
        }, 'hint.count');
      }
    } else if (d.kind === 'criteria-not-met' && c.complete && d.a !== c.criteriaNotMet) {
      sink.add('count-mismatch', 'error', d.row, d.col, 'issue.count-mismatch.criteria-not-met', {
        declared: d.a, declaredTotal: d.b ?? c.criteriaTotal, counted: c.criteriaNotMet,
      }, 'hint.count');
    } else if (d.kind === 'indicators-met' && c.indicatorsComplete && d.a !== c.indicatorsMet) {
      sink.add('count-mismatch', 'error', d.row, d.col, 'issue.count-mismatch.indicators', {
        declared: d.a, declaredTotal: d.b ?? c.indicatorsTotal, counted: c.indicatorsMet, total: c.indicatorsTotal,
      }, 'hint.count');
    } else if (d.kind === 'class' && d.cls && c.complete) {
      const computed = classify(c.criteriaMet, c.criteriaTotal, env.settings.basicAt);
      if (computed.class !== d.cls) {
        sink.add('status-mismatch', 'error', d.row, d.col, 'issue.status-mismatch.declared-class', {
          declared: message(`class.${d.cls}`, { missing: computed.missing }), met: c.criteriaMet, total: c.criteriaTotal, computed: computed.text,
        });
      }
    }
  }
}

function checkCriteriaSummary(g: Grid, t: RecognisedTable, env: CheckEnv, rows: AssessRow[]): TableCheck {
  const sink = new IssueSink(g);
  const pack = env.pack;
  const seen = new Map<string, string>();
  const verdicts = new Map<string, Rating>();
  const results: RowResult[] = [];
  for (const row of rows) {
    if (row.level === 'group' || row.code === null) continue;
    const code = String(Number(row.code));
    const prev = seen.get(code);
    if (prev) {
      sink.add('duplicate-indicator', 'error', row.codeCell.r, row.codeCell.c, 'issue.duplicate-criterion', { code, first: prev });
      continue;
    }
    seen.set(code, g.addr(row.codeCell.r, row.codeCell.c));
    if (!pack.criteria.some((c) => c.code === code)) {
      sink.add('unknown-indicator', 'warning', row.codeCell.r, row.codeCell.c, 'issue.unknown-criterion', { code, set: pack.id, total: pack.criteria.length });
      continue;
    }
    if (row.badRating !== undefined) {
      sink.add('type-error', 'error', row.r, row.ratingCol!, 'issue.type-error.rating', { code, value: row.badRating }, 'hint.rating');
      continue;
    }
    if (row.tickConflict) {
      sink.add('type-error', 'error', row.r, row.ratingCol ?? row.codeCell.c, 'issue.type-error.ticks', { code });
      continue;
    }
    // a rating may also stand in the value column ("Đạt")
    let rating = readDeclared(row.declared);
    if (!rating && !isEmpty(row.value)) rating = readDeclared(row.value);
    if (!rating) {
      sink.add('missing-value', 'warning', row.r, row.ratingCol ?? row.valueCol ?? row.codeCell.c, 'issue.missing-rating', { code }, 'hint.rating');
      continue;
    }
    verdicts.set(code, rating);
    results.push({ cell: g.addr(row.codeCell.r, row.codeCell.c), code, verdict: rating, text: vtext(rating) });
    if (row.counts) {
      const allMet = row.counts.met === row.counts.total;
      if ((rating === 'dat' && !allMet) || (rating === 'chua-dat' && allMet)) {
        sink.add('status-mismatch', 'error', row.r, row.counts.col, 'issue.status-mismatch.counts', {
          code, declared: vtext(rating), met: row.counts.met, total: row.counts.total,
        });
      }
    }
  }
  const anchor = { r: t.header.top, c: t.header.left };
  for (const c of pack.criteria) {
    if (!seen.has(c.code)) sink.add('missing-criterion', 'warning', anchor.r, anchor.c, 'issue.missing-criterion', { code: c.code, name: c.name.vi });
  }
  const notAssessed = [...verdicts.values()].filter((v) => v === 'khong-danh-gia').length;
  const met = [...verdicts.values()].filter((v) => v === 'dat').length + (env.settings.notAssessed === 'met' ? notAssessed : 0);
  const total = (pack.totals?.criteria ?? pack.criteria.length) - (env.settings.notAssessed === 'excluded' ? notAssessed : 0);
  const notMet = [...verdicts.values()].filter((v) => v === 'chua-dat').length;
  const cls = classify(met, total, env.settings.basicAt);
  const withCounts = rows.filter((r) => r.counts);
  const indMet = withCounts.reduce((s, r) => s + r.counts!.met, 0);
  const indTotal = withCounts.reduce((s, r) => s + r.counts!.total, 0);
  const summary: TableSummary = { criteriaMet: met, criteriaTotal: total, class: cls.class };
  summary.statusText = {
    vi: message('summary.criteria', { criteriaMet: met, criteriaTotal: total, class: cls.text.vi.toLowerCase() }).vi,
    en: message('summary.criteria', { criteriaMet: met, criteriaTotal: total, class: cls.text.en.toLowerCase() }).en,
  };
  if (withCounts.length > 0) {
    summary.indicatorsMet = indMet;
    summary.indicatorsTotal = indTotal;
  }
  checkDeclaredLines(g, t, env, sink, {
    criteriaMet: met, criteriaTotal: total, criteriaNotMet: notMet,
    indicatorsMet: indMet, indicatorsTotal: indTotal,
    complete: true, indicatorsComplete: withCounts.length >= pack.criteria.length,
  });
  return { kind: 'criteria-summary', summary, issues: sink.issues, rows: results };
}

