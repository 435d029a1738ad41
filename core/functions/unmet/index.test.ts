import { describe, expect, it } from 'vitest';
import '../../communes/bundled.js';
import { btbCommune } from '../../../test/functions/commune-table.js';
import { callFunction } from '../index.js';

describe('UNMET', () => {
  it('lists only the indicators not met, in the table\'s order, with the gap in percentage points', () => {
    const { codes, values } = btbCommune({ '3.1': 0.7, '15.3': 0.3, '12.2': 'Chưa đạt' });
    expect(callFunction('UNMET', [codes, values, 'BTB'])).toEqual([
      ['3.1', '70%', '≥ 80%', 10, 'Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động'],
      ['12.2', 'Chưa đạt', '', '', 'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ (áp dụng đạt cho cả nam và nữ)'],
      ['15.3', '30%', '≤ 25%', 5, 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi (chiều cao theo tuổi)'],
    ]);
  });

  it('says so in one cell when nothing is unmet', () => {
    const { codes, values } = btbCommune();
    expect(callFunction('UNMET', [codes, values, 'BTB'])).toEqual([['Không có chỉ tiêu chưa đạt']]);
    expect(callFunction('UNMET', [codes, values, 'BTB'], { lang: 'en' })).toEqual([['No indicator is unmet']]);
  });

  it('writes numbers the English way in English', () => {
    const out = callFunction('UNMET', [[['11']], [['12,21%']], 'BTB'], { lang: 'en' }) as unknown[][];
    expect(out[0]!.slice(0, 4)).toEqual(['11', '12.21%', '≤ 6.5%', 5.71]);
  });
});
