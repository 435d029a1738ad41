/**
 * "Chèn mẫu": the template room's province or commune workbook (core/template buildTemplate),
 * inserted into the open workbook through host.insertSheets. All its sheets go in together, so
 * the formulas that refer to one another ('Bộ tiêu chí', the hidden helper sheets) keep working;
 * a sheet whose name is taken comes in under a new name and the panel says which.
 */
import { buildTemplate, getPack, hasAdminUnits, provinces, text, type Lang } from '../../core/index.js';
import type { Bilingual } from '../../core/messages/index.js';
import { h, replaceChildren, setText } from '../dom.js';
import type { PanelContext, PanelExtension } from '../panel.js';
import { bilingualStatus } from './status.js';

let forms = 0;

/** The year a template is for: the one typed in the panel, else this year, kept inside the set's period. */
export function templateYear(typed: string, period: { from: number; to: number }, now = new Date()): number {
  const y = /^\d{4}$/.test(typed.trim()) ? Number(typed.trim()) : now.getFullYear();
  return Math.min(Math.max(y, period.from), period.to);
}

export const templateExtension: PanelExtension = {
  id: 'template',
  labelKey: 'ui.ext.template',
  available: (host) => typeof host.insertSheets === 'function' && hasAdminUnits(),
  async run(ctx: PanelContext) {
    const uid = `ntm-tpl${++forms}`;
    const pack = getPack(ctx.form.setId);
    if (!pack) return;
    const province = h('input', { id: `${uid}-p`, type: 'text', list: `${uid}-pl`, autocomplete: 'off', name: 'tpl-province' });
    const provinceList = h('datalist', { id: `${uid}-pl` }, ...provinces().map((p) => h('option', { value: p.shortName })));
    const year = h('input', { id: `${uid}-y`, type: 'text', inputmode: 'numeric', autocomplete: 'off', name: 'tpl-year', value: String(templateYear(ctx.form.year, pack.period)) });
    const commune = h('input', { id: `${uid}-c`, type: 'text', autocomplete: 'off', name: 'tpl-commune' });
    const insert = h('button', { type: 'button', class: 'ntm-btn ntm-btn-primary', 'data-action': 'tpl-insert' });
    const out = h('div', { class: 'ntm-ext-result', role: 'status', 'aria-live': 'polite' });
    const labels: Array<[HTMLElement, string]> = [];
    const label = (forId: string, key: string) => {
      const l = h('label', { for: forId });
      labels.push([l, key]);
      return l;
    };
    const legend = h('legend');
    labels.push([legend, 'ui.tpl.legend'], [insert, 'ui.tpl.insert']);
    const box = h('fieldset', { class: 'ntm-ext-form' }, legend,
      h('div', { class: 'ntm-field' }, label(province.id, 'ui.tpl.province'), province, provinceList),
      h('div', { class: 'ntm-field' }, label(year.id, 'ui.tpl.year'), year),
      h('div', { class: 'ntm-field' }, label(commune.id, 'ui.tpl.commune'), commune),
      insert, out);
    const { show } = bilingualStatus(ctx, out, labels);
    replaceChildren(ctx.output, box);
    province.focus();

    insert.addEventListener('click', () => void (async () => {
      const p = province.value.trim();
      if (p === '') {
        show([both('ui.tpl.need-province')], true);
        province.focus();
        return;
      }
      const built = buildTemplate({
        pack, province: p, year: Number(year.value.trim()) || NaN,
        ...(commune.value.trim() ? { commune: commune.value.trim() } : {}),
        ...(ctx.form.context.trim() ? { defaultContext: ctx.form.context.trim() } : {}),
      });
      if (!built.ok) {
        show(built.errors, true);
        return;
      }
      insert.disabled = true;
      try {
        const wanted = built.workbook.sheets.map((s) => s.name);
        const names = await ctx.host.insertSheets!(built.workbook.sheets);
        const msgs: Bilingual[] = [both('ui.tpl.done', { count: names.length, names: names.join(', ') })];
        names.forEach((n, i) => {
          if (n !== wanted[i]) msgs.push(both('ui.tpl.renamed', { name: wanted[i], as: n }));
        });
        show([...msgs, ...built.warnings], false);
      } catch (e) {
        const m = e instanceof Error ? e.message : String(e);
        show([both('ui.status.failed', { message: m })], true);
      } finally {
        insert.disabled = false;
      }
    })());
  },
};

function both(key: string, params?: Record<string, string | number | undefined>): Bilingual {
  return { vi: text('vi', key, params), en: text('en', key, params) };
}
