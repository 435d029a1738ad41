/**
 * The Excel task pane: the shared panel (ui/panel.ts) over the Excel HostPort
 * (addin/excel-host.ts). The page has already loaded Office.js, admin-units.js (which sets
 * globalThis.NTM_ADMIN_UNITS) and functions.js (shared runtime) when this runs.
 */
/// <reference types="office-js" />
import '../ui/zod-jitless.js';
import { hasAdminUnits, registerAdminUnits, text, type AdminUnitsRaw } from '../core/index.js';
import { h, replaceChildren } from '../ui/dom.js';
import { rollupExtension } from '../ui/actions/rollup.js';
import { templateExtension } from '../ui/actions/template.js';
import { mountPanel } from '../ui/panel.js';
import { ExcelHost } from './excel-host.js';

const g = globalThis as unknown as { NTM_ADMIN_UNITS?: AdminUnitsRaw; Office?: typeof Office };

/** Province and commune names in the context field need the data admin-units.js brought. */
function adminUnits(): void {
  const data = g.NTM_ADMIN_UNITS;
  if (!hasAdminUnits() && data && Array.isArray(data.provinces)) registerAdminUnits(() => data);
}

function notInExcel(root: HTMLElement): void {
  replaceChildren(root,
    h('p', { class: 'tp-message', lang: 'vi' }, text('vi', 'ui.tp.no-office')),
    h('p', { class: 'tp-message', lang: 'en' }, text('en', 'ui.tp.no-office')));
}

async function start(): Promise<void> {
  const root = document.getElementById('ntm-root');
  if (!root) return;
  adminUnits();
  const office = g.Office;
  if (!office || typeof office.onReady !== 'function') {
    notInExcel(root);
    return;
  }
  const info = await office.onReady();
  if (info.host !== office.HostType.Excel) {
    notInExcel(root);
    return;
  }
  mountPanel(root, new ExcelHost(), { lang: 'vi', extensions: [templateExtension, rollupExtension] });
  root.dataset['ready'] = 'true';
}

// the page loads this script in <head> (after Office.js and functions.js): wait for the body
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start());
else void start();
