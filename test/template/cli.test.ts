/**
 * `ntm template` from the built command line (dist/cli/ntm.js), as an office runs it: the file it
 * writes, and the errors it gives in Vietnamese or English with exit status 2.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../io/xlsx.js';
import { tempDir } from './helpers.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli', 'ntm.js');
const dir = tempDir('template-cli');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ntm(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
}

describe('ntm template (built CLI)', () => {
  it('writes one commune\'s workbook and says what it wrote', async () => {
    const out = path.join(dir, 'xa-cam-thach.xlsx');
    const r = ntm('template', '--set', '318', '--province', 'Thanh Hóa', '--commune', 'Cẩm Thạch', '--year', '2025', '--out', out, '--json');
    expect(r.status, r.stderr).toBe(0);
    const info = JSON.parse(r.stdout) as { commune: { name: string; context: string }; sheets: string[] };
    expect(info.commune.name).toBe('Xã Cẩm Thạch');
    expect(info.commune.context).toBe('BTB');
    const wb = await readXlsx(readFileSync(out), 'x.xlsx');
    const a = wb.sheets.find((s) => s.name === 'Tự đánh giá')!;
    expect(a.values[2]?.[2]).toBe('Xã Cẩm Thạch');
    expect(a.values[3]?.[2]).toBe('BTB');
  });

  it('asks for the regions of a province formed from several regions, in both languages', () => {
    const vi = ntm('template', '--province', 'Phú Thọ', '--out', path.join(dir, 'p.xlsx'));
    expect(vi.status).toBe(2);
    expect(vi.stderr).toContain('--context-by-commune');
    expect(vi.stderr).toContain('Vĩnh Phúc');
    const en = ntm('template', '--province', 'Phú Thọ', '--out', path.join(dir, 'p.xlsx'), '--lang', 'en');
    expect(en.stderr).toContain('Give each commune\'s region');
    writeFileSync(path.join(dir, 'vung.csv'), 'Xã,Vùng\nXã Đà Bắc,TDMNPB\n');
    const ok = ntm('template', '--province', 'Phú Thọ', '--context-by-commune', 'vung.csv', '--context', 'ĐBSH', '--out', path.join(dir, 'p.xlsx'));
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Tỉnh Phú Thọ');
  });

  it('names an unknown province and refuses an output that is not .xlsx', () => {
    const r = ntm('template', '--province', 'Atlantis', '--out', path.join(dir, 'a.xlsx'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"Atlantis"');
    const x = ntm('template', '--province', 'Thanh Hóa', '--out', path.join(dir, 'a.csv'));
    expect(x.status).toBe(2);
    expect(x.stderr).toContain('.xlsx');
  });
});
