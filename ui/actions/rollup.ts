/**
 * "Tổng hợp": the aggregate room's province roll-up (core/aggregate rollupWorkbooks) over the
 * open workbook, one commune per self-assessment sheet (an office that gathered the communes'
 * sheets into one file). The figures show in the panel; "Chèn bảng tổng hợp" inserts the summary
 * sheets (rollupToSpec) through host.insertSheets.
 */
import {
  getPack, Grid, hasAdminUnits, isPackSheet, isSkippableSheet, message, provinces, recogniseSheet, text,
  type Lang, type SheetData,
} from '../../core/index.js';
import { rollupToSpec, rollupWorkbooks, type RollupFile, type RollupResult } from '../../core/aggregate/index.js';
import { averageText } from '../../core/aggregate/summary.js';
import type { Bilingual, Params } from '../../core/messages/index.js';
import { h, replaceChildren, setText } from '../dom.js';
import type { PanelContext, PanelExtension } from '../panel.js';
import { bilingualStatus } from './status.js';

let forms = 0;

const both = (key: string, params?: Params): Bilingual => message(key, params);

/** Whether a sheet holds a self-assessment (indicator or criteria table): the sheets a roll-up counts. */
export function isAssessmentSheet(s: SheetData): boolean {
  if (isPackSheet(s.name) || isSkippableSheet(s.name)) return false;
  return recogniseSheet(new Grid(s)).some((t) => t.kind === 'indicator-assessment' || t.kind === 'criteria-summary');
}

/** One file per self-assessment sheet, each with the workbook's "Bộ tiêu chí" sheet when it has one. */
export function rollupFiles(sheets: readonly SheetData[]): RollupFile[] {
  const pack = sheets.find((s) => isPackSheet(s.name));
  return sheets.filter(isAssessmentSheet).map((s) => ({ name: s.name, workbook: { name: s.name, sheets: pack ? [pack, s] : [s] } }));
}

/** The lines the panel shows for a roll-up: the figures, the indicators failing most, each sheet's fate. */
export function rollupLines(r: RollupResult): Bilingual[] {
  const t = r.totals;
  const lines: Bilingual[] = [];
  if (r.province) lines.push({ vi: `${r.province.name} — ${r.set}`, en: `${r.province.name} — ${r.set}` });
  lines.push(both('rollup.summary', {
    reported: t.reported, expected: t.expected, standard: t.meetingAll, basic: t.atBasic, basicAt: r.basicAt,
    average: averageText(t.average), files: t.files, unreadable: t.unreadable, duplicates: t.duplicates, merged: t.merged,
  }));
  const top = r.failingIndicators.slice(0, 5).map((f) => `${f.code} (${f.notMet}/${f.assessed})`);
  if (top.length) lines.push(both('rollup.failing', { list: top.join(', ') }));
  for (const f of r.files) {
    const status = message(`rollup.status.${f.status}`);
    const why = [f.reason, ...f.notes].filter((x): x is Bilingual => !!x);
    const detail = (l: Lang) => (f.commune ? ` → ${f.commune.name}.` : '.') + why.map((x) => ` ${x[l]}`).join('');
    lines.push(both('ui.roll.sheet', { sheet: f.file, status, detail: { vi: detail('vi'), en: detail('en') } }));
  }
  return lines;
}

export const rollupExtension: PanelExtension = {
  id: 'rollup',
  labelKey: 'ui.ext.rollup',
  available: () => hasAdminUnits(),
  async run(ctx: PanelContext) {
    const uid = `ntm-roll${++forms}`;
    const province = h('input', { id: `${uid}-p`, type: 'text', list: `${uid}-pl`, autocomplete: 'off', name: 'roll-province' });
    const provinceList = h('datalist', { id: `${uid}-pl` }, ...provinces().map((p) => h('option', { value: p.shortName })));
    const runBtn = h('button', { type: 'button', class: 'ntm-btn ntm-btn-primary', 'data-action': 'roll-run' });
    const insertBtn = h('button', { type: 'button', class: 'ntm-btn', 'data-action': 'roll-insert', hidden: true });
    const out = h('div', { class: 'ntm-ext-result', role: 'status', 'aria-live': 'polite' });
    const legend = h('legend');
    const label = h('label', { for: province.id });
    const labels: Array<[HTMLElement, string]> = [[legend, 'ui.roll.legend'], [label, 'ui.roll.province'], [runBtn, 'ui.roll.run'], [insertBtn, 'ui.roll.insert']];
    const box = h('fieldset', { class: 'ntm-ext-form' }, legend, h('div', { class: 'ntm-field' }, label, province, provinceList), runBtn, out, insertBtn);
    let result: RollupResult | null = null;
    let figures: Bilingual[] = [];
    const { show } = bilingualStatus(ctx, out, labels);
    replaceChildren(ctx.output, box);
    province.focus();

    const guard = (work: () => Promise<void>) => async () => {
      runBtn.disabled = true;
      insertBtn.disabled = true;
      try {
        await work();
      } catch (e) {
        show([both('ui.status.failed', { message: e instanceof Error ? e.message : String(e) })], true);
      } finally {
        runBtn.disabled = false;
        insertBtn.disabled = false;
      }
    };

    runBtn.addEventListener('click', () => void guard(async () => {
      result = null;
      insertBtn.hidden = true;
      const wb = await ctx.host.readWorkbook();
      const files = rollupFiles(wb.sheets);
      if (files.length === 0) {
        show([both('ui.roll.none')], true);
        return;
      }
      const hasPackSheet = wb.sheets.some((s) => isPackSheet(s.name));
      const pack = getPack(ctx.form.setId);
      const year = /^\d{4}$/.test(ctx.form.year.trim()) ? Number(ctx.form.year.trim()) : undefined;
      const r = rollupWorkbooks(files, {
        ...(province.value.trim() ? { province: province.value.trim() } : {}),
        ...(!hasPackSheet && pack ? { pack } : {}),
        ...(year !== undefined ? { year } : {}),
      });
      if (!r.province) {
        show([both('ui.roll.province-unknown'), ...rollupLines(r)], true);
        return;
      }
      result = r;
      figures = rollupLines(r);
      show(figures, false);
      insertBtn.hidden = typeof ctx.host.insertSheets !== 'function';
    })());

    insertBtn.addEventListener('click', () => void guard(async () => {
      if (!result || !ctx.host.insertSheets) return;
      const names = await ctx.host.insertSheets(rollupToSpec(result).sheets);
      show([...figures, both('ui.roll.inserted', { names: names.join(', ') })], false);
    })());
  },
};
