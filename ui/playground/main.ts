/**
 * The browser playground: the shared panel over a workbook opened in the page. The sample
 * (served next to this page) is opened at start; the file picker opens the user's own .xlsx,
 * read in the page by io/xlsx.ts. Nothing is sent anywhere.
 */
import '../zod-jitless.js';
import { hasAdminUnits, registerAdminUnits, text, type AdminUnitsRaw, type Lang } from '../../core/index.js';
import { readWorkbookFile } from '../../io/xlsx.js';
import { setText } from '../dom.js';
import { rollupExtension } from '../actions/rollup.js';
import { templateExtension } from '../actions/template.js';
import { mountPanel } from '../panel.js';
import { BrowserHost } from './browser-host.js';
import { mountSheetView } from './sheet-view.js';

export const SAMPLE_FILE = 'xa-cam-thanh-2023.xlsx';
const MAX_MB = 50;

function need<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`playground: #${id} is missing`);
  return el as T;
}

async function start(): Promise<void> {
  // admin-units.js (loaded before this script) brings province and commune names
  const units = (globalThis as { NTM_ADMIN_UNITS?: AdminUnitsRaw }).NTM_ADMIN_UNITS;
  if (!hasAdminUnits() && units && Array.isArray(units.provinces)) registerAdminUnits(() => units);
  let lang: Lang = 'vi';
  let last: { kind: 'loading' | 'loaded' | 'failed'; file: string; sheets?: number; reason?: { vi: string; en: string } } | null = null;
  const host = new BrowserHost({ name: SAMPLE_FILE, sheets: [] });
  const loadStatus = need<HTMLElement>('pg-load-status');
  const fileInput = need<HTMLInputElement>('pg-file');
  const sampleBtn = need<HTMLButtonElement>('pg-sample');

  const applyTexts = () => {
    document.documentElement.lang = lang;
    document.title = text(lang, 'ui.pg.title');
    for (const el of document.querySelectorAll<HTMLElement>('[data-msg]')) setText(el, text(lang, el.dataset['msg']!));
    if (!last) setText(loadStatus, '');
    else if (last.kind === 'loading') setText(loadStatus, text(lang, 'ui.pg.loading', { file: last.file }));
    else if (last.kind === 'loaded') setText(loadStatus, text(lang, 'ui.pg.loaded', { file: last.file, sheets: last.sheets ?? 0 }));
    else setText(loadStatus, text(lang, 'ui.pg.load-failed', { file: last.file, message: last.reason?.[lang] ?? '' }));
    loadStatus.classList.toggle('pg-error', last?.kind === 'failed');
    loadStatus.dataset['state'] = last?.kind ?? '';
    loadStatus.dataset['file'] = last?.file ?? '';
  };

  const view = mountSheetView(need('pg-sheet'), host, () => lang);
  const panel = mountPanel(need('pg-panel'), host, {
    lang,
    extensions: [templateExtension, rollupExtension],
    onLangChange: (l) => {
      lang = l;
      applyTexts();
      view.render();
    },
  });

  async function open(name: string, bytes: () => Promise<ArrayBuffer>, size?: number) {
    last = { kind: 'loading', file: name };
    applyTexts();
    try {
      if (size !== undefined && size > MAX_MB * 1024 * 1024) {
        const mb = Math.round(size / 1024 / 1024);
        throw Object.assign(new Error('too large'), {
          reason: { vi: text('vi', 'io.too-large', { file: name, size: mb, max: MAX_MB }), en: text('en', 'io.too-large', { file: name, size: mb, max: MAX_MB }) },
        });
      }
      const wb = await readWorkbookFile(new Uint8Array(await bytes()), name);
      panel.reset();
      host.load(wb);
      last = { kind: 'loaded', file: name, sheets: wb.sheets.length };
    } catch (e) {
      const reason = (e as { reason?: { vi: string; en: string } }).reason;
      const m = e instanceof Error ? e.message : String(e);
      last = { kind: 'failed', file: name, reason: reason ?? { vi: m, en: m } };
    }
    applyTexts();
  }

  const openSample = () => open(SAMPLE_FILE, async () => {
    const res = await fetch(SAMPLE_FILE);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.arrayBuffer();
  });

  fileInput.addEventListener('change', () => {
    const f = fileInput.files?.[0];
    if (f) void open(f.name, () => f.arrayBuffer(), f.size).then(() => { fileInput.value = ''; });
  });
  sampleBtn.addEventListener('click', () => void openSample());
  applyTexts();
  await openSample();
  document.body.dataset['ready'] = 'true';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start());
else void start();
