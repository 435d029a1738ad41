import { text, type Lang } from '../../core/index.js';
import type { Bilingual } from '../../core/messages/index.js';
import { h, replaceChildren, setText } from '../dom.js';
import type { PanelContext } from '../panel.js';

/**
 * The labels and the status lines of a panel extension, kept in the panel's language: `show`
 * writes bilingual lines (as text) and re-renders them when the user switches language.
 */
export function bilingualStatus(ctx: PanelContext, out: HTMLElement, labels: Array<[HTMLElement, string]>): { show(msgs: Bilingual[], error: boolean): void } {
  let lang: Lang = ctx.lang;
  let shown: Bilingual[] = [];
  const relabel = (l: Lang) => {
    lang = l;
    for (const [el, key] of labels) setText(el, text(l, key));
    replaceChildren(out, ...shown.map((m) => h('p', null, m[l])));
  };
  relabel(lang);
  ctx.onLangChange(relabel);
  return {
    show(msgs, error) {
      shown = msgs;
      out.classList.toggle('ntm-status-error', error);
      relabel(lang);
    },
  };
}
