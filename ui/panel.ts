/**
 * The side panel shared by the Excel task pane, the Google Sheets sidebar and the browser
 * playground. Plain DOM, one bundle, no module loading or fetch at run time. It talks only to
 * a HostPort; every verdict and issue comes from core checkWorkbook. Every text that comes from
 * a cell reaches the page through text nodes (ui/dom.ts), never as HTML.
 */
import './zod-jitless.js';
import { checkWorkbook, getPack, message, text, type CheckReport, type Issue, type IssueCode, type Lang, type WorkbookData } from '../core/index.js';
import type { Bilingual, Params } from '../core/messages/index.js';
import { h, replaceChildren, setText } from './dom.js';
import { REPORT_SHEET, type HostPort } from './host.js';
import {
  allIssues, codeName, contextLine, contextSuggestions, countsLine, issueGroups, marksFor, readForm, setChoices, setLine, summaryLines,
  valueText, SCOPES, type PanelForm, type Scope,
} from './model.js';

/** What an extension (Chèn mẫu, Tổng hợp …) gets from the panel when its button is pressed. */
export interface PanelContext {
  host: HostPort;
  lang: Lang;
  form: Readonly<PanelForm>;
  /** The last report, if a check ran. */
  report: CheckReport | null;
  setStatus(msg: Bilingual): void;
  /** Shows a report as if "Kiểm tra" had produced it. */
  showReport(report: CheckReport): void;
  /** The extension's own output area under the buttons (emptied before each run). */
  output: HTMLElement;
  /** Called when the user switches language, until the extension runs again. */
  onLangChange(fn: (lang: Lang) => void): void;
}

/** A button of its own in the panel, e.g. "Chèn mẫu" (host.insertSheets) or "Tổng hợp". */
export interface PanelExtension {
  id: string;
  /** Message key of the button's label (core/messages). */
  labelKey: string;
  /** Shown only when this says the host can do it. */
  available?(host: HostPort): boolean;
  run(ctx: PanelContext): Promise<void>;
}

export interface PanelOptions {
  lang?: Lang;
  /** Extra buttons; see PanelExtension. */
  extensions?: PanelExtension[];
  /** Told when the user switches language (the page around the panel follows it). */
  onLangChange?(lang: Lang): void;
}

let mounted = 0;

export interface PanelHandle {
  destroy(): void;
  /** Forgets the last report (the host opened another workbook); the form keeps its values. */
  reset(): void;
}

export function mountPanel(root: HTMLElement, host: HostPort, options: PanelOptions = {}): PanelHandle {
  const uid = `ntm${++mounted}`;
  const sets = setChoices();
  const state = {
    lang: (options.lang ?? 'vi') as Lang,
    form: { setId: sets[0]?.id ?? 'vn-xa-ntm-2021-2025', context: '', year: '', scope: 'workbook' } as PanelForm,
    report: null as CheckReport | null,
    /** the context typed when the report was made (to say where the report's context came from) */
    reportContext: '',
    reportSetId: '',
    filter: null as IssueCode | null,
    marked: false,
    busy: false,
    status: null as Bilingual | null,
    statusKind: 'info' as 'info' | 'error',
    destroyed: false,
  };

  // ---- texts that follow the language -------------------------------------------------------
  const bound: Array<() => void> = [];
  const t = (key: string, params?: Params) => text(state.lang, key, params);
  function bindText<E extends HTMLElement>(el: E, key: string, params?: () => Params): E {
    const apply = () => setText(el, t(key, params?.()));
    apply();
    bound.push(apply);
    return el;
  }
  function bindAttr<E extends HTMLElement>(el: E, attr: string, key: string): E {
    const apply = () => el.setAttribute(attr, t(key));
    apply();
    bound.push(apply);
    return el;
  }

  // ---- the form ---------------------------------------------------------------------------
  const langButtons = (['vi', 'en'] as const).map((l) => {
    const b = h('button', { type: 'button', class: 'ntm-lang-btn', lang: l, 'aria-pressed': String(l === state.lang), 'data-lang': l },
      text(l, `ui.lang.${l}`));
    b.addEventListener('click', () => setLang(l));
    return b;
  });
  const langGroup = bindAttr(h('div', { class: 'ntm-lang', role: 'group' }, ...langButtons), 'aria-label', 'ui.lang.label');

  const setSelect = h('select', { id: `${uid}-set`, name: 'set' });
  const fillSets = () => {
    replaceChildren(setSelect, ...sets.map((s) => h('option', { value: s.id }, `${s.title[state.lang]} (${s.id})`)));
    setSelect.value = state.form.setId;
  };
  fillSets();
  bound.push(fillSets);
  setSelect.addEventListener('change', () => {
    state.form.setId = setSelect.value;
    fillSuggestions();
  });

  const ctxInput = h('input', { id: `${uid}-ctx`, name: 'context', type: 'text', list: `${uid}-ctx-list`, autocomplete: 'off', 'aria-describedby': `${uid}-ctx-help` });
  bindAttr(ctxInput, 'placeholder', 'ui.context.placeholder');
  const ctxList = h('datalist', { id: `${uid}-ctx-list` });
  const fillSuggestions = () => {
    const pack = getPack(state.form.setId);
    replaceChildren(ctxList, ...(pack ? contextSuggestions(pack) : []).map((s) => {
      const o = h('option', { value: s.value });
      o.label = s.label;
      return o;
    }));
  };
  fillSuggestions();
  ctxInput.addEventListener('input', () => { state.form.context = ctxInput.value; });

  const yearInput = h('input', { id: `${uid}-year`, name: 'year', type: 'text', inputmode: 'numeric', autocomplete: 'off', 'aria-describedby': `${uid}-year-help ${uid}-year-err` });
  bindAttr(yearInput, 'placeholder', 'ui.year.placeholder');
  const yearError = h('p', { id: `${uid}-year-err`, class: 'ntm-field-error', hidden: true });
  yearInput.addEventListener('input', () => {
    state.form.year = yearInput.value;
    if (!yearError.hidden) {
      yearError.hidden = true;
      yearInput.removeAttribute('aria-invalid');
    }
  });

  const scopeRadios = SCOPES.map((s) => {
    const input = h('input', { type: 'radio', name: `${uid}-scope`, value: s, id: `${uid}-scope-${s}`, checked: s === state.form.scope });
    input.addEventListener('change', () => { if (input.checked) state.form.scope = s as Scope; });
    return h('label', { class: 'ntm-radio', for: `${uid}-scope-${s}` }, input, bindText(h('span'), `ui.scope.${s}`));
  });

  const checkBtn = bindText(h('button', { type: 'submit', class: 'ntm-btn ntm-btn-primary', 'data-action': 'check' }), 'ui.btn.check');
  const markBtn = bindText(h('button', { type: 'button', class: 'ntm-btn', 'data-action': 'mark', disabled: true }), 'ui.btn.mark');
  const unmarkBtn = bindText(h('button', { type: 'button', class: 'ntm-btn', 'data-action': 'unmark', disabled: true }), 'ui.btn.unmark');
  const reportBtn = bindText(h('button', { type: 'button', class: 'ntm-btn', 'data-action': 'report', disabled: true }), 'ui.btn.report');

  const extensions = (options.extensions ?? []).filter((e) => !e.available || e.available(host));
  const extOutput = h('div', { class: 'ntm-ext-output' });
  let extLang: Array<(l: Lang) => void> = [];
  const extButtons = extensions.map((e) => {
    const b = bindText(h('button', { type: 'button', class: 'ntm-btn', 'data-action': `ext-${e.id}` }), e.labelKey);
    b.addEventListener('click', () => void runExtension(e));
    return b;
  });

  const form = h('form', { class: 'ntm-form', novalidate: '' },
    h('div', { class: 'ntm-field' },
      bindText(h('label', { for: setSelect.id }), 'ui.set.label'),
      setSelect,
      bindText(h('p', { class: 'ntm-help' }), 'ui.set.sheet-note')),
    h('div', { class: 'ntm-field' },
      bindText(h('label', { for: ctxInput.id }), 'ui.context.label'),
      ctxInput, ctxList,
      bindText(h('p', { class: 'ntm-help', id: `${uid}-ctx-help` }), 'ui.context.help')),
    h('div', { class: 'ntm-field' },
      bindText(h('label', { for: yearInput.id }), 'ui.year.label'),
      h('div', { class: 'ntm-inline' }, yearInput, bindText(h('span', { class: 'ntm-help', id: `${uid}-year-help` }), 'ui.year.help'))),
    yearError,
    h('fieldset', { class: 'ntm-scope' }, bindText(h('legend'), 'ui.scope.legend'), ...scopeRadios),
    h('div', { class: 'ntm-actions' }, checkBtn, markBtn, unmarkBtn, reportBtn),
    extButtons.length ? h('div', { class: 'ntm-actions ntm-ext' }, ...extButtons) : null,
    extOutput,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void runCheck();
  });
  markBtn.addEventListener('click', () => void mark());
  unmarkBtn.addEventListener('click', () => void unmark());
  reportBtn.addEventListener('click', () => void writeReport());

  const status = h('p', { class: 'ntm-status', role: 'status', 'aria-live': 'polite' });
  const counts = h('p', { class: 'ntm-counts', 'aria-live': 'polite', 'aria-atomic': 'true', id: `${uid}-counts` });
  const results = h('div', { class: 'ntm-results-body' });
  const resultsSection = h('section', { class: 'ntm-results', 'aria-labelledby': `${uid}-res-h` },
    bindText(h('h2', { id: `${uid}-res-h`, class: 'ntm-h2' }), 'ui.result.heading'),
    counts,
    results);

  const panel = h('div', { class: 'ntm-panel', lang: state.lang },
    h('header', { class: 'ntm-head' }, bindText(h('h1', { class: 'ntm-title' }), 'ui.title'), langGroup),
    form,
    status,
    resultsSection);
  replaceChildren(root, panel);

  // ---- behaviour ----------------------------------------------------------------------------
  function setLang(l: Lang) {
    if (state.lang === l) return;
    state.lang = l;
    panel.setAttribute('lang', l);
    for (const b of langButtons) b.setAttribute('aria-pressed', String(b.dataset['lang'] === l));
    for (const f of bound) f();
    renderStatus();
    renderResults();
    for (const f of extLang) f(l);
    options.onLangChange?.(l);
  }

  function setStatus(msg: Bilingual | null, kind: 'info' | 'error' = 'info') {
    state.status = msg;
    state.statusKind = kind;
    renderStatus();
  }

  function renderStatus() {
    setText(status, state.status ? state.status[state.lang] : '');
    status.classList.toggle('ntm-status-error', state.statusKind === 'error');
  }

  function both(key: string, params?: Params): Bilingual {
    return { vi: text('vi', key, params), en: text('en', key, params) };
  }

  function failure(e: unknown): Bilingual {
    const reason = (e as { reason?: unknown })?.reason;
    if (reason && typeof reason === 'object' && 'vi' in reason && 'en' in reason) {
      const r = reason as Bilingual;
      return { vi: text('vi', 'ui.status.failed', { message: r.vi }), en: text('en', 'ui.status.failed', { message: r.en }) };
    }
    const m = e instanceof Error ? e.message : String(e);
    return both('ui.status.failed', { message: m });
  }

  function updateButtons() {
    const cells = state.report ? allIssues(state.report).some((i) => i.cell !== '') : false;
    checkBtn.disabled = state.busy;
    markBtn.disabled = state.busy || !cells;
    unmarkBtn.disabled = state.busy || !state.marked;
    reportBtn.disabled = state.busy || !state.report;
    for (const b of extButtons) b.disabled = state.busy;
    panel.setAttribute('aria-busy', String(state.busy));
  }

  async function busy<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (state.busy || state.destroyed) return undefined;
    state.busy = true;
    updateButtons();
    try {
      return await work();
    } catch (e) {
      if (!state.destroyed) setStatus(failure(e), 'error');
      return undefined;
    } finally {
      state.busy = false;
      if (!state.destroyed) updateButtons();
    }
  }

  async function runCheck() {
    const reading = readForm(state.form);
    if (!reading.ok) {
      yearError.hidden = false;
      setText(yearError, reading.message[state.lang]);
      yearInput.setAttribute('aria-invalid', 'true');
      yearInput.focus();
      return;
    }
    await busy(async () => {
      setStatus(both('ui.status.reading'));
      let wb: WorkbookData;
      if (state.form.scope === 'workbook') wb = await host.readWorkbook();
      else {
        const [info, sheet] = [await host.info(), await host.readActive(state.form.scope)];
        wb = { name: info.documentName, sheets: [sheet] };
      }
      if (state.destroyed) return;
      const report = checkWorkbook(wb, reading.options);
      showReport(report, state.form.context, state.form.setId);
      setStatus(both('ui.status.done', { tables: report.tables.length }));
    });
  }

  function showReport(report: CheckReport, contextTyped = '', setId = state.form.setId) {
    state.report = report;
    state.reportContext = contextTyped;
    state.reportSetId = setId;
    state.filter = null;
    renderResults();
    updateButtons();
  }

  async function mark() {
    const report = state.report;
    if (!report) return;
    const issues = state.filter ? allIssues(report).filter((i) => i.code === state.filter) : allIssues(report);
    const marks = marksFor(issues);
    await busy(async () => {
      await host.highlight(marks);
      state.marked = true;
      setStatus(both('ui.status.marked', { count: marks.length }));
    });
  }

  async function unmark() {
    await busy(async () => {
      await host.clearHighlights();
      state.marked = false;
      setStatus(both('ui.status.unmarked'));
    });
  }

  async function writeReport() {
    const report = state.report;
    if (!report) return;
    await busy(async () => {
      await host.writeReport(report, state.lang);
      setStatus(both('ui.status.report-written', { sheet: REPORT_SHEET }));
    });
  }

  async function runExtension(e: PanelExtension) {
    replaceChildren(extOutput);
    extLang = [];
    await busy(() => e.run({
      host, lang: state.lang, form: { ...state.form }, report: state.report, output: extOutput,
      onLangChange: (fn) => { extLang.push(fn); },
      setStatus: (m) => setStatus(m),
      showReport: (r) => showReport(r, state.form.context, state.form.setId),
    }));
  }

  function selectIssue(i: Issue) {
    if (!i.cell) return;
    void host.selectCell(i.sheet, i.cell).catch((e: unknown) => setStatus(failure(e), 'error'));
  }

  function setFilter(code: IssueCode | null) {
    state.filter = state.filter === code ? null : code;
    renderResults();
    const sel = state.filter === null ? '[data-code=""]' : `[data-code="${state.filter}"]`;
    (results.querySelector(sel) as HTMLElement | null)?.focus();
  }

  function renderResults() {
    const report = state.report;
    const L = state.lang;
    if (!report) {
      setText(counts, '');
      replaceChildren(results, h('p', { class: 'ntm-empty' }, t('ui.status.ready')));
      return;
    }
    setText(counts, countsLine(report, L));
    counts.classList.toggle('ntm-counts-clean', report.counts.error + report.counts.warning + report.counts.info === 0);

    const meta = h('dl', { class: 'ntm-meta' },
      h('dt', null, t('report.file')), h('dd', null, report.file),
      h('dt', null, t('report.set')), h('dd', null, setLine(report, state.reportSetId, L)),
      h('dt', null, t('report.context')), h('dd', null, contextLine(report, state.reportContext, L)),
      report.year !== undefined ? h('dt', null, t('report.year')) : null,
      report.year !== undefined ? h('dd', null, String(report.year)) : null,
    );

    const tables = report.tables.length === 0
      ? h('p', { class: 'ntm-empty' }, t('ui.result.no-tables'))
      : h('ul', { class: 'ntm-tables' }, ...report.tables.map((tb) => {
        const n = tb.issues.length;
        return h('li', { class: `ntm-table ntm-kind-${tb.kind}` },
          h('p', { class: 'ntm-table-head' },
            h('span', { class: 'ntm-table-kind' }, message(`kind.${tb.kind}`)[L]),
            n ? h('span', { class: 'ntm-table-count' }, t('ui.result.table-issues', { count: n })) : null),
          h('p', { class: 'ntm-table-where' }, t('ui.result.table-where', { sheet: tb.sheet, range: tb.range })),
          ...summaryLines(tb, L).map((s) => h('p', { class: 'ntm-table-line' }, s)));
      }));

    const total = report.byCode.reduce((a, b) => a + b.count, 0);
    const codes = report.byCode.length === 0 ? null : h('div', { class: 'ntm-codes-block' },
      h('h3', { class: 'ntm-h3' }, t('report.by-code')),
      h('p', { class: 'ntm-help' }, t('ui.result.by-code-help')),
      h('ul', { class: 'ntm-codes', role: 'list' },
        ...report.byCode.map((b) => {
          const btn = h('button', { type: 'button', class: `ntm-code ntm-sev-${b.severity}`, 'data-code': b.code, 'aria-pressed': String(state.filter === b.code) },
            h('span', { class: 'ntm-code-count' }, String(b.count)),
            h('span', { class: 'ntm-code-name' }, codeName(b.code, L)),
            h('span', { class: 'ntm-code-id' }, `${b.code} · ${t(`severity.${b.severity}`)}`));
          btn.addEventListener('click', () => setFilter(b.code));
          return h('li', null, btn);
        }),
        (() => {
          const all = h('button', { type: 'button', class: 'ntm-code ntm-code-all', 'data-code': '', 'aria-pressed': String(state.filter === null) },
            t('ui.btn.all', { count: total }));
          all.addEventListener('click', () => setFilter(null));
          return h('li', null, all);
        })()));

    const groups = issueGroups(report, state.filter);
    const shown = groups.reduce((a, g) => a + g.issues.length, 0);
    const issuesBlock = shown === 0 ? null : h('div', { class: 'ntm-issues-block' },
      h('h3', { class: 'ntm-h3' }, state.filter ? t('ui.result.issues-filtered', { name: codeName(state.filter, L), count: shown }) : t('ui.result.issues')),
      ...groups.map((g) => h('section', { class: 'ntm-issue-group' },
        h('h4', { class: 'ntm-h4' }, g.sheet === null ? t('ui.result.file-level') : t('ui.result.sheet', { sheet: g.sheet })),
        h('ol', { class: 'ntm-issues' }, ...g.issues.map((i) => h('li', null, issueItem(i)))))));

    replaceChildren(results, meta,
      h('h3', { class: 'ntm-h3' }, t('report.tables')), tables,
      codes, issuesBlock);
  }

  function issueItem(i: Issue): HTMLElement {
    const L = state.lang;
    const val = valueText(i.value, L);
    const parts = [
      h('span', { class: 'ntm-issue-top' },
        h('span', { class: `ntm-badge ntm-sev-${i.severity}` }, t(`severity.${i.severity}`)),
        i.cell ? h('span', { class: 'ntm-issue-cell' }, i.cell) : null,
        h('span', { class: 'ntm-issue-code' }, codeName(i.code, L))),
      h('span', { class: 'ntm-issue-msg' }, i.message[L]),
      val ? h('span', { class: 'ntm-issue-value' }, val) : null,
      i.hint ? h('span', { class: 'ntm-issue-hint' }, i.hint[L]) : null,
    ];
    if (!i.cell) return h('div', { class: `ntm-issue ntm-issue-static ntm-sev-${i.severity}` }, ...parts);
    const b = h('button', {
      type: 'button', class: `ntm-issue ntm-sev-${i.severity}`, 'data-sheet': i.sheet, 'data-cell': i.cell, 'data-issue-code': i.code,
      title: t('ui.result.goto', { cell: i.cell, sheet: i.sheet }),
    }, ...parts);
    b.addEventListener('click', () => selectIssue(i));
    return b;
  }

  renderResults();
  updateButtons();

  return {
    destroy() {
      state.destroyed = true;
      replaceChildren(root);
    },
    reset() {
      state.report = null;
      state.filter = null;
      state.marked = false;
      setStatus(null);
      renderResults();
      updateButtons();
    },
  };
}

export type { HostPort } from './host.js';
