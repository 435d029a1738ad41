/**
 * The built pages and bundles of the panel, read as shipped: no string-to-code call, no way to
 * reach the network but the page's own origin, no HTML from strings, and a CSP on every page
 * that allows only the page's own scripts (and Office.js on the task pane).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = path.resolve(import.meta.dirname, '../../dist');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const BUNDLES = ['ui/panel.js', 'playground/playground.js', 'addin/taskpane.js', 'addin/functions.js', 'addin/admin-units.js'];
const PAGES = ['playground/index.html', 'addin/taskpane.html'];

function read(rel: string): string {
  const file = path.join(DIST, rel);
  if (!existsSync(file)) throw new Error(`${rel} is not built: run \`npm run build\` first`);
  return readFileSync(file, 'utf8');
}

/** Every bundle and page must be built: a missing one fails (read() says so), never skips. */
function built(list: string[]): string[] {
  return list;
}

describe('the panel bundles', () => {
  for (const rel of built(BUNDLES)) {
    it(`${rel}: no eval, no Function(...), no string timers`, () => {
      const src = read(rel);
      expect(src.match(/(?:^|[^\w$.])eval\s*\(/g), 'eval(').toBeNull();
      expect(src.match(/new\s+Function\s*\(/g), 'new Function(').toBeNull();
      expect(src.match(/(?:^|[^\w$.])Function\s*\(/g), 'Function(').toBeNull();
      expect(src.match(/set(?:Timeout|Interval)\s*\(\s*["'`]/g), 'string timer').toBeNull();
    });

    it(`${rel}: no HTML parsed from strings, no network API but a same-origin fetch`, () => {
      const src = read(rel);
      for (const api of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource']) {
        expect(src.includes(api), api).toBe(false);
      }
      expect(src.match(/fetch\(\s*["'`]\s*(?:https?:)?\/\//g), 'fetch of an absolute URL').toBeNull();
    });
  }

  it('the panel alone is one iife exposing NTMPanel.mountPanel (no module loading at run time)', () => {
    const src = read('ui/panel.js');
    expect(src).toMatch(/var NTMPanel=\(\(\)=>\{/);
    expect(src).not.toMatch(/(?:^|[^\w$.])import\s*\(/);
    expect(src).not.toMatch(/(?:^|[^\w$.])require\s*\(/);
  });
});

describe('the pages', () => {
  for (const rel of built(PAGES)) {
    it(`${rel}: a CSP allowing only its own scripts${rel.startsWith('addin') ? ' and Office.js' : ''}; no inline script or style`, () => {
      const html = read(rel);
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      expect(csp, 'CSP meta').toMatch(/default-src/);
      const directives = Object.fromEntries(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(directives['script-src']).toEqual(rel.startsWith('addin') ? ["'self'", 'https://appsforoffice.microsoft.com'] : ["'self'"]);
      expect(directives['style-src']).toEqual(["'self'"]);
      expect(directives['object-src']).toEqual(["'none'"]);
      expect(directives['base-uri']).toEqual(["'none'"]);
      expect(csp).not.toContain('unsafe');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect(body!.trim(), 'inline script').toBe('');
        const src = /src="([^"]+)"/.exec(attrs!)?.[1];
        expect(src, 'script src').toMatch(/^(https:\/\/|[\w.-]+\.js$)/);
        if (/^https?:/.test(src!)) expect(src).toBe(OFFICE_JS);
      }
      expect(html).not.toMatch(/<style\b/);
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/\son[a-z]+=/);
    });
  }
});
