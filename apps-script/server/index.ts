/**
 * The core bundle of the Google Sheets add-on (dist/apps-script/ntm-core.js): one iife that
 * assigns the top-level `var NTM_CORE`. Apps Script runs every file of the project in one global
 * scope; the generated wrappers (functions.js) and server entry points (server.js) are plain
 * top-level functions that call into NTM_CORE when they run, so the order of the files does not
 * matter. Loading does no Apps Script call (custom functions run without authorisation).
 */
import '../../addin/zod-jitless.js';
import { registerAdminUnits, type AdminUnitsRaw } from '../../core/communes/index.js';
import { active } from './gas.js';

export { customFunction } from '../functions.js';
export { readActive, readWorkbook, writeReportRows, selectCell } from './host.js';
export { highlight, clearHighlights } from './marks.js';
export { insertSheets } from './insert.js';
export { onOpen, openSidebar, menuCheck, menuClearMarks, menuTemplate } from './menu.js';

/** The top-level function admin-units.js declares; it parses the data when first called. */
export const ADMIN_UNITS_FUNCTION = 'ntmAdminUnitsData_';

function adminUnitsData(): AdminUnitsRaw {
  const f = (globalThis as Record<string, unknown>)[ADMIN_UNITS_FUNCTION];
  if (typeof f !== 'function') throw new Error('admin units not loaded (admin-units.js)');
  const data = (f as () => AdminUnitsRaw)();
  if (!data || !Array.isArray(data.provinces)) throw new Error('admin units not loaded (admin-units.js)');
  return data;
}

// lazily: the 3,321 communes are parsed only by a function that looks one up
registerAdminUnits(adminUnitsData);

/** What the sidebar asks for once when it opens: the document's name and the administrative units. */
export function sidebarStart(): { documentName: string; adminUnits: AdminUnitsRaw | null } {
  let adminUnits: AdminUnitsRaw | null = null;
  try {
    adminUnits = adminUnitsData();
  } catch {
    adminUnits = null;
  }
  return { documentName: active().getName(), adminUnits };
}
