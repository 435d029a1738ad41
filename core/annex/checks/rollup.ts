import { classify, type CommuneClass } from '../../evaluate/commune.js';
import { message } from '../../messages/index.js';
import { roundHalf } from '../../rates/index.js';
import { foldDiacritics, key } from '../../text/index.js';
import { readNumber } from '../../values/number.js';
import { parseCell } from '../../values/index.js';
import type { CellValue } from '../../values/types.js';
import type { Grid } from '../grid.js';
import { firstCol } from '../headers.js';
import type { RecognisedTable } from '../recognise.js';
import type { RowResult, TableSummary } from '../types.js';
import { IssueSink, type CheckEnv, type TableCheck } from './common.js';

/** "17", 17, "17/19", "17 tiêu chí" → { value: 17, total?: 19 }; null when not a count. */
export function readCount(v: CellValue): { value: number; total?: number } | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v } : null;
  if (typeof v !== 'string') return null;
  const s = v.trim();
  const m = /^(\d{1,3})\s*\/\s*(\d{1,3})(\s*(tiêu chí|tieu chi|TC))?$/i.exec(s);
  if (m) return { value: Number(m[1]), total: Number(m[2]) };
  const n = /^(\d+(?:[.,]\d+)?)\s*(tiêu chí|tieu chi|TC|chỉ tiêu|chi tieu)?$/i.exec(s);
  if (n) {
    const r = readNumber(n[1]!);
    return r ? { value: r.value } : null;
  }
  return null;
}

/** A class as written: "Đạt chuẩn", "Cơ bản đạt chuẩn", "Chưa đạt", "NTM nâng cao" … */
export function readClass(text: string): CommuneClass | null {
  const f = foldDiacritics(text).toLowerCase();
  if (f.trim() === '') return null;
  if (/co ban/.test(f)) return 'co-ban';
  if (/chua dat|khong dat/.test(f)) return 'chua-dat';
  if (/dat chuan|nang cao|kieu mau|nong thon moi|^dat$|^ntm/.test(f.trim())) return 'dat-chuan';
  return null;
}

function criteriaColumns(g: Grid, t: RecognisedTable, total: number): Array<{ col: number; code: string }> {
  const h = t.header;
  const assigned = new Set(h.columns.filter((c) => c.role !== 'criterion-col').map((c) => c.col));
  const out: Array<{ col: number; code: string }> = [];
  for (let c = h.left; c <= h.right; c++) {
    if (assigned.has(c)) continue;
    const label = g.headerText(h.bottom, c);
    const m = /^(?:tc|tiêu chí|tieu chi|tiêu chí số|tieu chi so)?\s*0*(\d{1,2})$/i.exec(label.trim());
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= total) out.push({ col: c, code: String(Number(m[1])) });
  }
  return out.length >= 3 ? out : [];
}

function blank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * Checks a roll-up of communes: counts within bounds, classes that match counts, no commune
 * twice, totals and averages recomputed from the rows (never from percentages), and the lines
 * that declare how many communes meet the standard.
 */
export function checkRollup(g: Grid, t: RecognisedTable, env: CheckEnv): TableCheck {
  const sink = new IssueSink(g);
  const h = t.header;
  const cName = firstCol(h, 'commune')!;
  const cMet = firstCol(h, 'criteria-met');
  const cInd = firstCol(h, 'indicators-met');
  const cClass = firstCol(h, 'class');
  const cTarget = firstCol(h, 'target-criteria');
  const packTotal = env.pack.totals?.criteria ?? env.pack.criteria.length;
  const critCols = criteriaColumns(g, t, packTotal);
  const seen = new Map<string, string>();
  const counts: number[] = [];
  const targets: number[] = [];
  const failing = new Map<string, number>();
  const rows: RowResult[] = [];
  let sumInd = 0;
  let nInd = 0;
  for (const r of t.dataRows) {
    const name = g.text(r, cName);
    if (name === '') continue;
    const k = key(name).replace(/^(xa|phuong|thi tran|dac khu)\s+/, '');
    const prev = seen.get(k);
    if (prev) {
      sink.add('duplicate-commune', 'error', r, cName, 'issue.duplicate-commune', { name, first: prev });
      continue;
    }
    seen.set(k, g.addr(r, cName));
    let met: number | null = null;
    let total = packTotal;
    if (cMet !== undefined && !blank(g.raw(r, cMet))) {
      const c = readCount(g.raw(r, cMet));
      if (!c) sink.add('type-error', 'error', r, cMet, 'issue.type-error.number', { what: `${name}: số tiêu chí đạt`, value: g.text(r, cMet) });
      else if (!Number.isInteger(c.value)) sink.add('type-error', 'error', r, cMet, 'issue.type-error.number', { what: `${name}: số tiêu chí đạt`, value: g.text(r, cMet) });
      else if (c.value < 0) sink.add('out-of-range', 'error', r, cMet, 'issue.out-of-range.negative', { what: name, value: c.value });
      else if (c.value > (c.total ?? packTotal)) sink.add('out-of-range', 'error', r, cMet, 'issue.out-of-range.criteria', { name, value: c.value, total: c.total ?? packTotal });
      else {
        met = c.value;
        total = c.total ?? packTotal;
      }
    }
    // a row whose criterion cells are all blank has no results yet: it counts neither way
    const anyCriterion = critCols.some((cc) => !blank(g.raw(r, cc.col)));
    if (critCols.length > 0 && anyCriterion) {
      let ticked = 0;
      for (const cc of critCols) {
        const p = parseCell(g.raw(r, cc.col));
        const ok = (p.kind === 'rating' && p.value === 'dat') || (p.kind === 'yesno' && p.value) || (p.kind === 'number' && p.value === 1);
        if (ok) ticked++;
        else failing.set(cc.code, (failing.get(cc.code) ?? 0) + 1);
      }
      if (met === null) met = ticked;
      else if (met !== ticked && critCols.length === packTotal) {
        sink.add('count-mismatch', 'error', r, cMet!, 'issue.count-mismatch.criteria', { declared: met, declaredTotal: total, counted: ticked, total: packTotal }, 'hint.count');
      }
    }
    if (cInd !== undefined && !blank(g.raw(r, cInd))) {
      const c = readCount(g.raw(r, cInd));
      if (!c || !Number.isInteger(c.value)) sink.add('type-error', 'error', r, cInd, 'issue.type-error.number', { what: `${name}: số chỉ tiêu đạt`, value: g.text(r, cInd) });
      else if (c.value < 0) sink.add('out-of-range', 'error', r, cInd, 'issue.out-of-range.negative', { what: name, value: c.value });
      else {
        sumInd += c.value;
        nInd++;
      }
    }
    if (cTarget !== undefined && !blank(g.raw(r, cTarget))) {
      const c = readCount(g.raw(r, cTarget));
      if (!c) sink.add('type-error', 'error', r, cTarget, 'issue.type-error.number', { what: `${name}: số tiêu chí phấn đấu`, value: g.text(r, cTarget) });
      else if (c.value > packTotal) sink.add('out-of-range', 'error', r, cTarget, 'issue.out-of-range.criteria', { name, value: c.value, total: packTotal });
      else targets.push(c.value);
    }
    if (met !== null) {
      counts.push(met);
      const computed = classify(met, total, env.settings.basicAt);
      // a class written beside the targets ("Kế hoạch 2024: số tiêu chí phấn đấu | xếp loại") is the targets' class
      const classOfTarget = cClass !== undefined && cTarget !== undefined && cClass > cTarget && (cMet === undefined || cMet < cTarget);
      const target = classOfTarget ? readCount(g.raw(r, cTarget!)) : null;
      const against = classOfTarget ? (target ? classify(target.value, packTotal, env.settings.basicAt) : null) : computed;
      const againstMet = classOfTarget ? target?.value ?? 0 : met;
      if (cClass !== undefined && against) {
        const declared = readClass(g.text(r, cClass));
        if (declared && declared !== against.class) {
          sink.add('status-mismatch', 'error', r, cClass, 'issue.status-mismatch.class', {
            name, declared: g.text(r, cClass), met: againstMet, total, computed: against.text,
          });
        }
      }
      rows.push({ cell: g.addr(r, cName), code: name, verdict: computed.class === 'dat-chuan' ? 'dat' : 'chua-dat', text: computed.text });
    }
  }

  const n = counts.length;
  const sum = counts.reduce((a, b) => a + b, 0);
  const average = n > 0 ? sum / n : 0;
  const atBasic = counts.filter((c) => c >= env.settings.basicAt).length;
  const meetingAll = counts.filter((c) => c >= packTotal).length;

  // totals rows: each numeric cell is a sum or an average of its column
  for (const r of t.totalsRows) {
    const check = (col: number | undefined, values: number[], label: string) => {
      if (col === undefined || values.length === 0) return;
      const v = g.raw(r, col);
      if (blank(v)) return;
      const c = readCount(v);
      if (!c) return;
      const s = values.reduce((a, b) => a + b, 0);
      const text = g.text(r, col);
      const decimals = /[.,](\d+)/.exec(text)?.[1]?.length ?? (Number.isInteger(c.value) ? 0 : 2);
      if (c.value === s) return;
      const avg = s / values.length;
      if (roundHalf(avg, decimals) === roundHalf(c.value, decimals)) return;
      if (!Number.isInteger(c.value) || decimals > 0) {
        sink.add('average-mismatch', 'error', r, col, 'issue.average-mismatch', { declared: c.value, communes: values.length, computed: roundHalf(avg, Math.max(decimals, 1)), sum: s });
      } else {
        sink.add('count-mismatch', 'error', r, col, 'issue.count-mismatch.sum', { column: label, declared: c.value, counted: s }, 'hint.count');
      }
    };
    check(cMet, counts, h.columns.find((c) => c.col === cMet)?.labels.join(' ') ?? '');
    check(cTarget, targets, h.columns.find((c) => c.col === cTarget)?.labels.join(' ') ?? '');
  }

  for (const d of t.declared) {
    if (d.kind === 'average') {
      const useTargets = d.target && targets.length > 0;
      const values = useTargets ? targets : counts;
      if (values.length === 0) continue;
      const s = values.reduce((a, b) => a + b, 0);
      const mean = s / values.length;
      const dec = Math.max(d.decimals ?? 1, 1);
      if (d.target) {
        if (roundHalf(mean, dec) < d.a) {
          sink.add('average-mismatch', 'warning', d.row, d.col, 'issue.average-mismatch.target', { declared: d.a, communes: values.length, computed: roundHalf(mean, dec) });
        }
      } else if (roundHalf(mean, dec) !== roundHalf(d.a, dec)) {
        sink.add('average-mismatch', 'error', d.row, d.col, 'issue.average-mismatch', { declared: d.a, communes: values.length, computed: roundHalf(mean, dec), sum: s });
      }
    } else if (d.kind === 'communes-basic' && !d.target && n > 0) {
      const below = counts.filter((c) => c >= env.settings.basicAt && c < packTotal).length;
      if (d.a !== atBasic && d.a !== below) {
        sink.add('count-mismatch', 'error', d.row, d.col, 'issue.count-mismatch.communes-basic', {
          declared: d.a, counted: atBasic, countedBelowAll: below, basicAt: env.settings.basicAt, total: packTotal,
        }, 'hint.count');
      }
    } else if (d.kind === 'communes-basic' && d.target && targets.length > 0) {
      const tBasic = targets.filter((c) => c >= env.settings.basicAt).length;
      const tBelow = targets.filter((c) => c >= env.settings.basicAt && c < packTotal).length;
      if (d.a !== tBasic && d.a !== tBelow) {
        sink.add('count-mismatch', 'warning', d.row, d.col, 'issue.count-mismatch.communes-basic', {
          declared: d.a, counted: tBasic, countedBelowAll: tBelow, basicAt: env.settings.basicAt, total: packTotal,
        }, 'hint.count');
      }
    } else if (d.kind === 'communes-standard' && n > 0) {
      const values = d.target && targets.length > 0 ? targets : counts;
      const all = values.filter((c) => c >= packTotal).length;
      if (d.a !== all) {
        sink.add('count-mismatch', d.target ? 'warning' : 'error', d.row, d.col, 'issue.count-mismatch.communes-standard', { declared: d.a, counted: all, total: packTotal }, 'hint.count');
      }
    } else if (d.kind === 'communes' && d.a !== seen.size) {
      sink.add('count-mismatch', 'error', d.row, d.col, 'issue.count-mismatch.communes', { declared: d.a, counted: seen.size }, 'hint.count');
    }
  }

  const summary: TableSummary = {
    communes: seen.size,
    averageCriteria: n > 0 ? Math.round(average * 100) / 100 : 0,
    communesAtBasic: atBasic,
    basicAt: env.settings.basicAt,
    communesMeetingAll: meetingAll,
  };
  if (nInd > 0) summary.indicatorsMet = sumInd;
  if (failing.size > 0) {
    summary.failingMost = [...failing.entries()].sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0])).slice(0, 5).map(([code, communes]) => ({ code, communes }));
  }
  summary.statusText = message('summary.rollup', { communes: seen.size, average: summary.averageCriteria, basic: atBasic, basicAt: env.settings.basicAt, all: meetingAll });
  return { kind: 'commune-rollup', summary, issues: sink.issues, rows };
}
