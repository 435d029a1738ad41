/**
 * The "NTM" menu (onOpen) and what its items do without the sidebar:
 *   Kiểm tra phụ lục     check the selection (when more than one cell is selected) or the active
 *                        sheet, with the workbook's own "Bộ tiêu chí" sheet when it has one; write
 *                        the report sheet, mark the cells (replacing earlier marks), say the counts
 *   Chèn mẫu             ask the province (and the commune), insert the template's sheets
 *   Xóa đánh dấu         remove exactly the marks
 *   Mở bảng điều khiển   the sidebar (sidebar.html: the shared panel)
 */
import { reportToRows } from '../../core/annex/report.js';
import { checkWorkbook, getPack, isPackSheet, text, type SheetData } from '../../core/index.js';
import { DEFAULT_PACK_ID } from '../../core/packs/registry.js';
import { buildTemplate } from '../../core/template/index.js';
import { templateYear } from '../../ui/actions/template.js';
import { REPORT_SHEET } from '../../ui/host.js';
import { allIssues, countsLine, marksFor } from '../../ui/model.js';
import { active, app, services } from './gas.js';
import { readActive, writeReportRows } from './host.js';
import { insertSheets } from './insert.js';
import { clearHighlights, highlight } from './marks.js';

/** The sidebar's HTML file in the project (dist/apps-script/sidebar.html). */
export const SIDEBAR_FILE = 'sidebar';

/** The menu items: label key and the top-level function each calls (dist/apps-script/server.js). */
export const MENU_ITEMS = [
  { key: 'sheets.menu.check', fn: 'ntmMenuCheck' },
  { key: 'sheets.menu.template', fn: 'ntmMenuTemplate' },
  { key: 'sheets.menu.clear', fn: 'ntmMenuClearMarks' },
  null,
  { key: 'sheets.menu.sidebar', fn: 'ntmOpenSidebar' },
] as const;

const vi = (key: string, params?: Record<string, string | number>) => text('vi', key, params);

/** Builds the menu; a simple trigger, so it does nothing else. */
export function onOpen(): void {
  let menu = app().getUi().createMenu(vi('sheets.menu.title'));
  for (const item of MENU_ITEMS) menu = item ? menu.addItem(vi(item.key), item.fn) : menu.addSeparator();
  menu.addToUi();
}

export function openSidebar(): void {
  const html = services().HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(vi('sheets.sidebar.title'));
  app().getUi().showSidebar(html);
}

/** "Kiểm tra phụ lục" from the menu. Returns the message shown (tests read it). */
export function menuCheck(): string {
  const ss = active();
  const range = ss.getActiveRange();
  const scope = range && (range.getNumRows() > 1 || range.getNumColumns() > 1) ? 'selection' : 'used';
  const { documentName, sheet } = readActive(scope);
  const sheets: SheetData[] = [sheet];
  if (!isPackSheet(sheet.name)) {
    // the workbook's own criteria set, as the panel uses it when checking the whole file
    const pack = ss.getSheets().find((s) => isPackSheet(s.getName()));
    if (pack) {
      const r = pack.getDataRange();
      const values = r.getValues().map((row) => row.map((v) => (v === '' ? null : (typeof v === 'object' ? String(v) : v) as string | number | boolean)));
      sheets.push({ name: pack.getName(), values });
    }
  }
  const report = checkWorkbook({ name: documentName, sheets });
  writeReportRows(reportToRows(report, 'vi'));
  clearHighlights();
  const marks = marksFor(allIssues(report));
  highlight(marks);
  const msg = report.tables.length === 0
    ? vi('sheets.check.no-tables', { sheet: sheet.name, report: REPORT_SHEET })
    : [vi('sheets.check.done', { counts: countsLine(report, 'vi'), report: REPORT_SHEET }), marks.length ? vi('sheets.check.marked', { count: marks.length }) : '']
      .filter(Boolean).join(' ');
  ss.toast(msg, vi('sheets.check.title'), 10);
  return msg;
}

/** "Xóa đánh dấu" from the menu. */
export function menuClearMarks(): string {
  const removed = clearHighlights();
  const msg = vi(removed > 0 ? 'sheets.clear.done' : 'sheets.clear.none');
  active().toast(msg, vi('sheets.menu.title'), 5);
  return msg;
}

/** "Chèn mẫu" from the menu: two questions, then the template's sheets. Returns the sheets' names. */
export function menuTemplate(): string[] {
  const ui = app().getUi();
  const title = vi('sheets.template.title');
  const ask = (key: string): string | null => {
    const r = ui.prompt(title, vi(key), ui.ButtonSet.OK_CANCEL);
    return r.getSelectedButton() === ui.Button.OK ? r.getResponseText().trim() : null;
  };
  const province = ask('sheets.template.ask-province');
  if (province === null) return [];
  if (province === '') {
    ui.alert(title, vi('ui.tpl.need-province'), ui.ButtonSet.OK);
    return [];
  }
  const commune = ask('sheets.template.ask-commune');
  if (commune === null) return [];
  const pack = getPack(DEFAULT_PACK_ID)!;
  const built = buildTemplate({ pack, province, year: templateYear('', pack.period), ...(commune ? { commune } : {}) });
  if (!built.ok) {
    ui.alert(title, vi('sheets.template.failed', { message: built.errors.map((e) => e.vi).join(' ') }), ui.ButtonSet.OK);
    return [];
  }
  const wanted = built.workbook.sheets.map((s) => s.name);
  const names = insertSheets(built.workbook.sheets);
  const lines = [vi('ui.tpl.done', { count: names.length, names: names.join(', ') })];
  names.forEach((n, i) => {
    if (n !== wanted[i]) lines.push(vi('ui.tpl.renamed', { name: wanted[i]!, as: n }));
  });
  active().toast(lines.join(' '), title, 10);
  return names;
}
