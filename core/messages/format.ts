import { formatNumber, type Lang } from '../text/format.js';

/** A parameter: text, a number (written per language), or text in both languages. */
export type Param = string | number | undefined | null | { vi: string; en: string };
export type Params = Record<string, Param>;

/**
 * Fills "{name}" placeholders. Numbers are written the way the language writes them
 * (decimal comma in Vietnamese); a `{vi, en}` parameter gives each language its own text.
 * A placeholder with no value is left empty.
 */
export function fill(template: string, params: Params | undefined, lang: Lang): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (_m, k: string) => {
    const v = params[k];
    if (v === undefined || v === null) return '';
    if (typeof v === 'number') return formatNumber(v, lang);
    if (typeof v === 'object') return v[lang];
    return v;
  });
}
