/**
 * The built folder clasp pushes (dist/apps-script): exactly the files Apps Script needs, each a
 * plain script (no modules), the manifest with the narrowest scopes, the data apart with its
 * licence, and .clasp.json pointing at the folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DIST_GAS, loadAppsScript, ROOT, scriptFiles } from './harness.js';

const read = (f: string) => readFileSync(path.join(DIST_GAS, f), 'utf8');

describe('dist/apps-script', () => {
  it('holds the manifest, four scripts and the sidebar page, nothing else', () => {
    expect(readdirSync(DIST_GAS).sort()).toEqual(['admin-units.js', 'appsscript.json', 'functions.js', 'ntm-core.js', 'server.js', 'sidebar.html']);
    expect(scriptFiles()).toEqual(['admin-units.js', 'ntm-core.js', 'functions.js', 'server.js']);
  });

  it('asks for V8, the Vietnam time zone and exactly the two narrow scopes', () => {
    const m = JSON.parse(read('appsscript.json')) as { runtimeVersion: string; timeZone: string; oauthScopes: string[] };
    expect(m.runtimeVersion).toBe('V8');
    expect(m.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(m.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });

  it('every script compiles as a classic script: no import, export or require (Apps Script has no modules)', () => {
    for (const f of scriptFiles()) {
      const src = read(f);
      expect(() => new vm.Script(src, { filename: f }), f).not.toThrow();
      expect(/^\s*(import|export)\s/m.test(src), f).toBe(false);
      expect(/\brequire\(/.test(src), f).toBe(false);
    }
    // the bundle assigns one top-level var
    expect(/^(?:"use strict";)?var NTM_CORE\s*=/m.test(read('ntm-core.js'))).toBe(true);
  });

  it('the core bundle holds no string-to-code call and no administrative-unit data; the data ships apart with its MIT notice', () => {
    const core = read('ntm-core.js');
    const admin = read('admin-units.js');
    expect(/new Function|=\s*Function\b|\beval\(/.test(core)).toBe(false);
    for (const name of ['Phường Ba Đình', 'Xã Cẩm Tân', 'Đặc khu Phú Quốc']) {
      expect(admin.includes(name), name).toBe(true);
      expect(core.includes(name), name).toBe(false);
    }
    expect(admin.startsWith('/*! admin-units.js')).toBe(true);
    const head = admin.slice(0, 2000);
    expect(head).toContain('MIT License');
    expect(head).toContain('Copyright (c) 2021 Thang Le Quoc');
    expect(/^function ntmAdminUnitsData_\(\)/m.test(admin)).toBe(true);
    // the bundled packages' licences travel in the bundle's header
    expect(core.slice(0, core.indexOf('var NTM_CORE'))).toMatch(/== zod [\d.]+ \(MIT\) — bundled in ntm-core\.js/);
  });

  it('loading the project calls no service (custom functions run without authorisation)', () => {
    const gas = loadAppsScript();
    expect(gas.book.calls.byName.size).toBe(0);
    expect(typeof gas.global('NTM_CORE')).toBe('object');
  });

  it('.clasp.json pushes dist/apps-script in load order, and npm run deploy:sheets runs clasp push', () => {
    const clasp = JSON.parse(readFileSync(path.join(ROOT, '.clasp.json'), 'utf8')) as { rootDir: string; scriptId: string; filePushOrder: string[] };
    expect(clasp.rootDir).toBe('dist/apps-script');
    expect(clasp.filePushOrder.map((p) => path.basename(p))).toEqual(scriptFiles());
    for (const p of clasp.filePushOrder) expect(statSync(path.join(ROOT, p)).isFile()).toBe(true);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['deploy:sheets']).toMatch(/clasp(@[\d.]+)? push/);
  });
});
