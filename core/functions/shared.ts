import { parseContext, type ResolvedContext } from '../context/index.js';
import { compileIndicator, type IndicatorEvaluator } from '../evaluate/batch.js';
import { builtinPacks, DEFAULT_PACK_ID, getPack } from '../packs/registry.js';
import type { Pack } from '../packs/schema.js';
import { packFromSheet, PACK_SHEET_NAME, type PackSheetResult } from '../packs/sheet.js';
import { cleanText } from '../text/index.js';
import { isCellError } from '../values/index.js';
import type { CellValue } from '../values/types.js';
import { fail, failWith, isAbsent } from './framework.js';
import type { Bilingual } from '../messages/index.js';
import type { Grid, ParamSpec } from './types.js';

/*
 * What several functions share: the criteria set (a built-in id, or a "Bộ tiêu chí" table given
 * as a range, parsed once per content), the commune's context, the year, an indicator code.
 */

/** The parameters most functions share, described once. */
export const P = {
  code: {
    name: { vi: 'mã_chỉ_tiêu', en: 'code' },
    description: { vi: 'Mã chỉ tiêu, ví dụ "15.3", "5", "17.10" (một ô hoặc một cột mã)', en: 'Indicator code, e.g. "15.3", "5", "17.10" (one cell or a column of codes)' },
    kind: 'scalar', type: 'string', broadcast: true,
  },
  context: {
    name: { vi: 'vùng', en: 'context' },
    description: {
      vi: 'Vùng (BTB, ĐBSH, TDMNPB…, hoặc tên tỉnh) hoặc nhóm xã (Nhóm 1–3); có thể kèm diện xã, ví dụ "BTB, ĐBKK"',
      en: 'Region (BTB, ĐBSH, TDMNPB…, or a province name) or commune group (Nhóm 1–3), optionally with the commune\'s status, e.g. "BTB, ĐBKK"',
    },
    kind: 'scalar', type: 'string', broadcast: true,
  },
  /** The same, one per call (functions that read a whole commune). */
  contextOne: {
    name: { vi: 'vùng', en: 'context' },
    description: {
      vi: 'Vùng (BTB, ĐBSH, TDMNPB…, hoặc tên tỉnh) hoặc nhóm xã (Nhóm 1–3) của xã; có thể kèm diện xã, ví dụ "BTB, ĐBKK"',
      en: 'The commune\'s region (BTB, ĐBSH, TDMNPB…, or a province name) or commune group (Nhóm 1–3), optionally with its status, e.g. "BTB, ĐBKK"',
    },
    kind: 'scalar', type: 'string',
  },
  year: {
    name: { vi: 'năm', en: 'year' },
    description: { vi: 'Năm đánh giá, cho chỉ tiêu có mức theo năm (thu nhập)', en: 'Year of the assessment, for indicators with a level per year (income)' },
    kind: 'scalar', type: 'number', optional: true,
  },
  setOrPack: {
    name: { vi: 'bộ_tiêu_chí', en: 'set_or_pack' },
    description: {
      vi: 'Bộ tiêu chí: mã bộ có sẵn ("318", "2026-2030") hoặc vùng chứa bảng "Bộ tiêu chí" của tệp; bỏ trống: bộ 2021-2025',
      en: 'Criteria set: a built-in id ("318", "2026-2030") or a range holding the workbook\'s "Bộ tiêu chí" table; blank: the 2021-2025 set',
    },
    kind: 'range', type: 'any', optional: true,
  },
  codes: {
    name: { vi: 'các_mã', en: 'codes' },
    description: { vi: 'Vùng các mã chỉ tiêu của xã (dòng trống, dòng nhóm "I", "II" được bỏ qua)', en: 'Range of the commune\'s indicator codes (blank rows and group rows "I", "II" are skipped)' },
    kind: 'range', type: 'any',
  },
  values: {
    name: { vi: 'các_giá_trị', en: 'values' },
    description: { vi: 'Vùng giá trị tương ứng (số, tỷ lệ, "Đạt", "Có"…), dài bằng vùng mã', en: 'Range of the matching values (numbers, rates, "Đạt", "Có"…), as long as the codes' },
    kind: 'range', type: 'any',
  },
} as const satisfies Record<string, ParamSpec>;

// ---------------------------------------------------------------------------------------------
// criteria set: a built-in id, or a "Bộ tiêu chí" range parsed once per content

const MAX_CACHED = 16;
const byIdentity = new WeakMap<object, PackSheetResult>();
const byContent = new Map<string, { content: string; result: PackSheetResult }>();
const stats = { parses: 0, hits: 0 };

/** How often a "Bộ tiêu chí" range was parsed, and how often the cache answered (for tests). */
export function packCacheStats(): { parses: number; hits: number; entries: number } {
  return { ...stats, entries: byContent.size };
}

/** Empties the cache (tests). */
export function clearPackCache(): void {
  byContent.clear();
  stats.parses = 0;
  stats.hits = 0;
}

function cellCode(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return 'd' + (Number.isNaN(v.getTime()) ? '' : v.toISOString());
  if (isCellError(v)) return 'e' + v.error;
  return (typeof v).charAt(0) + String(v);
}

/** The content of a range as one string: cells by type and value, rows and cells separated. */
export function gridContent(g: Grid): string {
  return g.map((r) => r.map(cellCode).join('\u001f')).join('\u001e');
}

/** cyrb53: a fast 53-bit string hash (public domain, bryc). */
export function hash53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Reads a "Bộ tiêu chí" table given as a range. The same content is parsed once: the answer is
 * kept by the array's identity (cells of one call) and by a hash of the content (later calls,
 * other cells), at most 16 tables.
 */
export function packFromGrid(g: Grid): PackSheetResult {
  const known = byIdentity.get(g);
  if (known) {
    stats.hits++;
    return known;
  }
  const content = gridContent(g);
  const k = `${hash53(content)}:${content.length}`;
  const hit = byContent.get(k);
  if (hit && hit.content === content) {
    stats.hits++;
    byContent.delete(k);
    byContent.set(k, hit); // most recently used last
    byIdentity.set(g, hit.result);
    return hit.result;
  }
  stats.parses++;
  const result = packFromSheet({ name: PACK_SHEET_NAME, values: g });
  byContent.set(k, { content, result });
  while (byContent.size > MAX_CACHED) byContent.delete(byContent.keys().next().value!);
  byIdentity.set(g, result);
  return result;
}

function nonBlankCells(g: Grid): CellValue[] {
  const out: CellValue[] = [];
  for (const r of g) for (const c of r) if (!isAbsent(c)) out.push(c);
  return out;
}

function packChoices(): string {
  return builtinPacks().map((p) => `${p.id} (${p.period.from}-${p.period.to})`).join(', ');
}

/**
 * The criteria set a function works with: none given → the 2021-2025 set; one cell → a built-in
 * id or alias ("318", "2026-2030"); a larger range → its "Bộ tiêu chí" table.
 */
export function packArg(g: Grid | undefined): Pack {
  if (g === undefined) return getPack(DEFAULT_PACK_ID)!;
  const cells = nonBlankCells(g);
  if (cells.length === 0) return getPack(DEFAULT_PACK_ID)!;
  if (cells.length === 1) {
    const v = cells[0]!;
    const id = isCellError(v) ? v.error : cleanText(String(v));
    const p = getPack(id);
    if (!p) failWith('pack.unknown', { value: id, valid: packChoices() });
    return p;
  }
  const r = packFromGrid(g);
  if (!r.pack) {
    const first = r.issues.find((i) => i.severity === 'error') ?? r.issues[0];
    if (!first) failWith('fn.error.pack-sheet', { detail: '?', cell: 'A1' });
    failWith('fn.error.pack-sheet', { detail: first.message, cell: first.cell });
  }
  return r.pack;
}

const contextMemo = new WeakMap<Pack, Map<string, { ok: true; context: ResolvedContext } | { ok: false; message: Bilingual }>>();
const MEMO_PER_PACK = 512;

/**
 * The commune's context for a pack, or the pack's own message listing the valid values. Read once
 * per spelling (a column of contexts repeats the same few).
 */
export function contextArg(pack: Pack, text: string): ResolvedContext {
  let m = contextMemo.get(pack);
  if (!m) contextMemo.set(pack, (m = new Map()));
  let r = m.get(text);
  if (!r) {
    r = parseContext(text, pack);
    if (m.size >= MEMO_PER_PACK) m.clear();
    m.set(text, r);
  }
  if (!r.ok) fail(r.message);
  return r.context;
}

const evaluatorMemo = new WeakMap<Pack, Map<string, IndicatorEvaluator>>();

/**
 * The compiled evaluator of one indicator for a context and year (core compileIndicator), kept
 * per pack so a column of thousands of values compares numbers directly and decides repeated
 * text once.
 */
export function evaluatorFor(pack: Pack, ctx: ResolvedContext, code: string, year: number | undefined): IndicatorEvaluator {
  let m = evaluatorMemo.get(pack);
  if (!m) evaluatorMemo.set(pack, (m = new Map()));
  const k = `${ctx.effective}\u0001${year ?? ''}\u0001${code}`;
  let e = m.get(k);
  if (!e) {
    e = compileIndicator(pack, ctx, code, year === undefined ? {} : { year });
    if (m.size >= 4 * MEMO_PER_PACK) m.clear();
    m.set(k, e);
  }
  return e;
}

/** A year, when given: a whole number between 1900 and 2200. */
export function yearArg(y: number | undefined): number | undefined {
  if (y === undefined) return undefined;
  if (!Number.isInteger(y) || y < 1900 || y > 2200) failWith('fn.error.bad-year', { value: String(y) });
  return y;
}

const CODE = /^\d{1,2}(\.\d{1,2}){0,2}[a-z]?$/;

/**
 * An indicator code as typed: "15.3", " 15.3. ", "15,3" (decimal comma), "Chỉ tiêu 15.3".
 * A number typed in a cell (15.3) arrives as text "15.3"; "17.10" typed as a number would read
 * 17.1, so codes with a trailing zero must be typed as text.
 */
export function codeArg(text: string): string {
  const c = cleanText(text).replace(/^(chỉ tiêu|chi tieu|tiêu chí|tieu chi|ct|tc)\s*/i, '').replace(/[.:)]+$/, '').replace(/,/g, '.');
  if (!CODE.test(c)) failWith('pack.bad-code', { value: text });
  return c;
}

/** Whether a code has a place in the pack: a known indicator, or an indicator of a known criterion. */
const placedMemo = new WeakMap<Pack, Set<string>>();

export function ensurePlaced(pack: Pack, code: string): void {
  let known = placedMemo.get(pack);
  if (!known) placedMemo.set(pack, (known = new Set([...pack.indicators.map((i) => i.code), ...pack.criteria.map((c) => `#${c.code}`)])));
  if (known.has(code) || known.has(`#${code.split('.')[0]!}`)) return;
  failWith('reason.unknown-code', { code, set: pack.id });
}

/** A pack's text in both languages (English falls back to Vietnamese). */
export function bi(t: { vi: string; en?: string | undefined }): Bilingual {
  return { vi: t.vi, en: t.en ?? t.vi };
}
