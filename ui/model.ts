/**
 * The panel's pure parts: reading the form into core CheckOptions, ordering and filtering the
 * report's issues, the cells to mark, and the lines a table summary shows. No DOM here, no
 * checks either: every verdict and issue comes from core checkWorkbook.
 */
import {
  builtinPacks, hasAdminUnits, hasMessage, message, provinces, sortIssues, text,
  type CheckOptions, type CheckReport, type Issue, type IssueCode, type Lang, type Pack, type Severity, type TableReport,
} from '../core/index.js';
import type { Bilingual } from '../core/messages/index.js';
import type { CellMark } from './host.js';

export type Scope = 'workbook' | 'used' | 'selection';
export const SCOPES: readonly Scope[] = ['workbook', 'used', 'selection'];

/** What the user set in the panel, as typed. */
export interface PanelForm {
  setId: string;
  context: string;
  year: string;
  scope: Scope;
}

export type FormReading = { ok: true; options: CheckOptions } | { ok: false; field: 'year'; message: Bilingual };

/**
 * The core options the form asks for. An empty context or year is left out, so the core reads
 * them from the table titles; a context the core cannot read comes back as an issue of the report.
 *
 * @example
 * readForm({ setId: 'vn-xa-ntm-2021-2025', context: ' BTB ', year: '2024', scope: 'workbook' })
 * //=> { ok: true, options: { pack: 'vn-xa-ntm-2021-2025', context: 'BTB', year: 2024 } }
 */
export function readForm(form: PanelForm): FormReading {
  const options: CheckOptions = { pack: form.setId };
  const ctx = form.context.trim();
  if (ctx !== '') options.context = ctx;
  const y = form.year.trim();
  if (y !== '') {
    if (!/^\d{4}$/.test(y) || Number(y) < 1990 || Number(y) > 2100) {
      return { ok: false, field: 'year', message: message('ui.year.invalid', { value: y }) };
    }
    options.year = Number(y);
  }
  return { ok: true, options };
}

/** The built-in sets for the set picker: id and title. */
export function setChoices(): Array<{ id: string; title: Bilingual }> {
  return builtinPacks().map((p) => ({ id: p.id, title: { vi: p.title.vi, en: p.title.en ?? p.title.vi } }));
}

/**
 * Suggestions for the context field: the set's regions or groups (short name, full name),
 * the special cases its rules know ("BTB, ĐBKK"), and, when the administrative units are
 * loaded, the provinces (the core finds their region).
 */
export function contextSuggestions(pack: Pack): Array<{ value: string; label: string }> {
  const out: Array<{ value: string; label: string }> = [];
  for (const v of pack.context.values) out.push({ value: v.aliases[0] ?? v.name.vi, label: v.name.vi });
  const first = pack.context.values[0];
  for (const r of pack.context.rules) {
    const flag = r.aliases[0] ?? r.flag;
    if (first) out.push({ value: `${first.aliases[0] ?? first.name.vi}, ${flag}`, label: r.name.vi });
  }
  if (pack.context.kind === 'region' && hasAdminUnits()) {
    for (const p of provinces()) out.push({ value: p.shortName, label: p.name });
  }
  const seen = new Set<string>();
  return out.filter((s) => (seen.has(s.value) ? false : (seen.add(s.value), true)));
}

/** Issues grouped for display: the file's own first, then each sheet in workbook order, each in sheet order. */
export interface IssueGroup {
  /** null: issues of the whole file (the pack sheet, the options). */
  sheet: string | null;
  issues: Issue[];
}

export function issueGroups(report: CheckReport, code: IssueCode | null = null): IssueGroup[] {
  const keep = (i: Issue) => code === null || i.code === code;
  const groups: IssueGroup[] = [];
  const fileIssues = report.issues.filter((i) => keep(i) && i.cell === '');
  const bySheet = new Map<string, Issue[]>();
  for (const i of report.issues) if (keep(i) && i.cell !== '') push(bySheet, i.sheet, i);
  for (const t of report.tables) {
    if (!bySheet.has(t.sheet)) bySheet.set(t.sheet, []);
    for (const i of t.issues) if (keep(i)) push(bySheet, i.sheet || t.sheet, i);
  }
  if (fileIssues.length) groups.push({ sheet: null, issues: fileIssues });
  for (const [sheet, issues] of bySheet) if (issues.length) groups.push({ sheet, issues: sortIssues(issues) });
  return groups;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

export function allIssues(report: CheckReport): Issue[] {
  return [...report.issues, ...report.tables.flatMap((t) => t.issues)];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One mark per cell (the most severe issue's colour), for issues that point at a cell. */
export function marksFor(issues: readonly Issue[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const i of issues) {
    if (!i.sheet || !i.cell) continue;
    const k = `${i.sheet}\u0000${i.cell}`;
    const cur = byCell.get(k);
    if (!cur || SEVERITY_RANK[i.severity] < SEVERITY_RANK[cur.severity]) byCell.set(k, { sheet: i.sheet, cell: i.cell, severity: i.severity });
  }
  return [...byCell.values()];
}

/** The human name of an issue code ("rate-mismatch" → "Tỷ lệ không khớp"); the code itself when it has none yet. */
export function codeName(code: IssueCode, lang: Lang): string {
  return hasMessage(`ui.code.${code}`) ? text(lang, `ui.code.${code}`) : code;
}

/** The count line read out after each check. */
export function countsLine(report: CheckReport, lang: Lang): string {
  const c = report.counts;
  const total = c.error + c.warning + c.info;
  if (total === 0) return text(lang, 'ui.result.clean');
  return text(lang, 'ui.result.counts', { total, error: c.error, warning: c.warning, info: c.info });
}

/** The lines under a table's heading (the core's own wording). */
export { summaryLines } from '../core/annex/report.js';

/** Where the context came from: the form, or the table titles. */
export function contextLine(report: CheckReport, given: string, lang: Lang): string {
  if (report.context === null) return text(lang, 'report.none');
  return text(lang, given.trim() !== '' ? 'ui.result.context-given' : 'ui.result.context-detected', { context: report.context });
}

/** The set the report used: the chosen one, or the workbook's "Bộ tiêu chí" sheet. */
export function setLine(report: CheckReport, chosenId: string, lang: Lang): string {
  return report.set === chosenId ? report.set : text(lang, 'ui.result.set-from-sheet', { set: report.set });
}

/** An issue's value as the panel shows it (the cell's text, cut at 80 characters). */
export function valueText(v: Issue['value'], lang: Lang): string | null {
  if (v === null || v === '') return null;
  const s = typeof v === 'number' ? String(v) : v;
  return text(lang, 'ui.result.value', { value: s.length > 80 ? s.slice(0, 79) + '…' : s });
}
