/**
 * Renders a WorkbookSpec (core/template/spec.ts) as an .xlsx file with exceljs: values, formulas
 * with their cached results, styles, merges, widths and heights, frozen panes, print setup (A4,
 * print titles, footer), data validations, conditional formats (colour scales, data bars, text
 * rules), defined names, sheet protection without a password, hidden sheets and columns.
 */
import ExcelJS from 'exceljs';
import type { CellStyle, ConditionalFormat, SheetSpec, Validation, WorkbookSpec } from '../core/template/spec.js';
import { workbookNames } from '../core/template/spec.js';
import { parseRange } from '../core/sheet/index.js';

const CM_PER_INCH = 2.54;

function argb(hex: string): string {
  return 'FF' + hex.replace(/^#/, '').toUpperCase();
}

function merge(a: CellStyle, b: CellStyle): CellStyle {
  const out: CellStyle = { ...a, ...b };
  if (a.font || b.font) out.font = { ...a.font, ...b.font };
  if (a.align || b.align) out.align = { ...a.align, ...b.align };
  return out;
}

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.font) {
    const f: Partial<ExcelJS.Font> = {};
    if (s.font.name) f.name = s.font.name;
    if (s.font.size) f.size = s.font.size;
    if (s.font.bold) f.bold = true;
    if (s.font.italic) f.italic = true;
    if (s.font.underline) f.underline = true;
    if (s.font.color) f.color = { argb: argb(s.font.color) };
    cell.font = f;
  }
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.border === 'thin') {
    const t = { style: 'thin' as const, color: { argb: 'FF808080' } };
    cell.border = { top: t, left: t, bottom: t, right: t };
  }
  if (s.numFmt) cell.numFmt = s.numFmt;
  if (s.align) {
    const a: Partial<ExcelJS.Alignment> = {};
    if (s.align.h) a.horizontal = s.align.h;
    if (s.align.v) a.vertical = s.align.v;
    if (s.align.wrap) a.wrapText = true;
    if (s.align.indent) a.indent = s.align.indent;
    if (s.align.rotate) a.textRotation = s.align.rotate;
    cell.alignment = a;
  }
  if (s.locked !== undefined) cell.protection = { locked: s.locked };
}

function forEachCell(ref: string, fn: (row: number, col: number) => void): void {
  const r = parseRange(ref);
  if (!r) throw new Error(`bad range ${ref}`);
  for (let y = r.top; y <= r.bottom; y++) for (let x = r.left; x <= r.right; x++) fn(y + 1, x + 1);
}

function validation(v: Validation): ExcelJS.DataValidation {
  const base = {
    allowBlank: true,
    showInputMessage: !!v.prompt,
    ...(v.prompt ? { prompt: v.prompt.vi.slice(0, 255) } : {}),
    ...(v.error ? { error: v.error.vi.slice(0, 255), errorTitle: 'Giá trị không hợp lệ' } : {}),
  };
  if (v.type === 'list') {
    const formula = v.values ? `"${v.values.join(',')}"` : v.source!;
    if (v.values && formula.length > 257) throw new Error('inline list longer than 255 characters');
    return { ...base, type: 'list', formulae: [formula], showErrorMessage: v.strict !== false, errorStyle: 'stop' };
  }
  if (v.type === 'custom') {
    return { ...base, type: 'custom', formulae: [v.formula], showErrorMessage: true, errorStyle: v.warn ? 'warning' : 'stop' };
  }
  if (v.type === 'date') {
    return { ...base, type: 'date', operator: 'between', formulae: [new Date(`${v.min}T00:00:00Z`), new Date(`${v.max}T00:00:00Z`)], showErrorMessage: true, errorStyle: 'stop' };
  }
  const lo = v.min;
  const hi = v.max;
  if (lo !== undefined && hi !== undefined) return { ...base, type: v.type, operator: 'between', formulae: [lo, hi], showErrorMessage: true, errorStyle: 'stop' };
  if (lo !== undefined) return { ...base, type: v.type, operator: 'greaterThanOrEqual', formulae: [lo], showErrorMessage: true, errorStyle: 'stop' };
  return { ...base, type: v.type, operator: 'lessThanOrEqual', formulae: [hi ?? 0], showErrorMessage: true, errorStyle: 'stop' };
}

function conditional(cf: ConditionalFormat, priority: number): ExcelJS.ConditionalFormattingRule {
  const tl = cf.ref.split(':')[0]!;
  switch (cf.type) {
    case 'colorScale':
      return {
        type: 'colorScale', priority,
        cfvo: cf.stops.map((s) => (s.at === 'min' ? { type: 'min' } : s.at === 'max' ? { type: 'max' } : { type: 'num', value: s.at })),
        color: cf.stops.map((s) => ({ argb: argb(s.color) })),
      } as ExcelJS.ConditionalFormattingRule;
    case 'dataBar':
      return {
        type: 'dataBar', priority, gradient: false, minLength: 0, maxLength: 100, showValue: true, border: false,
        cfvo: [cf.min === undefined ? { type: 'min' } : { type: 'num', value: cf.min }, cf.max === undefined ? { type: 'max' } : { type: 'num', value: cf.max }],
        color: { argb: argb(cf.color) },
      } as unknown as ExcelJS.ConditionalFormattingRule;
    case 'textEquals':
    case 'expression': {
      const formula = cf.type === 'textEquals' ? `${tl.replace(/\$/g, '')}="${cf.text.replace(/"/g, '""')}"` : cf.formula;
      const style: Partial<ExcelJS.Style> = {};
      if (cf.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } };
      if (cf.fontColor || cf.bold) style.font = { ...(cf.fontColor ? { color: { argb: argb(cf.fontColor) } } : {}), ...(cf.bold ? { bold: true } : {}) };
      return { type: 'expression', priority, formulae: [formula], style } as ExcelJS.ConditionalFormattingRule;
    }
  }
}

async function renderSheet(wb: ExcelJS.Workbook, s: SheetSpec): Promise<void> {
  const ws = wb.addWorksheet(s.name, {
    ...(s.tabColor ? { properties: { tabColor: { argb: argb(s.tabColor) } } } : {}),
  });
  if (s.state && s.state !== 'visible') ws.state = s.state;
  // cells and their styles: the base style, then the ranges in order
  const styles = new Map<string, CellStyle>();
  const at = (r: number, c: number) => `${r},${c}`;
  s.rows.forEach((row, i) => row.forEach((v, j) => {
    if (v !== null && s.baseStyle) styles.set(at(i + 1, j + 1), s.baseStyle);
  }));
  for (const sr of s.styles ?? []) {
    forEachCell(sr.ref, (r, c) => {
      const k = at(r, c);
      styles.set(k, merge(styles.get(k) ?? s.baseStyle ?? {}, sr.style));
    });
  }
  const literals = new Set(s.literals ?? []);
  s.rows.forEach((row, i) => row.forEach((v, j) => {
    if (v === null) return;
    const cell = ws.getCell(i + 1, j + 1);
    if (typeof v === 'string' && v.startsWith('=') && !literals.has(cell.address)) {
      const result = s.results?.[cell.address];
      cell.value = (result === undefined || result === null
        ? { formula: v.slice(1) }
        : { formula: v.slice(1), result }) as ExcelJS.CellFormulaValue;
    } else cell.value = v;
  }));
  for (const [k, st] of styles) {
    const [r, c] = k.split(',').map(Number) as [number, number];
    applyStyle(ws.getCell(r, c), st);
  }
  for (const m of s.merges ?? []) ws.mergeCells(m);
  (s.columnWidths ?? []).forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const c of s.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  for (const [r, h] of Object.entries(s.rowHeights ?? {})) ws.getRow(Number(r)).height = h;
  if (s.frozenRows || s.frozenCols) {
    ws.views = [{ state: 'frozen', xSplit: s.frozenCols ?? 0, ySplit: s.frozenRows ?? 0, topLeftCell: `A${(s.frozenRows ?? 0) + 1}`, activeCell: 'A1' }];
  }
  const dvs = (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of s.validations ?? []) dvs.add(v.ref, validation(v));
  let priority = 1;
  for (const cf of s.conditionalFormats ?? []) ws.addConditionalFormatting({ ref: cf.ref, rules: [conditional(cf, priority++)] });
  if (s.print) {
    const p = s.print;
    const m = p.margins ?? { left: 1.5, right: 1.5, top: 1.5, bottom: 1.5 };
    ws.pageSetup = {
      paperSize: 9, orientation: p.orientation,
      fitToPage: p.fitToWidth !== undefined, fitToWidth: p.fitToWidth ?? 1, fitToHeight: p.fitToHeight ?? 0,
      horizontalCentered: !!p.horizontalCentered,
      margins: { left: m.left / CM_PER_INCH, right: m.right / CM_PER_INCH, top: m.top / CM_PER_INCH, bottom: m.bottom / CM_PER_INCH, header: 0.3, footer: 0.3 },
      // exceljs puts "$" before each corner's column only: "A$1:I$84" becomes the absolute $A$1:$I$84
      ...(p.area ? { printArea: p.area.replace(/([A-Z]+)(\d+)/g, '$1$$$2') } : {}),
      ...(p.titleRows ? { printTitlesRow: `${p.titleRows[0]}:${p.titleRows[1]}` } : {}),
    } as Partial<ExcelJS.PageSetup>;
    if (p.footer) ws.headerFooter = { oddFooter: `&C&"Times New Roman"&10${p.footer}` };
  }
  if (s.protection?.enabled) {
    await ws.protect('', {
      selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, formatCells: false,
      insertRows: false, deleteRows: false, sort: false, autoFilter: false,
    });
  }
}

/** The .xlsx bytes of a workbook spec. */
export async function renderWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.properties?.creator ?? 'NTM toolkit';
  if (spec.properties?.title) wb.title = spec.properties.title;
  if (spec.properties?.subject) wb.subject = spec.properties.subject;
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const s of spec.sheets) await renderSheet(wb, s);
  for (const n of workbookNames(spec)) wb.definedNames.add(n.ref, n.name);
  const active = spec.activeSheet ?? 0;
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: 'visible' }];
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
