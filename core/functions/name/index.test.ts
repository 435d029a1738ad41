import { describe, expect, it } from 'vitest';
import { packToRows } from '../../packs/sheet.js';
import { getPack } from '../../packs/registry.js';
import { callFunction, isFunctionError } from '../index.js';

const msg = (v: unknown) => (isFunctionError(v) ? v.message.vi : v);

describe('NAME', () => {
  it('names a column of codes, indicators and criteria alike', () => {
    expect(callFunction('NAME', [[['3.2'], ['19']]])).toEqual([
      ['Đảm bảo yêu cầu chủ động về phòng chống thiên tai theo phương châm 4 tại chỗ'], ['Quốc phòng và An ninh'],
    ]);
    expect(callFunction('NAME', ['15'], { lang: 'en' })).toBe('Health');
  });

  it('takes the wording an office wrote in its "Bộ tiêu chí" table', () => {
    const layout = packToRows(getPack('vn-xa-ntm-2021-2025')!);
    const rows = layout.rows.map((r) => [...r]);
    rows.push(['15.9', '15. Y tế', 'Chỉ tiêu riêng của tỉnh', '%', 'Tỷ lệ']);
    expect(callFunction('NAME', ['15.9', rows])).toBe('Chỉ tiêu riêng của tỉnh');
  });

  it('says what it does not know', () => {
    expect(msg(callFunction('NAME', ['21']))).toBe('Mã 21 không có trong bộ tiêu chí vn-xa-ntm-2021-2025.');
    expect(msg(callFunction('NAME', ['1.1', '2026-2030']))).toBe('Bộ tiêu chí vn-xa-ntm-2026-2030 chưa có nội dung chỉ tiêu 1.1 (thuộc tiêu chí 1. Quy hoạch).');
  });
});
