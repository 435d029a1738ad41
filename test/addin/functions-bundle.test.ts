import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../core/communes/bundled.js';
import { answersWithBlock, callFunction, exampleArgs, FUNCTIONS, getFunction, isFunctionError, type HostValue } from '../../core/functions/index.js';
import { packToRows } from '../../core/packs/sheet.js';
import { getPack } from '../../core/packs/registry.js';
import { btbCommune } from '../functions/commune-table.js';
import { distFile, loadBundle, plain } from './bundle.js';

/** Arguments the way Excel passes them: matrix parameters as 2-D arrays, omitted ones as null, then an invocation object. */
function excelArgs(id: string, args: readonly unknown[]): unknown[] {
  const f = getFunction(id)!;
  const out = f.parameters.map((p, i) => {
    const v = args[i];
    if (v === undefined || v === null) return null;
    const matrix = p.kind === 'range' || p.broadcast;
    return matrix && !Array.isArray(v) ? [[v]] : v;
  });
  return [...out, { address: 'Sheet1!B2', functionName: id }];
}

/** What the core answers, in the shape Excel must show. */
function expected(id: string, args: readonly unknown[]): unknown {
  const f = getFunction(id)!;
  const v: HostValue = callFunction(id, args);
  const cell = (c: unknown) => (isFunctionError(c) ? { code: '#VALUE!', message: c.message.vi } : c);
  if (Array.isArray(v)) return v.map((r) => r.map(cell));
  return answersWithBlock(f) ? [[cell(v)]] : cell(v);
}

const bundle = loadBundle();
const call = (id: string, ...args: unknown[]) => plain(bundle.associated.get(id)!(...excelArgs(id, args)));

function officeSheet(level: string) {
  const layout = packToRows(getPack('vn-xa-ntm-2021-2025')!);
  const rows = layout.rows.map((r) => [...r]);
  const r = rows.findIndex((row, i) => i > layout.headerRow && row[0] === '4.2');
  rows[r]![layout.columns.indexOf('BTB')] = level;
  return rows;
}

describe('dist/addin/functions.js in node:vm', () => {
  it('associates every id of the registry (and of functions.json), once each', () => {
    const ids = FUNCTIONS.map((f) => f.id);
    expect([...bundle.order].sort()).toEqual([...ids].sort());
    const meta = JSON.parse(readFileSync(distFile('functions.json'), 'utf8')) as { functions: Array<{ id: string }> };
    expect(meta.functions.map((f) => f.id).sort()).toEqual([...ids].sort());
  });

  it('=NTM.CHECK("15.3"; 0,23; "BTB") shows "Đạt" (a 23% cell arrives as 0.23)', () => {
    expect(call('CHECK', '15.3', 0.23, 'BTB')).toEqual([['Đạt']]);
  });

  it('a range of 57 codes and values gives 57 verdicts in one call, as the core does', () => {
    const codes = Array.from({ length: 57 }, (_, i) => [['15.3', '11', '4.2'][i % 3]!]);
    const values = Array.from({ length: 57 }, (_, i) => [i / 100]);
    const got = call('CHECK', codes, values, 'BTB') as unknown[][];
    expect(got).toHaveLength(57);
    expect(got).toEqual(expected('CHECK', [codes, values, 'BTB']));
  });

  it('takes a "Bộ tiêu chí" range as set_or_pack', () => {
    expect(call('CHECK', '4.2', 0.985, 'BTB', null, officeSheet('≥ 98%'))).toEqual([['Đạt']]);
    expect(call('THRESHOLD', '4.2', 'BTB', null, officeSheet('≥ 98%'))).toEqual([['≥ 98%']]);
  });

  it('turns errors into #VALUE! with the Vietnamese message, also inside a returned range', () => {
    expect(call('CHECK', '15.3', 0.23, 'Miền Tây')).toEqual([[{
      code: '#VALUE!', message: 'Không nhận ra vùng/nhóm xã "Miền Tây". Các giá trị hợp lệ: TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL.',
    }]]);
    const mixed = call('CHECK', [['15.3'], ['abc']], [[0.2], [0.2]], 'BTB') as unknown[][];
    expect(mixed[0]).toEqual(['Đạt']);
    expect(mixed[1]).toEqual([{ code: '#VALUE!', message: 'Mã chỉ tiêu "abc" không hợp lệ (ví dụ đúng: 5, 2.2, 17.10).' }]);
    expect(call('STATUS', [['15.3']], [[0.2], [0.3]], 'BTB')).toEqual({ code: '#VALUE!', message: 'Hàm STATUS: các_mã có 1 ô nhưng các_giá_trị có 2 ô; hai vùng phải dài bằng nhau.' });
  });

  it('answers as the core does for a commune table, a province and every example of the registry', () => {
    const { codes, values } = btbCommune({ '15.3': 0.3 });
    for (const id of ['STATUS', 'CRITERIA', 'UNMET']) expect(call(id, codes, values, 'BTB'), id).toEqual(expected(id, [codes, values, 'BTB']));
    expect(call('REGION', 'Thanh Hóa')).toEqual([['BTB']]);
    expect(call('COMMUNE', '15142')).toEqual(expected('COMMUNE', ['15142']));
    for (const f of FUNCTIONS) {
      for (const ex of f.examples) {
        const args = exampleArgs(ex);
        expect(call(f.id, ...args), `${f.id}(${JSON.stringify(args).slice(0, 80)})`).toEqual(expected(f.id, args));
      }
    }
  });

  it('without admin-units.js, lookups say the data is missing and the rest still works', () => {
    const bare = loadBundle({ adminUnits: false });
    const region = plain(bare.associated.get('REGION')!([['Thanh Hóa']], {}));
    expect(region).toEqual([[{ code: '#VALUE!', message: 'Chưa nạp dữ liệu đơn vị hành chính (tệp admin-units.js): không tra được tỉnh, xã.' }]]);
    expect(plain(bare.associated.get('CHECK')!([['15.3']], [[0.23]], [['BTB']], null, null))).toEqual([['Đạt']]);
  });

  it('stays small and self-contained: ≤ 200 KB, no administrative-unit data, no string-to-code call, a plain script', () => {
    const file = distFile('functions.js');
    expect(statSync(file).size).toBeLessThanOrEqual(200 * 1024);
    const src = readFileSync(file, 'utf8');
    const admin = readFileSync(distFile('admin-units.js'), 'utf8');
    for (const name of ['Phường Ba Đình', 'Xã Cẩm Tân', 'Đặc khu Phú Quốc']) {
      expect(admin).toContain(name);
      expect(src).not.toContain(name);
    }
    expect(src).not.toMatch(/new Function|=\s*Function\b|\beval\(/);
    expect(src).not.toMatch(/^\s*(import|export)\s/m);
    expect(admin.startsWith('/*! admin-units.js')).toBe(true);
    expect(admin).toContain('Copyright (c) 2021 Thang Le Quoc');
    expect(readFileSync(distFile('THIRD-PARTY-NOTICES.txt'), 'utf8')).toMatch(/== zod [\d.]+ \(MIT\)/);
  });
});
