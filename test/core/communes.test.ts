import { describe, expect, it } from 'vitest';
import '../../core/communes/bundled.js';
import { communes, findCommune, findProvince, mergedStandard, provinceNamedIn, provinces, regionOf, successorsOf } from '../../core/index.js';

describe('administrative units after 1/7/2025', () => {
  it('has 34 provinces and 3,321 communes (2,611 xã, 697 phường, 13 đặc khu)', () => {
    expect(provinces()).toHaveLength(34);
    const all = communes();
    expect(all).toHaveLength(3321);
    expect(all.filter((c) => c.kind === 'xa')).toHaveLength(2611);
    expect(all.filter((c) => c.kind === 'phuong')).toHaveLength(697);
    expect(all.filter((c) => c.kind === 'dac-khu')).toHaveLength(13);
  });

  it('finds a commune by code or by name, diacritics optional', () => {
    const a = findCommune('15142');
    expect(a.ok && a.commune.name).toBe('Xã Cẩm Thạch');
    const b = findCommune('xa cam thach');
    expect(b.ok && b.commune.code).toBe('15142');
    const c = findCommune('Tuần Giáo, Điện Biên');
    expect(c.ok && c.commune.code).toBe('03253');
  });

  it('asks for the province when a name is shared', () => {
    const r = findCommune('Tân Yên');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.candidates.map((x) => x.code).sort()).toEqual(['03997', '07339']);
      expect(r.message.vi).toContain('tỉnh');
    }
    const s = findCommune('Tân Yên', 'Bắc Ninh');
    expect(s.ok && s.commune.code).toBe('07339');
  });

  it('follows a seed commune into the commune it became part of (lineage)', () => {
    // seed 003: xã Cẩm Thành, huyện Cẩm Thủy, Thanh Hóa; another Cẩm Thành was in Hà Tĩnh
    expect(successorsOf('Xã Cẩm Thành', 'Thanh Hóa').map((c) => c.name)).toEqual(['Xã Cẩm Thạch']);
    expect(successorsOf('Xã Cẩm Thành').map((c) => c.name).sort()).toEqual(['Xã Cẩm Bình', 'Xã Cẩm Thạch']);
    // with no "Xã"/"Phường", wards of the same name are candidates too
    expect(successorsOf('Cẩm Thành').map((c) => c.name)).toEqual(expect.arrayContaining(['Xã Cẩm Bình', 'Xã Cẩm Thạch', 'Phường Cẩm Phả']));
    // seed 001: Quài Cang, one of the three communes Tuần Giáo wanted recognised in 2024
    expect(successorsOf('Quài Cang').map((c) => c.code)).toEqual(['03253']);
    // seed 004: Thượng Lộ (Nam Đông, Huế); seed 002: Song Vân (Tân Yên, Bắc Giang)
    expect(successorsOf('Thượng Lộ').map((c) => c.name)).toEqual(['Xã Khe Tre']);
    expect(successorsOf('Song Vân').map((c) => c.name)).toEqual(['Xã Ngọc Thiện']);
    const tg = findCommune('03253');
    expect(tg.ok && tg.commune.parts).toEqual(['Thị trấn Tuần Giáo', 'Xã Quài Cang', 'Xã Quài Nưa']);
  });

  it('gives the region of a province, and asks where the old provinces spanned regions', () => {
    expect(regionOf('Thanh Hóa')).toMatchObject({ ok: true, region: 'BTB' });
    expect(regionOf('Huế')).toMatchObject({ ok: true, region: 'BTB' });
    expect(regionOf('Khe Tre')).toMatchObject({ ok: true, region: 'BTB' });
    expect(regionOf('Phú Thọ')).toMatchObject({ ok: false, candidates: expect.arrayContaining(['DBSH', 'TDMNPB']) });
    expect(regionOf('Quảng Ninh')).toMatchObject({ ok: false });
    expect(findProvince('hcm')?.code).toBe('79');
    for (const p of provinces()) {
      const r = regionOf(p.code);
      expect(r.ok || r.candidates.length >= 2).toBe(true);
    }
  });

  it('a merged commune takes the lowest standard of those it was formed from', () => {
    expect(mergedStandard(['nang-cao', 'dat-chuan', 'kieu-mau'])).toBe('dat-chuan');
    expect(mergedStandard(['dat-chuan', 'chua-dat'])).toBe('chua-dat');
    expect(mergedStandard([])).toBeNull();
  });
});

describe('kind and province as documents write them', () => {
  it('"Xã Cẩm Thành" is not the ward of that name; the old xã is found through its province', () => {
    expect(findCommune('Xã Cẩm Thành').ok).toBe(false);
    expect(findCommune('Cẩm Thành').ok).toBe(true); // the ward, in Quảng Ngãi, when no kind is typed
    expect(provinceNamedIn(['(Kèm theo Kế hoạch của UBND xã Cẩm Thành, huyện Cẩm Thủy, tỉnh Thanh Hóa)'])?.code).toBe('38');
    // an old province name leads to the new province formed from it
    expect(provinceNamedIn(['UBND XÃ SONG VÂN, TỈNH BẮC GIANG'])?.name).toBe('Tỉnh Bắc Ninh');
  });
});
