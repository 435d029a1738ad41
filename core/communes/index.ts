import { message, type Bilingual } from '../messages/index.js';
import { cleanText, key } from '../text/index.js';
import { AMBIGUOUS_OLD_PROVINCES, OLD_PROVINCE_REGION, REGION_LABEL, RENAMED_PROVINCES } from './regions.js';

export { OLD_PROVINCE_REGION, AMBIGUOUS_OLD_PROVINCES, REGION_SOURCE, REGION_LABEL } from './regions.js';

/** The shape of admin-units-2025.json (from thanglequoc/vietnamese-provinces-database, MIT). */
export interface AdminUnitsRaw {
  source?: string;
  provinces: Array<{ code: string; name: string; formedFrom: string }>;
  communes: Array<{ code: string; name: string; kind: string; province: string; formedFrom: string }>;
}

export type CommuneKind = 'xa' | 'phuong' | 'dac-khu';

export interface Province {
  code: string;
  /** "Tỉnh Thanh Hóa" */
  name: string;
  /** "Thanh Hóa" */
  shortName: string;
  formedFrom: string;
  /** The provinces before 1/7/2025 it was formed from ("Bắc Giang", "Bắc Ninh"). */
  oldProvinces: string[];
}

export interface Commune {
  code: string;
  /** "Xã Cẩm Thạch" */
  name: string;
  /** "Cẩm Thạch" */
  shortName: string;
  kind: CommuneKind;
  province: string;
  formedFrom: string;
  /** The units before 1/7/2025 it was formed from, as written ("Xã Cẩm Thành"); [] when unchanged. */
  parts: string[];
}

interface Index {
  provinces: Province[];
  communes: Commune[];
  byCode: Map<string, Commune>;
  byName: Map<string, Commune[]>;
  provinceByCode: Map<string, Province>;
  /** old unit key ("xa cam thanh") → new communes it went into */
  byPart: Map<string, Commune[]>;
}

let index: Index | null = null;
let rawSource: (() => AdminUnitsRaw) | null = null;

const UNIT_PREFIX = /^(thu do|thanh pho|tinh|xa|phuong|thi tran|dac khu|tp)\s+/;

/** "Xã Cẩm Thành" → "cam thanh"; "Tỉnh Thanh Hóa" → "thanh hoa". */
export function nameKey(s: string): string {
  let k = key(s);
  for (;;) {
    const n = k.replace(UNIT_PREFIX, '');
    if (n === k) break;
    k = n;
  }
  return k;
}

function shortOf(name: string): string {
  return cleanText(name).replace(/^(Thủ Đô|Thủ đô|Thành Phố|Thành phố|Tỉnh|Xã|Phường|Đặc khu|Đặc Khu)\s+/, '');
}

/** Splits a province's "formedFrom" ("tỉnh Bắc Giang và tỉnh Bắc Ninh") into old province names. */
export function parseOldProvinces(formedFrom: string, ownShortName: string): string[] {
  const first = formedFrom.split(/\.\s/)[0] ?? formedFrom;
  if (key(first) === 'giu nguyen') return [RENAMED_PROVINCES[ownShortName] ?? ownShortName];
  return first
    .split(/,|\svà\s/)
    .map((p) => cleanText(p).replace(/^(tỉnh|thành phố|Tỉnh|Thành phố)\s+/, ''))
    .map((p) => (key(p) === 'tphcm' ? 'Hồ Chí Minh' : p))
    .filter((p) => p !== '');
}

/** Splits a commune's "formedFrom" into old unit names, dropping qualifiers in parentheses. */
export function parseParts(formedFrom: string): string[] {
  if (key(formedFrom) === 'giu nguyen') return [];
  const noParens = formedFrom.replace(/\([^)]*\)/g, '');
  return noParens
    .split(/,|;/)
    .map((p) => cleanText(p))
    .filter((p) => p !== '');
}

function lowerNfc(s: string): string {
  return cleanText(s).toLowerCase();
}

function foldLower(s: string): string {
  return key(s);
}

/** Hands the data to the core (the CLI and tests import `core/communes/bundled`; bundles may load it apart). */
export function registerAdminUnits(source: AdminUnitsRaw | (() => AdminUnitsRaw)): void {
  rawSource = typeof source === 'function' ? source : () => source;
  index = null;
}

export function hasAdminUnits(): boolean {
  return rawSource !== null;
}

function build(): Index {
  if (index) return index;
  if (!rawSource) throw new Error('admin units not loaded (import core/communes/bundled or call registerAdminUnits)');
  const raw = rawSource();
  const provinces: Province[] = raw.provinces.map((p) => {
    const shortName = shortOf(p.name);
    return { code: p.code, name: p.name, shortName, formedFrom: p.formedFrom, oldProvinces: parseOldProvinces(p.formedFrom, shortName) };
  });
  const communes: Commune[] = raw.communes.map((c) => ({
    code: c.code, name: c.name, shortName: shortOf(c.name), kind: c.kind as CommuneKind, province: c.province,
    formedFrom: c.formedFrom, parts: parseParts(c.formedFrom),
  }));
  const byCode = new Map(communes.map((c) => [c.code, c] as const));
  const byName = new Map<string, Commune[]>();
  const byPart = new Map<string, Commune[]>();
  const push = (m: Map<string, Commune[]>, k: string, c: Commune) => {
    const l = m.get(k);
    if (l) {
      if (!l.includes(c)) l.push(c);
    } else m.set(k, [c]);
  };
  for (const c of communes) {
    push(byName, nameKey(c.name), c);
    if (c.parts.length === 0) push(byPart, key(c.name), c);
    for (const p of c.parts) push(byPart, key(p), c);
  }
  index = { provinces, communes, byCode, byName, provinceByCode: new Map(provinces.map((p) => [p.code, p] as const)), byPart };
  return index;
}

export function provinces(): Province[] {
  return build().provinces;
}

export function communes(): Commune[] {
  return build().communes;
}

/** A province by code ("38"), full name or short name, with or without diacritics. */
export function findProvince(q: string | number): Province | null {
  const ix = build();
  const s = cleanText(String(q));
  if (/^\d{1,2}$/.test(s)) return ix.provinceByCode.get(s.padStart(2, '0')) ?? null;
  const k = nameKey(s);
  if (k === '') return null;
  return ix.provinces.find((p) => nameKey(p.name) === k || nameKey(p.shortName) === k ||
    (k === 'hcm' || k === 'tphcm' || k === 'ho chi minh' ? p.code === '79' : false) ||
    (k === 'hue' || k === 'thua thien hue' ? p.code === '46' : false)) ?? null;
}

export function communesOfProvince(provinceCode: string): Commune[] {
  return build().communes.filter((c) => c.province === provinceCode);
}

export type CommuneLookup =
  | { ok: true; commune: Commune; province: Province }
  | { ok: false; message: Bilingual; candidates: Commune[] };

/**
 * A commune after the 2025 reform, by code ("15142") or name ("Cẩm Thạch", "xa cam thach"),
 * optionally with its province ("Cẩm Thạch, Thanh Hóa"). Names shared by several communes give
 * the candidates and ask for the province.
 */
export function findCommune(q: string | number, province?: string): CommuneLookup {
  const ix = build();
  let s = cleanText(String(q));
  let prov: Province | null = null;
  if (province) prov = findProvince(province);
  if (!prov && s.includes(',')) {
    const [a = '', ...rest] = s.split(',');
    const p = findProvince(rest.join(','));
    if (p) {
      prov = p;
      s = a.trim();
    }
  }
  if (/^\d{4,5}$/.test(s)) {
    const c = ix.byCode.get(s.padStart(5, '0'));
    if (c) return { ok: true, commune: c, province: ix.provinceByCode.get(c.province)! };
    return { ok: false, message: message('commune.not-found', { value: s }), candidates: [] };
  }
  let list = ix.byName.get(nameKey(s)) ?? [];
  // "Xã X" and "Phường X" can share a name: honour the kind the user typed ("Xã Cẩm Thành" is
  // not "Phường Cẩm Thành")
  const typed = key(s);
  const kindTyped = /^(xa|phuong|dac khu)\s/.exec(typed)?.[1];
  if (kindTyped) {
    const kind = kindTyped === 'xa' ? 'xa' : kindTyped === 'phuong' ? 'phuong' : 'dac-khu';
    list = list.filter((c) => c.kind === kind);
  }
  if (prov) list = list.filter((c) => c.province === prov!.code);
  if (list.length > 1) {
    const typedName = lowerNfc(s).replace(/^(xã|phường|đặc khu)\s+/, '');
    const exact = list.filter((c) => lowerNfc(c.shortName) === typedName);
    if (exact.length > 0 && typedName !== foldLower(typedName)) list = exact;
  }
  if (list.length === 1) return { ok: true, commune: list[0]!, province: ix.provinceByCode.get(list[0]!.province)! };
  if (list.length === 0) return { ok: false, message: message('commune.not-found', { value: s }), candidates: [] };
  return {
    ok: false, candidates: list,
    message: message('commune.ambiguous', { value: s, count: list.length, places: list.map((c) => `${c.name} (${ix.provinceByCode.get(c.province)?.shortName}, ${c.code})`).join('; ') }),
  };
}

/**
 * The province a document names ("UBND TỈNH THANH HÓA", "…, tỉnh Bắc Giang"): a province after
 * the reform, found by its own name or by the name of an old province it was formed from.
 */
export function provinceNamedIn(lines: readonly string[]): Province | null {
  const ix = build();
  for (const line of lines) {
    const k = ' ' + key(line) + ' ';
    for (const p of ix.provinces) {
      for (const name of [p.shortName, ...p.oldProvinces]) {
        const n = key(name);
        if (k.includes(` tinh ${n} `) || k.includes(` thanh pho ${n} `) || k.includes(` tp ${n} `)) return p;
      }
    }
  }
  return null;
}

/**
 * The new communes an old one (before 1/7/2025) became part of: "Xã Cẩm Thành" in Thanh Hóa →
 * Xã Cẩm Thạch. Several may come back when the name was common or the old unit was split.
 */
export function successorsOf(oldName: string, province?: string): Commune[] {
  const ix = build();
  const prov = province ? findProvince(province) : null;
  const k = key(oldName);
  let found = ix.byPart.get(k) ?? [];
  if (found.length === 0 && !UNIT_PREFIX.test(k)) {
    // no prefix typed: try the usual ones
    for (const p of ['xa', 'thi tran', 'phuong']) found = found.concat(ix.byPart.get(`${p} ${k}`) ?? []);
  }
  found = [...new Set(found)];
  if (prov) found = found.filter((c) => c.province === prov.code);
  // typed with diacritics: "Cẩm Thành" is not "Cam Thành" nor "Cẩm Thanh"
  const typed = lowerNfc(oldName).replace(/^(xã|phường|thị trấn)\s+/, '');
  if (found.length > 1 && typed !== foldLower(typed)) {
    const exact = found.filter((c) => [...c.parts, c.name].some((p) => lowerNfc(p).replace(/^(xã|phường|thị trấn)\s+/, '') === typed));
    if (exact.length > 0) found = exact;
  }
  return found;
}

export type RegionLookup =
  | { ok: true; region: string; oldProvinces: string[] }
  | { ok: false; candidates: string[]; oldProvinces: string[]; message: Bilingual };

/**
 * The 2021-2025 region of a province or of a commune (through its province). A province formed
 * from provinces of different regions (new Phú Thọ = Vĩnh Phúc + Hòa Bình + Phú Thọ) gives the
 * candidates and asks, as does Quảng Ninh.
 */
export function regionOf(q: string | number): RegionLookup | { ok: false; candidates: []; oldProvinces: []; message: Bilingual } {
  let prov = findProvince(q);
  if (!prov) {
    const c = findCommune(q);
    if (c.ok) prov = c.province;
    else return { ok: false, candidates: [], oldProvinces: [], message: c.message };
  }
  const regions = [...new Set(prov.oldProvinces.map((o) => OLD_PROVINCE_REGION[o]).filter((r): r is string => !!r))];
  if (prov.oldProvinces.some((o) => AMBIGUOUS_OLD_PROVINCES.has(o))) {
    return { ok: false, candidates: ['TDMNPB', 'DBSH'], oldProvinces: prov.oldProvinces, message: message('commune.region-ask') };
  }
  if (regions.length === 1) return { ok: true, region: regions[0]!, oldProvinces: prov.oldProvinces };
  return {
    ok: false, candidates: regions, oldProvinces: prov.oldProvinces,
    message: message('commune.region-ambiguous', { province: prov.shortName, old: prov.oldProvinces.join(', '), regions: regions.map((r) => REGION_LABEL[r] ?? r).join(', ') }),
  };
}

/** Recognition standards, lowest first. */
export const STANDARDS = ['chua-dat', 'dat-chuan', 'nang-cao', 'kieu-mau'] as const;
export type Standard = (typeof STANDARDS)[number];

/**
 * The standard of a commune formed by the 2025 merger: the lowest among those it was formed
 * from (a central instruction reported 3/12/2025, LEGAL.md §3).
 */
export function mergedStandard(standards: readonly Standard[]): Standard | null {
  if (standards.length === 0) return null;
  return standards.reduce((lo, s) => (STANDARDS.indexOf(s) < STANDARDS.indexOf(lo) ? s : lo));
}
