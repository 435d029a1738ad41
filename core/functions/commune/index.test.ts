import { describe, expect, it } from 'vitest';
import '../../communes/bundled.js';
import { callFunction, isFunctionError } from '../index.js';

const msg = (v: unknown) => (isFunctionError(v) ? v.message.vi : v);

describe('COMMUNE', () => {
  it('finds a commune by its code', () => {
    const out = callFunction('COMMUNE', ['15142']) as unknown[][];
    expect(out).toHaveLength(1);
    expect(out[0]!.slice(0, 3)).toEqual(['Xã Cẩm Thạch', '15142', 'Tỉnh Thanh Hóa']);
  });

  it('finds the commune a former commune became part of', () => {
    const out = callFunction('COMMUNE', ['Cẩm Thành', 'Thanh Hóa']) as unknown[][];
    expect(out.map((r) => r[0])).toEqual(['Xã Cẩm Thạch']);
    expect(out[0]![4]).toBe('BTB');
  });

  it('asks for the province when a name is shared', () => {
    expect(msg(callFunction('COMMUNE', ['Tân Thành']))).toMatch(/^"Tân Thành" trùng tên ở \d+ nơi: .*\. Hãy ghi kèm tỉnh hoặc mã\.$/);
    expect(msg(callFunction('COMMUNE', ['Không Có Xã Này']))).toBe('Không tìm thấy xã/phường "Không Có Xã Này".');
  });
});
