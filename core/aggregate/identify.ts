/**
 * Which commune a returned workbook is about: the template's commune cell, else the document's
 * titles ("UBND XÃ CẨM THÀNH"), else the file name ("xa-cam-thanh-2023.xlsx"). A name of a commune
 * before the 2025 reform resolves to the new commune it became part of (core successorsOf).
 */
import { detectCommuneName, detectYear, isPackSheet } from '../annex/index.js';
import { isSkippableSheet } from '../annex/recognise.js';
import { Grid } from '../annex/grid.js';
import { findCommune, provinceNamedIn, successorsOf, type Commune, type Province } from '../communes/index.js';
import { message, type Bilingual } from '../messages/index.js';
import type { WorkbookData } from '../sheet/index.js';
import { cleanText, foldDiacritics, key } from '../text/index.js';
import { cellToText } from '../values/index.js';

export type IdentifiedBy = 'cell' | 'title' | 'file';

export interface NameFound {
  name: string;
  by: IdentifiedBy;
}

const COMMUNE_LABEL = /^(ten xa|xa|ten don vi|don vi|xa phuong|xa phuong dac khu|ten xa phuong)$/;

function topLines(wb: WorkbookData, rows = 10): string[] {
  const lines: string[] = [];
  for (const s of wb.sheets) {
    if (isPackSheet(s.name) || isSkippableSheet(s.name)) continue;
    const g = new Grid(s);
    for (let r = g.r0; r < Math.min(g.rows, g.r0 + rows); r++) {
      const line = g.rowText(r);
      if (line) lines.push(line);
    }
  }
  return lines;
}

/** The commune cell of a template ("Tên xã:" and the value next to it), in the top rows. */
export function communeCell(wb: WorkbookData): string | null {
  for (const s of wb.sheets) {
    if (isPackSheet(s.name) || isSkippableSheet(s.name)) continue;
    for (let r = 0; r < Math.min(10, s.values.length); r++) {
      const row = s.values[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        if (!COMMUNE_LABEL.test(key(cellToText(row[c] ?? null)))) continue;
        for (let d = c + 1; d < row.length; d++) {
          const v = cleanText(cellToText(row[d] ?? null));
          if (v !== '') return v;
        }
      }
    }
  }
  return null;
}

/** A commune name read from a file name: "xa-cam-thanh-2023.xlsx" → "xa cam thanh". */
export function nameFromFile(file: string): string | null {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  let s = foldDiacritics(base).toLowerCase().replace(/[_\-.+()]+/g, ' ');
  s = s.replace(/\b(19|20)\d{2}\b/g, ' ')
    .replace(/\b(tu danh gia|bao cao|ke hoach|ntm|phu luc|bieu mau|tong hop|ban sao|copy|final|moi|cu|v\d+|tdg)\b/g, ' ')
    .replace(/\b\d+\b/g, ' ')
    .replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

/** The names a workbook gives for its commune, in order of trust. */
export function communeNames(wb: WorkbookData): NameFound[] {
  const out: NameFound[] = [];
  const cell = communeCell(wb);
  if (cell) out.push({ name: cell, by: 'cell' });
  const title = detectCommuneName(topLines(wb));
  if (title) out.push({ name: title, by: 'title' });
  const file = nameFromFile(wb.name);
  if (file) out.push({ name: file, by: 'file' });
  return out;
}

/** The province the workbook's titles name ("…, tỉnh Thanh Hóa"), old or new name. */
export function provinceOfWorkbook(wb: WorkbookData): Province | null {
  return provinceNamedIn(topLines(wb, 12));
}

/** The year the workbook's titles give. */
export function workbookYear(wb: WorkbookData): number | undefined {
  return detectYear(topLines(wb, 12));
}

export type Identification =
  | { ok: true; commune: Commune; by: IdentifiedBy; name: string; old: boolean }
  | { ok: false; reason: Bilingual; candidates: Commune[] };

/**
 * Resolves the names a workbook gives within a province (its code). A file from before the
 * reform (its year is 2024 or earlier) named like a new commune that was formed from a unit of
 * the same name counts as that old unit's file.
 */
export function identify(names: readonly NameFound[], provinceCode: string | null, year: number | undefined): Identification {
  let ambiguous: Commune[] = [];
  for (const n of names) {
    const variants = n.by === 'file' && !/^(xa|phuong|thi tran|dac khu)\b/.test(n.name) ? [n.name, `xa ${n.name}`, `phuong ${n.name}`] : [n.name];
    for (const v of variants) {
      const found = findCommune(v, provinceCode ?? undefined);
      if (found.ok) {
        const c = found.commune;
        const old = year !== undefined && year <= 2024 && c.parts.some((p) => key(p) === key(v) || key(p).endsWith(` ${key(v)}`) || key(v).endsWith(key(p)));
        return { ok: true, commune: c, by: n.by, name: v, old };
      }
      if (found.candidates.length > 1) ambiguous = found.candidates;
      const succ = successorsOf(v, provinceCode ?? undefined);
      if (succ.length === 1) return { ok: true, commune: succ[0]!, by: n.by, name: v, old: true };
      if (succ.length > 1) ambiguous = succ;
    }
  }
  // a commune of another province, named unambiguously
  if (provinceCode) {
    for (const n of names) {
      const found = findCommune(n.name);
      if (found.ok) return { ok: true, commune: found.commune, by: n.by, name: n.name, old: false };
    }
  }
  if (ambiguous.length > 1) {
    return { ok: false, candidates: ambiguous, reason: message('rollup.ambiguous', { name: names[0]?.name ?? '', list: ambiguous.map((c) => `${c.name} (${c.code})`).join(', ') }) };
  }
  return { ok: false, candidates: [], reason: message('rollup.unidentified') };
}
