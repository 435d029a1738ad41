import { afterAll, describe, expect, it } from 'vitest';
import raw from '../../../data/admin-units-2025.json';
import { registerAdminUnits, type AdminUnitsRaw } from '../../communes/index.js';
import '../../communes/bundled.js';
import { callFunction, isFunctionError } from '../index.js';

const msg = (v: unknown) => (isFunctionError(v) ? v.message.vi : v);

describe('REGION', () => {
  afterAll(() => registerAdminUnits(raw as AdminUnitsRaw));

  it('finds the region of provinces and of communes after the 2025 reform', () => {
    expect(callFunction('REGION', [[['Thanh Hóa'], ['Hà Nội'], ['Cần Thơ'], ['Cẩm Thạch']]])).toEqual([['BTB'], ['ĐBSH'], ['ĐBSCL'], ['BTB']]);
  });

  it('asks instead of guessing where the province spans regions', () => {
    expect(msg(callFunction('REGION', ['Phú Thọ']))).toMatch(/^Tỉnh Phú Thọ hình thành từ .*, thuộc nhiều vùng \(.*\): hãy cho biết vùng của xã\.$/);
    // Đắk Lắk was merged with Phú Yên (DHNTB)
    expect(msg(callFunction('REGION', ['Đắk Lắk']))).toMatch(/thuộc nhiều vùng \(DHNTB, TN\)/);
    expect(msg(callFunction('REGION', ['Atlantis']))).toBe('Không tìm thấy xã/phường "Atlantis".');
  });

  it('says the administrative-unit data is missing when a page forgot to load it', () => {
    registerAdminUnits(() => {
      throw new Error('admin units not loaded (admin-units.js)');
    });
    expect(msg(callFunction('REGION', ['Thanh Hóa']))).toBe('Chưa nạp dữ liệu đơn vị hành chính (tệp admin-units.js): không tra được tỉnh, xã.');
  });
});
