import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../../core/communes/bundled.js';
import { checkWorkbook, packFromSheet, parseA1, type CellValue } from '../../core/index.js';

/** Tokens of real annexes: header words, codes, numbers as typed, ratings, dates, junk. */
const token = fc.oneof(
  fc.constantFrom('TT', 'STT', 'Mã', 'Nội dung chỉ tiêu', 'Kết quả thực hiện', 'Tự đánh giá', 'Đạt', 'Chưa đạt', 'x', 'Ghi chú',
    'Nhiệm vụ', 'Người phụ trách', 'Thời gian hoàn thành', 'Kinh phí', 'Xã', 'Số tiêu chí đạt', 'Xếp loại', 'Tổng số hộ', 'Số hộ',
    'Tỷ lệ', 'Cộng', 'Tổng số tiêu chí đạt: 17/19', 'Bình quân tiêu chí/xã: 15,8', 'Số xã cơ bản đạt chuẩn: 13', 'I', 'II',
    '15.3', '11', '5', '2.1', '19.2', '3,97%', '1.784', '0,85', '417/910', '54,1 triệu', 'Quý II/2024', '30/6/2024', '#N/A',
    'Không đánh giá', 'UBND XÃ A, tỉnh Thanh Hóa', 'Vùng: BTB', '≥ 70%', '<img src=x onerror=alert(1)>'),
  fc.string({ maxLength: 30 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -5, max: 5000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.constant({ error: '#DIV/0!' }),
);

const table = fc.array(fc.array(token as fc.Arbitrary<CellValue>, { maxLength: 8 }), { maxLength: 30 });
const merges = fc.array(fc.tuple(fc.nat(30), fc.nat(8), fc.nat(3), fc.nat(3)).map(([r, c, h, w]) => {
  const col = (n: number) => String.fromCharCode(65 + n);
  return `${col(c)}${r + 1}:${col(c + w)}${r + 1 + h}`;
}), { maxLength: 5 });

describe('bad input never crashes, and every issue is well formed', () => {
  it('random tables through recognition and every check (property)', () => {
    fc.assert(fc.property(table, merges, fc.constantFrom(undefined, 'BTB', 'Nhóm 2', 'không rõ'), fc.constantFrom('vn-xa-ntm-2021-2025', 'vn-xa-ntm-2026-2030'), (rows, m, context, pack) => {
      const r = checkWorkbook({ name: 'fuzz.xlsx', sheets: [{ name: 'S', values: rows, merges: m }] }, { pack, ...(context ? { context } : {}) });
      for (const t of r.tables) {
        for (const i of t.issues) {
          expect(i.message.vi.length).toBeGreaterThan(0);
          expect(i.message.en.length).toBeGreaterThan(0);
          expect(parseA1(i.cell)).not.toBeNull();
          expect(i.sheet).toBe('S');
        }
      }
      for (const i of r.issues) {
        expect(i.message.vi.length).toBeGreaterThan(0);
        expect(i.message.en.length).toBeGreaterThan(0);
      }
      expect(r.counts.error + r.counts.warning + r.counts.info).toBe(r.issues.length + r.tables.reduce((s, t) => s + t.issues.length, 0));
    }), { numRuns: 400 });
  });

  it('random "Bộ tiêu chí" sheets give a pack or messages, never an exception (property)', () => {
    const header = fc.shuffledSubarray(['Mã', 'Tiêu chí', 'Nội dung chỉ tiêu', 'Đơn vị', 'Loại', 'TDMNPB', 'ĐBSH', 'BTB', 'Nhóm 1', 'Chung', 'Năm', 'Căn cứ', 'Ghi chú', 'Ngưỡng: Miền núi'], { minLength: 1 });
    fc.assert(fc.property(header, table, (h, rows) => {
      const r = packFromSheet({ name: 'Bộ tiêu chí', values: [h, ...rows] });
      for (const i of r.issues) {
        expect(i.message.vi.length).toBeGreaterThan(0);
        expect(parseA1(i.cell)).not.toBeNull();
      }
      if (r.pack) expect(r.pack.criteria.length).toBeGreaterThan(0);
    }), { numRuns: 400 });
  });

  it('is deterministic: the same table gives the same report (property)', () => {
    fc.assert(fc.property(table, (rows) => {
      const wb = { name: 'a.xlsx', sheets: [{ name: 'S', values: rows }] };
      expect(JSON.stringify(checkWorkbook(wb, { context: 'BTB' }))).toBe(JSON.stringify(checkWorkbook(wb, { context: 'BTB' })));
    }), { numRuns: 100 });
  });
});
