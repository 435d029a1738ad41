import type { Lang } from '../text/format.js';
import * as core from './core.js';
import * as io from './io.js';
import * as annex from './annex.js';
import * as cli from './cli.js';
import * as functions from './functions.js';
import * as ui from './ui.js';
import * as template from './template.js';
import * as sheets from './sheets.js';
import { fill, type Params } from './format.js';

export type { Params } from './format.js';
export type { Lang } from '../text/format.js';

/**
 * Every catalogue of user-facing text, Vietnamese first. A room keeps its own file (core.ts,
 * annex.ts, functions.ts, ui.ts …) exporting `vi` and `en`, and is listed here; the parity test
 * checks both languages have every key, and TypeScript checks it too (`en: Record<Key, string>`).
 */
export const catalogues: Record<string, { vi: Record<string, string>; en: Record<string, string> }> = {
  core,
  io,
  annex,
  cli,
  functions,
  ui,
  template,
  sheets,
};

const VI: Record<string, string> = {};
const EN: Record<string, string> = {};
for (const c of Object.values(catalogues)) {
  Object.assign(VI, c.vi);
  Object.assign(EN, c.en);
}

export interface Bilingual {
  vi: string;
  en: string;
}

/** The message in both languages. `message("verdict.dat")` //=> { vi: "Đạt", en: "Met" } */
export function message(key: string, params?: Params): Bilingual {
  const v = VI[key];
  const e = EN[key];
  if (v === undefined || e === undefined) throw new Error(`unknown message key ${key}`);
  return { vi: fill(v, params, 'vi'), en: fill(e, params, 'en') };
}

/** The message in one language. */
export function text(lang: Lang, key: string, params?: Params): string {
  const t = (lang === 'vi' ? VI : EN)[key];
  if (t === undefined) throw new Error(`unknown message key ${key}`);
  return fill(t, params, lang);
}

export function hasMessage(key: string): boolean {
  return key in VI && key in EN;
}
