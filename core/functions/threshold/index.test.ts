import { describe, expect, it } from 'vitest';
import '../../communes/bundled.js';
import { callFunction, isFunctionError } from '../index.js';

const msg = (v: unknown) => (isFunctionError(v) ? v.message.vi : v);

describe('THRESHOLD', () => {
  it('writes every region\'s stunting level as documents write it', () => {
    const regions = [['TDMNPB'], ['ĐBSH'], ['BTB'], ['DHNTB'], ['TN'], ['ĐNB'], ['ĐBSCL']];
    expect(callFunction('THRESHOLD', ['15.3', regions])).toEqual([['≤ 24%'], ['≤ 16,5%'], ['≤ 25%'], ['≤ 22%'], ['≤ 26,5%'], ['≤ 14,5%'], ['≤ 19%']]);
    expect(callFunction('THRESHOLD', ['15.3', 'TN'], { lang: 'en' })).toBe('≤ 26.5%');
  });

  it('applies the rule that sends a disadvantaged commune to the TDMNPB level', () => {
    expect(callFunction('THRESHOLD', ['15.3', 'BTB, ĐBKK'])).toBe('≤ 24%');
    expect(callFunction('THRESHOLD', ['11', 'BTB, xã ATK'])).toBe('≤ 13%');
  });

  it('gives a level described in words as its words', () => {
    expect(callFunction('THRESHOLD', ['5', 'ĐBSH'])).toBe('100% trường đạt tiêu chuẩn cơ sở vật chất mức độ 1');
  });

  it('says a level is unknown rather than inventing one', () => {
    expect(msg(callFunction('THRESHOLD', ['15.4', 'BTB']))).toBe('Chưa có ngưỡng cho chỉ tiêu 15.4 ở BTB. Nhập mức yêu cầu vào sheet "Bộ tiêu chí" của tệp.');
    expect(msg(callFunction('THRESHOLD', ['12.1', 'BTB']))).toBe('Chưa có ngưỡng cho chỉ tiêu 12.1 ở BTB. Nhập mức yêu cầu vào sheet "Bộ tiêu chí" của tệp.');
    expect(msg(callFunction('THRESHOLD', ['15.3', 'Nhóm 2']))).toBe('Không nhận ra vùng/nhóm xã "Nhóm 2". Các giá trị hợp lệ: TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL.');
  });
});
