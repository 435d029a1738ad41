/**
 * The one interface the side panel talks to. Each host implements it in a thin adapter:
 * - Excel task pane: addin/excel-host.ts (Office.js, counted context.sync() calls)
 * - Google Sheets sidebar: apps-script (google.script.run → server functions)
 * - Browser playground: ui/playground (a workbook loaded in the page)
 * The panel never touches Excel or SpreadsheetApp directly.
 *
 * Round trips: readActive / readWorkbook cost a constant number of host calls whatever the
 * table's size (Excel: at most 2 context.sync(); Sheets: one getValues per sheet read);
 * writeReport + highlight at most 2 more. Nothing here rewrites a value the user typed.
 */
import type { CheckReport, Severity, SheetData, WorkbookData } from '../core/index.js';
import type { Lang } from '../core/messages/index.js';
import type { SheetSpec } from '../core/template/spec.js';

export interface CellMark {
  sheet: string;
  /** A1 address */
  cell: string;
  severity: Severity;
}

export interface HostInfo {
  kind: 'excel' | 'sheets' | 'browser';
  /** Document title for reports. */
  documentName: string;
}

/**
 * A neutral sheet description hosts render natively (templates inserted from the panel): the
 * template room's SheetSpec (core/template/spec.ts). `name`, `rows` ("=…" strings are formulas),
 * `frozenRows` and `columnWidths` (in characters) are as before; everything else is optional:
 * cached `results`, `styles`, `merges`, `rowHeights`, `hiddenColumns`, `state`, `print`,
 * `validations`, `conditionalFormats`, `protection`, `names` (workbook names the sheet needs).
 * Formulas refer to the other sheets by name ('Bộ tiêu chí', '_Nguong' …): insert a template's
 * sheets together and under their own names, or rewrite the references when a name is taken.
 */
export type SheetTemplate = SheetSpec;

export interface HostPort {
  info(): Promise<HostInfo>;
  /** The active sheet's used range, or the current selection, as one SheetData. */
  readActive(scope: 'used' | 'selection'): Promise<SheetData>;
  /** Every sheet of the workbook (roll-up over sheets, the "Bộ tiêu chí" sheet). */
  readWorkbook(): Promise<WorkbookData>;
  /** Writes (replacing) the report sheet "NTM_Báo cáo" from core's reportToRows. */
  writeReport(report: CheckReport, lang: Lang): Promise<void>;
  /** Marks cells with a fill colour by severity; remembers what it changed so it can undo it. */
  highlight(marks: CellMark[]): Promise<void>;
  /** Removes exactly the marks `highlight` added (restoring previous fills). */
  clearHighlights(): Promise<void>;
  /** Selects (and scrolls to) a cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Inserts template sheets; never overwrites an existing sheet (adds a suffix instead). */
  insertSheets?(sheets: SheetTemplate[]): Promise<string[]>;
}

/** The name of the report sheet every host writes. */
export const REPORT_SHEET = 'NTM_Báo cáo';
