/**
 * The sidebar page's script, inlined into dist/apps-script/sidebar.html: the shared panel
 * (ui/panel.ts) with "Chèn mẫu", over SheetsHost (google.script.run). It asks the server once for
 * the document's name and the administrative units (for the template's province and commune
 * lists), then mounts the panel. Outside Google Sheets (no google.script.run) it says so.
 */
import '../../ui/zod-jitless.js';
import { hasAdminUnits, registerAdminUnits, text, type AdminUnitsRaw } from '../../core/index.js';
import { h, replaceChildren } from '../../ui/dom.js';
import { templateExtension } from '../../ui/actions/template.js';
import { mountPanel } from '../../ui/panel.js';
import { SheetsHost, type ScriptRun } from './sheets-host.js';

interface GoogleScript {
  script?: { run?: ScriptRun };
}

function scriptRun(): ScriptRun | null {
  const g = (globalThis as unknown as { google?: GoogleScript }).google;
  const run = g?.script?.run;
  return run && typeof run.withSuccessHandler === 'function' ? run : null;
}

function both(root: HTMLElement, key: string, params?: Record<string, string>): void {
  replaceChildren(root,
    h('p', { class: 'gs-message', lang: 'vi' }, text('vi', key, params)),
    h('p', { class: 'gs-message', lang: 'en' }, text('en', key, params)));
}

async function start(): Promise<void> {
  const root = document.getElementById('ntm-root');
  if (!root) return;
  const run = scriptRun();
  if (!run) {
    both(root, 'sheets.sidebar.no-gas');
    return;
  }
  replaceChildren(root, h('p', { class: 'gs-message', role: 'status' }, text('vi', 'sheets.sidebar.loading')));
  // google.script.run is a fresh runner each time it is read; handlers attach to that runner
  const host = new SheetsHost(() => (globalThis as unknown as { google: { script: { run: ScriptRun } } }).google.script.run);
  let notice: HTMLElement | null = null;
  try {
    const s = await host.call<{ documentName: string; adminUnits: AdminUnitsRaw | null }>('ntmSidebarStart');
    if (s.documentName) host.setDocumentName(s.documentName);
    const data = s.adminUnits;
    if (!hasAdminUnits() && data && Array.isArray(data.provinces)) registerAdminUnits(() => data);
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    notice = h('p', { class: 'gs-notice', role: 'status' }, text('vi', 'sheets.sidebar.no-admin-units', { message: m }));
  }
  mountPanel(root, host, { lang: 'vi', extensions: [templateExtension] });
  if (notice) root.prepend(notice);
  root.dataset['ready'] = 'true';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start());
else void start();
