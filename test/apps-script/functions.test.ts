/**
 * The custom functions as Sheets sees them: every registry entry is a global NTM_<ID> in the
 * loaded project with its @customfunction JSDoc, and answers as the core does (callFunction),
 * with Sheets' way of showing errors: a thrown Error carrying the Vietnamese message for a
 * one-value answer, "#VALUE! <message>" inside a block.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../core/communes/bundled.js';
import { callFunction, exampleArgs, FUNCTIONS, getFunction, isFunctionError, type HostValue } from '../../core/functions/index.js';
import { packToRows } from '../../core/packs/sheet.js';
import { getPack } from '../../core/packs/registry.js';
import { btbCommune } from '../functions/commune-table.js';
import { DIST_GAS, loadAppsScript } from './harness.js';

const gas = loadAppsScript();
const source = readFileSync(path.join(DIST_GAS, 'functions.js'), 'utf8');

type Answer = { value: unknown } | { throws: string };

/** What a wrapper gives in Sheets, as plain data. */
function sheets(id: string, ...args: unknown[]): Answer {
  const fn = gas.global(`NTM_${id}`) as (...a: unknown[]) => unknown;
  try {
    return { value: JSON.parse(JSON.stringify(fn(...gas.inRealm(args)))) as unknown };
  } catch (e) {
    return { throws: (e as Error).message };
  }
}

/** What the core answers, in the form Sheets must show it. */
function core(id: string, ...args: unknown[]): Answer {
  const v: HostValue = callFunction(id, args);
  if (isFunctionError(v)) return { throws: v.message.vi };
  if (Array.isArray(v)) return { value: v.map((r) => r.map((c) => (isFunctionError(c) ? `#VALUE! ${c.message.vi}` : c))) };
  return { value: v };
}

interface Block {
  name: string;
  doc: string;
  params: string[];
}

function blocks(src: string): Block[] {
  return [...src.matchAll(/\/\*\*([\s\S]*?)\*\/\s*function\s+([\p{L}\p{N}_$]+)\s*\(([^)]*)\)/gu)].map((m) => ({
    name: m[2]!,
    doc: m[1]!,
    params: m[3]!.split(',').map((s) => s.trim()).filter(Boolean),
  }));
}

describe('the generated custom functions (dist/apps-script/functions.js)', () => {
  const found = blocks(source);

  it('one top-level NTM_<ID> per registry entry, a global of the loaded project', () => {
    expect(found.map((b) => b.name)).toEqual(FUNCTIONS.map((f) => `NTM_${f.id}`));
    for (const f of FUNCTIONS) expect(typeof gas.global(`NTM_${f.id}`), f.id).toBe('function');
  });

  it('each carries @customfunction, its parameters in Vietnamese with types and descriptions, and @return', () => {
    for (const f of FUNCTIONS) {
      const b = found.find((x) => x.name === `NTM_${f.id}`)!;
      expect(b.doc, f.id).toMatch(/@customfunction/);
      expect(b.doc, f.id).toContain(f.description.vi.replace(/\s+/g, ' ').trim());
      expect(b.params, f.id).toEqual(f.parameters.map((p) => p.name.vi));
      const params = [...b.doc.matchAll(/@param\s+\{([^}]+)\}\s+(\S+)\s+([^\n]+)/g)];
      expect(params.map((m) => m[2]), f.id).toEqual(f.parameters.map((p) => p.name.vi));
      f.parameters.forEach((p, i) => {
        const [, type, , desc] = params[i]!;
        expect(desc!.trim(), `${f.id} ${p.name.vi}`).toContain(p.description.vi.replace(/\s+/g, ' ').trim());
        if (p.kind === 'range') expect(type).toContain('Array<Array');
        if (p.optional) {
          expect(type!.endsWith('=')).toBe(true);
          expect(desc).toContain('(không bắt buộc)');
        }
      });
      expect(b.doc, f.id).toMatch(/@return\s+\{[^}]+\}\s+\S/);
    }
  });

  it('no other function of the project is offered as a custom function', () => {
    for (const file of ['ntm-core.js', 'server.js', 'admin-units.js']) {
      expect(readFileSync(path.join(DIST_GAS, file), 'utf8'), file).not.toContain('@customfunction');
    }
  });

  it('=NTM_CHECK("15.3"; 0,23; "BTB") gives "Đạt": a 23% cell arrives as 0.23', () => {
    expect(sheets('CHECK', '15.3', 0.23, 'BTB')).toEqual({ value: 'Đạt' });
  });

  it('answers exactly as the core for every example of the registry', () => {
    for (const f of FUNCTIONS) {
      for (const ex of f.examples) {
        const args = exampleArgs(ex);
        expect(sheets(f.id, ...args), `${f.id}(${JSON.stringify(args).slice(0, 80)})`).toEqual(core(f.id, ...args));
      }
    }
  });

  it('answers as the core for a commune table, a "Bộ tiêu chí" range and lookups', () => {
    const { codes, values } = btbCommune({ '15.3': 0.3 });
    for (const id of ['STATUS', 'CRITERIA', 'UNMET', 'CHECK']) expect(sheets(id, codes, values, 'BTB'), id).toEqual(core(id, codes, values, 'BTB'));
    const layout = packToRows(getPack('vn-xa-ntm-2021-2025')!);
    const rows = layout.rows.map((r) => [...r]);
    rows[rows.findIndex((row, i) => i > layout.headerRow && row[0] === '4.2')]![layout.columns.indexOf('BTB')] = '≥ 98%';
    expect(sheets('CHECK', '4.2', 0.985, 'BTB', '', rows)).toEqual({ value: 'Đạt' });
    expect(sheets('CHECK', '4.2', 0.985, 'BTB', '', rows)).toEqual(core('CHECK', '4.2', 0.985, 'BTB', '', rows));
    for (const args of [['Thanh Hóa'], ['Cẩm Thạch', 'Thanh Hóa'], ['15142']]) {
      const id = args.length === 1 && /^\d/.test(args[0]!) ? 'COMMUNE' : args.length === 2 ? 'COMMUNE' : 'REGION';
      expect(sheets(id, ...args), id).toEqual(core(id, ...args));
    }
  });

  it('reads Vietnamese-locale input: decimal comma text, percent cells as fractions, "417/910"', () => {
    expect(sheets('CHECK', '15.3', '27,5%', 'BTB')).toEqual({ value: 'Chưa đạt' });
    expect(sheets('CHECK', '15.3', 0.275, 'BTB')).toEqual({ value: 'Chưa đạt' });
    expect(sheets('RATE', '417', '910')).toEqual(core('RATE', '417', '910'));
    expect(sheets('POVERTY', '100', '155', '1.784', 29, 6)).toEqual(core('POVERTY', '100', '155', '1.784', 29, 6));
    expect(sheets('CHECK', '15.3', '417/910', 'BTB')).toEqual(core('CHECK', '15.3', '417/910', 'BTB'));
  });

  it('takes dates as Sheets gives them (Date objects) like the core does', () => {
    const d = new Date(2025, 6, 1);
    expect(sheets('CHECK', '15.3', d, 'BTB')).toEqual(core('CHECK', '15.3', d, 'BTB'));
    expect(sheets('CHECK', '15.3', 0.2, 'BTB', d)).toEqual(core('CHECK', '15.3', 0.2, 'BTB', d));
  });

  it('an omitted middle argument (blank, as Sheets passes it) and omitted trailing ones work as in the core', () => {
    const codes = [['1.1'], ['2.1']];
    const values = [['Đạt'], ['Chưa đạt']];
    for (const blank of ['', null]) {
      expect(sheets('CRITERIA', codes, values, 'Nhóm 2', blank, '2026-2030')).toEqual(core('CRITERIA', codes, values, 'Nhóm 2', blank, '2026-2030'));
    }
    expect(sheets('SETS')).toEqual(core('SETS'));
    expect(sheets('CLASS', 17)).toEqual(core('CLASS', 17));
  });

  it('an error answer is thrown with the Vietnamese message (the cell shows it on hover), never a bare #ERROR!', () => {
    expect(sheets('CHECK', '15.3', 0.23, 'Miền Tây')).toEqual({
      throws: 'Không nhận ra vùng/nhóm xã "Miền Tây". Các giá trị hợp lệ: TDMNPB, ĐBSH, BTB, DHNTB, TN, ĐNB, ĐBSCL.',
    });
    const few = sheets('CHECK', '15.3');
    expect(few).toEqual(core('CHECK', '15.3'));
    expect('throws' in few && few.throws).toMatch(/^Hàm CHECK cần ít nhất 3 đối số/);
  });

  it('inside a block an error is the text "#VALUE! <message>", and the good cells stay', () => {
    const out = sheets('CHECK', [['15.3'], ['abc']], [[0.2], [0.2]], 'BTB');
    expect(out).toEqual({ value: [['Đạt'], ['#VALUE! Mã chỉ tiêu "abc" không hợp lệ (ví dụ đúng: 5, 2.2, 17.10).']] });
  });

  it('calls no Spreadsheet service while answering (custom functions have no authorisation)', () => {
    gas.book.calls.reset();
    for (const f of FUNCTIONS) for (const ex of f.examples) sheets(f.id, ...exampleArgs(ex));
    expect(gas.book.calls.byName.size).toBe(0);
    expect(getFunction('CHECK')).not.toBeNull();
  });
});
