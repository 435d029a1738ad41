/**
 * "Chèn mẫu" in Google Sheets: the template room's SheetSpec (core/template/spec.ts) rendered
 * with SpreadsheetApp, never over an existing sheet. Names are planned as the Excel host plans
 * them (planInsertion: a taken sheet or workbook name gets a suffix and the inserted formulas,
 * validations and names follow it). All sheets are created first, so formulas that refer to one
 * another find their sheets.
 *
 * The number of calls follows the template's structure, never a table's length: values and
 * formulas in one setValues per sheet; styles resolved cell by cell, then grouped by property
 * and value into a few A1 areas, one RangeList call each; merges, widths, heights, validations
 * and conditional formats one call (or one builder) each. What Apps Script cannot do is left
 * out: print setup, indents, data bars.
 */
import { planInsertion } from '../../addin/excel-host.js';
import type { CellStyle, ConditionalFormat, SheetSpec, Validation } from '../../core/template/spec.js';
import { columnLetter, parseRange } from '../../core/sheet/index.js';
import { asSheetsValue } from './host.js';
import { active, app, type DataValidation, type Range, type Sheet, type Spreadsheet } from './gas.js';

type Rect = { top: number; left: number; bottom: number; right: number };

function rectA1(r: Rect): string {
  const a = `${columnLetter(r.left)}${r.top + 1}`;
  const b = `${columnLetter(r.right)}${r.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

function cleanRef(ref: string): string {
  return ref.replace(/\$/g, '');
}

/**
 * Cells (row, col, 0-based) with one value each, grouped by value into rectangles: runs of
 * equal values along a row, stacked where consecutive rows have the same run.
 */
export function areasByValue<V>(cells: Map<number, V>, width: number, key: (v: V) => string = (v) => JSON.stringify(v)): Array<{ value: V; areas: string[] }> {
  const groups = new Map<string, { value: V; runs: Map<number, Array<[number, number]>> }>();
  const sorted = [...cells.keys()].sort((a, b) => a - b);
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i]!;
    const row = Math.floor(start / width);
    const v = cells.get(start)!;
    const k = key(v);
    let end = start;
    while (i + 1 < sorted.length && sorted[i + 1] === end + 1 && Math.floor(sorted[i + 1]! / width) === row && key(cells.get(sorted[i + 1]!)!) === k) {
      end = sorted[++i]!;
    }
    i++;
    const g = groups.get(k) ?? { value: v, runs: new Map() };
    const list = g.runs.get(row) ?? [];
    list.push([start % width, end % width]);
    g.runs.set(row, list);
    groups.set(k, g);
  }
  const out: Array<{ value: V; areas: string[] }> = [];
  for (const g of groups.values()) {
    // stack identical runs of consecutive rows
    const open = new Map<string, Rect>();
    const rects: Rect[] = [];
    for (const row of [...g.runs.keys()].sort((a, b) => a - b)) {
      const seen = new Set<string>();
      for (const [l, r] of g.runs.get(row)!) {
        const id = `${l}:${r}`;
        seen.add(id);
        const o = open.get(id);
        if (o && o.bottom === row - 1) o.bottom = row;
        else {
          if (o) rects.push(o);
          open.set(id, { top: row, bottom: row, left: l, right: r });
        }
      }
      for (const [id, o] of open) {
        if (!seen.has(id) && o.bottom < row) {
          rects.push(o);
          open.delete(id);
        }
      }
    }
    rects.push(...open.values());
    out.push({ value: g.value, areas: rects.sort((a, b) => a.top - b.top || a.left - b.left).map(rectA1) });
  }
  return out;
}

interface Resolved {
  fontFamily?: string;
  fontSize?: number;
  fontWeight?: 'bold' | 'normal';
  fontStyle?: 'italic' | 'normal';
  fontLine?: 'underline' | 'none';
  fontColor?: string;
  background?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  rotation?: number;
  numberFormat?: string;
  border?: 'thin' | 'none';
  locked?: boolean;
}

function resolvedOf(s: CellStyle): Resolved {
  const r: Resolved = {};
  if (s.font?.name) r.fontFamily = s.font.name;
  if (s.font?.size) r.fontSize = s.font.size;
  if (s.font?.bold !== undefined) r.fontWeight = s.font.bold ? 'bold' : 'normal';
  if (s.font?.italic !== undefined) r.fontStyle = s.font.italic ? 'italic' : 'normal';
  if (s.font?.underline !== undefined) r.fontLine = s.font.underline ? 'underline' : 'none';
  if (s.font?.color) r.fontColor = `#${s.font.color}`;
  if (s.fill) r.background = `#${s.fill}`;
  if (s.align?.h) r.hAlign = s.align.h;
  if (s.align?.v) r.vAlign = s.align.v;
  if (s.align?.wrap !== undefined) r.wrap = s.align.wrap;
  if (s.align?.rotate !== undefined) r.rotation = s.align.rotate;
  if (s.numFmt) r.numberFormat = s.numFmt;
  if (s.border) r.border = s.border;
  if (s.locked !== undefined) r.locked = s.locked;
  return r;
}

/** The extent a template needs, in rows and columns (values and every reference). */
function extent(t: SheetSpec): { rows: number; cols: number } {
  let rows = t.rows.length;
  let cols = Math.max(0, ...t.rows.map((r) => r.length));
  const refs = [
    ...(t.styles ?? []).map((s) => s.ref), ...(t.merges ?? []), ...(t.validations ?? []).map((v) => v.ref),
    ...(t.conditionalFormats ?? []).map((c) => c.ref),
  ];
  for (const ref of refs) {
    const r = parseRange(cleanRef(ref));
    if (r) {
      rows = Math.max(rows, r.bottom + 1);
      cols = Math.max(cols, r.right + 1);
    }
  }
  cols = Math.max(cols, t.columnWidths?.length ?? 0, ...(t.hiddenColumns ?? []).map((c) => c + 1));
  return { rows: Math.max(rows, 1), cols: Math.max(cols, 1) };
}

function ensureSize(sheet: Sheet, need: { rows: number; cols: number }): void {
  const cols = sheet.getMaxColumns();
  if (need.cols > cols) sheet.insertColumnsAfter(cols, need.cols - cols);
  const rows = sheet.getMaxRows();
  if (need.rows > rows) sheet.insertRowsAfter(rows, need.rows - rows);
}

/** Runs of equal numbers: [[start, count, value]] over consecutive indexes. */
function runs(entries: Array<[number, number]>): Array<[number, number, number]> {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number, number]> = [];
  for (const [i, v] of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === i && last[2] === v) last[1]++;
    else out.push([i, 1, v]);
  }
  return out;
}

/** Values and formulas, styles, merges, sizes, panes. Returns the areas left unlocked (for protection). */
function renderContent(sheet: Sheet, t: SheetSpec): string[] {
  const size = extent(t);
  ensureSize(sheet, size);
  const width = size.cols;

  if (t.baseStyle) {
    const all = sheet.getRange(1, 1, sheet.getMaxRows(), Math.max(width, sheet.getMaxColumns()));
    const b = resolvedOf(t.baseStyle);
    if (b.fontFamily) all.setFontFamily(b.fontFamily);
    if (b.fontSize) all.setFontSize(b.fontSize);
    if (b.vAlign) all.setVerticalAlignment(b.vAlign);
    if (b.hAlign) all.setHorizontalAlignment(b.hAlign);
    if (b.wrap !== undefined) all.setWrap(b.wrap);
  }

  // styles: resolved cell by cell (later entries refine earlier ones), then grouped
  const cells = new Map<number, Resolved>();
  for (const s of t.styles ?? []) {
    const r = parseRange(cleanRef(s.ref));
    if (!r) continue;
    const style = resolvedOf(s.style);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const k = row * width + col;
        cells.set(k, { ...cells.get(k), ...style });
      }
    }
  }
  // a formula in a cell formatted as plain text would stay text in Sheets: those cells keep
  // the automatic format (their results are computed, never typed)
  const literals = new Set((t.literals ?? []).map((a) => cleanRef(a).toUpperCase()));
  const formulaCells = new Set<number>();
  t.rows.forEach((row, r) => row.forEach((v, c) => {
    if (typeof v === 'string' && v.startsWith('=') && !literals.has(`${columnLetter(c)}${r + 1}`)) formulaCells.add(r * width + c);
  }));
  const unlocked: string[] = [];
  const props = ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontLine', 'fontColor', 'background', 'hAlign', 'vAlign', 'wrap', 'rotation', 'numberFormat', 'border', 'locked'] as const;
  for (const p of props) {
    const m = new Map<number, NonNullable<Resolved[typeof p]>>();
    for (const [k, v] of cells) {
      if (v[p] === undefined || (p === 'numberFormat' && v[p] === '@' && formulaCells.has(k))) continue;
      m.set(k, v[p] as NonNullable<Resolved[typeof p]>);
    }
    if (m.size === 0) continue;
    for (const { value, areas } of areasByValue(m, width)) {
      if (p === 'locked') {
        if (value === false) unlocked.push(...areas);
        continue;
      }
      if (p === 'border' && value !== 'thin') continue; // a new sheet has no borders
      const list = sheet.getRangeList(areas);
      switch (p) {
        case 'fontFamily': list.setFontFamily(value as string); break;
        case 'fontSize': list.setFontSize(value as number); break;
        case 'fontWeight': list.setFontWeight(value as 'bold' | 'normal'); break;
        case 'fontStyle': list.setFontStyle(value as 'italic' | 'normal'); break;
        case 'fontLine': list.setFontLine(value as 'underline' | 'none'); break;
        case 'fontColor': list.setFontColor(value as string); break;
        case 'background': list.setBackground(value as string); break;
        case 'hAlign': list.setHorizontalAlignment(value as 'left' | 'center' | 'right'); break;
        case 'vAlign': list.setVerticalAlignment(value as 'top' | 'middle' | 'bottom'); break;
        case 'wrap': list.setWrap(value as boolean); break;
        case 'rotation': list.setTextRotation(value as number); break;
        case 'numberFormat': list.setNumberFormat(value as string); break;
        case 'border': list.setBorder(true, true, true, true, true, true); break;
      }
    }
  }

  // values and formulas in one call; text Sheets would read as a number or formula stays text:
  // a cell formatted as text ("@", set above) keeps it as typed, any other gets the apostrophe
  const height = t.rows.length;
  const dataWidth = Math.max(0, ...t.rows.map((r) => r.length));
  if (height > 0 && dataWidth > 0) {
    const grid = t.rows.map((row, r) => Array.from({ length: dataWidth }, (_, c) => {
      const v = row[c];
      const literal = literals.has(`${columnLetter(c)}${r + 1}`);
      if (typeof v === 'string' && v.startsWith('=') && !literal) return v;
      if (typeof v === 'string' && !literal && cells.get(r * width + c)?.numberFormat === '@') return v;
      return asSheetsValue(v);
    }));
    sheet.getRange(1, 1, height, dataWidth).setValues(grid);
  }

  if (t.merges?.length) for (const range of sheet.getRangeList(t.merges.map(cleanRef)).getRanges()) range.merge();
  for (const [start, count, w] of runs((t.columnWidths ?? []).map((w, i) => [i, Math.round(w * 7 + 5)]))) sheet.setColumnWidths(start + 1, count, w);
  for (const [start, count, h] of runs(Object.entries(t.rowHeights ?? {}).map(([r, h]) => [Number(r) - 1, Math.round((h * 4) / 3)]))) sheet.setRowHeights(start + 1, count, h);
  for (const [start, count] of runs((t.hiddenColumns ?? []).map((c) => [c, 0]))) sheet.hideColumns(start + 1, count);
  if (t.frozenRows) sheet.setFrozenRows(t.frozenRows);
  if (t.frozenCols) sheet.setFrozenColumns(t.frozenCols);
  if (t.tabColor) sheet.setTabColor(`#${t.tabColor}`);
  return unlocked;
}

function isoDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** A list source ("NTM_DS_Xa", "'_DanhSachXa'!$B$12:$B$158", "=A1:A5") as a range. */
function sourceRange(ss: Spreadsheet, sheet: Sheet, source: string, names: ReadonlyMap<string, string>): Range | null {
  let ref = source.trim().replace(/^=/, '');
  ref = names.get(ref.toLowerCase()) ?? ref;
  ref = cleanRef(ref);
  if (!parseRange(ref)) return null;
  return ref.includes('!') ? ss.getRange(ref) : sheet.getRange(ref);
}

function validationRule(ss: Spreadsheet, sheet: Sheet, v: Validation, names: ReadonlyMap<string, string>): DataValidation | null {
  const b = app().newDataValidation();
  switch (v.type) {
    case 'list': {
      if (v.values) b.requireValueInList(v.values, true);
      else {
        const src = v.source ? sourceRange(ss, sheet, v.source, names) : null;
        if (!src) return null;
        b.requireValueInRange(src, true);
      }
      b.setAllowInvalid(v.strict === false);
      break;
    }
    case 'whole':
    case 'decimal':
      // Sheets has no whole-number criterion; the bounds still hold
      if (v.min !== undefined && v.max !== undefined) b.requireNumberBetween(v.min, v.max);
      else if (v.min !== undefined) b.requireNumberGreaterThanOrEqualTo(v.min);
      else if (v.max !== undefined) b.requireNumberLessThanOrEqualTo(v.max);
      else return null;
      b.setAllowInvalid(false);
      break;
    case 'date': {
      const min = isoDate(v.min);
      const max = isoDate(v.max);
      if (!min || !max) return null;
      b.requireDateBetween(min, max);
      b.setAllowInvalid(false);
      break;
    }
    case 'custom':
      b.requireFormulaSatisfied(v.formula.startsWith('=') ? v.formula : `=${v.formula}`);
      b.setAllowInvalid(v.warn === true);
      break;
  }
  const help = v.prompt?.vi ?? v.error?.vi;
  if (help) b.setHelpText(help);
  return b.build();
}

function conditionalRule(c: ConditionalFormat, range: Range): GoogleAppsScript.Spreadsheet.ConditionalFormatRule | null {
  const sa = app();
  const b = sa.newConditionalFormatRule();
  switch (c.type) {
    case 'colorScale': {
      const stops = c.stops;
      const point = (s: { at: 'min' | 'max' | number; color: string }, where: 'min' | 'mid' | 'max') => {
        const color = `#${s.color}`;
        if (s.at === 'min' && where === 'min') b.setGradientMinpoint(color);
        else if (s.at === 'max' && where === 'max') b.setGradientMaxpoint(color);
        else if (typeof s.at === 'number') {
          const value = String(s.at);
          if (where === 'min') b.setGradientMinpointWithValue(color, sa.InterpolationType.NUMBER, value);
          else if (where === 'max') b.setGradientMaxpointWithValue(color, sa.InterpolationType.NUMBER, value);
          else b.setGradientMidpointWithValue(color, sa.InterpolationType.NUMBER, value);
        }
      };
      point(stops[0]!, 'min');
      if (stops.length === 3) point(stops[1]!, 'mid');
      point(stops[stops.length - 1]!, 'max');
      break;
    }
    case 'dataBar':
      return null; // Apps Script has no data bars
    case 'textEquals':
    case 'expression': {
      if (c.type === 'textEquals') b.whenTextEqualTo(c.text);
      else b.whenFormulaSatisfied(c.formula.startsWith('=') ? c.formula : `=${c.formula}`);
      if (c.fill) b.setBackground(`#${c.fill}`);
      if (c.fontColor) b.setFontColor(`#${c.fontColor}`);
      if (c.bold) b.setBold(true);
      break;
    }
  }
  return b.setRanges([range]).build();
}

/** Data validations and conditional formats, after the names they use exist. */
function renderRules(ss: Spreadsheet, sheet: Sheet, t: SheetSpec, names: ReadonlyMap<string, string>): void {
  const validations = t.validations ?? [];
  const formats = t.conditionalFormats ?? [];
  const refs = [...validations.map((v) => cleanRef(v.ref)), ...formats.map((c) => cleanRef(c.ref))];
  if (refs.length === 0) return;
  const ranges = sheet.getRangeList(refs).getRanges();
  validations.forEach((v, i) => {
    const rule = validationRule(ss, sheet, v, names);
    if (rule) ranges[i]!.setDataValidation(rule);
  });
  const rules = formats.map((c, i) => conditionalRule(c, ranges[validations.length + i]!)).filter((r): r is NonNullable<typeof r> => r !== null);
  if (rules.length) sheet.setConditionalFormatRules([...rules, ...sheet.getConditionalFormatRules()]);
}

/** Adds a template's sheets under free names; returns the names they got, in order. */
export function insertSheets(templates: SheetSpec[]): string[] {
  if (!Array.isArray(templates) || templates.length === 0) return [];
  const ss = active();
  const taken = ss.getSheets().map((s) => s.getName());
  const namesTaken = ss.getNamedRanges().map((n) => n.getName());
  const plan = planInsertion(templates, taken, namesTaken);
  const sheets = plan.sheets.map((t) => ({ t, sheet: ss.insertSheet(t.name, ss.getNumSheets()) }));
  const unlocked = sheets.map(({ t, sheet }) => renderContent(sheet, t));
  const names = new Map<string, string>();
  for (const n of plan.names) {
    const ref = cleanRef(n.ref.replace(/^=/, ''));
    names.set(n.name.toLowerCase(), ref);
    if (parseRange(ref)) ss.setNamedRange(n.name, ss.getRange(ref));
  }
  for (const { t, sheet } of sheets) renderRules(ss, sheet, t, names);
  sheets.forEach(({ t, sheet }, i) => {
    if (t.protection?.enabled) {
      // "locked cells cannot be typed over by mistake": a warning, and the input cells left out
      const p = sheet.protect();
      const open = unlocked[i]!;
      if (open.length) p.setUnprotectedRanges(sheet.getRangeList(open).getRanges());
      p.setWarningOnly(true);
    }
    if (t.state === 'hidden' || t.state === 'veryHidden') sheet.hideSheet();
  });
  const first = sheets.find(({ t }) => !t.state || t.state === 'visible');
  first?.sheet.activate();
  return plan.sheets.map((t) => t.name);
}
