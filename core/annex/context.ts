import { hasAdminUnits, findProvince, regionOf } from '../communes/index.js';
import { OLD_PROVINCE_REGION } from '../communes/regions.js';
import { parseContext, type ResolvedContext } from '../context/index.js';
import type { Pack } from '../packs/schema.js';
import { foldDiacritics, key } from '../text/index.js';

export interface FoundContext {
  context: ResolvedContext;
  /** The text it was read from. */
  text: string;
}

const OLD_PROVINCE_KEYS = Object.keys(OLD_PROVINCE_REGION).map((name) => [key(name), name] as const);

/**
 * The commune's context as a document's title rows give it: "Vùng: Bắc Trung Bộ", "nhóm 2",
 * or the province in "UBND TỈNH THANH HÓA" / "…, tỉnh Thanh Hóa" (the region of that province,
 * for region packs). Flags such as "xã đặc biệt khó khăn" are kept. Null when nothing says.
 */
export function detectContext(lines: readonly string[], pack: Pack, year?: number): FoundContext | null {
  const flags: string[] = [];
  for (const line of lines) {
    const f = foldDiacritics(line).toLowerCase();
    for (const r of pack.context.rules) {
      const aliases = [r.name.vi, ...r.aliases].map((a) => foldDiacritics(a).toLowerCase()).filter((a) => a.length >= 5);
      if (aliases.some((a) => f.includes(a))) flags.push(r.aliases[0] ?? r.flag);
    }
  }
  // an explicit "Vùng: …" / "Nhóm xã: …" / "Nhóm 2"
  for (const line of lines) {
    const m = /(?:^|[\s(,;])(vùng|vung|nhóm xã|nhom xa|nhóm|nhom)\s*[:\-–]?\s*([^,;()]+)/i.exec(line);
    if (m) {
      const candidate = (/^nh/i.test(m[1]!) && /^\s*\d/.test(m[2]!) ? `Nhóm ${m[2]!.trim()}` : m[2]!.trim());
      for (const attempt of [candidate, candidate.split(/\s+/).slice(0, 5).join(' '), candidate.split(/\s+/)[0] ?? '']) {
        const r = parseContext([attempt, ...flags].join(', '), pack);
        if (r.ok) return { context: r.context, text: line };
      }
    }
  }
  if (pack.context.kind !== 'region') return null;
  // a province: old names (documents before 2025) or new ones
  for (const line of lines) {
    const k = ' ' + key(line) + ' ';
    let region: string | null = null;
    for (const [kk, name] of OLD_PROVINCE_KEYS) {
      if (k.includes(` tinh ${kk} `) || k.includes(` thanh pho ${kk} `) || k.includes(` tp ${kk} `)) {
        region = OLD_PROVINCE_REGION[name] ?? null;
        // the same name may be a province merged on 1/7/2025 across regions (new Phú Thọ =
        // Vĩnh Phúc + Hòa Bình + Phú Thọ): a document from 2025 on does not tell which
        if (region && (year === undefined || year >= 2025) && hasAdminUnits()) {
          const p = findProvince(name);
          if (p && !regionOf(p.code).ok) region = null;
        }
        break;
      }
    }
    if (!region && hasAdminUnits()) {
      const m = /\b(?:tinh|thanh pho)\s+((?:[a-z]+\s){1,3})/.exec(k);
      const words = m?.[1]?.trim().split(' ') ?? [];
      for (let n = words.length; n >= 1 && !region; n--) {
        const p = findProvince(words.slice(0, n).join(' '));
        if (p) {
          const reg = regionOf(p.code);
          if (reg.ok) region = reg.region;
        }
      }
    }
    if (region) {
      const r = parseContext([region, ...flags].join(', '), pack);
      if (r.ok) return { context: r.context, text: line };
    }
  }
  if (flags.length > 0) {
    const r = parseContext(flags.join(', '), pack);
    if (r.ok) return { context: r.context, text: lines.join(' ') };
  }
  return null;
}

/** The year a document's titles give ("năm 2024", "giai đoạn 2021-2025" gives nothing). */
export function detectYear(lines: readonly string[]): number | undefined {
  for (const line of lines) {
    const f = foldDiacritics(line).toLowerCase();
    const m = /nam\s+(20\d{2})(?!\s*[-–]\s*20\d{2})/.exec(f);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The commune a document is about: "UBND XÃ CẨM THÀNH", "xã Cẩm Thành". */
export function detectCommuneName(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = /(?:ubnd|ủy ban nhân dân|uy ban nhan dan)\s+(xã|phường|thị trấn|đặc khu|xa|phuong|thi tran)\s+(.+?)(?:\s*[,;(]|\s+(?:huyện|tỉnh|huyen|tinh)\b|$)/i.exec(line);
    if (m) return `${cap(m[1]!)} ${titleCase(m[2]!.trim())}`;
  }
  for (const line of lines) {
    const m = /(?:^|\s)(xã|phường)\s+([A-ZĐÂĂÊÔƠƯ][^\s,;()]*(?:\s+[A-ZĐÂĂÊÔƠƯ][^\s,;()]*){0,3})/.exec(line);
    if (m) return `${cap(m[1]!)} ${m[2]!.trim()}`;
  }
  return null;
}

function cap(s: string): string {
  const l = s.toLowerCase();
  return l.charAt(0).toUpperCase() + l.slice(1);
}

function titleCase(s: string): string {
  return s.toLowerCase().split(/\s+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
