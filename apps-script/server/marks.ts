/**
 * Marks in Google Sheets, as the Excel host makes them (addin/excel-host.ts): never a fill or a
 * value of the user's cells, but conditional format rules whose formula is the marker
 * `="NTM"="NTM"` (always true) with the severity's background, over the marked cells. "Xóa đánh
 * dấu" keeps every rule but those carrying the marker, so the user's own rules, fills and values
 * are exactly as they were.
 *
 * Calls per run, whatever the number of marks: per sheet one getRangeList + getRanges for all
 * its areas, one getConditionalFormatRules, one rule (5 builder calls) per severity present, one
 * setConditionalFormatRules; consecutive cells of a column become one area. Clearing reads each
 * marked sheet's rules once (3 calls per rule: the rules a sheet has, not its rows) and writes
 * them once. The marked sheets are recorded in the document's properties, so marks left in a
 * spreadsheet can be cleared in a later session.
 */
import { columnLetter, parseRange } from '../../core/sheet/index.js';
import { isMarkFormula, MARK_FILL, MARK_FORMULA } from '../../addin/excel-host.js';
import type { CellMark } from '../../ui/host.js';
import { active, app, services, type ConditionalFormatRule, type Sheet } from './gas.js';

/** The document property listing the sheets that carry marks (a JSON array of names). */
export const MARKED_SHEETS_KEY = 'NTM.highlights';

type Severity = CellMark['severity'];

/** Rules placed first win where they overlap (Sheets applies the first matching rule). */
const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * The marked cells of one sheet as few A1 areas: runs of consecutive rows in a column
 * ("E6", "E8:E12"), in column then row order. Ranges given as marks keep their shape.
 */
export function compressCells(cells: readonly string[]): string[] {
  const byCol = new Map<number, Set<number>>();
  const areas: string[] = [];
  for (const c of cells) {
    const r = parseRange(c.replace(/\$/g, ''));
    if (!r) continue;
    if (r.top !== r.bottom || r.left !== r.right) {
      areas.push(`${columnLetter(r.left)}${r.top + 1}:${columnLetter(r.right)}${r.bottom + 1}`);
      continue;
    }
    const set = byCol.get(r.left) ?? new Set<number>();
    set.add(r.top);
    byCol.set(r.left, set);
  }
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...byCol.get(col)!].sort((a, b) => a - b);
    let start = rows[0]!;
    let prev = start;
    const flush = () => {
      const L = columnLetter(col);
      areas.push(start === prev ? `${L}${start + 1}` : `${L}${start + 1}:${L}${prev + 1}`);
    };
    for (const r of rows.slice(1)) {
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      flush();
      start = prev = r;
    }
    flush();
  }
  return areas;
}

function readMarkedSheets(): string[] | null {
  const raw = services().PropertiesService.getDocumentProperties().getProperty(MARKED_SHEETS_KEY);
  if (raw === null) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Adds conditional format rules over the marked cells: one batch per sheet. Returns the number of areas marked. */
export function highlight(marks: readonly CellMark[]): number {
  const groups = new Map<string, Map<Severity, string[]>>();
  for (const m of marks ?? []) {
    if (!m || typeof m.sheet !== 'string' || typeof m.cell !== 'string' || !MARK_FILL[m.severity]) continue;
    const bySeverity = groups.get(m.sheet) ?? new Map<Severity, string[]>();
    const list = bySeverity.get(m.severity) ?? [];
    list.push(m.cell.toUpperCase());
    bySeverity.set(m.severity, list);
    groups.set(m.sheet, bySeverity);
  }
  if (groups.size === 0) return 0;
  const ss = active();
  const sa = app();
  const done: string[] = [];
  let total = 0;
  for (const [name, bySeverity] of groups) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    const plan = ORDER.map((s) => ({ severity: s, areas: compressCells(bySeverity.get(s) ?? []) })).filter((p) => p.areas.length > 0);
    const all = plan.flatMap((p) => p.areas);
    if (all.length === 0) continue;
    const ranges = sheet.getRangeList(all).getRanges();
    let at = 0;
    const ours = plan.map((p) => {
      const slice = ranges.slice(at, at + p.areas.length);
      at += p.areas.length;
      return sa.newConditionalFormatRule().whenFormulaSatisfied(MARK_FORMULA).setBackground(MARK_FILL[p.severity]).setRanges(slice).build();
    });
    const theirs = sheet.getConditionalFormatRules();
    sheet.setConditionalFormatRules([...ours, ...theirs]);
    done.push(name);
    total += all.length;
  }
  if (done.length > 0) {
    const props = services().PropertiesService.getDocumentProperties();
    const before = readMarkedSheets() ?? [];
    props.setProperty(MARKED_SHEETS_KEY, JSON.stringify([...new Set([...before, ...done])]));
  }
  return total;
}

function isOurs(rule: ConditionalFormatRule): boolean {
  const cond = rule.getBooleanCondition();
  if (!cond) return false;
  if (String(cond.getCriteriaType()) !== String(app().BooleanCriteria.CUSTOM_FORMULA)) return false;
  const values = cond.getCriteriaValues();
  return isMarkFormula(values[0]);
}

function clearSheet(sheet: Sheet): number {
  const rules = sheet.getConditionalFormatRules();
  const keep = rules.filter((r) => !isOurs(r));
  if (keep.length !== rules.length) sheet.setConditionalFormatRules(keep);
  return rules.length - keep.length;
}

/**
 * Removes exactly the rules `highlight` added, on the sheets recorded as marked (every sheet
 * when there is no record). Returns the number of rules removed.
 */
export function clearHighlights(): number {
  const ss = active();
  const recorded = readMarkedSheets();
  let removed = 0;
  if (recorded === null) {
    for (const sheet of ss.getSheets()) removed += clearSheet(sheet);
  } else {
    for (const name of recorded) {
      const sheet = ss.getSheetByName(name);
      if (sheet) removed += clearSheet(sheet); // a sheet deleted since took its rules with it
    }
    services().PropertiesService.getDocumentProperties().deleteProperty(MARKED_SHEETS_KEY);
  }
  return removed;
}
