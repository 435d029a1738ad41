/**
 * The playground's picture of the workbook: the active sheet as an HTML table (text only),
 * a name box with the selected cell, and sheet tabs. Marks from host.highlight show as CSS
 * classes; a click on an issue in the panel selects (and scrolls to) its cell here.
 */
import { a1, columnLetter, parseRange, sheetExtent, text, type Lang } from '../../core/index.js';
import { h, replaceChildren, setText } from '../dom.js';
import type { BrowserHost, Rect } from './browser-host.js';
import { cellText, isNumeric } from './cell-text.js';

export const MAX_ROWS = 400;
export const MAX_COLS = 40;

export interface SheetView {
  render(reveal?: boolean): void;
  destroy(): void;
}

export function mountSheetView(root: HTMLElement, host: BrowserHost, lang: () => Lang): SheetView {
  const nameBox = h('output', { class: 'pg-namebox', 'aria-live': 'polite' });
  const cellValue = h('span', { class: 'pg-cell-value' });
  const nameLabel = h('span', { class: 'pg-namebox-label' });
  const bar = h('div', { class: 'pg-bar' }, nameLabel, nameBox, cellValue);
  const gridWrap = h('div', { class: 'pg-grid-wrap', tabindex: 0, role: 'region', id: 'pg-grid' });
  const note = h('p', { class: 'pg-note', hidden: true });
  const tabs = h('div', { class: 'pg-tabs', role: 'tablist' });
  replaceChildren(root, h('div', { class: 'pg-sheet' }, bar, gridWrap, note, tabs));

  let anchor: { row: number; col: number } | null = null;

  gridWrap.addEventListener('click', (ev) => {
    const td = (ev.target as Element).closest('td[data-row]') as HTMLTableCellElement | null;
    if (!td) return;
    const row = Number(td.dataset['row']);
    const col = Number(td.dataset['col']);
    if (ev.shiftKey && anchor) host.select({ top: anchor.row, left: anchor.col, bottom: row, right: col });
    else {
      anchor = { row, col };
      host.select({ top: row, left: col, bottom: row + Number(td.rowSpan || 1) - 1, right: col + Number(td.colSpan || 1) - 1 });
    }
  });

  const unsubscribe = host.subscribe((c) => render(c.reveal));

  function render(reveal = false) {
    const L = lang();
    setText(nameLabel, text(L, 'ui.pg.selected'));
    tabs.setAttribute('aria-label', text(L, 'ui.pg.sheets'));
    renderTabs();
    const sheet = host.activeSheet();
    if (!sheet) {
      replaceChildren(gridWrap);
      return;
    }
    gridWrap.setAttribute('aria-label', text(L, 'ui.pg.grid-label', { sheet: sheet.name }));
    const sel = host.selection(sheet.name);
    setText(nameBox, sel.top === sel.bottom && sel.left === sel.right ? a1(sel.top, sel.left) : `${a1(sel.top, sel.left)}:${a1(sel.bottom, sel.right)}`);

    const ext = sheetExtent(sheet);
    const rows = Math.max(ext.rows, 1);
    const cols = Math.max(ext.cols, 1);
    const r0 = sheet.origin?.row ?? 0;
    const c0 = sheet.origin?.col ?? 0;
    const rowStart = sel.top >= MAX_ROWS ? Math.max(0, sel.top - Math.floor(MAX_ROWS / 4)) : 0;
    const rowEnd = Math.min(rows, rowStart + MAX_ROWS);
    const colEnd = Math.min(cols, MAX_COLS);
    const value = (r: number, c: number) => sheet.values[r - r0]?.[c - c0];
    const format = (r: number, c: number) => sheet.formats?.[r - r0]?.[c - c0];
    setText(cellValue, cellText(value(sel.top, sel.left), format(sel.top, sel.left)));

    // merged areas: the top-left cell spans, the others are not drawn
    const span = new Map<string, { rows: number; cols: number; rect: Rect }>();
    const covered = new Set<string>();
    for (const m of sheet.merges ?? []) {
      const p = parseRange(m);
      if (!p) continue;
      const top = Math.max(p.top, rowStart);
      if (top >= rowEnd || p.left >= colEnd) continue;
      const bottom = Math.min(p.bottom, rowEnd - 1);
      const right = Math.min(p.right, colEnd - 1);
      span.set(`${top},${p.left}`, { rows: bottom - top + 1, cols: right - p.left + 1, rect: p });
      for (let r = top; r <= bottom; r++) for (let c = p.left; c <= right; c++) if (r !== top || c !== p.left) covered.add(`${r},${c}`);
    }

    const head = h('tr', null, h('th', { class: 'pg-corner', 'aria-hidden': 'true' }));
    for (let c = 0; c < colEnd; c++) head.appendChild(h('th', { class: 'pg-colhead', scope: 'col' }, columnLetter(c)));
    const body = h('tbody');
    for (let r = rowStart; r < rowEnd; r++) {
      const tr = h('tr', null, h('th', { class: 'pg-rowhead', scope: 'row' }, String(r + 1)));
      for (let c = 0; c < colEnd; c++) {
        const k = `${r},${c}`;
        if (covered.has(k)) continue;
        const v = value(r, c);
        const sp = span.get(k);
        const area: Rect = sp ? sp.rect : { top: r, left: c, bottom: r, right: c };
        const td = h('td', { 'data-row': String(r), 'data-col': String(c), 'data-cell': a1(r, c) }, cellText(v, format(r, c)));
        if (sp) {
          td.rowSpan = sp.rows;
          td.colSpan = sp.cols;
        }
        if (isNumeric(v)) td.classList.add('pg-num');
        if (intersects(area, sel)) {
          td.classList.add('is-selected');
          if (r === sel.top && c === sel.left) td.classList.add('is-active');
          if (sp && sel.top >= area.top && sel.top <= area.bottom && sel.left >= area.left && sel.left <= area.right) td.classList.add('is-active');
        }
        const mark = host.markAt(sheet.name, r, c);
        if (mark) {
          td.classList.add(`mark-${mark.severity}`);
          td.dataset['mark'] = mark.severity;
        }
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    const table = h('table', { class: 'pg-grid' }, h('thead', null, head), body);
    if (ext.rows === 0 || sheet.values.every((row) => row.every((x) => x === null || x === undefined || x === ''))) {
      replaceChildren(gridWrap, h('p', { class: 'pg-empty' }, text(L, 'ui.pg.empty-sheet')));
    } else replaceChildren(gridWrap, table);

    const truncated = rowStart > 0 || rowEnd < rows || colEnd < cols;
    note.hidden = !truncated;
    setText(note, truncated ? text(L, 'ui.pg.truncated', { from: rowStart + 1, to: rowEnd, cols: colEnd, rows, allCols: cols }) : '');

    if (reveal) {
      const target = gridWrap.querySelector('td.is-active') ?? gridWrap.querySelector('td.is-selected');
      target?.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
  }

  function renderTabs() {
    const hadFocus = tabs.contains(document.activeElement);
    const buttons = host.workbook.sheets.map((s, i) => {
      if (host.hidden.has(s.name) && i !== host.active) return null;
      const b = h('button', { type: 'button', role: 'tab', class: 'pg-tab', 'aria-selected': String(i === host.active), 'aria-controls': 'pg-grid', 'data-sheet': s.name }, s.name);
      b.addEventListener('click', () => host.activate(i));
      return b;
    });
    replaceChildren(tabs, ...buttons);
    if (hadFocus) buttons[host.active]?.focus();
  }

  render();
  return {
    render,
    destroy() {
      unsubscribe();
      replaceChildren(root);
    },
  };
}

function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
