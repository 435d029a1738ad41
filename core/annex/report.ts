import { countBySeverity, ISSUE_CODES, type Issue, type IssueCode, type Severity } from '../issues/index.js';
import { message, text, type Lang } from '../messages/index.js';
import { parseA1 } from '../sheet/index.js';
import type { CellValue } from '../values/types.js';
import type { CheckReport, TableReport } from './types.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Issues in sheet order: by row, then column ("" cells first). */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => {
    const pa = parseA1(a.cell);
    const pb = parseA1(b.cell);
    if (!pa || !pb) return (pa ? 1 : 0) - (pb ? 1 : 0);
    return pa.row - pb.row || pa.col - pb.col || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  });
}

/** Assembles a report: issues in sheet order, counts by severity and by code. */
export function buildReport(r: { file: string; set: string; context: string | null; year?: number; tables: TableReport[]; issues: Issue[] }): CheckReport {
  const tables = r.tables.map((t) => ({ ...t, issues: sortIssues(t.issues) }));
  const all = [...r.issues, ...tables.flatMap((t) => t.issues)];
  const byCodeMap = new Map<IssueCode, { severity: Severity; count: number }>();
  for (const i of all) {
    const cur = byCodeMap.get(i.code);
    if (cur) {
      cur.count++;
      if (SEVERITY_ORDER[i.severity] < SEVERITY_ORDER[cur.severity]) cur.severity = i.severity;
    } else byCodeMap.set(i.code, { severity: i.severity, count: 1 });
  }
  const byCode = [...byCodeMap.entries()]
    .map(([code, v]) => ({ code, severity: v.severity, count: v.count }))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.count - a.count || ISSUE_CODES.indexOf(a.code) - ISSUE_CODES.indexOf(b.code));
  const report: CheckReport = {
    file: r.file, set: r.set, context: r.context, tables, counts: countBySeverity(all), byCode, issues: r.issues,
  };
  if (r.year !== undefined) report.year = r.year;
  return report;
}

/** The lines under a table's heading, from the figures the checks computed. */
export function summaryLines(t: TableReport, lang: Lang): string[] {
  const s = t.summary;
  const out: string[] = [];
  if (s.statusText) out.push(s.statusText[lang]);
  if (s.selfRated) out.push(text(lang, 'summary.self-rated', { count: s.selfRated }));
  if (s.failingMost?.length) out.push(text(lang, 'summary.failing', { list: s.failingMost.map((f) => `${f.code} (${f.communes})`).join(', ') }));
  if (t.kind === 'plan' && s.tasks !== undefined) out.push(text(lang, 'summary.plan', { tasks: s.tasks, budget: s.budgetTotal ?? 0 }));
  return out;
}

/** The report as readable text (Vietnamese by default): counts per code first, then each issue. */
export function reportToText(report: CheckReport, lang: Lang = 'vi'): string {
  const L: string[] = [];
  L.push(text(lang, 'report.title'));
  L.push(`${text(lang, 'report.file')}: ${report.file}`);
  L.push(`${text(lang, 'report.set')}: ${report.set}`);
  L.push(`${text(lang, 'report.context')}: ${report.context ?? text(lang, 'report.none')}`);
  if (report.year !== undefined) L.push(`${text(lang, 'report.year')}: ${report.year}`);
  L.push(text(lang, 'report.counts', { error: report.counts.error, warning: report.counts.warning, info: report.counts.info }));
  L.push('');
  if (report.byCode.length === 0) L.push(text(lang, 'report.clean'));
  else {
    L.push(text(lang, 'report.by-code') + ':');
    for (const b of report.byCode) L.push(`  ${b.code.padEnd(22)} ${String(b.count).padStart(4)}  (${text(lang, `severity.${b.severity}`)})`);
  }
  for (const i of report.issues) L.push(`  [${text(lang, `severity.${i.severity}`)}] ${i.code}: ${i.message[lang]}`);
  L.push('');
  L.push(text(lang, 'report.tables') + ':');
  for (const t of report.tables) {
    L.push('');
    L.push('■ ' + text(lang, 'report.table', { kind: message(`kind.${t.kind}`)[lang], sheet: t.sheet, range: t.range }));
    for (const s of summaryLines(t, lang)) L.push('  ' + s);
    for (const i of t.issues) {
      const where = `${i.sheet}!${i.cell}`;
      const val = i.value === null || i.value === '' ? '' : ` «${String(i.value).slice(0, 40)}»`;
      L.push(`  ${where.padEnd(14)} [${text(lang, `severity.${i.severity}`)}] ${i.code}${val}: ${i.message[lang]}`);
      if (i.hint) L.push(`  ${''.padEnd(14)} → ${i.hint[lang]}`);
    }
  }
  return L.join('\n');
}

/**
 * The report as rows for a report sheet written by a host (one setValues call): a header block,
 * counts per code, table summaries, then one row per issue with its sheet and cell.
 */
export function reportToRows(report: CheckReport, lang: Lang = 'vi'): CellValue[][] {
  const rows: CellValue[][] = [];
  rows.push([text(lang, 'report.title')]);
  rows.push([text(lang, 'report.file'), report.file]);
  rows.push([text(lang, 'report.set'), report.set]);
  rows.push([text(lang, 'report.context'), report.context ?? text(lang, 'report.none')]);
  rows.push([text(lang, 'report.counts', { error: report.counts.error, warning: report.counts.warning, info: report.counts.info })]);
  rows.push([]);
  rows.push([text(lang, 'report.by-code'), text(lang, 'report.col.count'), text(lang, 'report.col.severity')]);
  for (const b of report.byCode) rows.push([b.code, b.count, text(lang, `severity.${b.severity}`)]);
  if (report.byCode.length === 0) rows.push([text(lang, 'report.clean')]);
  rows.push([]);
  rows.push([text(lang, 'report.tables')]);
  for (const t of report.tables) {
    rows.push([text(lang, 'report.table', { kind: message(`kind.${t.kind}`)[lang], sheet: t.sheet, range: t.range }), summaryLines(t, lang).join(' · ')]);
  }
  rows.push([]);
  rows.push([text(lang, 'report.col.sheet'), text(lang, 'report.col.cell'), text(lang, 'report.col.severity'), text(lang, 'report.col.code'),
    text(lang, 'report.col.value'), text(lang, 'report.col.message'), text(lang, 'report.col.hint')]);
  for (const i of [...report.issues, ...report.tables.flatMap((t) => t.issues)]) {
    rows.push([i.sheet, i.cell, text(lang, `severity.${i.severity}`), i.code, i.value === null ? '' : String(i.value), i.message[lang], i.hint?.[lang] ?? '']);
  }
  const width = 7;
  return rows.map((r) => Array.from({ length: width }, (_, k) => (r[k] === undefined ? '' : r[k]!)));
}
