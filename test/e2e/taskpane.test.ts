/**
 * The BUILT Excel task pane page (dist/addin/taskpane.html) in real Chromium: Office.js is the
 * stand-in of fake-office.ts, served in place of the hosted script (page.route), so the page
 * runs as in Excel on the web: Office.onReady → mountPanel over addin/excel-host.ts, with the
 * custom functions bundle loaded in the same page (shared runtime).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbook, type CheckReport } from '../../core/index.js';
import { readXlsx } from '../../io/xlsx.js';
import { allIssues, countsLine, marksFor } from '../../ui/model.js';
import { DIST, openBrowser, ROOT, type Browser } from './browser.js';
import { fakeOfficeJs, fakeSheets } from './fake-office.js';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SAMPLE = path.join(ROOT, 'examples/xa-cam-thanh-2023.xlsx');

interface FakeState {
  syncs: number;
  runs: number;
  active: string;
  selected: { sheet: string; cell: string } | null;
  cfs: Array<{ sheet: string; address: string; type: string; custom: { rule: { formula: string }; format: { fill: { color: string } } } }>;
  settings: Record<string, string>;
  sheets: Array<{ name: string; values: unknown[][] }>;
  associated: string[];
}

let browser: Browser;
let page: Page;
let report: CheckReport;
const requests: string[] = [];
const problems: string[] = [];

const excel = () => page.evaluate(() => (window as unknown as { __excel: FakeState }).__excel);

beforeAll(async () => {
  if (!existsSync(path.join(DIST, 'addin/taskpane.js'))) throw new Error('dist/addin/taskpane.js is not built: run `npm run build` first');
  const wb = await readXlsx(readFileSync(SAMPLE), 'xa-cam-thanh-2023.xlsx');
  report = checkWorkbook(wb);
  browser = await openBrowser({ width: 420, height: 900 });
  browser.context.on('request', (r) => requests.push(r.url()));
  await browser.context.route(OFFICE_JS, (route) => route.fulfill({
    status: 200, contentType: 'text/javascript; charset=utf-8',
    body: fakeOfficeJs(fakeSheets(wb), 'https://contoso.sharepoint.com/sites/ntm/Shared%20Documents/xa-cam-thanh-2023.xlsx'),
  }));
  page = await browser.context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console ${m.text()}`); });
  page.on('dialog', (d) => { problems.push(`dialog ${d.message()}`); void d.dismiss(); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${browser.server.url}/taskpane.html`);
  await page.waitForSelector('#ntm-root[data-ready="true"]');
});

afterAll(async () => {
  await browser?.close();
});

describe('the Excel task pane page, built, over a stand-in Office.js', () => {
  it('mounts the panel once Office is ready, after the custom functions associated every id (shared runtime)', async () => {
    expect(await page.locator('.ntm-title').textContent()).toBe('Kiểm tra phụ lục nông thôn mới');
    const meta = JSON.parse(readFileSync(path.join(DIST, 'addin/functions.json'), 'utf8')) as { functions: Array<{ id: string }> };
    expect((await excel()).associated.sort()).toEqual(meta.functions.map((f) => f.id).sort());
    const order = await page.locator('head script').evaluateAll((els) => els.map((e) => e.getAttribute('src')));
    expect(order).toEqual([OFFICE_JS, 'admin-units.js', 'functions.js', 'taskpane.js']);
  });

  it('checks the open workbook through Excel in two syncs and shows what the core reports', async () => {
    const before = (await excel()).syncs;
    await page.click('button[data-action="check"]');
    await page.waitForSelector('.ntm-issue');
    expect((await excel()).syncs - before).toBe(2);
    expect(await page.locator('.ntm-counts').textContent()).toBe(countsLine(report, 'vi'));
    expect(await page.locator('.ntm-meta').textContent()).toContain('xa-cam-thanh-2023.xlsx');
    expect(await page.locator('.ntm-issue').count()).toBe(allIssues(report).length);
  });

  it('a click on an issue activates its sheet and selects its cell in Excel', async () => {
    await page.click('.ntm-issue[data-sheet="Hộ nghèo"][data-cell="E6"]');
    await page.waitForFunction(() => (window as unknown as { __excel: FakeState }).__excel.selected !== null);
    const s = await excel();
    expect(s.selected).toEqual({ sheet: 'Hộ nghèo', cell: 'E6' });
    expect(s.active).toBe('Hộ nghèo');
  });

  it('marks are conditional formats Excel removes again; no value changes', async () => {
    const values = JSON.stringify((await excel()).sheets.map((s) => s.values));
    await page.click('button[data-action="mark"]');
    await page.waitForFunction(() => (window as unknown as { __excel: FakeState }).__excel.cfs.length > 0);
    const marked = (await excel()).cfs;
    const cells = marked.flatMap((cf) => cf.address.split(',').map((a) => `${cf.sheet}!${a.trim()}:${cf.custom.format.fill.color}`));
    expect(cells).toHaveLength(marksFor(allIssues(report)).length);
    expect(cells).toContain('Hộ nghèo!E6:#FFC7CE');
    await page.click('button[data-action="unmark"]');
    await page.waitForFunction(() => (window as unknown as { __excel: FakeState }).__excel.cfs.length === 0);
    const after = await excel();
    expect(after.settings).toEqual({});
    expect(JSON.stringify(after.sheets.map((s) => s.values))).toBe(values);
  });

  it('"Ghi báo cáo" writes the report sheet in Excel', async () => {
    await page.click('button[data-action="report"]');
    await page.waitForFunction(() => (window as unknown as { __excel: FakeState }).__excel.sheets.some((s) => s.name === 'NTM_Báo cáo'));
    const sheet = (await excel()).sheets.find((s) => s.name === 'NTM_Báo cáo')!;
    expect(sheet.values[0]![0]).toBe('KẾT QUẢ KIỂM TRA PHỤ LỤC NÔNG THÔN MỚI');
  });

  it('"Chèn mẫu" adds the template\'s sheets to the workbook in Excel', async () => {
    await page.click('button[data-action="ext-template"]');
    await page.fill('input[name="tpl-province"]', 'Thanh Hóa');
    await page.fill('input[name="tpl-commune"]', 'Cẩm Thạch');
    await page.click('button[data-action="tpl-insert"]');
    await page.waitForSelector('.ntm-ext-result p');
    expect(await page.locator('.ntm-ext-result').textContent()).toContain('Đã chèn 7 sheet');
    const names = (await excel()).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Hướng dẫn', 'Tự đánh giá (2)', 'Bộ tiêu chí', '_DanhSachXa']));
    const assess = (await excel()).sheets.find((s) => s.name === 'Tự đánh giá (2)')!;
    expect(assess.values.flat().some((v) => typeof v === 'string' && v.startsWith('='))).toBe(true);
  });

  it('"Tổng hợp" reads the workbook from Excel, shows the figures and inserts the summary sheets', async () => {
    await page.click('button[data-action="ext-rollup"]');
    await page.fill('input[name="roll-province"]', 'Thanh Hóa');
    await page.click('button[data-action="roll-run"]');
    await page.waitForSelector('.ntm-ext-result p');
    expect(await page.locator('.ntm-ext-result p').first().textContent()).toBe('Tỉnh Thanh Hóa — vn-xa-ntm-2021-2025');
    await page.click('button[data-action="roll-insert"]');
    await page.waitForFunction(() => document.querySelector('.ntm-ext-result')?.textContent?.includes('Đã chèn bảng tổng hợp'));
    expect((await excel()).sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Tổng hợp', 'Kết quả chung', 'Xã chưa gửi']));
  });

  it('loads nothing but its own files and the Office.js script, and breaks no rule of its CSP', async () => {
    const network = requests.filter((u) => /^(https?|wss?):/.test(u));
    const foreign = network.filter((u) => !u.startsWith(`${browser.server.url}/`));
    expect(foreign).toEqual([OFFICE_JS]);
    expect(problems).toEqual([]);
  });
});

describe('the task pane page outside Excel', () => {
  it('says in both languages that it belongs in Excel when Office.js cannot be loaded', async () => {
    const p = await browser.context.newPage();
    await p.route(OFFICE_JS, (route) => route.abort());
    await p.goto(`${browser.server.url}/taskpane.html`);
    await p.waitForSelector('.tp-message');
    const msgs = await p.locator('.tp-message').allTextContents();
    expect(msgs[0]).toContain('Không tải được Office.js');
    expect(msgs[1]).toContain('Office.js could not be loaded');
    expect(await p.locator('.ntm-panel').count()).toBe(0);
    await p.close();
  });
});
