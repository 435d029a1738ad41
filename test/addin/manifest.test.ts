/**
 * An offline structural check of manifest.xml (the online `npm run validate` posts it to a
 * Microsoft service; this one needs no network): every resid resolves to a resource of the right
 * kind, the version has four parts, the namespace fits, URLs are https, elements come in the
 * order the schema wants, strings fit their limits, and every file the manifest names is built.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildAddin, DEV_BASE_URL, rewriteManifest } from '../../scripts/targets/addin.js';
import { distAddin, root } from './bundle.js';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

function parse(xml: string): El {
  const p = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', commentPropName: '#comment', trimValues: true });
  const conv = (node: Record<string, unknown>): El | null => {
    const name = Object.keys(node).find((k) => k !== ':@')!;
    if (name === '#comment' || name === '?xml' || name === '#text') return null;
    const kids = (node[name] as Array<Record<string, unknown>>) ?? [];
    return {
      name,
      attrs: (node[':@'] as Record<string, string>) ?? {},
      children: kids.map(conv).filter((e): e is El => e !== null),
      text: kids.filter((k) => '#text' in k).map((k) => String(k['#text'])).join(''),
    };
  };
  const doc = (p.parse(xml) as Array<Record<string, unknown>>).map(conv).filter((e): e is El => e !== null);
  return doc[0]!;
}

const child = (e: El, name: string) => e.children.find((c) => c.name === name);
const path$ = (e: El, ...names: string[]): El => names.reduce<El>((cur, n) => {
  const c = child(cur, n);
  if (!c) throw new Error(`no <${n}> in <${cur.name}>`);
  return c;
}, e);
function all(e: El, out: El[] = []): El[] {
  out.push(e);
  for (const c of e.children) all(c, out);
  return out;
}

/** The children's names follow `order` (each may be absent; none outside it; none repeated out of order). */
function expectOrder(e: El, order: string[]): void {
  const names = e.children.map((c) => c.name);
  for (const n of names) expect(order, `<${n}> is not allowed in <${e.name}>`).toContain(n);
  const idx = names.map((n) => order.indexOf(n));
  expect(idx, `children of <${e.name}>: ${names.join(', ')}`).toEqual([...idx].sort((a, b) => a - b));
}

function resources(app: El) {
  const res = path$(app, 'VersionOverrides', 'Resources');
  const ids = (kind: string) => new Map((child(res, kind)?.children ?? []).map((c) => [c.attrs['id']!, c] as const));
  return { res, images: ids('bt:Images'), urls: ids('bt:Urls'), short: ids('bt:ShortStrings'), long: ids('bt:LongStrings') };
}

function check(xml: string, base: string): void {
  const app = parse(xml);
  expect(app.name).toBe('OfficeApp');
  expect(app.attrs['xsi:type']).toBe('TaskPaneApp');

  // element order: OfficeApp (TaskPaneApp), VersionOverrides and below
  expectOrder(app, ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
    'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'AllowSnapshot', 'VersionOverrides']);
  const vo = path$(app, 'VersionOverrides');
  expectOrder(vo, ['Description', 'Requirements', 'Hosts', 'Resources', 'EquivalentAddins', 'VersionOverrides']);
  const host = path$(vo, 'Hosts', 'Host');
  expect(host.attrs['xsi:type']).toBe('Workbook');
  expectOrder(host, ['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
  const cf = path$(host, 'AllFormFactors', 'ExtensionPoint');
  expect(cf.attrs['xsi:type']).toBe('CustomFunctions');
  expect(cf.children.map((c) => c.name)).toEqual(['Script', 'Page', 'Metadata', 'Namespace']);
  const desktop = path$(host, 'DesktopFormFactor');
  expectOrder(desktop, ['GetStarted', 'FunctionFile', 'ExtensionPoint']);
  expectOrder(path$(desktop, 'GetStarted'), ['Title', 'Description', 'LearnMoreUrl']);
  const group = path$(desktop, 'ExtensionPoint', 'OfficeTab', 'Group');
  expect(path$(desktop, 'ExtensionPoint', 'OfficeTab').attrs['id']).toBe('TabHome');
  expectOrder(group, ['Label', 'Icon', 'Control']);
  const button = path$(group, 'Control');
  expect(button.attrs['xsi:type']).toBe('Button');
  expectOrder(button, ['Label', 'Supertip', 'Icon', 'Action']);
  expect(path$(button, 'Action').attrs['xsi:type']).toBe('ShowTaskpane');
  expectOrder(path$(vo, 'Resources'), ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);

  // version, id, permissions, host, shared runtime
  expect(path$(app, 'Version').text).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
  expect(path$(app, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expect(path$(app, 'Permissions').text).toBe('ReadWriteDocument');
  expect(path$(app, 'Hosts', 'Host').attrs['Name']).toBe('Workbook');
  expect(path$(app, 'Requirements', 'Sets').children.map((s) => s.attrs['Name'])).toContain('SharedRuntime');
  const runtime = path$(host, 'Runtimes', 'Runtime');
  expect(runtime.attrs['lifetime']).toBe('long');
  expect(path$(cf, 'Page', 'SourceLocation').attrs['resid']).toBe(runtime.attrs['resid']);
  expect(path$(desktop, 'FunctionFile').attrs['resid']).toBe(runtime.attrs['resid']);
  expect(path$(button, 'Action', 'SourceLocation').attrs['resid']).toBe(runtime.attrs['resid']);

  // every resid resolves, to a resource of the kind its element needs; ids fit 32 characters
  const r = resources(app);
  const kindOf = (e: El, parent: El | undefined): 'urls' | 'images' | 'short' | 'long' => {
    if (e.name === 'bt:Image') return 'images';
    if (['SourceLocation', 'Runtime', 'FunctionFile', 'LearnMoreUrl'].includes(e.name)) return 'urls';
    if (e.name === 'Description' && parent && ['Supertip', 'GetStarted'].includes(parent.name)) return 'long';
    return 'short'; // Label, Title, Namespace
  };
  const walk = (e: El, parent?: El) => {
    if (e.attrs['resid'] !== undefined) {
      const id = e.attrs['resid'];
      expect(id.length, id).toBeLessThanOrEqual(32);
      expect(r[kindOf(e, parent)].has(id), `resid ${id} on <${e.name}> (${kindOf(e, parent)})`).toBe(true);
    }
    for (const c of e.children) walk(c, e);
  };
  walk(vo);
  for (const m of [r.images, r.urls, r.short, r.long]) for (const id of m.keys()) expect(id.length, id).toBeLessThanOrEqual(32);

  // the namespace users type: NTM.STATUS
  const ns = r.short.get(path$(cf, 'Namespace').attrs['resid']!)!.attrs['DefaultValue']!;
  expect(ns).toBe('NTM');
  expect(ns.length).toBeLessThanOrEqual(32);

  // strings fit the schema's limits; Vietnamese by default, English overrides
  expect(path$(app, 'DefaultLocale').text).toBe('vi-VN');
  for (const [m, max] of [[r.short, 125], [r.long, 250]] as const) {
    for (const s of m.values()) {
      expect(s.attrs['DefaultValue']!.length, s.attrs['id']).toBeLessThanOrEqual(max);
      for (const o of s.children) {
        expect(o.name).toBe('bt:Override');
        expect(o.attrs['Locale']).toBe('en-US');
        expect(o.attrs['Value']!.length).toBeLessThanOrEqual(max);
      }
    }
  }
  expect(path$(app, 'DisplayName').children.map((o) => o.attrs['Locale'])).toEqual(['en-US']);
  expect(r.short.get('NTM.TaskpaneButton.Label')!.attrs['DefaultValue']).toBe('Kiểm tra NTM');
  const metaUrl = r.urls.get(path$(cf, 'Metadata', 'SourceLocation').attrs['resid']!)!;
  expect(metaUrl.attrs['DefaultValue']).toBe(`${base}/functions.json`);
  expect(metaUrl.children.map((o) => [o.attrs['Locale'], o.attrs['Value']])).toEqual([['en-US', `${base}/functions.en.json`]]);
  expect(r.urls.get(path$(cf, 'Script', 'SourceLocation').attrs['resid']!)!.attrs['DefaultValue']).toBe(`${base}/functions.js`);
  for (const size of ['16', '32', '80']) expect(path$(group, 'Icon').children.some((i) => i.attrs['size'] === size)).toBe(true);

  // every URL is https, under the base
  const urls: string[] = [];
  for (const e of all(app)) {
    for (const [k, v] of Object.entries(e.attrs)) {
      if ((k === 'DefaultValue' || k === 'Value') && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
  }
  expect(urls.length).toBeGreaterThan(8);
  for (const u of urls) {
    expect(u).toMatch(/^https:\/\//);
    expect(u.startsWith(base + '/'), u).toBe(true);
  }
}

/** The files a manifest names under its base URL. */
function referencedFiles(xml: string, base: string): string[] {
  const files = new Set<string>();
  for (const m of xml.matchAll(/(?:DefaultValue|Value)="([^"]+)"/g)) {
    if (m[1]!.startsWith(base + '/')) files.add(m[1]!.slice(base.length + 1).split(/[?#]/)[0]!);
  }
  return [...files].sort();
}

describe('manifest.xml (offline structural check)', () => {
  const xml = readFileSync(path.join(root, 'manifest.xml'), 'utf8');

  it('is well-formed and follows the schema\'s structure, resources and limits', () => {
    check(xml, DEV_BASE_URL);
  });

  it('names only files the build puts in dist/addin', () => {
    const files = referencedFiles(xml, DEV_BASE_URL);
    expect(files).toEqual(['assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png',
      'functions.en.json', 'functions.js', 'functions.json', 'help.html', 'taskpane.html']);
    for (const f of files) expect(existsSync(path.join(distAddin, f)), `dist/addin/${f}`).toBe(true);
  });

  it('the build writes it with the production base URL when NTM_BASE_URL is set', async () => {
    const base = 'https://ntm.example.gov.vn/addin';
    expect(rewriteManifest(xml, DEV_BASE_URL)).toBe(xml);
    const dist = mkdtempSync(path.join(os.tmpdir(), 'ntm-dist-'));
    await buildAddin({ root, dist, production: true, baseUrl: base });
    const built = readFileSync(path.join(dist, 'addin', 'manifest.xml'), 'utf8');
    expect(built).not.toContain('localhost');
    check(built, base);
    expect(referencedFiles(built, base)).toEqual(referencedFiles(xml, DEV_BASE_URL));
    expect(existsSync(path.join(dist, 'addin', 'functions.js.map'))).toBe(false);
  });
});
