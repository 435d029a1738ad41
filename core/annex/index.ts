import { parseContext, contextChoices, type ResolvedContext } from '../context/index.js';
import { DEFAULT_SETTINGS, type CommuneSettings } from '../evaluate/commune.js';
import { makeIssue, type Issue } from '../issues/index.js';
import { message } from '../messages/index.js';
import { getPack, builtinIds, DEFAULT_PACK_ID } from '../packs/registry.js';
import { packFromSheet } from '../packs/sheet.js';
import type { Pack } from '../packs/schema.js';
import { parseA1, type SheetData, type WorkbookData } from '../sheet/index.js';
import { key } from '../text/index.js';
import { checkAssessment } from './checks/assessment.js';
import { NO_CONTEXT, type CheckEnv, type TableCheck } from './checks/common.js';
import { checkPlan } from './checks/plan.js';
import { checkRate } from './checks/rate.js';
import { checkRollup } from './checks/rollup.js';
import { detectContext, detectYear } from './context.js';
import { Grid } from './grid.js';
import { isSkippableSheet, recogniseSheet, type RecognisedTable } from './recognise.js';
import { buildReport } from './report.js';
import type { CheckOptions, CheckReport, TableReport } from './types.js';

export * from './types.js';
export { recogniseSheet, isSkippableSheet, kindOf } from './recognise.js';
export type { RecognisedTable } from './recognise.js';
export { Grid } from './grid.js';
export { headerAt, roleOf } from './headers.js';
export type { Role, HeaderBlock, Column } from './headers.js';
export { readDeclared as readDeclaredLine } from './declared.js';
export { detectContext, detectYear, detectCommuneName } from './context.js';
export { buildReport, reportToText, reportToRows, sortIssues, summaryLines } from './report.js';
export { codeInText } from './checks/assessment.js';
export { readCount, readClass } from './checks/rollup.js';

/** Whether a sheet is a "Bộ tiêu chí" sheet (by name). */
export function isPackSheet(name: string): boolean {
  return /^bo tieu chi\b/.test(key(name));
}

/** The pack the options name: a Pack, a built-in id or alias, or the default set. */
export function resolvePack(p: Pack | string | undefined): Pack | null {
  if (p === undefined) return getPack(DEFAULT_PACK_ID);
  if (typeof p !== 'string') return p;
  return getPack(p);
}

function checkTable(g: Grid, t: RecognisedTable, env: CheckEnv): TableCheck {
  switch (t.kind) {
    case 'indicator-assessment':
    case 'criteria-summary':
      return checkAssessment(g, t, env);
    case 'plan':
      return checkPlan(g, t, env);
    case 'commune-rollup':
      return checkRollup(g, t, env);
    case 'rate-worksheet':
      return checkRate(g, t, env);
    default:
      return { kind: 'unrecognised', summary: {}, issues: [], rows: [] };
  }
}

interface SheetPass {
  tables: TableReport[];
  contextUsed: ResolvedContext | null;
}

/**
 * Recognises and checks every table of one sheet. `ctx` is the commune's context when the
 * caller knows it; otherwise each table's title rows are read for it.
 */
export function checkSheet(sheet: SheetData, pack: Pack, opts: { ctx?: ResolvedContext | null; year?: number; settings?: Partial<CommuneSettings> } = {}): SheetPass {
  const g = new Grid(sheet);
  const recognised = recogniseSheet(g);
  const settings: CommuneSettings = { ...DEFAULT_SETTINGS, ...(opts.settings ?? {}) };
  const tables: TableReport[] = [];
  let contextUsed: ResolvedContext | null = opts.ctx ?? null;
  const topLines: string[] = [];
  for (let r = g.r0; r < Math.min(g.rows, g.r0 + 10); r++) {
    const line = g.rowText(r);
    if (line) topLines.push(line);
  }
  for (const t of recognised) {
    const lines = [...t.title, ...topLines];
    let ctx = opts.ctx ?? null;
    if (!ctx) ctx = detectContext(lines, pack, opts.year ?? detectYear(lines))?.context ?? null;
    if (ctx) contextUsed ??= ctx;
    const year = opts.year ?? detectYear(lines);
    const env: CheckEnv = { pack, ctx, year, settings };
    const res = checkTable(g, t, env);
    const issues: Issue[] = [...res.issues];
    if (t.kind === 'unrecognised' && t.reason) {
      // a header is there but a column the table needs is not
      issues.push(makeIssue('missing-header', 'error', { sheet: sheet.name, cell: t.range.split(':')[0]! },
        'issue.unrecognised-table', { range: t.range, reason: t.reason }));
    }
    const needsContext = res.issues.some((i) => i.code === 'no-threshold') || (res.kind === 'rate-worksheet' && res.summary.rateIndicator && !res.summary.rateVerdict);
    if (!ctx && needsContext) {
      issues.push(makeIssue('invalid-context', 'warning', { sheet: sheet.name, cell: t.range.split(':')[0]! }, 'issue.invalid-context', {
        reason: message('annex.no-context', { kind: pack.context.name.vi.toLowerCase(), valid: contextChoices(pack) }),
      }));
    }
    const report: TableReport = { sheet: sheet.name, range: t.range, kind: res.kind === 'unrecognised' ? t.kind : res.kind, summary: res.summary, issues };
    if (t.title.length) report.title = t.title.join(' / ');
    if (res.rows.length) report.rows = res.rows;
    tables.push(report);
  }
  if (recognised.length === 0 && hasContent(g)) {
    tables.push({
      sheet: sheet.name, range: 'A1', kind: 'unrecognised', summary: {},
      issues: [makeIssue('unrecognised-table', 'info', { sheet: sheet.name, cell: 'A1' }, 'annex.no-table', { sheet: sheet.name })],
    });
  }
  return { tables, contextUsed };
}

function hasContent(g: Grid): boolean {
  for (let r = g.r0; r < Math.min(g.rows, g.r0 + 200); r++) if (!g.isBlankRow(r)) return true;
  return false;
}

/**
 * Checks a whole workbook: the "Bộ tiêu chí" sheet (if any) becomes the pack, every other sheet
 * is recognised and checked, and the result is one report with counts per code first.
 *
 * @example
 * checkWorkbook(await readXlsx(bytes, "xa-cam-thanh.xlsx"), { context: "BTB" }).counts
 * //=> { error: 3, warning: 2, info: 1 }
 */
export function checkWorkbook(wb: WorkbookData, opts: CheckOptions = {}): CheckReport {
  const fileIssues: Issue[] = [];
  let pack = resolvePack(opts.pack);
  if (!pack) {
    fileIssues.push(makeIssue('invalid-context', 'error', { sheet: '', cell: '' }, 'pack.unknown', { value: String(opts.pack), valid: builtinIds().join(', ') }));
    pack = getPack(DEFAULT_PACK_ID)!;
  }
  if (opts.usePackSheet !== false) {
    const ps = wb.sheets.find((s) => isPackSheet(s.name));
    if (ps) {
      // a sheet that names its own set ("Mã bộ tiêu chí", "Kế thừa") stands on it unless the caller chose one
      const res = packFromSheet(ps, opts.pack === undefined ? {} : { base: pack });
      fileIssues.push(...res.issues);
      if (res.pack) pack = res.pack;
    }
  }
  let ctx: ResolvedContext | null = null;
  if (opts.context !== undefined && opts.context !== '') {
    const r = parseContext(opts.context, pack);
    if (r.ok) ctx = r.context;
    else fileIssues.push(makeIssue('invalid-context', 'error', { sheet: '', cell: '' }, 'issue.invalid-context', { reason: r.message }));
  }
  if (!ctx) {
    // the workbook's titles, all sheets together: a province named on one sheet holds for all
    const lines: string[] = [];
    for (const sheet of wb.sheets) {
      if (isPackSheet(sheet.name) || isSkippableSheet(sheet.name)) continue;
      const g = new Grid(sheet);
      for (let r = g.r0; r < Math.min(g.rows, g.r0 + 10); r++) {
        const line = g.rowText(r);
        if (line) lines.push(line);
      }
    }
    ctx = detectContext(lines, pack, opts.year ?? detectYear(lines))?.context ?? null;
  }
  const tables: TableReport[] = [];
  let contextUsed = ctx;
  for (const sheet of wb.sheets) {
    if (isPackSheet(sheet.name) || isSkippableSheet(sheet.name)) continue;
    if (sheet.truncatedAt !== undefined) {
      fileIssues.push(makeIssue('sheet-too-large', 'warning', { sheet: sheet.name, cell: `A${sheet.truncatedAt}` }, 'annex.truncated', { sheet: sheet.name, rows: sheet.truncatedAt }));
    }
    const pass = checkSheet(sheet, pack, { ctx, ...(opts.year !== undefined ? { year: opts.year } : {}), ...(opts.settings ? { settings: opts.settings } : {}) });
    tables.push(...pass.tables);
    contextUsed ??= pass.contextUsed;
  }
  return buildReport({
    file: wb.name, set: pack.id, context: contextUsed && contextUsed !== NO_CONTEXT ? contextUsed.label : null,
    ...(opts.year !== undefined ? { year: opts.year } : {}), tables, issues: fileIssues,
  });
}

/** The A1 cell of an issue as row/col, for hosts that select or mark it. */
export function issueCell(cell: string): { row: number; col: number } | null {
  return parseA1(cell);
}

export type { CheckReport };
