/**
 * Builds the province template (or one commune's workbook) as a WorkbookSpec: plain data that
 * io/template-xlsx.ts renders with exceljs and the panel can insert through HostPort.insertSheets.
 */
import { message, type Bilingual } from '../messages/index.js';
import type { CommuneKind } from '../communes/index.js';
import type { Pack } from '../packs/schema.js';
import { DEFAULT_SETTINGS } from '../evaluate/commune.js';
import { pickCommune, selectCommunes, type ContextEntry, type TemplateCommune } from './communes.js';
import { computeLayout, SHEETS } from './layout.js';
import { assessSheet, contextBlock } from './sheets/assess.js';
import { guideSheet } from './sheets/guide.js';
import { blankCalc, calcSheet, listSheet } from './sheets/hidden.js';
import { packSheet, levelsSheet } from './sheets/pack.js';
import { planSheet } from './sheets/plan.js';
import { rollupSheet } from './sheets/rollup.js';
import type { WorkbookSpec } from './spec.js';
import { labelOf } from '../context/index.js';

export interface TemplateOptions {
  pack: Pack;
  /** Province name or code ("Thanh Hóa", "38"). */
  province: string;
  /** Year of the assessment; must lie in the pack's period. */
  year: number;
  /** Region or group of each commune, as the office gives it. */
  contextByCommune?: readonly ContextEntry[];
  /** Region or group for every commune the map does not name. */
  defaultContext?: string;
  /** Build the self-assessment for this one commune only (name or code). */
  commune?: string;
  /** "Hạn gửi lại" as the office writes it ("30/9/2025"). */
  deadline?: string;
  /** Who sends the template and receives the files. */
  office?: string;
  /** "Cơ bản đạt chuẩn" from this many criteria (local usage; default 15). */
  basicAt?: number;
  /** Kinds of units listed (default: xã and đặc khu). */
  include?: readonly CommuneKind[];
}

export interface TemplateInfo {
  province: { code: string; name: string };
  communes: number;
  byKind: Record<CommuneKind, number>;
  excluded: Partial<Record<CommuneKind, number>>;
  contextLeftBlank: number;
  unknownThresholds: number;
  commune: TemplateCommune | null;
  sheets: string[];
}

export type TemplateResult =
  | { ok: true; workbook: WorkbookSpec; warnings: Bilingual[]; info: TemplateInfo }
  | { ok: false; errors: Bilingual[] };

export function buildTemplate(o: TemplateOptions): TemplateResult {
  const pack = o.pack;
  if (!Number.isInteger(o.year) || o.year < pack.period.from || o.year > pack.period.to) {
    return { ok: false, errors: [message('template.bad-year', { year: o.year, from: pack.period.from, to: pack.period.to, set: pack.id })] };
  }
  const sel = selectCommunes(pack, o.province, {
    ...(o.contextByCommune ? { contextByCommune: o.contextByCommune } : {}),
    ...(o.defaultContext ? { defaultContext: o.defaultContext } : {}),
    ...(o.include ? { include: o.include } : {}),
  });
  if (!sel.ok) return { ok: false, errors: sel.errors };
  const s = sel.value;
  let commune: TemplateCommune | null = null;
  if (o.commune) {
    const p = pickCommune(s, o.commune);
    if (!p.ok) return { ok: false, errors: [p.error] };
    commune = p.commune;
  }
  const basicAt = o.basicAt ?? DEFAULT_SETTINGS.basicAt;
  const l = computeLayout(pack);
  const list = listSheet(l, s.communes);
  const rule = commune?.rules[0] ? pack.context.rules.find((r) => r.name.vi === commune!.rules[0]) : undefined;
  const effLabel = rule ? labelOf(pack, rule.use) : commune?.context ?? null;
  const ctxBlk = contextBlock(l, effLabel);
  const calc = blankCalc(l, effLabel, ctxBlk, basicAt);
  const assess = assessSheet(l, { commune, year: o.year, listLast: list.listLast, ruleLast: list.ruleLast });
  assess.results![`C${5}`] = `${calc.met}/${calc.total} tiêu chí đạt; ${calc.indMet} chỉ tiêu đạt (bảng có ${calc.indRows} chỉ tiêu) — Xếp loại: ${calc.klass}`;
  const ps = packSheet(l);
  const count = (k: CommuneKind) => s.communes.filter((c) => c.kind === k).length;
  const byKind: Record<CommuneKind, number> = { xa: count('xa'), phuong: count('phuong'), 'dac-khu': count('dac-khu') };
  const contextLeftBlank = s.communes.filter((c) => !c.context).length;
  const guide = guideSheet({
    pack, provinceName: s.province.name, year: o.year, deadline: o.deadline ?? null, office: o.office ?? null,
    communeName: commune?.name ?? null, listed: byKind,
    excluded: { xa: s.excluded.xa ?? 0, phuong: s.excluded.phuong ?? 0, 'dac-khu': s.excluded['dac-khu'] ?? 0 },
    unknownCells: ps.unknownCells, contextLeftBlank: commune ? (commune.context ? 0 : 1) : contextLeftBlank, basicAt, hasRollup: !commune,
  });
  const sheets = [guide, assess, planSheet({ year: o.year, lastYear: Math.max(o.year, pack.period.to), communeName: commune?.name ?? null })];
  if (!commune) {
    sheets.push(rollupSheet({
      pack, provinceName: s.province.name, year: o.year, ownRowFormulas: true,
      rows: s.communes.map((c) => ({ name: c.name, code: c.code, kind: c.kind, context: c.context })),
      lines: [
        `${s.communes.length} đơn vị; dòng của mỗi xã tự hiện kết quả khi xã chọn tên ở sheet "${SHEETS.assess}".`,
        `Văn phòng điều phối tổng hợp các tệp gửi về bằng lệnh: ntm rollup <thư mục các tệp> --out tong-hop.xlsx`,
      ],
    }));
  }
  sheets.push(ps.sheet, list.sheet, levelsSheet(l), calcSheet(l, calc, list.ruleLast));
  const warnings = [...s.warnings];
  if (ps.unknownCells > 0) warnings.push(message('template.unknown-thresholds', { count: ps.unknownCells, sheet: SHEETS.pack }));
  return {
    ok: true,
    workbook: {
      sheets,
      properties: {
        title: commune ? `Tự đánh giá nông thôn mới ${o.year} — ${commune.name}` : `Biểu mẫu tự đánh giá nông thôn mới ${o.year} — ${s.province.name}`,
        subject: pack.title.vi, creator: 'NTM toolkit',
      },
      activeSheet: commune ? 1 : 0,
    },
    warnings,
    info: {
      province: { code: s.province.code, name: s.province.name }, communes: s.communes.length, byKind, excluded: s.excluded,
      contextLeftBlank, unknownThresholds: ps.unknownCells, commune, sheets: sheets.map((x) => x.name),
    },
  };
}
