import { formatNumber } from '../../text/format.js';
import { compareDates, parseCell, readDeadline } from '../../values/index.js';
import type { CellValue } from '../../values/types.js';
import type { Grid } from '../grid.js';
import { firstCol } from '../headers.js';
import type { RecognisedTable } from '../recognise.js';
import type { TableSummary } from '../types.js';
import { codeInText } from './assessment.js';
import { IssueSink, type CheckEnv, type TableCheck } from './common.js';

const ROMAN = /^[IVX]{1,5}\.?$/;

function blank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A budget amount in the column's unit; null when it is not a number. */
function budgetOf(v: CellValue, unitHint: string | undefined): number | null {
  const p = parseCell(v);
  if (p.kind !== 'number' || p.percent) return null;
  const inMillions = /tri[eệ]u/i.test(unitHint ?? '');
  const inThousands = /ngh[iì]n|ng[aà]n/i.test(unitHint ?? '');
  if (!p.unit || p.unit === '') return p.value;
  if (inMillions) {
    if (p.unit === 'tỷ') return p.value * 1000;
    if (p.unit === 'đồng') return p.value / 1e6;
    if (p.unit === 'nghìn') return p.value / 1000;
    return p.value;
  }
  if (inThousands) {
    if (p.unit === 'tỷ') return p.value * 1e6;
    if (p.unit === 'triệu') return p.value * 1000;
    return p.value;
  }
  return p.value;
}

/**
 * Checks a plan annex: every task has someone responsible and a readable deadline (with a
 * year, not before the plan's year), budgets are numbers, and a "Cộng" row adds up.
 */
export function checkPlan(g: Grid, t: RecognisedTable, env: CheckEnv): TableCheck {
  const sink = new IssueSink(g);
  const h = t.header;
  const cTask = firstCol(h, 'task') ?? firstCol(h, 'wording') ?? firstCol(h, 'criterion');
  const cTT = firstCol(h, 'tt');
  const cOwner = firstCol(h, 'owner');
  const cLead = firstCol(h, 'lead');
  const cDeadline = firstCol(h, 'deadline');
  const budgetCols = h.columns.filter((c) => c.role === 'budget');
  const cCode = firstCol(h, 'code');
  let tasks = 0;
  const sums = new Map<number, number>();
  const planYear = env.year;
  for (const r of t.dataRows) {
    const task = cTask !== undefined ? g.text(r, cTask) : '';
    const tt = cTT !== undefined ? g.text(r, cTT) : '';
    const hasOther = [cOwner, cLead, cDeadline, ...budgetCols.map((b) => b.col)].some((c) => c !== undefined && !blank(g.raw(r, c)));
    // group rows: "I", "II" or a heading with nothing else on the row
    if (ROMAN.test(tt) || (!hasOther && (task.endsWith(':') || task === task.toUpperCase()))) continue;
    if (task === '' && !hasOther) continue;
    tasks++;
    const label = task.length > 60 ? task.slice(0, 57) + '…' : task || g.addr(r, cTask ?? h.left);
    if ((cOwner !== undefined || cLead !== undefined)) {
      const ownerBlank = cOwner === undefined || blank(g.raw(r, cOwner));
      const leadBlank = cLead === undefined || blank(g.raw(r, cLead));
      if (cOwner !== undefined ? ownerBlank : leadBlank) {
        sink.add('missing-owner', 'warning', r, cOwner ?? cLead!, 'issue.missing-owner', { task: label }, 'hint.owner');
      }
    }
    if (cDeadline !== undefined) {
      const v = g.raw(r, cDeadline);
      const fmt = g.format(r, cDeadline);
      if (blank(v)) {
        sink.add('invalid-deadline', 'warning', r, cDeadline, 'issue.missing-deadline', { task: label }, 'hint.deadline');
      } else {
        const p = parseCell(v, fmt === 'general' && typeof v === 'number' && v > 20000 ? 'date' : fmt);
        let year: number | null = null;
        const text = g.text(r, cDeadline);
        if (p.kind === 'date') year = p.value.y;
        else {
          const d = readDeadline(text);
          if (d) year = d.end.y;
          else if (/qu[yý]|th[aá]ng|\b[IVX]{1,4}\b/i.test(text) && !/\d{4}/.test(text)) {
            sink.add('invalid-deadline', 'warning', r, cDeadline, 'issue.invalid-deadline.no-year', { value: text }, 'hint.deadline');
          } else {
            sink.add('invalid-deadline', 'error', r, cDeadline, 'issue.invalid-deadline', { value: text }, 'hint.deadline');
          }
        }
        if (year !== null && planYear !== undefined && year < planYear) {
          sink.add('invalid-deadline', 'warning', r, cDeadline, 'issue.invalid-deadline.before', { value: text, year: String(planYear) });
        }
      }
    }
    for (const b of budgetCols) {
      const v = g.raw(r, b.col);
      if (blank(v)) continue;
      const n = budgetOf(v, b.unitHint);
      if (n === null) {
        sink.add('budget-type-error', 'error', r, b.col, 'issue.budget-type-error', { value: g.text(r, b.col) });
      } else if (n < 0) {
        sink.add('out-of-range', 'error', r, b.col, 'issue.out-of-range.negative', { what: b.labels[b.labels.length - 1] ?? 'Kinh phí', value: n });
      } else sums.set(b.col, (sums.get(b.col) ?? 0) + n);
    }
    if (cCode !== undefined) {
      const found = codeInText(g.text(r, cCode)) ?? (/^\d{1,2}(\.\d{1,2}){0,2}$/.test(g.text(r, cCode)) ? { code: g.text(r, cCode) } : null);
      if (found) {
        const crit = found.code.split('.')[0]!;
        if (!env.pack.criteria.some((c) => c.code === crit)) {
          sink.add('unknown-indicator', 'warning', r, cCode, 'issue.unknown-indicator', { code: found.code, set: env.pack.id });
        }
      }
    }
  }
  for (const r of t.totalsRows) {
    for (const b of budgetCols) {
      const v = g.raw(r, b.col);
      if (blank(v)) continue;
      const declared = budgetOf(v, b.unitHint);
      const sum = sums.get(b.col) ?? 0;
      if (declared !== null && Math.abs(declared - sum) > 1e-6 * Math.max(1, Math.abs(sum))) {
        sink.add('count-mismatch', 'error', r, b.col, 'issue.count-mismatch.budget', { declared, counted: sum }, 'hint.count');
      }
    }
  }
  const summary: TableSummary = { tasks };
  const firstBudget = budgetCols[0];
  if (firstBudget) summary.budgetTotal = sums.get(firstBudget.col) ?? 0;
  return { kind: 'plan', summary, issues: sink.issues, rows: [] };
}

export function formatBudget(n: number): string {
  return formatNumber(n, 'vi');
}
