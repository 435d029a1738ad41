import { describe, expect, it } from 'vitest';
import {
  builtinPacks, contextOf, defineExtension, getPack, levelFor, packDigest, packFromJson, packFromSheet, packToRows,
  parseContext, PackSchemas, sheetFromRows, type Pack,
} from '../../core/index.js';
import '../../core/communes/bundled.js';

const p318 = getPack('vn-xa-ntm-2021-2025')!;
const p51 = getPack('vn-xa-ntm-2026-2030')!;

describe('built-in packs hold exactly what LEGAL.md establishes', () => {
  it('validate against the schema and can be found by the names users type', () => {
    for (const p of builtinPacks()) expect(PackSchemas.Pack.safeParse(p).success).toBe(true);
    expect(getPack('318')?.id).toBe('vn-xa-ntm-2021-2025');
    expect(getPack('2026-2030')?.id).toBe('vn-xa-ntm-2026-2030');
    expect(getPack('51/2025/QĐ-TTg')?.id).toBe('vn-xa-ntm-2026-2030');
    expect(getPack('nope')).toBeNull();
  });

  it('2021-2025: 19 criteria, 57 indicators declared, 7 regions, the list marked partial', () => {
    expect(p318.criteria).toHaveLength(19);
    expect(p318.totals).toMatchObject({ criteria: 19, indicators: 57 });
    expect(p318.context.values.map((v) => v.id)).toEqual(['TDMNPB', 'DBSH', 'BTB', 'DHNTB', 'TN', 'DNB', 'DBSCL']);
    expect(p318.indicatorListComplete).toBe(false);
    expect(p318.criteria.find((c) => c.code === '17')?.name.vi).toBe('Môi trường và an toàn thực phẩm');
  });

  it('stunting levels per region (15.3), and 15.4 only where a source gives it', () => {
    const ind = p318.indicators.find((i) => i.code === '15.3')!;
    const levels = Object.fromEntries(p318.context.values.map((v) => {
      const l = levelFor(ind, contextOf(p318, v.id));
      return [v.id, l.ok ? l.level.value : null];
    }));
    expect(levels).toEqual({ TDMNPB: 24, DBSH: 16.5, BTB: 25, DHNTB: 22, TN: 26.5, DNB: 14.5, DBSCL: 19 });
    const i154 = p318.indicators.find((i) => i.code === '15.4')!;
    expect(levelFor(i154, contextOf(p318, 'TDMNPB'))).toMatchObject({ ok: true, level: { op: '>=', value: 50 } });
    expect(levelFor(i154, contextOf(p318, 'BTB'))).toMatchObject({ ok: false, reason: 'no-threshold' });
  });

  it('marks every figure unverified, with where it came from', () => {
    for (const ind of p318.indicators) {
      expect(ind.source.verified).toBe(false);
      for (const t of Object.values(ind.thresholds)) {
        expect(t.source.verified).toBe(false);
        expect(t.source.ref.length).toBeGreaterThan(3);
        expect(t.source.confidence).toBeDefined();
      }
    }
  });

  it('keeps the possibly-provincial 9.x levels out of the verdicts', () => {
    for (const code of ['9.1', '9.2']) expect(p318.indicators.find((i) => i.code === code)!.thresholds).toEqual({});
  });

  it('2026-2030: 10 criteria, 47 indicators, three commune groups, no invented indicator', () => {
    expect(p51.criteria).toHaveLength(10);
    expect(p51.totals).toMatchObject({ criteria: 10, indicators: 47 });
    expect(p51.indicators).toHaveLength(0);
    expect(p51.context.values.map((v) => v.id)).toEqual(['nhom-1', 'nhom-2', 'nhom-3']);
  });

  it('sends especially disadvantaged communes to the TDMNPB level (318, Điều 1)', () => {
    const r = parseContext('Bắc Trung Bộ, xã đặc biệt khó khăn', p318);
    expect(r.ok && r.context).toMatchObject({ declared: 'BTB', effective: 'TDMNPB', flags: ['dbkk'] });
    expect(parseContext('ATK', p318)).toMatchObject({ ok: true, context: { effective: 'TDMNPB' } });
    expect(parseContext('nhom 2', p51)).toMatchObject({ ok: true, context: { effective: 'nhom-2' } });
    expect(parseContext('Thanh Hóa', p318)).toMatchObject({ ok: true, context: { effective: 'BTB' } });
    const bad = parseContext('Phú Thọ', p318);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message.vi).toContain('Vĩnh Phúc');
    expect(parseContext('Miền Trăng', p318).ok).toBe(false);
  });
});

describe('provincial packs extend a national one', () => {
  const ext = defineExtension({
    id: 'tinh-vi-du', title: { vi: 'Bộ tiêu chí của tỉnh (ví dụ kiểm thử)' }, extends: 'vn-xa-ntm-2021-2025',
    legalBasis: [{ ref: 'QĐ ví dụ của tỉnh' }],
    context: { kind: 'zone', name: { vi: 'Vùng của tỉnh' }, values: [{ id: 'mien-nui', name: { vi: 'Miền núi' }, aliases: [] }, { id: 'dong-bang', name: { vi: 'Đồng bằng' }, aliases: [] }] },
    contextMap: { 'mien-nui': 'TDMNPB', 'dong-bang': 'BTB' },
    overrides: [{ code: '11', thresholds: { 'dong-bang': { op: '<=', value: 5, unit: '%', source: { ref: 'QĐ ví dụ của tỉnh', verified: false, confidence: 'office' } } } }],
    additions: [{ code: '20.1', criterion: '19', kind: 'rate', unit: '%', wording: { vi: 'Chỉ tiêu bổ sung của tỉnh' }, thresholds: { '*': { op: '>=', value: 90, unit: '%', source: { ref: 'QĐ ví dụ của tỉnh', verified: false } } }, source: { ref: 'QĐ ví dụ của tỉnh', verified: false } }],
  });

  it('maps its zones to national levels for what it does not override', () => {
    const ind = ext.indicators.find((i) => i.code === '15.3')!;
    expect(levelFor(ind, contextOf(ext, 'mien-nui'))).toMatchObject({ ok: true, level: { value: 24 } });
    expect(levelFor(ind, contextOf(ext, 'dong-bang'))).toMatchObject({ ok: true, level: { value: 25 } });
  });

  it('overrides and adds its own indicators', () => {
    expect(levelFor(ext.indicators.find((i) => i.code === '11')!, contextOf(ext, 'dong-bang'))).toMatchObject({ ok: true, level: { value: 5 } });
    expect(levelFor(ext.indicators.find((i) => i.code === '20.1')!, contextOf(ext, 'mien-nui'))).toMatchObject({ ok: true, level: { value: 90 } });
    expect(ext.extends).toBe('vn-xa-ntm-2021-2025');
  });

  it('loads from JSON, and explains a bad one', () => {
    const ok = packFromJson(JSON.stringify({ id: 'x', title: { vi: 'X' }, extends: '318', legalBasis: [{ ref: 'r' }], overrides: [] }));
    expect(ok.ok).toBe(true);
    const bad = packFromJson('{"id": "BAD ID", "title": {}}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message.vi).toContain('không hợp lệ');
    expect(packFromJson('not json').ok).toBe(false);
  });
});

describe('the "Bộ tiêu chí" sheet', () => {
  function roundTrip(p: Pack): Pack {
    const layout = packToRows(p);
    const r = packFromSheet(sheetFromRows('Bộ tiêu chí', layout.rows));
    expect(r.issues).toEqual([]);
    return r.pack!;
  }

  it('round-trips every built-in pack (write, read back, same pack)', () => {
    for (const p of builtinPacks()) expect(packDigest(roundTrip(p))).toEqual(packDigest(p));
  });

  it('reads an office sheet without diacritics, with years and a common column', () => {
    const rows = [
      ['Ma bo tieu chi', 'tinh-vi-du-2024'],
      ['Ke thua', 'vn-xa-ntm-2021-2025'],
      [],
      ['Ma', 'Tieu chi', 'Noi dung chi tieu', 'Don vi', 'Nam', 'Chung', 'BTB'],
      ['10.1', '10. Thu nhap', 'Thu nhap binh quan dau nguoi', 'triệu đồng/người/năm', 2024, null, '≥ 54 triệu'],
      ['10.1', '10. Thu nhap', 'Thu nhap binh quan dau nguoi', 'triệu đồng/người/năm', 2025, null, '≥ 60 triệu'],
      ['12.2', '12. Lao dong', null, '%', null, 'từ 70% trở lên', null],
    ];
    const r = packFromSheet(sheetFromRows('Bo tieu chi', rows));
    expect(r.issues).toEqual([]);
    const p = r.pack!;
    expect(p.id).toBe('tinh-vi-du-2024');
    const income = p.indicators.find((i) => i.code === '10.1')!;
    expect(levelFor(income, contextOf(p, 'BTB'), 2025)).toMatchObject({ ok: true, level: { value: 60 } });
    expect(levelFor(income, contextOf(p, 'BTB'))).toMatchObject({ ok: false, reason: 'needs-year' });
    expect(levelFor(income, contextOf(p, 'BTB'), 2023)).toMatchObject({ ok: false, reason: 'no-threshold-year' });
    // a level the sheet fills in for the whole set, and the national levels kept for what it leaves blank
    expect(levelFor(p.indicators.find((i) => i.code === '12.2')!, contextOf(p, 'DBSH'))).toMatchObject({ ok: true, level: { op: '>=', value: 70 } });
    expect(levelFor(p.indicators.find((i) => i.code === '15.3')!, contextOf(p, 'BTB'))).toMatchObject({ ok: true, level: { value: 25 } });
  });

  it('gives a message per bad cell and still reads the rest', () => {
    const rows = [
      ['Mã', 'Nội dung chỉ tiêu', 'TDMNPB', 'ĐBSH'],
      ['1.1', 'Quy hoạch', 'Đạt', 'Đạt'],
      ['x.9', 'Mã sai', '≥ 50%', null],
      ['15.4', 'Sổ khám chữa bệnh điện tử', '≥ 1//2', '≥ 70%'],
      ['1.1', 'Lặp lại', 'Đạt', null],
    ];
    const r = packFromSheet(sheetFromRows('Bộ tiêu chí', rows));
    expect(r.pack).not.toBeNull();
    const at = r.issues.map((i) => `${i.code}@${i.cell}`);
    expect(at).toEqual(expect.arrayContaining(['type-error@A3', 'duplicate-indicator@A5']));
    expect(r.issues.every((i) => i.message.vi && i.message.en && i.sheet === 'Bộ tiêu chí')).toBe(true);
    expect(levelFor(r.pack!.indicators.find((i) => i.code === '15.4')!, contextOf(r.pack!, 'DBSH'))).toMatchObject({ ok: true, level: { value: 70 } });
  });

  it('says what is missing when there is no header at all', () => {
    const r = packFromSheet(sheetFromRows('Bộ tiêu chí', [['ghi chú tự do'], ['không phải bảng']]));
    expect(r.pack).toBeNull();
    expect(r.issues[0]).toMatchObject({ code: 'missing-header', cell: 'A1' });
  });
});

describe('the "Bộ tiêu chí" sheet keeps levels set per year beside plain ones', () => {
  it('round-trips an indicator with a level per year in one region and a plain level in another', () => {
    const p = packFromSheet(sheetFromRows('Bộ tiêu chí', [
      ['Mã bộ tiêu chí', 'thu-nhap-vi-du'],
      ['Mã', 'Tiêu chí', 'Nội dung chỉ tiêu', 'Đơn vị', 'Năm', 'BTB', 'TDMNPB'],
      ['10.1', '10. Thu nhập', 'Thu nhập bình quân', 'triệu đồng/người/năm', null, null, '≥ 40 triệu'],
      ['10.1', '10. Thu nhập', 'Thu nhập bình quân', 'triệu đồng/người/năm', 2024, '≥ 50 triệu', null],
      ['10.1', '10. Thu nhập', 'Thu nhập bình quân', 'triệu đồng/người/năm', 2025, '≥ 55 triệu', null],
    ])).pack!;
    const back = packFromSheet(sheetFromRows('Bộ tiêu chí', packToRows(p).rows));
    expect(back.issues).toEqual([]);
    expect(packDigest(back.pack!)).toEqual(packDigest(p));
    const ind = back.pack!.indicators.find((i) => i.code === '10.1')!;
    expect(levelFor(ind, contextOf(back.pack!, 'TDMNPB'))).toMatchObject({ ok: true, level: { value: 40 } });
    expect(levelFor(ind, contextOf(back.pack!, 'BTB'), 2025)).toMatchObject({ ok: true, level: { value: 55 } });
  });
});
