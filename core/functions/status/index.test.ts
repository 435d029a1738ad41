import { describe, expect, it } from 'vitest';
import '../../communes/bundled.js';
import { btbCommune } from '../../../test/functions/commune-table.js';
import { callFunction, isFunctionError } from '../index.js';

const msg = (v: unknown) => (isFunctionError(v) ? v.message.vi : v);

describe('STATUS', () => {
  it('says 19/19 and how little of it rests on known thresholds', () => {
    const { codes, values } = btbCommune();
    expect(callFunction('STATUS', [codes, values, 'BTB'])).toBe(
      '19/19 tiêu chí, 25/57 chỉ tiêu — đạt chuẩn; 3 chỉ tiêu so với ngưỡng, 22 theo tự đánh giá của xã, 0 chưa có kết luận',
    );
  });

  it('drops a criterion when one of its indicators fails its level', () => {
    const { codes, values } = btbCommune({ '15.3': 0.3 });
    expect(callFunction('STATUS', [codes, values, 'BTB'])).toBe(
      '18/19 tiêu chí, 24/57 chỉ tiêu — cơ bản đạt chuẩn (còn thiếu 1 tiêu chí); 3 chỉ tiêu so với ngưỡng, 22 theo tự đánh giá của xã, 0 chưa có kết luận',
    );
  });

  it('does not count a criterion whose indicators the table leaves out, nor a value with no level', () => {
    const { codes, values } = btbCommune({ '4.2': 0.99 });
    const out = callFunction('STATUS', [codes.slice(0, 20), values.slice(0, 20), 'BTB']);
    // rows 1 … 15.4: criteria 16-19 absent; 4.2 has a number but no level in BTB
    expect(out).toBe('14/19 tiêu chí, 19/57 chỉ tiêu — chưa đạt chuẩn (còn thiếu 5 tiêu chí); 3 chỉ tiêu so với ngưỡng, 16 theo tự đánh giá của xã, 1 chưa có kết luận');
  });

  it('pairs a row of codes with a column of values cell by cell, and skips blank and group rows', () => {
    const codes = [['I', '15.3', null, '11']];
    const values = [[null], [0.2], ['ghi chú'], [0.05]];
    // criterion 11 has one indicator in the set, so 11 alone meets it
    expect(callFunction('STATUS', [codes, values, 'BTB'])).toBe(
      '1/19 tiêu chí, 2/57 chỉ tiêu — chưa đạt chuẩn (còn thiếu 18 tiêu chí); 2 chỉ tiêu so với ngưỡng, 0 theo tự đánh giá của xã, 0 chưa có kết luận',
    );
  });

  it('refuses a code given twice or a range with no code', () => {
    expect(msg(callFunction('STATUS', [[['15.3'], ['15.3']], [[0.2], [0.3]], 'BTB']))).toBe('Mã 15.3 có hai lần trong vùng mã (ô thứ 1 và thứ 2).');
    expect(msg(callFunction('STATUS', [[[null]], [[0.2]], 'BTB']))).toBe('Hàm STATUS: vùng mã chỉ tiêu không có mã nào.');
  });
});
