/**
 * The README tells how to put the add-on into a spreadsheet: by hand or with clasp, every file
 * the build writes, and every function in the Sheets spelling, in step with the registry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../core/functions/index.js';
import { DIST_GAS, ROOT } from './harness.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const vi = readme.slice(readme.indexOf('## Cài vào Google Sheets'), readme.indexOf('## English'));
const en = readme.slice(readme.indexOf('### Installing into Google Sheets'), readme.indexOf('### Project layout'));

describe('README: Google Sheets', () => {
  it('has the section in Vietnamese and in English', () => {
    expect(vi.length).toBeGreaterThan(500);
    expect(en.length).toBeGreaterThan(500);
  });

  it('lists every function in the Sheets spelling, in registry order, in both languages', () => {
    const list = FUNCTIONS.map((f) => `\`=NTM_${f.id}\``).join(', ');
    expect(vi).toContain(list);
    expect(en).toContain(list);
    for (const s of [vi, en]) {
      expect(s).toContain('`=NTM.CHECK`');
      expect(s).toContain('`=NTM_CHECK`');
    }
  });

  it('names every file the build writes and how to install it by hand or with clasp', () => {
    for (const f of readdirSync(DIST_GAS)) {
      expect(vi, f).toContain(`\`${f}\``);
      expect(en, f).toContain(`\`${f}\``);
    }
    expect(en).toContain('**Extensions › Apps Script**');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const clasp = /@google\/clasp@[\d.]+/.exec(pkg.scripts['deploy:sheets']!)![0];
    for (const s of [vi, en]) {
      expect(s).toContain(`npx ${clasp} login`);
      expect(s).toContain('npm run deploy:sheets');
      expect(s).toContain('"scriptId"');
      expect(s).toContain('ntmOnOpen(e)');
    }
  });
});
