import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePath, startServer, type RunningServer } from '../../scripts/serve.js';

let dist: string;
let server: RunningServer;
beforeAll(async () => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'ntm-serve-'));
  mkdirSync(path.join(dist, 'addin'));
  mkdirSync(path.join(dist, 'playground'));
  writeFileSync(path.join(dist, 'addin', 'taskpane.html'), '<!doctype html><title>t</title>');
  writeFileSync(path.join(dist, 'playground', 'index.html'), '<!doctype html><title>p</title>');
  writeFileSync(path.join(dist, 'secret.txt'), 'not served');
  server = await startServer({ dist, port: 0 });
});
afterAll(async () => {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the static server of npm start', () => {
  it('serves the add-in at the root and the playground under /playground/', async () => {
    const a = await fetch(`${server.url}/taskpane.html`);
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(a.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await a.text()).toContain('<title>t</title>');
    const p = await fetch(`${server.url}/playground/`);
    expect(await p.text()).toContain('<title>p</title>');
    const r = await fetch(`${server.url}/`, { redirect: 'manual' });
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe('/playground/');
  });

  it('never serves a file outside dist/addin and dist/playground', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/playground/..%2fsecret.txt', '/..%5csecret.txt', '/%00']) {
      const r = await fetch(`${server.url}${p}`);
      expect([400, 404], p).toContain(r.status);
      expect(await r.text(), p).not.toContain('not served');
    }
    expect(resolvePath(dist, '/playground/../../secret.txt')).toBeNull();
    expect(resolvePath(dist, '/a/%2e%2e/%2e%2e/secret.txt')).toBeNull();
  });

  it('answers only GET and HEAD', async () => {
    const r = await fetch(`${server.url}/taskpane.html`, { method: 'POST', body: 'x' });
    expect(r.status).toBe(405);
  });
});
