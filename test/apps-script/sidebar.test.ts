/**
 * The BUILT sidebar page (dist/apps-script/sidebar.html) in real Chromium, with a stand-in for
 * `google.script.run` injected before the page's scripts (page.addInitScript). The stand-in
 * answers through page.exposeFunction from Node, where the BUILT server code (every script of
 * dist/apps-script in one vm context) runs over the counting SpreadsheetApp stand-in holding the
 * sample workbook: the page talks to the same server functions Apps Script would call, with the
 * same JSON-only crossing. The page is served under a CSP that allows only its own inline
 * script and style (by hash): no eval, nothing from elsewhere.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../core/communes/bundled.js';
import { checkWorkbook, type CheckReport, type WorkbookData } from '../../core/index.js';
import { readXlsx } from '../../io/xlsx.js';
import { allIssues, countsLine, marksFor } from '../../ui/model.js';
import { openBrowser, type Browser } from '../e2e/browser.js';
import { DIST_GAS, loadAppsScript, ROOT, type LoadedScript } from './harness.js';
import type { FakeSpreadsheet } from './fake-sheets.js';

const PAGE_URL = 'https://n-sidebar.script.googleusercontent.test/userCodeAppPanel';
const XSS = '<img src=x onerror=alert(1)>';
const MARK = '="NTM"="NTM"';

const FORMAT_OF = { percent: '0.00%', date: 'dd/MM/yyyy', text: '@', general: 'General' } as const;

/** The sample workbook, plus a sheet whose cell holds markup, in the stand-in spreadsheet. */
function fill(book: FakeSpreadsheet, wb: WorkbookData): void {
  for (const s of wb.sheets) {
    const sheet = book.addSheet(s.name, s.values as unknown[][], s.formats?.map((r) => r.map((f) => FORMAT_OF[f ?? 'general'])));
    for (const m of s.merges ?? []) {
      const [a, b] = m.split(':');
      const cell = (x: string) => ({ col: x.replace(/\d+/g, '').split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1, row: Number(x.replace(/\D+/g, '')) - 1 });
      const p = cell(a!);
      const q = cell(b ?? a!);
      sheet.merges.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
    }
  }
}

function hash(s: string): string {
  return `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
}

/** The stand-in google.script.run: a runner per read, handlers chained, each call answered by Node. */
function installRunStandIn(): void {
  type Handler = (v: unknown) => void;
  const w = window as unknown as {
    __gasCall(name: string, args: string): Promise<string>;
    __gasCalls: string[];
    google: unknown;
  };
  w.__gasCalls = [];
  const runner = (ok: Handler | null, fail: Handler | null): unknown => new Proxy({}, {
    get(_t, prop) {
      if (prop === 'withSuccessHandler') return (f: Handler) => runner(f, fail);
      if (prop === 'withFailureHandler') return (f: Handler) => runner(ok, f);
      if (prop === 'withUserObject') return () => runner(ok, fail);
      if (typeof prop !== 'string') return undefined;
      return (...args: unknown[]) => {
        w.__gasCalls.push(prop);
        // asynchronous, as google.script.run is
        w.__gasCall(prop, JSON.stringify(args)).then(
          (out) => ok?.(out === undefined || out === '' ? null : JSON.parse(out)),
          (e: Error) => fail?.(new Error(e.message)),
        );
      };
    },
  });
  w.google = { script: { get run() { return runner(null, null); }, host: { close() {} } } };
}

let browser: Browser;
let page: Page;
let gas: LoadedScript;
let report: CheckReport;
const requests: string[] = [];
const problems: string[] = [];

async function serverCalls(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __gasCalls: string[] }).__gasCalls);
}

beforeAll(async () => {
  const wb = await readXlsx(readFileSync(path.join(ROOT, 'examples/xa-cam-thanh-2023.xlsx')), 'xa-cam-thanh-2023.xlsx');
  wb.sheets.push({ name: 'Ghi chú', values: [['UBND XÃ CẨM THẠCH, tỉnh Thanh Hóa'], ['Mã', 'Nội dung chỉ tiêu', 'Kết quả thực hiện', 'Tự đánh giá'], ['15.3', XSS, XSS, 'Đạt'], ['11', 'Hộ nghèo', 0.03, 'Đạt']] });
  gas = loadAppsScript({ name: 'xa-cam-thanh-2023' });
  fill(gas.book, wb);
  // what the panel will show: the core's report over what the server reads
  const twin = loadAppsScript({ name: 'xa-cam-thanh-2023' });
  fill(twin.book, wb);
  report = checkWorkbook(twin.run<WorkbookData>('ntmReadWorkbook'));

  const html = readFileSync(path.join(DIST_GAS, 'sidebar.html'), 'utf8');
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]!));
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]!));
  const csp = `default-src 'none'; script-src ${scripts.join(' ')}; style-src ${styles.join(' ')}; img-src 'none'; connect-src 'none'; base-uri 'self'; form-action 'none'`;

  browser = await openBrowser({ width: 320, height: 900 });
  browser.context.on('request', (r) => requests.push(r.url()));
  await browser.context.route(PAGE_URL, (route) => route.fulfill({
    status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': csp }, body: html,
  }));
  page = await browser.context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console ${m.text()}`); });
  page.on('dialog', (d) => { problems.push(`dialog ${d.message()}`); void d.dismiss(); });
  await page.exposeFunction('__gasCall', (name: string, args: string) => {
    const out = gas.run(name, ...(JSON.parse(args) as unknown[]));
    return JSON.stringify(out ?? null);
  });
  await page.addInitScript(installRunStandIn);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(PAGE_URL);
  await page.waitForSelector('#ntm-root[data-ready="true"]');
});

afterAll(async () => {
  await browser?.close();
});

describe('the Google Sheets sidebar page, built, over a google.script.run stand-in', () => {
  it('mounts the shared panel after one server call for the document name and the administrative units', async () => {
    expect(await page.locator('.ntm-title').textContent()).toBe('Kiểm tra phụ lục nông thôn mới');
    expect(await serverCalls()).toEqual(['ntmSidebarStart']);
    // "Chèn mẫu" needs the province list: it is offered
    expect(await page.locator('button[data-action="ext-template"]').count()).toBe(1);
  });

  it('checks the workbook through the server and shows the summary and every issue the core reports', async () => {
    gas.book.calls.reset();
    await page.click('button[data-action="check"]');
    await page.waitForSelector('.ntm-issue');
    expect((await serverCalls()).slice(1)).toEqual(['ntmReadWorkbook']);
    expect(await page.locator('.ntm-counts').textContent()).toBe(countsLine(report, 'vi'));
    expect(await page.locator('.ntm-meta').textContent()).toContain('xa-cam-thanh-2023');
    expect(await page.locator('.ntm-issue').count()).toBe(allIssues(report).length);
    expect(gas.book.calls.count('Range.getValues')).toBe(gas.book.sheets.length);
  });

  it('shows a cell holding markup as text: no element made of it, no script run', async () => {
    const value = page.locator('.ntm-issue[data-sheet="Ghi chú"] .ntm-issue-value');
    expect(await value.count()).toBeGreaterThan(0);
    expect(await value.first().textContent()).toContain(XSS);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('[onerror]').length)).toBe(0);
    expect(problems.filter((p) => p.startsWith('dialog'))).toEqual([]);
  });

  it('a click on an issue calls selectCell with its sheet and cell; the spreadsheet selects it', async () => {
    await page.click('.ntm-issue[data-sheet="Hộ nghèo"][data-cell="E6"]');
    await expect.poll(() => gas.book.selection).toEqual({ sheet: 'Hộ nghèo', a1: 'E6' });
    expect(gas.book.activeSheet!.name).toBe('Hộ nghèo');
    expect((await serverCalls()).at(-1)).toBe('ntmSelectCell');
  });

  it('marks come as conditional format rules over the issues\' cells and go again, values untouched', async () => {
    const before = JSON.stringify(gas.book.sheets.map((s) => s.grid()));
    await page.click('button[data-action="mark"]');
    await expect.poll(() => gas.book.sheets.flatMap((s) => s.cfRules).filter((r) => r.values?.[0] === MARK).length).toBeGreaterThan(0);
    const ours = gas.book.sheets.flatMap((s) => s.cfRules.filter((r) => r.values?.[0] === MARK).flatMap((r) => r.ranges.map((a) => `${a.sheet}!${a.a1}`)));
    expect(ours).toContain('Hộ nghèo!E6');
    const marked = new Set(marksFor(allIssues(report)).map((m) => m.sheet));
    expect(new Set(ours.map((a) => a.split('!')[0]))).toEqual(marked);
    await page.click('button[data-action="unmark"]');
    await expect.poll(() => gas.book.sheets.flatMap((s) => s.cfRules).length).toBe(0);
    expect(gas.book.properties.size).toBe(0);
    expect(JSON.stringify(gas.book.sheets.map((s) => s.grid()))).toBe(before);
  });

  it('"Ghi báo cáo" writes the report sheet', async () => {
    await page.click('button[data-action="report"]');
    await expect.poll(() => gas.book.sheets.some((s) => s.name === 'NTM_Báo cáo')).toBe(true);
    expect(gas.book.sheet('NTM_Báo cáo').at('A1')).toBe('KẾT QUẢ KIỂM TRA PHỤ LỤC NÔNG THÔN MỚI');
    expect(gas.book.sheet('NTM_Báo cáo').formulas.size).toBe(0);
  });

  it('"Chèn mẫu" inserts the template\'s sheets through the server', async () => {
    await page.click('button[data-action="ext-template"]');
    await page.fill('input[name="tpl-province"]', 'Thanh Hóa');
    await page.fill('input[name="tpl-commune"]', 'Cẩm Thạch');
    await page.click('button[data-action="tpl-insert"]');
    await page.waitForSelector('.ntm-ext-result p');
    expect(await page.locator('.ntm-ext-result').textContent()).toContain('Đã chèn 7 sheet');
    expect(gas.book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Hướng dẫn', 'Tự đánh giá (2)', 'Bộ tiêu chí', '_DanhSachXa']));
  });

  it('a server failure shows its message in the panel\'s language', async () => {
    // an issue whose sheet was deleted since: the server answers with a bilingual failure
    gas.book.sheets.splice(gas.book.sheets.findIndex((s) => s.name === 'Ghi chú'), 1);
    await page.click('.ntm-issue[data-sheet="Ghi chú"]');
    await page.waitForSelector('.ntm-status-error');
    expect(await page.locator('.ntm-status').textContent()).toBe('Không thực hiện được: Không tìm thấy sheet "Ghi chú".');
  });

  it('loads nothing but its own page and breaks no rule of its CSP', async () => {
    const network = requests.filter((u) => /^(https?|wss?):/.test(u));
    expect([...new Set(network)]).toEqual([PAGE_URL]);
    expect(problems).toEqual([]);
  });
});

describe('the sidebar page outside Google Sheets', () => {
  it('says in both languages where it belongs when google.script.run is missing', async () => {
    const p = await browser.context.newPage();
    await p.goto(PAGE_URL);
    await p.waitForSelector('.gs-message');
    const msgs = await p.locator('.gs-message').allTextContents();
    expect(msgs[0]).toContain('NTM › Mở bảng điều khiển');
    expect(msgs[1]).toContain('NTM › Open the panel');
    expect(await p.locator('.ntm-panel').count()).toBe(0);
    await p.close();
  });
});
