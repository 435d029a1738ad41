/**
 * The province roll-up: every returned commune workbook is checked with the annex checks, tied to
 * its commune, and the communes are counted the way the programme counts them: criteria met per
 * commune, communes meeting all criteria, communes at "cơ bản" level (a setting, 15 by default),
 * the average of criteria per commune recomputed from the counts (never from percentages), the
 * indicators failing most, the communes missing and the files that could not be used and why.
 *
 * Workbooks from before the 2025 reform, named by old communes, roll up into the new commune they
 * became part of; when several old communes sent files, the new commune takes the lowest standard
 * among them (core mergedStandard), and its row says which files it was built from.
 */
import { checkWorkbook, isPackSheet, resolvePack } from '../annex/index.js';
import type { CheckReport, RowResult, TableReport } from '../annex/types.js';
import { communesOfProvince, findCommune, findProvince, mergedStandard, type Commune, type CommuneKind, type Province, type Standard } from '../communes/index.js';
import { parseContext } from '../context/index.js';
import { classify, DEFAULT_SETTINGS, type CommuneClass } from '../evaluate/commune.js';
import type { Verdict } from '../evaluate/indicator.js';
import { message, type Bilingual } from '../messages/index.js';
import { findIndicator } from '../packs/levels.js';
import { getPack, DEFAULT_PACK_ID } from '../packs/registry.js';
import type { Pack } from '../packs/schema.js';
import { packDigest, packFromSheet } from '../packs/sheet.js';
import type { WorkbookData } from '../sheet/index.js';
import { key } from '../text/index.js';
import { cellToText } from '../values/index.js';
import { communeNames, identify, provinceOfWorkbook, workbookYear, type IdentifiedBy } from './identify.js';

export interface RollupFile {
  /** File name as shown to the user. */
  name: string;
  workbook?: WorkbookData;
  /** Why the file could not be read (io/ said so). */
  error?: Bilingual;
}

export interface RollupOptions {
  /** The province's set; absent: each file's "Bộ tiêu chí" sheet over the built-in set it names. */
  pack?: Pack;
  /** Province name or code; absent: read from the templates or the communes found. */
  province?: string;
  basicAt?: number;
  /** Kinds of units expected (default xã and đặc khu, as the templates list). */
  include?: readonly CommuneKind[];
  year?: number;
}

export type FileStatus = 'used' | 'merged' | 'duplicate' | 'superseded' | 'unreadable' | 'unidentified' | 'outside' | 'other-set';

export interface FileResult {
  file: string;
  status: FileStatus;
  commune?: { code: string; name: string };
  /** The old commune (before 1/7/2025) the file is about. */
  oldName?: string;
  identifiedBy?: IdentifiedBy;
  reason?: Bilingual;
  criteriaMet?: number;
  counts?: { error: number; warning: number; info: number };
  notes: Bilingual[];
}

export interface CommuneRow {
  code: string;
  name: string;
  kind: CommuneKind;
  /** Units before 1/7/2025 it was formed from. */
  parts: string[];
  /** Region or group as the file gave it. */
  context: string | null;
  reported: boolean;
  criteriaMet?: number;
  criteriaTotal: number;
  indicatorsMet?: number;
  class?: CommuneClass;
  classText?: Bilingual;
  /** Per criterion of the set, in order; null when the commune sent nothing. */
  criteria: Array<{ code: string; verdict: Verdict | null }>;
  indicators: Array<{ code: string; verdict: Verdict }>;
  /** The file the row comes from, and for merged old communes every file. */
  files: string[];
  fromOldCommunes?: Array<{ name: string; file: string; criteriaMet: number; standard: Standard }>;
  missingParts?: string[];
  notes: Bilingual[];
}

export interface RollupResult {
  set: string;
  pack: Pack;
  province: { code: string; name: string } | null;
  year?: number;
  basicAt: number;
  criteriaTotal: number;
  communes: CommuneRow[];
  files: FileResult[];
  totals: {
    expected: number;
    reported: number;
    missing: number;
    meetingAll: number;
    atBasic: number;
    /** Sum of criteria met over the communes with results, and its mean (2 decimals). */
    sumCriteria: number;
    average: number;
    files: number;
    unreadable: number;
    duplicates: number;
    merged: number;
  };
  failingIndicators: Array<{ code: string; wording: string; notMet: number; assessed: number }>;
  failingCriteria: Array<{ code: string; name: string; notMet: number }>;
}

export const DEFAULT_ROLLUP_INCLUDE: CommuneKind[] = ['xa', 'dac-khu'];

interface Evaluated {
  file: RollupFile;
  report: CheckReport;
  table: TableReport;
  pack: Pack;
  digest: string | null;
  context: string | null;
  year: number | undefined;
  criteria: Array<{ code: string; verdict: Verdict }>;
  indicators: Array<{ code: string; verdict: Verdict }>;
  criteriaMet: number;
  indicatorsMet: number;
}

const ASSESS_SHEET = 'Tự đánh giá';
const LIST_SHEET = '_DanhSachXa';

function isTemplate(wb: WorkbookData): boolean {
  return wb.sheets.some((s) => s.name === ASSESS_SHEET) && wb.sheets.some((s) => s.name === LIST_SHEET);
}

function text(v: unknown): string {
  return cellToText((v ?? null) as never).trim();
}

/** The region or group and the rule a template gives: the cells C4 and G4, else its own list. */
function templateContext(wb: WorkbookData, communeName: string | null): string | null {
  const a = wb.sheets.find((s) => s.name === ASSESS_SHEET);
  if (!a) return null;
  let ctx = text(a.values[3]?.[2]);
  let rule = text(a.values[3]?.[6]);
  const list = wb.sheets.find((s) => s.name === LIST_SHEET);
  if (list && communeName && (ctx === '' || rule === '')) {
    const row = list.values.find((r) => key(text(r[1])) === key(communeName));
    if (row) {
      if (ctx === '') ctx = text(row[3]);
      if (rule === '') rule = text(row[4]);
    }
  }
  const parts = [ctx, rule].filter((x) => x !== '');
  return parts.length ? parts.join(', ') : null;
}

function templateYear(wb: WorkbookData): number | undefined {
  const a = wb.sheets.find((s) => s.name === ASSESS_SHEET);
  const v = a?.values[2]?.[6];
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** The province a template was made for, from its list of communes. */
function templateProvince(wb: WorkbookData): Province | null {
  const list = wb.sheets.find((s) => s.name === LIST_SHEET);
  for (const r of list?.values ?? []) {
    const code = text(r[0]);
    if (/^\d{5}$/.test(code)) {
      const c = findCommune(code);
      if (c.ok) return c.province;
    }
  }
  return null;
}

function sheetPackId(wb: WorkbookData): string | null {
  const ps = wb.sheets.find((s) => isPackSheet(s.name));
  if (!ps) return null;
  for (const row of ps.values.slice(0, 30)) {
    if (key(text(row[0])) === 'ma bo tieu chi') return text(row[1]) || null;
  }
  return null;
}

/** A criterion's verdict from its indicators' verdicts, as the core's criterionVerdict decides. */
function criterionFrom(verdicts: Verdict[], missing: number): Verdict {
  if (verdicts.length === 0) return 'thieu-so-lieu';
  if (verdicts.every((v) => v === 'khong-danh-gia')) return 'khong-danh-gia';
  if (verdicts.includes('chua-dat')) return 'chua-dat';
  for (const v of ['loi', 'thieu-so-lieu', 'chua-co-nguong'] as const) if (verdicts.includes(v)) return v;
  if (missing > 0) return 'thieu-so-lieu';
  return 'dat';
}

function evaluate(f: RollupFile, opts: RollupOptions, basicAt: number): Evaluated | { error: Bilingual; status: FileStatus } {
  const wb = f.workbook!;
  const template = isTemplate(wb);
  const names = communeNames(wb);
  let pack: Pack;
  let usePackSheet = true;
  if (opts.pack) {
    pack = opts.pack;
    usePackSheet = false;
  } else {
    const id = sheetPackId(wb);
    pack = (id ? getPack(id) : null) ?? resolvePack(DEFAULT_PACK_ID)!;
  }
  // a template's own sheets only: its guide and province roll-up say nothing of this commune
  const sheets = template ? wb.sheets.filter((s) => isPackSheet(s.name) || s.name === ASSESS_SHEET || s.name === 'Kế hoạch') : wb.sheets;
  const context = template ? templateContext(wb, names[0]?.by === 'cell' ? names[0].name : null) : null;
  const year = opts.year ?? (template ? templateYear(wb) : undefined) ?? workbookYear(wb);
  const ctxOk = context ? parseContext(context, pack).ok : false;
  const report = checkWorkbook({ name: wb.name, sheets }, {
    pack, usePackSheet, settings: { basicAt },
    ...(context && ctxOk ? { context } : {}),
    ...(year !== undefined ? { year } : {}),
  });
  let effective = pack;
  let digest: string | null = null;
  const ps = wb.sheets.find((s) => isPackSheet(s.name));
  if (ps) {
    const read = packFromSheet(ps, { base: pack });
    if (read.pack) {
      digest = JSON.stringify(packDigest(read.pack));
      if (usePackSheet) effective = read.pack;
    }
  }
  const tables = report.tables.filter((t) => t.kind === 'indicator-assessment' || t.kind === 'criteria-summary');
  const table = tables.find((t) => t.sheet === ASSESS_SHEET) ?? tables.sort((a, b) => (b.rows?.length ?? 0) - (a.rows?.length ?? 0))[0];
  if (!table) return { error: message('rollup.no-assessment'), status: 'unreadable' };
  const rows: RowResult[] = table.rows ?? [];
  const isIndicator = (code: string) => code.includes('.') || findIndicator(effective, code) !== null;
  const indicators = rows.filter((r) => isIndicator(r.code)).map((r) => ({ code: r.code, verdict: r.verdict }));
  const critRows = new Map(rows.filter((r) => !isIndicator(r.code)).map((r) => [String(Number(r.code)), r.verdict] as const));
  const given = new Set(indicators.map((i) => i.code));
  const criteria = effective.criteria.map((c) => {
    const own = critRows.get(c.code);
    if (own) return { code: c.code, verdict: own };
    const inds = indicators.filter((i) => i.code.split('.')[0] === c.code);
    const missing = inds.length === 0 ? 0 : effective.indicators.filter((i) => i.criterion === c.code && !given.has(i.code)).length;
    return { code: c.code, verdict: criterionFrom(inds.map((i) => i.verdict), missing) };
  });
  const counted = (v: Verdict) => v === 'dat' || v === 'khong-danh-gia';
  const criteriaMet = table.summary.criteriaMet ?? criteria.filter((c) => counted(c.verdict)).length;
  const indicatorsMet = indicators.filter((i) => counted(i.verdict)).length;
  return { file: f, report, table, pack: effective, digest, context, year, criteria, indicators, criteriaMet, indicatorsMet };
}

function standardOf(criteriaMet: number, total: number): Standard {
  return criteriaMet >= total ? 'dat-chuan' : 'chua-dat';
}

/** Rolls up the returned workbooks of a province. */
export function rollupWorkbooks(files: readonly RollupFile[], opts: RollupOptions = {}): RollupResult {
  const basicAt = opts.basicAt ?? DEFAULT_SETTINGS.basicAt;
  const include = opts.include ?? DEFAULT_ROLLUP_INCLUDE;
  const results = new Map<string, FileResult>();
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));

  // the province: given, else the template's list, else the communes the files name
  let province: Province | null = opts.province ? findProvince(opts.province) : null;
  if (!province) {
    for (const f of sorted) {
      if (f.workbook && isTemplate(f.workbook)) province = templateProvince(f.workbook);
      if (province) break;
    }
  }
  if (!province) {
    const votes = new Map<string, number>();
    for (const f of sorted) {
      if (!f.workbook) continue;
      // the province the titles name, else the one the commune's name points to
      const named = provinceOfWorkbook(f.workbook);
      const id = identify(communeNames(f.workbook), named?.code ?? null, workbookYear(f.workbook));
      const code = named?.code ?? (id.ok ? id.commune.province : null);
      if (code) votes.set(code, (votes.get(code) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) province = findProvince(best[0]);
  }

  // evaluate and identify each file
  interface Placed { ev: Evaluated; commune: Commune; old: boolean; oldName: string; by: IdentifiedBy }
  const placed: Placed[] = [];
  for (const f of sorted) {
    const base: FileResult = { file: f.name, status: 'unreadable', notes: [] };
    results.set(f.name, base);
    if (!f.workbook) {
      base.reason = f.error ?? message('rollup.no-assessment');
      continue;
    }
    const ev = evaluate(f, opts, basicAt);
    if ('error' in ev) {
      base.status = ev.status;
      base.reason = ev.error;
      continue;
    }
    base.counts = { error: ev.report.counts.error, warning: ev.report.counts.warning, info: ev.report.counts.info };
    base.criteriaMet = ev.criteriaMet;
    const id = identify(communeNames(f.workbook), province?.code ?? null, ev.year);
    if (!id.ok) {
      base.status = 'unidentified';
      base.reason = id.reason;
      continue;
    }
    base.commune = { code: id.commune.code, name: id.commune.name };
    base.identifiedBy = id.by;
    if (province && id.commune.province !== province.code) {
      base.status = 'outside';
      base.reason = message('rollup.other-province', { name: id.commune.name, province: findProvince(id.commune.province)?.name ?? id.commune.province, expected: province.name });
      continue;
    }
    if (!include.includes(id.commune.kind)) {
      base.status = 'outside';
      base.reason = message('template.commune-excluded', { name: id.commune.name });
      continue;
    }
    if (id.old) {
      base.oldName = id.name;
      base.notes.push(message('rollup.old-merged', { old: id.name, name: id.commune.name }));
    }
    placed.push({ ev, commune: id.commune, old: id.old, oldName: id.name, by: id.by });
  }

  // the set rolled up: given, else the one most files carry
  let pack = opts.pack ?? null;
  if (!pack) {
    const votes = new Map<string, { n: number; pack: Pack }>();
    for (const p of placed) {
      const k = p.ev.digest ?? p.ev.pack.id;
      const cur = votes.get(k) ?? { n: 0, pack: p.ev.pack };
      cur.n++;
      votes.set(k, cur);
    }
    pack = [...votes.values()].sort((a, b) => b.n - a.n)[0]?.pack ?? getPack(DEFAULT_PACK_ID)!;
  }
  const majorityDigest = JSON.stringify(packDigest(pack));
  const baseId = (p: Pack) => p.extends ?? p.id;
  const usable: Placed[] = [];
  for (const p of placed) {
    const fr = results.get(p.ev.file.name)!;
    if (baseId(p.ev.pack) !== baseId(pack) && p.ev.pack.id !== pack.id) {
      fr.status = 'other-set';
      fr.reason = message('rollup.other-set', { found: p.ev.pack.id, expected: pack.id });
      continue;
    }
    if (p.ev.digest && p.ev.digest !== majorityDigest) fr.notes.push(message('rollup.pack-differs'));
    usable.push(p);
  }

  // communes: each new commune from its own file; else from the files of the old communes it was formed from
  const total = pack.totals?.criteria ?? pack.criteria.length;
  const byCode = new Map<string, Placed[]>();
  for (const p of usable) byCode.set(p.commune.code, [...(byCode.get(p.commune.code) ?? []), p]);
  const expected = province ? communesOfProvince(province.code).filter((c) => include.includes(c.kind)) : [...new Map(usable.map((p) => [p.commune.code, p.commune] as const)).values()];
  const rows: CommuneRow[] = [];
  for (const c of expected) {
    const row: CommuneRow = {
      code: c.code, name: c.name, kind: c.kind, parts: c.parts, context: null, reported: false, criteriaTotal: total,
      criteria: pack.criteria.map((k) => ({ code: k.code, verdict: null })), indicators: [], files: [], notes: [],
    };
    rows.push(row);
    const list = byCode.get(c.code) ?? [];
    if (list.length === 0) {
      row.notes.push(message('rollup.missing'));
      continue;
    }
    const fresh = list.filter((p) => !p.old);
    const old = list.filter((p) => p.old);
    let chosen: Placed;
    if (fresh.length > 0) {
      chosen = fresh[0]!;
      for (const d of fresh.slice(1)) {
        const fr = results.get(d.ev.file.name)!;
        fr.status = 'duplicate';
        fr.reason = message('rollup.duplicate', { first: chosen.ev.file.name });
      }
      if (fresh.length > 1) row.notes.push(message('rollup.duplicate-note', { count: fresh.length, files: fresh.map((d) => d.ev.file.name).join(', '), used: chosen.ev.file.name }));
      for (const o of old) {
        const fr = results.get(o.ev.file.name)!;
        fr.status = 'superseded';
        fr.reason = message('rollup.old-superseded', { name: c.name, old: o.oldName });
      }
      results.get(chosen.ev.file.name)!.status = 'used';
      row.files = [chosen.ev.file.name];
    } else {
      // several old communes: one file each (the first by name), the lowest standard kept
      const perOld = new Map<string, Placed>();
      for (const o of old) {
        const k = key(o.oldName).replace(/^(xa|phuong|thi tran)\s+/, '');
        const first = perOld.get(k);
        if (first) {
          const fr = results.get(o.ev.file.name)!;
          fr.status = 'duplicate';
          fr.reason = message('rollup.duplicate', { first: first.ev.file.name });
        } else perOld.set(k, o);
      }
      const parts = [...perOld.values()];
      const standards = parts.map((p) => standardOf(p.ev.criteriaMet, total));
      const lowest = mergedStandard(standards)!;
      chosen = parts
        .filter((p) => standardOf(p.ev.criteriaMet, total) === lowest)
        .sort((a, b) => a.ev.criteriaMet - b.ev.criteriaMet || a.ev.indicatorsMet - b.ev.indicatorsMet)[0]!;
      for (const p of parts) results.get(p.ev.file.name)!.status = 'merged';
      row.files = parts.map((p) => p.ev.file.name);
      row.fromOldCommunes = parts.map((p, i) => ({ name: p.oldName, file: p.ev.file.name, criteriaMet: p.ev.criteriaMet, standard: standards[i]! }));
      row.notes.push(message('rollup.old-note', {
        parts: parts.map((p) => `${titleName(p.oldName)} ${p.ev.criteriaMet}/${total} (${p.ev.file.name})`).join('; '),
        lowest: titleName(chosen.oldName),
      }));
      const covered = new Set(parts.map((p) => key(p.oldName).replace(/^(xa|phuong|thi tran)\s+/, '')));
      const missing = c.parts.filter((p) => !covered.has(key(p).replace(/^(xa|phuong|thi tran)\s+/, '')));
      if (missing.length) {
        row.missingParts = missing;
        row.notes.push(message('rollup.old-missing', { parts: missing.join(', ') }));
      }
    }
    const ev = chosen.ev;
    row.reported = true;
    row.context = ev.context ?? ev.report.context;
    row.criteriaMet = ev.criteriaMet;
    row.indicatorsMet = ev.indicatorsMet;
    const cls = classify(ev.criteriaMet, total, basicAt);
    row.class = cls.class;
    row.classText = cls.text;
    row.criteria = pack.criteria.map((k) => ({ code: k.code, verdict: ev.criteria.find((x) => x.code === k.code)?.verdict ?? 'thieu-so-lieu' }));
    row.indicators = ev.indicators;
  }
  // files tied to a commune outside the list of expected ones (no province known)
  for (const fr of results.values()) if (fr.status === 'unreadable' && !fr.reason) fr.reason = message('rollup.no-assessment');

  const reported = rows.filter((r) => r.reported);
  const sum = reported.reduce((s, r) => s + r.criteriaMet!, 0);
  const failingIndicators = new Map<string, { notMet: number; assessed: number }>();
  for (const r of reported) {
    for (const i of r.indicators) {
      const cur = failingIndicators.get(i.code) ?? { notMet: 0, assessed: 0 };
      cur.assessed++;
      if (i.verdict === 'chua-dat') cur.notMet++;
      failingIndicators.set(i.code, cur);
    }
  }
  const fileList = [...results.values()];
  return {
    set: pack.id, pack, province: province ? { code: province.code, name: province.name } : null,
    ...(opts.year !== undefined ? { year: opts.year } : yearOf(usable)),
    basicAt, criteriaTotal: total, communes: rows, files: fileList,
    totals: {
      expected: rows.length, reported: reported.length, missing: rows.length - reported.length,
      meetingAll: reported.filter((r) => r.criteriaMet! >= total).length,
      atBasic: reported.filter((r) => r.criteriaMet! >= basicAt).length,
      sumCriteria: sum, average: reported.length ? Math.round((sum / reported.length) * 100) / 100 : 0,
      files: fileList.length,
      unreadable: fileList.filter((f) => f.status === 'unreadable').length,
      duplicates: fileList.filter((f) => f.status === 'duplicate').length,
      merged: fileList.filter((f) => f.status === 'merged' || f.status === 'superseded').length,
    },
    failingIndicators: [...failingIndicators.entries()]
      .filter(([, v]) => v.notMet > 0)
      .sort((a, b) => b[1].notMet - a[1].notMet || compareCodes(a[0], b[0]))
      .map(([code, v]) => ({ code, wording: pack!.indicators.find((i) => i.code === code)?.wording?.vi ?? '', ...v })),
    failingCriteria: pack.criteria
      .map((c, k) => ({ code: c.code, name: c.name.vi, notMet: reported.filter((r) => r.criteria[k]!.verdict !== 'dat' && r.criteria[k]!.verdict !== 'khong-danh-gia').length }))
      .filter((c) => c.notMet > 0)
      .sort((a, b) => b.notMet - a.notMet || Number(a.code) - Number(b.code)),
  };
}

function yearOf(placed: ReadonlyArray<{ ev: Evaluated }>): { year?: number } {
  const votes = new Map<number, number>();
  for (const p of placed) if (p.ev.year !== undefined) votes.set(p.ev.year, (votes.get(p.ev.year) ?? 0) + 1);
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? { year: best[0] } : {};
}

function compareCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function titleName(s: string): string {
  const t = s.trim();
  return /^(xa|phuong|thi tran)\s/i.test(t) && t === t.toLowerCase() ? t.replace(/\b\p{L}/gu, (m) => m.toUpperCase()) : t;
}
