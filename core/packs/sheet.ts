import { makeIssue, type Issue } from '../issues/index.js';
import { a1, cellAt, sheetExtent, type SheetData } from '../sheet/index.js';
import { cleanText, compactKey, key } from '../text/index.js';
import { formatLevel, parseThreshold } from '../thresholds/index.js';
import { cellToText } from '../values/index.js';
import type { CellValue } from '../values/types.js';
import { getPack, builtinPacks } from './registry.js';
import { Pack as PackSchema, type Context, type Indicator, type Pack, type Source, type Threshold } from './schema.js';

/*
 * The "Bộ tiêu chí" sheet: a pack as a table an office can read and fill (XLSForm-like).
 *
 *   Mã bộ tiêu chí | vn-xa-ntm-2021-2025          ← settings, one per row, above the table
 *   Tên bộ tiêu chí | Bộ tiêu chí quốc gia …
 *   Kế thừa         | (a built-in id: blanks fall back to its levels)
 *   …
 *   Mã | Tiêu chí | Nội dung chỉ tiêu | Đơn vị | Loại | TDMNPB | ĐBSH | … | Năm | Căn cứ | Đã đối chiếu | Độ tin cậy | Ghi chú
 *   3.1 | 3. Thủy lợi … | Tỷ lệ diện tích … | % | Tỷ lệ | ≥ 80% | ≥ 80% | …
 *
 * One threshold column per context (regions, "Nhóm 1…3", "Chung" for all, or the province's own
 * zones written "Ngưỡng: <tên vùng>"); a "Năm" column where levels are set per year (one row per
 * year). Headers are read with or without diacritics.
 */

export const PACK_SHEET_NAME = 'Bộ tiêu chí';

type Field = 'code' | 'criterion' | 'wording' | 'unit' | 'kind' | 'year' | 'legal' | 'verified' | 'confidence' | 'note' | 'common';

const HEADERS: Array<[Field, RegExp]> = [
  ['code', /^(ma|ma chi tieu|ma so|so hieu|code|ma ct)$/],
  ['criterion', /^(tieu chi|ten tieu chi|thuoc tieu chi|criterion)$/],
  ['wording', /^(noi dung|noi dung chi tieu|ten chi tieu|chi tieu|wording)$/],
  ['unit', /^(don vi|don vi tinh|dvt|unit)$/],
  ['kind', /^(loai|loai chi tieu|kieu|kind)$/],
  ['year', /^(nam|nam ap dung|year)$/],
  ['legal', /^(can cu|nguon|can cu phap ly|van ban|source)$/],
  ['verified', /^(da doi chieu|da doi chieu van ban|xac minh|verified)$/],
  ['confidence', /^(do tin cay|muc tin cay|confidence)$/],
  ['note', /^(ghi chu|note|notes)$/],
  ['common', /^(chung|tat ca|moi vung|ca nuoc|all|muc chung)$/],
];

const KIND_WORDS: Array<[RegExp, Indicator['kind']]> = [
  [/^(ty le|rate|%)$/, 'rate'],
  [/^(so|so luong|number|gia tri)$/, 'number'],
  [/^(co khong|co\/khong|yes no|yesno)$/, 'yesno'],
  [/^(dat chua dat|dat\/chua dat|danh gia|rating|dat)$/, 'rating'],
  [/^(van ban|text|mo ta)$/, 'text'],
];

const KIND_LABEL: Record<Indicator['kind'], string> = {
  rate: 'Tỷ lệ', number: 'Số', yesno: 'Có/Không', rating: 'Đạt/Chưa đạt', text: 'Văn bản',
};

const CONFIDENCE_LABEL: Record<NonNullable<Source['confidence']>, string> = {
  'two-sources': 'Hai nguồn', 'one-source': 'Một nguồn', seed: 'Kế hoạch địa phương', inferred: 'Suy luận',
  uncertain: 'Chưa chắc chắn', office: 'Văn phòng nhập',
};

const META: Record<string, RegExp> = {
  id: /^(ma bo tieu chi|ma bo|pack id|id)$/,
  title: /^(ten bo tieu chi|ten|title)$/,
  extends: /^(ke thua|mo rong tu|dua tren|extends)$/,
  period: /^(giai doan|period)$/,
  legal: /^(can cu phap ly|can cu|legal basis)$/,
  contextKind: /^(loai ngu canh|nguong theo|phan loai|context)$/,
  level: /^(cap|level)$/,
  tier: /^(hang|loai bo|tier)$/,
  totalCriteria: /^(tong so tieu chi|so tieu chi)$/,
  totalIndicators: /^(tong so chi tieu|so chi tieu)$/,
  complete: /^(danh sach chi tieu day du|day du)$/,
};

export interface PackSheetLayout {
  rows: CellValue[][];
  /** 0-based row of the header. */
  headerRow: number;
  /** 0-based columns of the threshold cells (the ones an office fills). */
  thresholdColumns: number[];
  /** 0-based row indexes of indicator rows. */
  indicatorRows: number[];
  columns: string[];
}

function bool(v: CellValue): boolean | undefined {
  const k = key(cellToText(v));
  if (['co', 'x', 'true', 'yes', 'da', 'da doi chieu', 'dung'].includes(k)) return true;
  if (['khong', 'false', 'no', 'chua', 'chua doi chieu', ''].includes(k)) return false;
  return undefined;
}

function contextHeader(ctx: Context, id: string): string {
  const v = ctx.values.find((c) => c.id === id);
  if (!v) return id;
  if (ctx.kind === 'zone') return `Ngưỡng: ${v.name.vi}`;
  return v.aliases[0] ?? v.name.vi;
}

const CONTEXT_KIND_LABEL: Record<Context['kind'], string> = { region: 'Vùng', 'commune-group': 'Nhóm xã', zone: 'Vùng của tỉnh' };

function levelText(t: { op: Threshold['op']; value?: number | undefined; unit?: string | undefined; text?: string | undefined }): string {
  return formatLevel({ op: t.op, ...(t.value !== undefined ? { value: t.value } : {}), ...(t.unit ? { unit: t.unit } : {}), ...(t.text ? { text: t.text } : {}) }, 'vi');
}

/**
 * Writes a pack as the rows of a "Bộ tiêu chí" sheet. Unknown levels are left blank for the office
 * to fill. `packFromSheet` reads these rows back to the same pack (see `packDigest`).
 */
export function packToRows(pack: Pack): PackSheetLayout {
  const ctxIds = pack.context.values.map((v) => v.id);
  const usesCommon = pack.indicators.some((i) => i.thresholds['*']);
  const hasYears = pack.indicators.some((i) => Object.values(i.thresholds).some((t) => t.byYear && Object.keys(t.byYear).length));
  const rows: CellValue[][] = [];
  rows.push(['BỘ TIÊU CHÍ']);
  rows.push(['Mã bộ tiêu chí', pack.id]);
  rows.push(['Tên bộ tiêu chí', pack.title.vi]);
  if (pack.extends) rows.push(['Kế thừa', pack.extends]);
  rows.push(['Cấp', pack.level]);
  rows.push(['Hạng', pack.tier]);
  rows.push(['Giai đoạn', `${pack.period.from}-${pack.period.to}`]);
  rows.push(['Căn cứ pháp lý', pack.legalBasis.map((l) => l.ref).join('; ')]);
  rows.push(['Loại ngữ cảnh', CONTEXT_KIND_LABEL[pack.context.kind]]);
  if (pack.totals) {
    rows.push(['Tổng số tiêu chí', pack.totals.criteria]);
    if (pack.totals.indicators !== undefined) rows.push(['Tổng số chỉ tiêu', pack.totals.indicators]);
  }
  rows.push(['Danh sách chỉ tiêu đầy đủ', pack.indicatorListComplete ? 'Có' : 'Không']);
  rows.push([]);
  const columns = ['Mã', 'Tiêu chí', 'Nội dung chỉ tiêu', 'Đơn vị', 'Loại',
    ...(usesCommon ? ['Chung'] : []), ...ctxIds.map((id) => contextHeader(pack.context, id)),
    ...(hasYears ? ['Năm'] : []), 'Căn cứ', 'Đã đối chiếu', 'Độ tin cậy', 'Ghi chú'];
  const headerRow = rows.length;
  rows.push(columns);
  const firstCtxCol = 5;
  const thresholdColumns = Array.from({ length: (usesCommon ? 1 : 0) + ctxIds.length }, (_, i) => firstCtxCol + i);
  const indicatorRows: number[] = [];
  const critName = new Map(pack.criteria.map((c) => [c.code, c.name.vi] as const));
  // every indicator, then one row per criterion that has no known indicator so offices can add them
  for (const ind of pack.indicators) {
    const years = new Set<string>();
    for (const t of Object.values(ind.thresholds)) for (const y of Object.keys(t.byYear ?? {})) years.add(y);
    // levels set per year get a row per year; plain levels (other contexts) a row without a year, first
    const hasPlain = Object.values(ind.thresholds).some((t) => !t.byYear || Object.keys(t.byYear).length === 0);
    const yearList: Array<string | undefined> = years.size ? [...(hasPlain ? [undefined] : []), ...[...years].sort()] : [undefined];
    for (const y of yearList) {
      const src = Object.values(ind.thresholds)[0]?.source ?? ind.source;
      const notes = [...ind.notes, ...Object.values(ind.thresholds).map((t) => t.note).filter((n): n is string => !!n)];
      const cell = (id: string): CellValue => {
        const t = ind.thresholds[id];
        if (!t) return null;
        const perYear = !!t.byYear && Object.keys(t.byYear).length > 0;
        if (y !== undefined) {
          const by = perYear ? t.byYear![y] : undefined;
          return by ? levelText(by) : null;
        }
        return perYear ? null : levelText(t);
      };
      const row: CellValue[] = [
        ind.code,
        `${ind.criterion}. ${critName.get(ind.criterion) ?? ''}`.trim(),
        ind.wording?.vi ?? null,
        ind.unit ?? null,
        KIND_LABEL[ind.kind],
        ...(usesCommon ? [cell('*')] : []),
        ...ctxIds.map(cell),
        ...(hasYears ? [y === undefined ? null : Number(y)] : []),
        src.ref,
        src.verified ? 'Có' : 'Không',
        src.confidence ? CONFIDENCE_LABEL[src.confidence] : null,
        [...new Set(notes)].join(' | ') || null,
      ];
      indicatorRows.push(rows.length);
      rows.push(row);
    }
  }
  // criteria the set knows no indicator of: one row each, so the office sees them and adds indicators
  const withIndicators = new Set(pack.indicators.map((i) => i.criterion));
  for (const c of pack.criteria) {
    if (withIndicators.has(c.code)) continue;
    rows.push([c.code, `${c.code}. ${c.name.vi}`, null, null, CRITERION_LABEL,
      ...(usesCommon ? [null] : []), ...ctxIds.map(() => null), ...(hasYears ? [null] : []),
      (c.source ?? pack.totals?.source)?.ref ?? null, null, null, null]);
  }
  return { rows, headerRow, thresholdColumns, indicatorRows, columns };
}

/** The "Loại" of a row that names a criterion with no indicator yet. */
export const CRITERION_LABEL = 'Tiêu chí (chưa có chỉ tiêu)';

/** The part of a pack that the sheet carries, for round-trip comparison. */
export function packDigest(pack: Pack): unknown {
  return {
    id: pack.id, title: pack.title.vi, level: pack.level, tier: pack.tier, period: pack.period,
    legal: pack.legalBasis.map((l) => l.ref), contextKind: pack.context.kind,
    contexts: pack.context.values.map((v) => v.id), totals: pack.totals ? { c: pack.totals.criteria, i: pack.totals.indicators } : null,
    complete: pack.indicatorListComplete,
    criteria: pack.criteria.map((c) => [c.code, c.name.vi]),
    indicators: pack.indicators.map((i) => ({
      code: i.code, criterion: i.criterion, wording: i.wording?.vi ?? null, unit: i.unit ?? null, kind: i.kind,
      thresholds: Object.fromEntries(Object.entries(i.thresholds).sort().map(([k, t]) => [k, {
        op: t.op, value: t.value ?? null, unit: t.unit ?? null, text: t.text ?? null,
        byYear: t.byYear ? Object.fromEntries(Object.entries(t.byYear).map(([y, l]) => [y, { op: l.op, value: l.value ?? null, unit: l.unit ?? null }])) : null,
      }])),
      notes: [...new Set([...i.notes, ...Object.values(i.thresholds).map((t) => t.note).filter(Boolean)])].sort(),
    })),
  };
}

export interface PackSheetResult {
  pack: Pack | null;
  issues: Issue[];
}

interface ContextColumn {
  col: number;
  id: string;
}

function findKnownContext(headers: string[], base: Pack | null): { ctx: Context; cols: ContextColumn[] } | null {
  const candidates: Context[] = [];
  if (base) candidates.push(base.context);
  for (const p of builtinPacks()) if (!candidates.includes(p.context)) candidates.push(p.context);
  for (const ctx of candidates) {
    const cols: ContextColumn[] = [];
    headers.forEach((h, col) => {
      const k = compactKey(h);
      if (k === '') return;
      const v = ctx.values.find((c) => [c.id, c.name.vi, ...c.aliases].map(compactKey).filter((x) => x.length > 1).includes(k));
      if (v) cols.push({ col, id: v.id });
    });
    if (cols.length > 0) return { ctx, cols };
  }
  return null;
}

/**
 * Reads a "Bộ tiêu chí" sheet into a pack. Every bad cell gives an issue pointing at it (code,
 * level, year, kind); the rest of the sheet is still read. With "Kế thừa" naming a built-in pack,
 * the sheet extends it: its rows override or add indicators and blank levels keep the built-in ones.
 */
export function packFromSheet(sheet: SheetData, opts: { base?: Pack } = {}): PackSheetResult {
  const issues: Issue[] = [];
  const { rows: nRows, cols: nCols } = sheetExtent(sheet);
  const txt = (r: number, c: number) => cleanText(cellToText(cellAt(sheet, r, c)));
  const where = (r: number, c: number) => ({ sheet: sheet.name, cell: a1(r, c), value: cellToText(cellAt(sheet, r, c)) || null });

  // settings above the table, and the header row
  const meta: Partial<Record<keyof typeof META, { value: string; row: number; col: number }>> = {};
  let headerRow = -1;
  let fieldCols: Partial<Record<Field, number>> = {};
  for (let r = 0; r < Math.min(nRows, 60) && headerRow < 0; r++) {
    const cells = Array.from({ length: nCols }, (_, c) => txt(r, c));
    const fields: Partial<Record<Field, number>> = {};
    cells.forEach((h, c) => {
      const k = key(h).replace(/\s*\(.*$/, '');
      for (const [f, re] of HEADERS) if (re.test(k) && fields[f] === undefined) fields[f] = c;
    });
    if (fields.code !== undefined && (fields.wording !== undefined || fields.criterion !== undefined || fields.common !== undefined || findKnownContext(cells, null))) {
      headerRow = r;
      fieldCols = fields;
      break;
    }
    // a setting row: key in the first non-empty cell, value in the next
    const first = cells.findIndex((c) => c !== '');
    if (first >= 0) {
      const k = key(cells[first]!.replace(/:$/, ''));
      for (const [m, re] of Object.entries(META) as Array<[keyof typeof META, RegExp]>) {
        if (re.test(k)) {
          const vcol = cells.findIndex((c, i) => i > first && c !== '');
          if (vcol >= 0) meta[m] = { value: cells[vcol]!, row: r, col: vcol };
        }
      }
    }
  }
  if (headerRow < 0) {
    issues.push(makeIssue('missing-header', 'error', { sheet: sheet.name, cell: 'A1' }, 'pack.no-header'));
    return { pack: null, issues };
  }

  let base: Pack | null = opts.base ?? null;
  if (!base && meta.extends) {
    base = getPack(meta.extends.value);
    if (!base) {
      issues.push(makeIssue('invalid-context', 'error', where(meta.extends.row, meta.extends.col), 'pack.unknown-base', { value: meta.extends.value }));
    }
  }

  const headers = Array.from({ length: nCols }, (_, c) => txt(headerRow, c));
  const reserved = new Set(Object.values(fieldCols));
  // context columns: a known context (regions, groups), or "Ngưỡng: <zone>"
  let context: Context;
  let ctxCols: ContextColumn[] = [];
  const zoneCols: ContextColumn[] = [];
  headers.forEach((h, col) => {
    if (reserved.has(col)) return;
    const m = /^(ngưỡng|nguong|mức|muc)\s*[:\-–]\s*(.+)$/i.exec(h);
    if (m) zoneCols.push({ col, id: cleanText(m[2]!) });
  });
  if (zoneCols.length > 0) {
    const values = zoneCols.map((z) => ({ id: compactKey(z.id) || z.id, name: { vi: z.id }, aliases: [z.id] }));
    context = { kind: 'zone', name: { vi: 'Vùng của tỉnh', en: 'Provincial zone' }, values, rules: [] };
    ctxCols = zoneCols.map((z) => ({ col: z.col, id: compactKey(z.id) || z.id }));
  } else {
    const known = findKnownContext(headers.map((h, c) => (reserved.has(c) ? '' : h)), base);
    if (known) {
      context = known.ctx;
      ctxCols = known.cols;
    } else if (base) {
      context = base.context;
    } else {
      context = { kind: 'zone', name: { vi: 'Chung', en: 'All' }, values: [{ id: 'chung', name: { vi: 'Chung', en: 'All' }, aliases: ['Chung'] }], rules: [] };
    }
  }
  if (fieldCols.common !== undefined) ctxCols.push({ col: fieldCols.common, id: '*' });
  if (ctxCols.length === 0 && !base) {
    issues.push(makeIssue('missing-header', 'error', { sheet: sheet.name, cell: a1(headerRow, 0) }, 'pack.missing-column', { column: '"TDMNPB", "ĐBSH"… / "Nhóm 1"… / "Chung"' }));
  }

  const packLegal = meta.legal?.value;
  const indicators = new Map<string, Indicator>();
  const firstRow = new Map<string, number>();
  const critNames = new Map<string, string>();
  for (let r = headerRow + 1; r < nRows; r++) {
    const codeText = txt(r, fieldCols.code!);
    if (codeText === '') continue;
    if (/^[IVXLC]+\.?$/.test(codeText)) continue; // group rows "I", "II"
    const code = codeText.replace(/\.$/, '').replace(/,/g, '.');
    if (!/^\d{1,2}(\.\d{1,2}){0,2}[a-z]?$/.test(code)) {
      issues.push(makeIssue('type-error', 'error', where(r, fieldCols.code!), 'pack.bad-code', { value: codeText }));
      continue;
    }
    let criterion = code.split('.')[0]!;
    if (fieldCols.criterion !== undefined) {
      const ct = txt(r, fieldCols.criterion);
      const m = /^(?:tiêu chí|tieu chi|TC)?\s*(?:số\s*)?(\d{1,2})\s*[.:\-–)]?\s*(.*)$/i.exec(ct);
      if (m) {
        criterion = m[1]!;
        if (m[2]) critNames.set(criterion, cleanText(m[2]));
      }
    }
    if (criterion !== code.split('.')[0]) {
      issues.push(makeIssue('type-error', 'error', where(r, fieldCols.criterion ?? fieldCols.code!), 'pack.bad-criterion', { code }));
      continue;
    }
    let year: string | undefined;
    if (fieldCols.year !== undefined) {
      const yt = txt(r, fieldCols.year);
      if (yt !== '') {
        if (/^(19|20)\d{2}$/.test(yt)) year = yt;
        else {
          issues.push(makeIssue('type-error', 'error', where(r, fieldCols.year), 'pack.bad-year', { value: yt }));
          continue;
        }
      }
    }
    if (fieldCols.kind !== undefined && /^tieu chi\b/.test(key(txt(r, fieldCols.kind)))) {
      // a criterion with no indicator yet: only its name
      if (!critNames.has(criterion)) critNames.set(criterion, `Tiêu chí ${criterion}`);
      continue;
    }
    let kind: Indicator['kind'] | undefined;
    if (fieldCols.kind !== undefined) {
      const kt = key(txt(r, fieldCols.kind)).replace(/\s*\/\s*/g, ' ');
      if (kt !== '') {
        kind = KIND_WORDS.find(([re]) => re.test(kt) || re.test(kt.replace(/ /g, '/')))?.[1];
        if (!kind) issues.push(makeIssue('type-error', 'warning', where(r, fieldCols.kind), 'pack.bad-kind', { value: txt(r, fieldCols.kind) }));
      }
    }
    const unit = fieldCols.unit !== undefined ? txt(r, fieldCols.unit) : '';
    const legal = fieldCols.legal !== undefined ? txt(r, fieldCols.legal) : '';
    const verified = fieldCols.verified !== undefined ? bool(cellAt(sheet, r, fieldCols.verified)) ?? false : false;
    const confText = fieldCols.confidence !== undefined ? key(txt(r, fieldCols.confidence)) : '';
    const confidence = (Object.entries(CONFIDENCE_LABEL) as Array<[NonNullable<Source['confidence']>, string]>).find(([, l]) => key(l) === confText)?.[0];
    const source: Source = { ref: legal || packLegal || `Sheet "${sheet.name}"`, verified, confidence: confidence ?? 'office' };
    const note = fieldCols.note !== undefined ? txt(r, fieldCols.note) : '';

    const thresholds: Record<string, Threshold> = {};
    let guessedKind: Indicator['kind'] | undefined;
    for (const cc of ctxCols) {
      const raw = cellAt(sheet, r, cc.col);
      const reading = parseThreshold(typeof raw === 'number' ? raw : cellToText(raw));
      if (reading === null) continue;
      if (!reading.ok) {
        issues.push(makeIssue('invalid-threshold', 'error', where(r, cc.col), 'pack.bad-threshold', { value: reading.text }));
        continue;
      }
      const lvl = reading.level;
      if (!guessedKind) {
        guessedKind = lvl.op === 'dat' ? 'rating' : lvl.op === 'co' || lvl.op === 'khong' ? 'yesno'
          : lvl.op === 'text' ? undefined : lvl.unit === '%' ? 'rate' : 'number';
      }
      const t: Threshold = { op: lvl.op, source } as Threshold;
      if (lvl.value !== undefined) t.value = lvl.value;
      if (lvl.unit) t.unit = lvl.unit;
      else if (unit === '%' && lvl.value !== undefined) t.unit = '%';
      if (lvl.text) t.text = lvl.text;
      if (lvl.implicit) t.implicit = true;
      if (lvl.decimals !== undefined) t.decimals = lvl.decimals;
      if (year) {
        const { source: _s, ...l } = t;
        thresholds[cc.id] = { op: lvl.op, source, byYear: { [year]: l } } as Threshold;
      } else thresholds[cc.id] = t;
    }

    const baseInd = base?.indicators.find((i) => i.code === code);
    const existing = indicators.get(code);
    if (existing && !year) {
      issues.push(makeIssue('duplicate-indicator', 'error', where(r, fieldCols.code!), 'pack.duplicate', { code, first: (firstRow.get(code) ?? 0) + 1 }));
      continue;
    }
    if (existing && year) {
      for (const [id, t] of Object.entries(thresholds)) {
        const cur = existing.thresholds[id];
        if (cur?.byYear) {
          if (t.byYear) {
            const y = Object.keys(t.byYear)[0]!;
            if (cur.byYear[y]) {
              issues.push(makeIssue('duplicate-indicator', 'error', where(r, fieldCols.year!), 'pack.duplicate', { code: `${code} (${y})`, first: (firstRow.get(code) ?? 0) + 1 }));
            }
            Object.assign(cur.byYear, t.byYear);
          }
        } else existing.thresholds[id] = t;
      }
      continue;
    }
    firstRow.set(code, r);
    const wording = fieldCols.wording !== undefined ? txt(r, fieldCols.wording) : '';
    const ind: Indicator = {
      code, criterion,
      kind: kind ?? baseInd?.kind ?? (unit === '%' ? 'rate' : guessedKind) ?? 'rating',
      thresholds: { ...(baseInd?.thresholds ?? {}), ...thresholds },
      notes: note ? note.split(' | ').map((n) => n.trim()).filter(Boolean) : [...(baseInd?.notes ?? [])],
      source: legal || !baseInd ? source : baseInd.source,
    };
    if (wording) ind.wording = { vi: wording, ...(baseInd?.wording?.en && baseInd.wording.vi === wording ? { en: baseInd.wording.en } : {}) };
    else if (baseInd?.wording) ind.wording = baseInd.wording;
    if (unit) ind.unit = unit;
    else if (baseInd?.unit) ind.unit = baseInd.unit;
    if (baseInd?.optional) ind.optional = true;
    indicators.set(code, ind);
  }
  if (indicators.size === 0 && critNames.size === 0 && !base) {
    issues.push(makeIssue('missing-indicator', 'error', { sheet: sheet.name, cell: a1(headerRow, 0) }, 'pack.empty'));
  }

  // criteria: the base's, then any named in the sheet, then bare numbers
  const criteria = new Map<string, Pack['criteria'][number]>();
  for (const c of base?.criteria ?? []) criteria.set(c.code, c);
  for (const [code, name] of critNames) {
    const cur = criteria.get(code);
    if (!cur || cur.name.vi !== name) criteria.set(code, { code, name: { vi: name, ...(cur?.name.en && cur.name.vi === name ? { en: cur.name.en } : {}) }, ...(cur?.source ? { source: cur.source } : {}) });
  }
  for (const ind of indicators.values()) {
    if (!criteria.has(ind.criterion)) criteria.set(ind.criterion, { code: ind.criterion, name: { vi: `Tiêu chí ${ind.criterion}` } });
  }
  const orderedCriteria = [...criteria.values()].sort((a, b) => Number(a.code) - Number(b.code));

  const allIndicators: Indicator[] = [];
  const seen = new Set<string>();
  for (const b of base?.indicators ?? []) {
    const own = indicators.get(b.code);
    allIndicators.push(own ?? b);
    seen.add(b.code);
  }
  for (const ind of indicators.values()) if (!seen.has(ind.code)) allIndicators.push(ind);

  const period = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(meta.period?.value ?? '');
  const totalCriteria = Number(meta.totalCriteria?.value);
  const totalIndicators = Number(meta.totalIndicators?.value);
  const candidate = {
    id: (meta.id?.value && /^[a-z0-9][a-z0-9-]*$/.test(meta.id.value) ? meta.id.value : undefined) ?? (base ? `${base.id}-office` : 'office-pack'),
    title: { vi: meta.title?.value ?? base?.title.vi ?? `Bộ tiêu chí (sheet "${sheet.name}")`, ...(base?.title.en && (!meta.title || meta.title.value === base.title.vi) ? { en: base.title.en } : {}) },
    level: (['xa', 'thon', 'huyen', 'tinh'].includes(meta.level?.value ?? '') ? meta.level!.value : base?.level ?? 'xa') as Pack['level'],
    tier: (['ntm', 'nang-cao', 'kieu-mau', 'hien-dai'].includes(meta.tier?.value ?? '') ? meta.tier!.value : base?.tier ?? 'ntm') as Pack['tier'],
    period: period ? { from: Number(period[1]), to: Number(period[2]) } : base?.period ?? { from: 0, to: 0 },
    legalBasis: legalRefs(meta.legal?.value, base),
    context,
    totals: Number.isFinite(totalCriteria) && totalCriteria > 0
      ? { criteria: totalCriteria, ...(Number.isFinite(totalIndicators) && totalIndicators > 0 ? { indicators: totalIndicators } : {}), source: base?.totals?.source ?? { ref: packLegal ?? `Sheet "${sheet.name}"`, verified: false, confidence: 'office' as const } }
      : base?.totals,
    indicatorListComplete: meta.complete ? bool(meta.complete.value as CellValue) ?? true : base ? base.indicatorListComplete : true,
    criteria: orderedCriteria.length ? orderedCriteria : [{ code: '1', name: { vi: 'Tiêu chí 1' } }],
    indicators: allIndicators,
    notes: base?.notes ?? [],
    ...(meta.extends && base ? { extends: base.id } : base?.extends ? { extends: base.extends } : {}),
  };
  const parsed = PackSchema.safeParse(candidate);
  if (!parsed.success) {
    issues.push(makeIssue('type-error', 'error', { sheet: sheet.name, cell: a1(headerRow, 0) }, 'pack.invalid', { detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 3).join('; ') }));
    return { pack: null, issues };
  }
  return { pack: parsed.data, issues };
}

function legalRefs(text: string | undefined, base: Pack | null): Pack['legalBasis'] {
  if (!text) return base?.legalBasis ?? [{ ref: 'Bộ tiêu chí của văn phòng' }];
  const refs = text.split(';').map((s) => s.trim()).filter(Boolean);
  return refs.map((ref) => base?.legalBasis.find((l) => l.ref === ref) ?? { ref });
}
