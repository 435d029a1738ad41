/**
 * Which communes a province template lists, and the region or commune group of each.
 *
 * The list: every xã of the province and its đặc khu; phường are left out by default. The
 * national xã set is a set for rural communes (xã nông thôn mới); phường are urban units.
 * Đặc khu are commune-level units formed from island districts, not urban wards: they are listed
 * (marked "Đặc khu") so the office decides, and `include` can drop them or add the phường.
 *
 * The context: for a region pack, the province's region when all its old provinces lie in one
 * region; a province formed from provinces of different regions (or Quảng Ninh, which the sources
 * place differently) needs the region of each commune from the office (a map) or a default.
 * Commune groups (2026-2030) and provincial zones cannot be derived from the data at all: they
 * come from the map or a default, else each commune picks its own in the workbook.
 */
import { communesOfProvince, findCommune, findProvince, provinces, regionOf, type Commune, type CommuneKind, type Province } from '../communes/index.js';
import { AMBIGUOUS_OLD_PROVINCES, REGION_LABEL } from '../communes/regions.js';
import { labelOf, parseContext, contextChoices } from '../context/index.js';
import { message, type Bilingual } from '../messages/index.js';
import type { Pack } from '../packs/schema.js';

export interface TemplateCommune {
  code: string;
  name: string;
  kind: CommuneKind;
  /** Units before 1/7/2025 it was formed from. */
  parts: string[];
  /** The context label as the pack sheet writes it ("BTB", "Nhóm 2"); null: the commune picks it. */
  context: string | null;
  /** Names of the pack rules that apply ("Xã đặc biệt khó khăn"). */
  rules: string[];
  contextSource: 'map' | 'province' | 'default' | null;
}

export interface ContextEntry {
  /** Commune name or code as the office wrote it. */
  commune: string;
  /** Region / group as the office wrote it ("BTB", "Nhóm 2", "BTB, ĐBKK"). */
  context: string;
  /** Where it came from, for messages ("dòng 4"). */
  where?: string;
}

export interface CommuneSelection {
  province: Province;
  communes: TemplateCommune[];
  include: CommuneKind[];
  /** Units of the province left out, by kind. */
  excluded: Partial<Record<CommuneKind, number>>;
  warnings: Bilingual[];
}

export const DEFAULT_INCLUDE: CommuneKind[] = ['xa', 'dac-khu'];

export type Selection = { ok: true; value: CommuneSelection } | { ok: false; errors: Bilingual[] };

function provinceChoices(): string {
  return provinces().map((p) => p.shortName).join(', ');
}

/** Resolves the province, its communes and each commune's context; errors in both languages. */
export function selectCommunes(pack: Pack, provinceQuery: string, opts: {
  contextByCommune?: readonly ContextEntry[];
  defaultContext?: string;
  include?: readonly CommuneKind[];
} = {}): Selection {
  const errors: Bilingual[] = [];
  const warnings: Bilingual[] = [];
  const province = findProvince(provinceQuery);
  if (!province) return { ok: false, errors: [message('template.unknown-province', { value: provinceQuery, valid: provinceChoices() })] };
  const include = [...(opts.include ?? DEFAULT_INCLUDE)];
  const all = communesOfProvince(province.code);
  const listed = all.filter((c) => include.includes(c.kind));
  const excluded: Partial<Record<CommuneKind, number>> = {};
  for (const c of all) if (!include.includes(c.kind)) excluded[c.kind] = (excluded[c.kind] ?? 0) + 1;

  type Ctx = { label: string | null; rules: string[] };
  const readCtx = (text: string, where: string): Ctx | null => {
    const r = parseContext(text, pack);
    if (!r.ok) {
      errors.push(message('template.bad-context', { where, value: text, reason: r.message }));
      return null;
    }
    const rules = r.context.flags.map((f) => pack.context.rules.find((x) => x.flag === f)?.name.vi).filter((n): n is string => !!n);
    return { label: r.context.declared ? labelOf(pack, r.context.declared) : null, rules };
  };

  let provinceCtx: Ctx | null = null;
  if (pack.context.kind === 'region') {
    const reg = regionOf(province.code);
    if (reg.ok && pack.context.values.some((v) => v.id === reg.region)) provinceCtx = { label: labelOf(pack, reg.region), rules: [] };
    else if (!reg.ok && !opts.contextByCommune?.length && !opts.defaultContext) {
      const regions = reg.candidates.map((r) => REGION_LABEL[r] ?? r).join(', ');
      const disputed = reg.oldProvinces.filter((o) => AMBIGUOUS_OLD_PROVINCES.has(o));
      errors.push(disputed.length
        ? message('template.region-sources', { province: province.shortName, old: disputed.join(', '), regions })
        : message('template.region-ambiguous', { province: province.shortName, old: reg.oldProvinces.join(', '), regions, set: pack.id }));
    }
  }
  let defaultCtx: Ctx | null = null;
  if (opts.defaultContext) defaultCtx = readCtx(opts.defaultContext, '--context');

  const byCode = new Map<string, Ctx>();
  for (const e of opts.contextByCommune ?? []) {
    const where = e.where ?? e.commune;
    const found = findCommune(e.commune, province.code);
    if (!found.ok) {
      errors.push(message('template.map-commune', { where, value: e.commune, reason: found.message }));
      continue;
    }
    if (!include.includes(found.commune.kind)) {
      warnings.push(message('template.map-excluded', { where, name: found.commune.name }));
      continue;
    }
    if (byCode.has(found.commune.code)) {
      errors.push(message('template.map-duplicate', { where, name: found.commune.name }));
      continue;
    }
    const c = readCtx(e.context, where);
    if (c) byCode.set(found.commune.code, c);
  }
  if (errors.length) return { ok: false, errors };

  let blank = 0;
  const communes: TemplateCommune[] = listed.map((c: Commune) => {
    const fromMap = byCode.get(c.code);
    let ctx: Ctx | null = fromMap ?? defaultCtx ?? provinceCtx;
    let source: TemplateCommune['contextSource'] = fromMap ? 'map' : defaultCtx ? 'default' : provinceCtx ? 'province' : null;
    // a map entry with only a rule ("ĐBKK") keeps the region it would have had
    if (fromMap && fromMap.label === null) {
      const under = defaultCtx ?? provinceCtx;
      ctx = { label: under?.label ?? null, rules: fromMap.rules };
      source = 'map';
    }
    if (!ctx?.label) blank++;
    return { code: c.code, name: c.name, kind: c.kind, parts: c.parts, context: ctx?.label ?? null, rules: ctx?.rules ?? [], contextSource: ctx?.label ? source : null };
  });
  if (blank > 0) {
    warnings.push(message('template.context-left-blank', { count: blank, kind: pack.context.name.vi.toLowerCase(), valid: contextChoices(pack) }));
  }
  return { ok: true, value: { province, communes, include, excluded, warnings } };
}

/** The commune a single-commune template is for, among the listed ones. */
export function pickCommune(sel: CommuneSelection, query: string): { ok: true; commune: TemplateCommune } | { ok: false; error: Bilingual } {
  const found = findCommune(query, sel.province.code);
  if (!found.ok) return { ok: false, error: message('template.commune-not-found', { value: query, province: sel.province.shortName, reason: found.message }) };
  const c = sel.communes.find((x) => x.code === found.commune.code);
  if (!c) return { ok: false, error: message('template.commune-excluded', { name: found.commune.name }) };
  return { ok: true, commune: c };
}
