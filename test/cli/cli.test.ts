import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixture = (n: string) => path.join(root, 'test', 'fixtures', n);

/** Runs the BUILT command (bin/ntm.js → dist/cli/ntm.js), as `npx ntm` does after `npm ci`. */
function ntm(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'ntm.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('ntm (built)', () => {
  it('sets --json lists the two national sets', () => {
    const r = ntm('sets', '--json');
    expect(r.code).toBe(0);
    const sets = JSON.parse(r.out) as Array<{ id: string; criteria: number; indicators: number }>;
    expect(sets.map((s) => [s.id, s.criteria, s.indicators])).toEqual([['vn-xa-ntm-2021-2025', 19, 57], ['vn-xa-ntm-2026-2030', 10, 47]]);
  });

  it('threshold --json gives the contract, with its source', () => {
    const r = ntm('threshold', '15.3', '--set', '318', '--context', 'Tây Nguyên', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      code: '15.3', op: '<=', value: 26.5, unit: '%', text: '≤ 26,5%', source: { verified: false },
    });
  });

  it('threshold --json says null when the level is unknown, and tells where to supply it', () => {
    const r = ntm('threshold', '12.2', '--set', 'vn-xa-ntm-2021-2025', '--context', 'BTB', '--json');
    const j = JSON.parse(r.out);
    expect(j.value).toBeNull();
    expect(j.message.vi).toContain('Bộ tiêu chí');
    const t = ntm('threshold', '12.2', '--context', 'BTB');
    expect(t.code).toBe(1);
    expect(t.out).toContain('chưa có ngưỡng');
  });

  it('show prints the set with its levels per region and says none is verified', () => {
    const r = ntm('show', '318', '--context', 'BTB');
    expect(r.code).toBe(0);
    expect(r.out).toContain('15.3');
    expect(r.out).toContain('≤ 25%');
    expect(r.out).toContain('chưa được đối chiếu');
  });

  it('commune follows an old commune into the new one', () => {
    const r = ntm('commune', 'Cẩm Thành', '--province', 'Thanh Hóa');
    expect(r.out).toContain('Xã Cẩm Thạch');
    const j = JSON.parse(ntm('commune', '15142', '--json').out);
    expect(j).toMatchObject({ code: '15142', name: 'Xã Cẩm Thạch', region: 'BTB' });
    expect(j.formedFrom).toContain('Xã Cẩm Thành');
  });

  it('check --json prints the report contract and exits 1 when there are errors', () => {
    const r = ntm('check', fixture('cam-thanh-2023.xlsx'), '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['file', 'set', 'context', 'tables', 'counts']));
    expect(j.counts).toEqual({ error: 2, warning: 2, info: 0 });
    const t = j.tables[0];
    expect(Object.keys(t)).toEqual(expect.arrayContaining(['sheet', 'range', 'kind', 'summary', 'issues']));
    expect(t.summary).toMatchObject({ criteriaMet: 11, criteriaTotal: 19 });
    const issue = j.tables[1].issues[0];
    expect(Object.keys(issue)).toEqual(expect.arrayContaining(['code', 'severity', 'sheet', 'cell', 'value', 'message']));
    expect(Object.keys(issue.message)).toEqual(['vi', 'en']);
  });

  it('check exits 0 on a clean file, and speaks English with --lang en', () => {
    expect(ntm('check', fixture('thuong-lo-2024-clean.xlsx')).code).toBe(0);
    const en = ntm('check', fixture('thuong-lo-2024.xlsx'), '--lang', 'en');
    expect(en.out).toContain('The total line declares 17/19 criteria met, but the table counts 16/19.');
  });

  it('a missing file, or one that is not a workbook, gets a clear message and exit 2', () => {
    const missing = ntm('check', 'khong-co.xlsx');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Không tìm thấy tệp');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ntm-'));
    const bad = path.join(dir, 'hong.xlsx');
    writeFileSync(bad, 'not a zip at all');
    const r = ntm('check', bad, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain('not an Excel workbook');
  });

  it('an unknown context is refused with the valid ones listed', () => {
    const r = ntm('check', fixture('cam-thanh-2023.xlsx'), '--context', 'Sao Hỏa', '--json');
    const j = JSON.parse(r.out);
    expect(j.issues[0].code).toBe('invalid-context');
    expect(j.issues[0].message.vi).toContain('TDMNPB');
  });
});
