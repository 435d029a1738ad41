import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeRows } from '../../addin/help.js';
import { FUNCTIONS, signature } from '../../core/functions/index.js';
import { root } from './bundle.js';

describe('README', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

  it('shows every function in both spellings, with answers the registry gives (both locales)', () => {
    for (const f of FUNCTIONS) {
      expect(readme).toContain(`=NTM.${f.id}(`);
      expect(readme).toContain(`=NTM_${f.id}(`);
    }
    for (const row of [...readmeRows(FUNCTIONS, 'vi'), ...readmeRows(FUNCTIONS, 'en')]) expect(readme).toContain(row);
  });

  it('gives every signature as the formula help shows it', () => {
    for (const f of FUNCTIONS) {
      const vi = signature(f, 'vi');
      // STATUS, CRITERIA and UNMET share their parameters and are listed once
      if (!['CRITERIA', 'UNMET'].includes(f.id)) expect(readme, vi).toContain(vi);
    }
  });

  it('tells how to sideload the manifest on the web and the desktop', () => {
    expect(readme).toContain('Insert › Add-ins › Upload My Add-in');
    expect(readme).toContain('Trusted Add-in Catalogs');
    expect(readme).toContain('npx office-addin-debugging start manifest.xml');
  });
});
