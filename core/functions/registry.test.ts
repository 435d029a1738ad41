import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../communes/bundled.js';
import { packToRows } from '../packs/sheet.js';
import { getPack } from '../packs/registry.js';
import {
  FUNCTIONS, callFunction, clearPackCache, exampleArgs, formatExample, formatFormula, getFunction, invoke, isFunctionError,
  packCacheStats, signature, type HostValue,
} from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A host answer in the shape examples are written in. */
function asExample(v: HostValue): unknown {
  if (Array.isArray(v)) return v.map((r) => r.map((c) => (isFunctionError(c) ? { error: c.error, vi: c.message.vi } : c)));
  return isFunctionError(v) ? { error: v.error, vi: v.message.vi } : v;
}

describe('the registry (catalogue and implementations agree)', () => {
  it('lists at least the functions of issue 4, each id upper-case, unique and at least three letters', () => {
    const ids = FUNCTIONS.map((f) => f.id);
    for (const id of ['CHECK', 'THRESHOLD', 'STATUS', 'CRITERIA', 'UNMET', 'COUNT', 'CLASS', 'POVERTY', 'RATE', 'REGION', 'NAME', 'COMMUNE', 'SETS']) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9_]{2,}$/);
  });

  for (const f of FUNCTIONS) {
    describe(f.id, () => {
      it('has one folder with its source and a test beside it', () => {
        const dir = path.join(here, f.id.toLowerCase());
        expect(existsSync(path.join(dir, 'index.ts'))).toBe(true);
        expect(existsSync(path.join(dir, 'index.test.ts'))).toBe(true);
      });

      it('takes as many arguments as its catalogue lists', () => {
        expect(f.implementation.length).toBe(f.parameters.length);
      });

      it('describes itself and every parameter in Vietnamese and English, with names a formula help can show', () => {
        expect(f.description.vi.length).toBeGreaterThan(10);
        expect(f.description.en.length).toBeGreaterThan(10);
        const seen = { vi: new Set<string>(), en: new Set<string>() };
        let optionalSeen = false;
        for (const p of f.parameters) {
          for (const lang of ['vi', 'en'] as const) {
            expect(p.name[lang]).toMatch(/^\p{L}[\p{L}\p{N}_]*$/u);
            expect(seen[lang].has(p.name[lang])).toBe(false);
            seen[lang].add(p.name[lang]);
            expect(p.description[lang].length).toBeGreaterThan(3);
          }
          if (p.optional) optionalSeen = true;
          else expect(optionalSeen, `${f.id}: required ${p.name.en} after an optional one`).toBe(false);
          if (p.broadcast) {
            expect(p.kind).toBe('scalar');
            expect(f.result.dimensionality).toBe('scalar');
          }
        }
      });

      it('answers each of its examples as documented', () => {
        expect(f.examples.length).toBeGreaterThan(0);
        for (const ex of f.examples) {
          expect(asExample(invoke(f, exampleArgs(ex))), formatExample(f.id, ex)).toEqual(ex.result);
        }
      });

      it('shows every example in its JSDoc, as `ID(args) //=> result`', () => {
        const src = readFileSync(path.join(here, f.id.toLowerCase(), 'index.ts'), 'utf8');
        for (const ex of f.examples) expect(src, f.id).toContain(formatExample(f.id, ex));
      });

      it('gives English text when asked, and errors in both languages', () => {
        for (const ex of f.examples) {
          const en = invoke(f, exampleArgs(ex), { lang: 'en' });
          const flat = Array.isArray(en) ? en.flat() : [en];
          for (const c of flat) {
            if (isFunctionError(c)) {
              expect(c.message.vi).not.toBe('');
              expect(c.message.en).not.toBe('');
            }
          }
        }
      });
    });
  }
});

describe('the framework', () => {
  it('checks arity: too few and too many arguments are errors with the parameter names', () => {
    const few = callFunction('CHECK', ['15.3']);
    expect(isFunctionError(few) && few.message.vi).toBe('Hàm CHECK cần ít nhất 3 đối số (mã_chỉ_tiêu, giá_trị, vùng), mới có 1.');
    const many = callFunction('RATE', [1, 2, 3]);
    expect(isFunctionError(many) && many.message.vi).toBe('Hàm RATE nhận nhiều nhất 2 đối số, đang có 3.');
  });

  it('takes omitted optional arguments as hosts pass them: absent (Sheets) or null (Excel)', () => {
    expect(callFunction('CHECK', ['15.3', 0.23, 'BTB'])).toBe('Đạt');
    expect(callFunction('CHECK', ['15.3', 0.23, 'BTB', null, null])).toBe('Đạt');
    expect(callFunction('CHECK', [[['15.3']], [[0.23]], [['BTB']], null, null])).toEqual([['Đạt']].flat()[0]);
  });

  it('coerces numbers typed as Vietnamese text, and says which argument is wrong', () => {
    expect(callFunction('RATE', ['1.784', '3.568'])).toBe(0.5);
    const bad = callFunction('RATE', ['nhiều', 10]);
    expect(isFunctionError(bad) && bad.message.vi).toBe('Hàm RATE: tử_số cần một số, nhưng ô ghi "nhiều".');
    const hostErr = callFunction('RATE', [{ error: '#N/A' }, 10]);
    expect(isFunctionError(hostErr) && hostErr.message.vi).toBe('Hàm RATE: ô của tử_số đang báo lỗi #N/A.');
  });

  it('broadcasts: a column of codes and values gives a column of verdicts, blank rows stay blank, one bad cell does not spoil the rest', () => {
    const out = callFunction('CHECK', [[['15.3'], [null], ['15.3'], ['abc']], [[0.23], [null], [0.3], [0.1]], 'BTB']);
    expect(Array.isArray(out)).toBe(true);
    const rows = out as unknown[][];
    expect(rows.map((r) => r.length)).toEqual([1, 1, 1, 1]);
    expect(rows[0]![0]).toBe('Đạt');
    expect(rows[1]![0]).toBe('');
    expect(rows[2]![0]).toBe('Chưa đạt');
    expect(isFunctionError(rows[3]![0]) && (rows[3]![0] as { message: { vi: string } }).message.vi).toBe('Mã chỉ tiêu "abc" không hợp lệ (ví dụ đúng: 5, 2.2, 17.10).');
  });

  it('gives 57 verdicts for 57 codes and values in one call', () => {
    const codes = Array.from({ length: 57 }, (_, i) => [i % 2 === 0 ? '15.3' : '11']);
    const values = Array.from({ length: 57 }, (_, i) => [i / 100]);
    const out = callFunction('CHECK', [codes, values, 'BTB']) as unknown[][];
    expect(out).toHaveLength(57);
    // 15.3 in BTB: ≤ 25%; 11 in BTB: ≤ 6,5% (values i% for row i)
    out.forEach((r, i) => {
      const limit = i % 2 === 0 ? 25 : 6.5;
      expect(r[0], `row ${i}`).toBe(i <= limit ? 'Đạt' : 'Chưa đạt');
    });
  });

  it('refuses ranges of different sizes, and a range where one cell is expected', () => {
    const shape = callFunction('CHECK', [[['15.3'], ['11']], [[0.2], [0.1], [0.3]], 'BTB']);
    expect(isFunctionError(shape) && shape.message.vi).toBe('Hàm CHECK: mã_chỉ_tiêu (2×1) và giá_trị (3×1) phải cùng kích thước.');
    const single = callFunction('CHECK', ['15.3', 0.2, 'BTB', [[2024], [2025]]]);
    expect(isFunctionError(single) && single.message.vi).toBe('Hàm CHECK: năm cần một ô, không phải một vùng 2×1.');
  });

  it('never throws, whatever the hosts pass', () => {
    const cell = fc.oneof(
      fc.constant(null), fc.constant(undefined), fc.string(), fc.double(), fc.boolean(), fc.constantFrom('15.3', 'BTB', '0,5', '#N/A', 'Đạt', 'Nhóm 2'),
      fc.record({ error: fc.constantFrom('#N/A', '#VALUE!') }),
    );
    const arg = fc.oneof(cell, fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }));
    fc.assert(fc.property(fc.constantFrom(...FUNCTIONS.map((f) => f.id)), fc.array(arg, { maxLength: 6 }), (id, args) => {
      const out = callFunction(id, args);
      const flat = Array.isArray(out) ? out.flat() : [out];
      for (const c of flat) expect(['string', 'number', 'boolean'].includes(typeof c) || isFunctionError(c)).toBe(true);
    }), { numRuns: 400 });
  });

  it('an unknown id is an error value, not a crash', () => {
    const e = callFunction('NOPE', []);
    expect(isFunctionError(e) && e.message.vi).toBe('Không có hàm NOPE.');
    expect(getFunction('check')?.id).toBe('CHECK');
  });

  it('writes formulas in both spellings and both locales', () => {
    expect(formatFormula('CHECK', ['15.3', 0.23, 'BTB'], 'excel', 'vi')).toBe('=NTM.CHECK("15.3"; 0,23; "BTB")');
    expect(formatFormula('CHECK', ['15.3', 0.23, 'BTB'], 'sheets', 'en')).toBe('=NTM_CHECK("15.3", 0.23, "BTB")');
    expect(signature(getFunction('CHECK')!)).toBe('CHECK(mã_chỉ_tiêu, giá_trị, vùng, [năm], [bộ_tiêu_chí])');
  });
});

describe('a "Bộ tiêu chí" range as set_or_pack', () => {
  function officeSheet(level: string) {
    const layout = packToRows(getPack('vn-xa-ntm-2021-2025')!);
    const rows = layout.rows.map((r) => [...r]);
    const codeCol = layout.columns.indexOf('Mã');
    const btbCol = layout.columns.indexOf('BTB');
    const r = rows.findIndex((row, i) => i > layout.headerRow && row[codeCol] === '4.2');
    rows[r]![btbCol] = level;
    return rows;
  }

  it('drives the verdict with the office\'s own level', () => {
    expect(callFunction('CHECK', ['4.2', 0.99, 'BTB'])).toBe('Chưa có ngưỡng');
    expect(callFunction('CHECK', ['4.2', 0.99, 'BTB', null, officeSheet('≥ 98%')])).toBe('Đạt');
    expect(callFunction('THRESHOLD', ['4.2', 'BTB', null, officeSheet('≥ 98%')])).toBe('≥ 98%');
  });

  it('is parsed once per content, not once per call or per cell', () => {
    clearPackCache();
    const a = officeSheet('≥ 97%');
    const codes = Array.from({ length: 20 }, () => ['4.2']);
    const values = Array.from({ length: 20 }, (_, i) => [0.9 + i / 200]);
    callFunction('CHECK', [codes, values, 'BTB', null, a]);
    expect(packCacheStats().parses).toBe(1);
    // another call, another array with the same content (as a recalculation gives)
    expect(callFunction('CHECK', ['4.2', 0.98, 'BTB', null, officeSheet('≥ 97%')])).toBe('Đạt');
    expect(packCacheStats().parses).toBe(1);
    // the office edits the level: read again
    expect(callFunction('CHECK', ['4.2', 0.98, 'BTB', null, officeSheet('≥ 99%')])).toBe('Chưa đạt');
    expect(packCacheStats().parses).toBe(2);
  });

  it('says which cell of the range it cannot read', () => {
    const e = callFunction('CHECK', ['4.2', 0.99, 'BTB', null, [['Ghi chú', 'x'], ['a', 'b']]]);
    expect(isFunctionError(e) && e.message.vi).toMatch(/^Không đọc được vùng "Bộ tiêu chí": .* \(ô A1 tính từ góc trên bên trái của vùng\)\.$/);
  });

  it('takes a built-in set by id or alias in one cell', () => {
    expect(callFunction('NAME', ['2', [['2026-2030']]])).toBe('Hạ tầng kinh tế - xã hội');
    const e = callFunction('NAME', ['2', 'bộ lạ']);
    expect(isFunctionError(e) && e.message.vi).toMatch(/^Không có bộ tiêu chí "bộ lạ"\. Các bộ có sẵn: vn-xa-ntm-2021-2025/);
  });
});
