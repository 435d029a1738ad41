import { evaluateIndicator } from '../../evaluate/indicator.js';
import { amountOf } from '../../evaluate/indicator.js';
import { findIndicator } from '../../packs/levels.js';
import { checkDeclaredRate, roundHalf } from '../../rates/index.js';
import { foldDiacritics } from '../../text/index.js';
import { parseCell } from '../../values/index.js';
import type { CellValue } from '../../values/types.js';
import { message } from '../../messages/index.js';
import type { Grid } from '../grid.js';
import { firstCol } from '../headers.js';
import type { RecognisedTable } from '../recognise.js';
import type { RowResult, TableSummary } from '../types.js';
import { IssueSink, NO_CONTEXT, type CheckEnv, type TableCheck } from './common.js';

interface RateRow {
  r: number;
  label: string;
  labelCol: number;
  num?: number;
  excl?: number;
  den?: number;
  rate?: { value: number; decimals: number; col: number };
  kind: 'poor' | 'near-poor' | 'total' | 'other';
}

function blank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function decimalsOfNumber(n: number): number {
  const s = String(Math.round(n * 1e6) / 1e6);
  const i = s.indexOf('.');
  return i < 0 ? 0 : Math.min(4, s.length - i - 1);
}

function rowKind(label: string): RateRow['kind'] {
  const f = foldDiacritics(label).toLowerCase();
  if (/(tong|cong|ngheo da chieu|ty le chung|chung)/.test(f)) return 'total';
  if (/can ngheo/.test(f)) return 'near-poor';
  if (/ngheo/.test(f)) return 'poor';
  return 'other';
}

/**
 * Checks a rate worksheet: each rate recomputed from its parts (numerator − exclusions) /
 * denominator, the declared figure compared to the decimals it is written with (and truncation
 * named when it explains the difference), the parts of one rate over one denominator, and for
 * multidimensional poverty, the total over one total of households.
 */
export function checkRate(g: Grid, t: RecognisedTable, env: CheckEnv): TableCheck {
  const sink = new IssueSink(g);
  const h = t.header;
  const cNum = firstCol(h, 'numerator');
  const cExcl = firstCol(h, 'excluded');
  const cDen = firstCol(h, 'denominator');
  const cRate = firstCol(h, 'rate');
  const cLabel = firstCol(h, 'wording') ?? firstCol(h, 'criterion') ?? firstCol(h, 'task') ?? h.left;
  const rows: RateRow[] = [];
  const num = (r: number, c: number | undefined, what: string): number | undefined => {
    if (c === undefined) return undefined;
    const v = g.raw(r, c);
    if (blank(v)) return undefined;
    const p = parseCell(v, g.format(r, c) === 'percent' ? 'general' : g.format(r, c) ?? 'general');
    if (p.kind !== 'number' || p.percent) {
      sink.add('type-error', 'error', r, c, 'issue.type-error.number', { what, value: g.text(r, c) });
      return undefined;
    }
    if (p.value < 0) {
      sink.add('out-of-range', 'error', r, c, 'issue.out-of-range.negative', { what, value: p.value });
      return undefined;
    }
    return p.value;
  };
  for (const r of [...t.dataRows, ...t.totalsRows].sort((a, b) => a - b)) {
    let label = g.text(r, cLabel);
    let labelCol = cLabel;
    if (label === '' || /^\d+$/.test(label)) {
      for (let c = h.left; c <= h.right; c++) {
        const tx = g.text(r, c);
        if (tx !== '' && !/^[\d.,%\s]+$/.test(tx)) {
          label = tx;
          labelCol = c;
          break;
        }
      }
    }
    const row: RateRow = { r, label, labelCol, kind: rowKind(label) };
    const n = num(r, cNum, `${label}: tử số`);
    const e = num(r, cExcl, `${label}: số loại trừ`);
    const d = num(r, cDen, `${label}: mẫu số`);
    if (n !== undefined) row.num = n;
    if (e !== undefined) row.excl = e;
    if (d !== undefined) row.den = d;
    if (cRate !== undefined && !blank(g.raw(r, cRate))) {
      const v = g.raw(r, cRate);
      const p = parseCell(v, g.format(r, cRate));
      const a = amountOf(p, { kind: 'rate', unit: '%' });
      if (!a) sink.add('type-error', 'error', r, cRate, 'issue.type-error.number', { what: `${label}: tỷ lệ`, value: g.text(r, cRate) });
      else if (a.amount < 0 || a.amount > 100) sink.add('out-of-range', 'error', r, cRate, 'issue.out-of-range.rate', { code: label, value: a.amount });
      else {
        const decimals = p.kind === 'number' && p.decimals !== undefined ? p.decimals : decimalsOfNumber(a.amount);
        row.rate = { value: a.amount, decimals, col: cRate };
      }
    }
    if (row.excl !== undefined && row.num !== undefined && row.excl > row.num) {
      sink.add('out-of-range', 'error', r, cExcl!, 'issue.out-of-range.excluded', { excluded: row.excl, count: row.num });
      delete row.excl;
    }
    if (row.num === undefined && row.den === undefined && row.rate === undefined) continue;
    rows.push(row);
  }

  const results: RowResult[] = [];
  // each part
  for (const row of rows) {
    if (row.num === undefined || row.den === undefined) continue;
    if (row.den === 0) {
      sink.add('type-error', 'error', row.r, cDen!, 'rate.zero-denominator');
      continue;
    }
    const exact = ((row.num - (row.excl ?? 0)) / row.den) * 100;
    if (row.rate) {
      const chk = checkDeclaredRate(row.rate.value, row.rate.decimals, exact);
      if (!chk.agrees) {
        const params = {
          label: row.label, declared: row.rate.value, numerator: row.num - (row.excl ?? 0), denominator: row.den,
          computed: chk.expected, exact: roundHalf(exact, row.rate.decimals + 2),
        };
        sink.add('rate-mismatch', chk.truncated ? 'warning' : 'error', row.r, row.rate.col, chk.truncated ? 'issue.rate-mismatch.truncated' : 'issue.rate-mismatch', params, 'hint.rate');
      }
    }
  }
  // poverty: poor and near-poor over one total
  const poor = rows.find((r) => r.kind === 'poor' && r.num !== undefined);
  const near = rows.find((r) => r.kind === 'near-poor' && r.num !== undefined);
  let summaryRate: { rate: number; numerator: number; denominator: number } | null = null;
  if (poor && near && poor.den !== undefined && near.den !== undefined) {
    if (poor.den !== near.den) {
      sink.add('denominator-mismatch', 'error', near.r, cDen!, 'issue.denominator-mismatch', {
        label: near.label, b: near.den, firstLabel: poor.label, a: poor.den,
      }, 'hint.rate');
    }
    const total = rows.find((r) => r.kind === 'total');
    const den = total?.den ?? poor.den;
    const numerator = poor.num! - (poor.excl ?? 0) + near.num! - (near.excl ?? 0);
    const exact = den > 0 ? (numerator / den) * 100 : NaN;
    if (Number.isFinite(exact)) {
      summaryRate = { rate: exact, numerator, denominator: den };
      if (total?.rate) {
        const chk = checkDeclaredRate(total.rate.value, total.rate.decimals, exact);
        if (!chk.agrees) {
          const sumOfParts = (poor.rate?.value ?? NaN) + (near.rate?.value ?? NaN);
          const isSumOfParts = Math.abs(sumOfParts - total.rate.value) < 0.006;
          const params = {
            label: total.label, declared: total.rate.value, numerator: `${poor.num! - (poor.excl ?? 0)} + ${near.num! - (near.excl ?? 0)}`,
            denominator: den, computed: chk.expected, exact: roundHalf(exact, 4),
          };
          sink.add('rate-mismatch', 'error', total.r, total.rate.col, isSumOfParts && poor.den !== near.den ? 'issue.rate-mismatch.total' : 'issue.rate-mismatch', params, 'hint.rate');
        }
      }
    }
  } else {
    const only = rows.filter((r) => r.num !== undefined && r.den !== undefined && r.den > 0);
    if (only.length === 1) {
      const o = only[0]!;
      summaryRate = { rate: ((o.num! - (o.excl ?? 0)) / o.den!) * 100, numerator: o.num! - (o.excl ?? 0), denominator: o.den! };
    }
  }

  const summary: TableSummary = {};
  if (summaryRate) {
    summary.rate = Math.round(summaryRate.rate * 10000) / 10000;
    summary.numerator = summaryRate.numerator;
    summary.denominator = summaryRate.denominator;
    const isPoverty = !!(poor && near);
    if (isPoverty && findIndicator(env.pack, '11')) {
      summary.rateIndicator = '11';
      const res = evaluateIndicator(env.pack, { code: '11', value: `${summaryRate.rate}%` }, env.ctx ?? NO_CONTEXT, env.year !== undefined ? { year: env.year } : {});
      summary.rateVerdict = res.verdict;
      const anchor = rows.find((r) => r.kind === 'total') ?? near!;
      results.push({ cell: g.addr(anchor.r, anchor.labelCol), code: '11', verdict: res.verdict, text: message(`verdict.${res.verdict}`) });
    }
    const verdictText = summary.rateVerdict ? { vi: ` — ${message(`verdict.${summary.rateVerdict}`).vi}`, en: ` — ${message(`verdict.${summary.rateVerdict}`).en}` } : '';
    summary.statusText = message('summary.rate', { numerator: summaryRate.numerator, denominator: summaryRate.denominator, rate: roundHalf(summaryRate.rate, 2), verdict: verdictText });
  }
  return { kind: 'rate-worksheet', summary, issues: sink.issues, rows: results };
}
