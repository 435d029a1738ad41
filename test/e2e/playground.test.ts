/**
 * The BUILT playground (dist/playground) in real Chromium, served by scripts/serve.ts on a
 * random localhost port: the sample loads, the check runs, the summary, the counts per code and
 * the issues show; a click selects the cell; marks come and go; a cell holding markup stays
 * text; the language switches; and the page asks nothing of any other server.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbook, getPack, packToRows, type CheckReport } from '../../core/index.js';
import { readXlsx } from '../../io/xlsx.js';
import { allIssues, codeName, countsLine } from '../../ui/model.js';
import { DIST, openBrowser, ROOT, type Browser } from './browser.js';

const SAMPLE = path.join(ROOT, 'examples/xa-cam-thanh-2023.xlsx');
const PAYLOAD = '<img src=x onerror=alert(1)>';

let browser: Browser;
let page: Page;
let report: CheckReport;
const requests: string[] = [];
const dialogs: string[] = [];
const pageErrors: string[] = [];
const consoleErrors: string[] = [];
let tmp: string;

declare global {
  interface Window {
    __csp?: string[];
  }
}

beforeAll(async () => {
  if (!existsSync(path.join(DIST, 'playground/playground.js'))) throw new Error('dist/playground is not built: run `npm run build` first');
  report = checkWorkbook(await readXlsx(readFileSync(SAMPLE), 'xa-cam-thanh-2023.xlsx'));
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ntm-e2e-'));
  browser = await openBrowser();
  browser.context.on('request', (r) => requests.push(r.url()));
  page = await browser.context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp!.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${browser.server.url}/playground/`);
  await page.waitForSelector('body[data-ready="true"]');
});

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function check(): Promise<void> {
  await page.click('button[data-action="check"]');
  await page.waitForFunction(() => document.querySelector('.ntm-counts')?.textContent !== '' && !document.querySelector('.ntm-panel[aria-busy="true"]'));
}

const texts = (sel: string) => page.locator(sel).allTextContents();

describe('the playground over the sample workbook', () => {
  it('opens the sample in the page: its sheets as tabs, the first sheet as a table', async () => {
    expect(await texts('.pg-tab')).toEqual(['Tự đánh giá', 'Hộ nghèo', 'Kế hoạch']);
    expect(await page.locator('td[data-cell="A1"]').textContent()).toBe('UBND XÃ CẨM THÀNH');
    expect(await page.locator('#pg-load-status').textContent()).toContain('xa-cam-thanh-2023.xlsx');
  });

  it('checks and shows the summary, the counts per code, then the issues, as the core reports them', async () => {
    await check();
    expect(await page.locator('.ntm-counts').textContent()).toBe(countsLine(report, 'vi'));
    expect(await page.locator('.ntm-counts').getAttribute('aria-live')).toBe('polite');
    // per-table summaries
    const tables = await texts('.ntm-table');
    expect(tables).toHaveLength(report.tables.length);
    expect(tables.join('\n')).toContain('Tỷ lệ tính lại: 220/1.784 = 12,33%');
    expect(tables.join('\n')).toContain('11/19 tiêu chí đạt');
    // counts per code, in the report's order, before the issues
    const codes = await page.locator('.ntm-code[data-code]:not([data-code=""])').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes).toEqual(report.byCode.map((b) => b.code));
    const order = await page.evaluate(() => {
      const c = document.querySelector('.ntm-codes-block');
      const i = document.querySelector('.ntm-issues-block');
      return c && i ? c.compareDocumentPosition(i) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBe(4); // Node.DOCUMENT_POSITION_FOLLOWING: the issues come after the counts
    // every issue, in sheet order
    expect(await page.locator('.ntm-issue').count()).toBe(allIssues(report).length);
    const poverty = await page.locator('.ntm-issue[data-sheet="Hộ nghèo"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
    expect(poverty).toEqual(['F5', 'E6', 'F6', 'F7']);
    const e6 = page.locator('.ntm-issue[data-sheet="Hộ nghèo"][data-cell="E6"]');
    expect(await e6.getAttribute('data-issue-code')).toBe('denominator-mismatch');
    const e6text = await e6.textContent();
    expect(e6text).toContain('Lỗi');
    expect(e6text).toContain('Hộ cận nghèo chia cho 1.807 hộ, còn Hộ nghèo chia cho 1.784 hộ');
    expect(e6text).toContain('«1807»');
    expect(e6text).toContain('Chia trên cùng một tổng số hộ');
  });

  it('a click on a code shows only its issues; a second click shows all again', async () => {
    await page.click('.ntm-code[data-code="denominator-mismatch"]');
    expect(await page.locator('.ntm-issue').count()).toBe(1);
    expect(await page.locator('.ntm-code[data-code="denominator-mismatch"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.ntm-issues-block h3').textContent()).toContain(codeName('denominator-mismatch', 'vi'));
    await page.click('.ntm-code[data-code="denominator-mismatch"]');
    expect(await page.locator('.ntm-issue').count()).toBe(allIssues(report).length);
  });

  it('a click on an issue selects its cell in the rendered sheet', async () => {
    await page.click('.ntm-issue[data-sheet="Hộ nghèo"][data-cell="E6"]');
    await page.waitForSelector('.pg-tab[aria-selected="true"][data-sheet="Hộ nghèo"]');
    expect(await page.locator('.pg-namebox').textContent()).toBe('E6');
    const cell = page.locator('td[data-cell="E6"]');
    expect(await cell.getAttribute('class')).toContain('is-active');
    expect(await cell.textContent()).toBe('1807');
    expect(await page.locator('td.is-selected').count()).toBe(1);
    expect(await cell.isVisible()).toBe(true);
    // an issue on another sheet switches the tab
    await page.click('.ntm-issue[data-sheet="Kế hoạch"][data-cell="E13"]');
    await page.waitForSelector('.pg-tab[aria-selected="true"][data-sheet="Kế hoạch"]');
    expect(await page.locator('td.is-active').getAttribute('data-cell')).toBe('E13');
  });

  it('marks come (coloured by severity) and go, and the values stay as typed', async () => {
    await page.click('.pg-tab[data-sheet="Hộ nghèo"]');
    const before = await texts('.pg-grid td');
    await page.click('button[data-action="mark"]');
    await page.waitForSelector('td.mark-error');
    const marked = await page.locator('td[data-mark]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-cell')}:${e.getAttribute('data-mark')}`));
    expect(marked.sort()).toEqual(['E6:error', 'F5:warning', 'F6:warning', 'F7:error']);
    expect(await page.locator('button[data-action="unmark"]').isEnabled()).toBe(true);
    await page.click('.pg-tab[data-sheet="Kế hoạch"]');
    expect(await page.locator('td[data-mark]').count()).toBe(new Set(allIssues(report).filter((i) => i.sheet === 'Kế hoạch').map((i) => i.cell)).size);
    await page.click('button[data-action="unmark"]');
    await page.waitForFunction(() => document.querySelectorAll('td[data-mark]').length === 0);
    await page.click('.pg-tab[data-sheet="Hộ nghèo"]');
    expect(await page.locator('td[data-mark]').count()).toBe(0);
    expect(await texts('.pg-grid td')).toEqual(before);
    expect(await page.locator('.ntm-status').textContent()).toContain('Đã xóa đánh dấu');
  });

  it('"Ghi báo cáo" writes the report sheet, and a new check leaves it out', async () => {
    await page.click('button[data-action="report"]');
    await page.waitForSelector('.pg-tab[data-sheet="NTM_Báo cáo"]');
    await page.click('.pg-tab[data-sheet="NTM_Báo cáo"]');
    expect(await page.locator('td[data-cell="A1"]').textContent()).toBe('KẾT QUẢ KIỂM TRA PHỤ LỤC NÔNG THÔN MỚI');
    await check();
    expect(await page.locator('.ntm-counts').textContent()).toBe(countsLine(report, 'vi'));
  });

  it('switches to English: the panel, the issues and the page around it', async () => {
    await page.click('.ntm-lang-btn[data-lang="en"]');
    expect(await page.locator('button[data-action="check"]').textContent()).toBe('Check');
    expect(await page.locator('.ntm-counts').textContent()).toBe(countsLine(report, 'en'));
    const denom = allIssues(report).find((i) => i.code === 'denominator-mismatch')!;
    expect(await page.locator('.ntm-issue[data-cell="E6"]').textContent()).toContain(denom.message.en);
    expect(await page.locator('.ntm-issue[data-cell="E6"] .ntm-badge').textContent()).toBe('Error');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.pg-title').textContent()).toBe('NTM annex check playground');
    await page.click('.ntm-lang-btn[data-lang="vi"]');
    expect(await page.locator('button[data-action="check"]').textContent()).toBe('Kiểm tra');
  });

  it('checks only the active sheet, or only the selection, when asked', async () => {
    await page.click('.pg-tab[data-sheet="Kế hoạch"]');
    await page.check('input[type="radio"][value="used"]');
    await check();
    expect(await page.locator('.ntm-table').count()).toBe(1);
    expect(await page.locator('.ntm-table-kind').textContent()).toBe('Phụ lục kế hoạch');
    expect(await page.locator('.ntm-issue').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')))).toEqual(['Kế hoạch', 'Kế hoạch']);
    // select A1:F7 on the poverty sheet: a click, then a shift-click
    await page.click('.pg-tab[data-sheet="Hộ nghèo"]');
    await page.click('td[data-cell="A4"]');
    await page.click('td[data-cell="F7"]', { modifiers: ['Shift'] });
    expect(await page.locator('.pg-namebox').textContent()).toBe('A4:F7');
    await page.check('input[type="radio"][value="selection"]');
    await check();
    const cells = await page.locator('.ntm-issue').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-sheet')}!${e.getAttribute('data-cell')}`));
    expect(cells).toEqual(['Hộ nghèo!F5', 'Hộ nghèo!E6', 'Hộ nghèo!F6', 'Hộ nghèo!F7']);
    await page.check('input[type="radio"][value="workbook"]');
  });

  it('takes the typed context and refuses a year it cannot read, saying so next to the field', async () => {
    // a province, as users type it: the playground loads the administrative units (admin-units.js)
    const suggestions = await page.locator('datalist option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(suggestions).toEqual(expect.arrayContaining(['BTB', 'TDMNPB', 'Thanh Hóa', 'Hà Nội']));
    await page.fill('input[name="context"]', 'Thanh Hóa');
    await page.fill('input[name="year"]', '23');
    await page.click('button[data-action="check"]');
    const err = page.locator('.ntm-field-error');
    expect(await err.isVisible()).toBe(true);
    expect(await err.textContent()).toContain('"23"');
    expect(await page.locator('input[name="year"]').getAttribute('aria-invalid')).toBe('true');
    await page.fill('input[name="year"]', '2023');
    expect(await err.isVisible()).toBe(false);
    await check();
    expect(await page.locator('.ntm-meta').textContent()).toContain('BTB (đã chọn)');
    expect(await page.locator('.ntm-meta').textContent()).toContain('2023');
    await page.fill('input[name="context"]', 'Vùng không có');
    await page.fill('input[name="year"]', '');
    await check();
    expect(await page.locator('.ntm-issue-group h4').first().textContent()).toBe('Toàn tệp');
    expect(await page.locator('.ntm-code[data-code="invalid-context"]').count()).toBe(1);
    await page.fill('input[name="context"]', '');
  });

  it('uses the workbook\'s own "Bộ tiêu chí" sheet and says so', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const rows = packToRows(getPack('vn-xa-ntm-2021-2025')!).rows.map((r) => r.map((v) => (v instanceof Date || v === undefined ? null : v)));
    rows[1] = ['Mã bộ tiêu chí', 'tinh-thu-nghiem'];
    const ws = wb.addWorksheet('Bộ tiêu chí');
    for (const r of rows) ws.addRow(r as ExcelJS.CellValue[]);
    const file = path.join(tmp, 'bo-tieu-chi.xlsx');
    await wb.xlsx.writeFile(file);
    await page.setInputFiles('#pg-file', file);
    await page.waitForSelector('#pg-load-status[data-state="loaded"][data-file="bo-tieu-chi.xlsx"]');
    expect(await texts('.pg-tab')).toContain('Bộ tiêu chí');
    await check();
    expect(await page.locator('.ntm-meta').textContent()).toContain('tinh-thu-nghiem (từ sheet "Bộ tiêu chí" của tệp)');
    expect(await page.locator('.ntm-table').count()).toBe(report.tables.length);
  });

  it('"Chèn mẫu" inserts the template room\'s sheets; a taken name is said, helper sheets stay out of the tabs', async () => {
    await page.click('button[data-action="ext-template"]');
    await page.fill('input[name="tpl-province"]', 'Thanh Hóa');
    await page.fill('input[name="tpl-commune"]', 'Cẩm Thạch');
    await page.click('button[data-action="tpl-insert"]');
    await page.waitForSelector('.ntm-ext-result p');
    const msg = await page.locator('.ntm-ext-result').textContent();
    expect(msg).toContain('Đã chèn 7 sheet: Hướng dẫn, Tự đánh giá (2), Kế hoạch (2), Bộ tiêu chí (2)');
    expect(msg).toContain('Tệp đã có sheet "Tự đánh giá" nên sheet mới mang tên "Tự đánh giá (2)"');
    const tabs = await texts('.pg-tab');
    expect(tabs).toEqual(expect.arrayContaining(['Hướng dẫn', 'Tự đánh giá (2)', 'Kế hoạch (2)', 'Bộ tiêu chí (2)']));
    expect(tabs.some((t) => t.startsWith('_'))).toBe(false);
    await page.click('.pg-tab[data-sheet="Tự đánh giá (2)"]');
    expect(await page.locator('.pg-grid').textContent()).toContain('Cẩm Thạch');
    // the labels follow the language
    await page.click('.ntm-lang-btn[data-lang="en"]');
    expect(await page.locator('button[data-action="tpl-insert"]').textContent()).toBe('Insert the template sheets');
    expect(await page.locator('.ntm-ext-result').textContent()).toContain('Inserted 7 sheets');
    await page.click('.ntm-lang-btn[data-lang="vi"]');
  });

  it('"Tổng hợp" rolls up the self-assessment sheets into the new commune and inserts the summary', async () => {
    await page.click('#pg-sample');
    await page.waitForSelector('#pg-load-status[data-state="loaded"][data-file="xa-cam-thanh-2023.xlsx"]');
    await page.click('button[data-action="ext-rollup"]');
    await page.fill('input[name="roll-province"]', 'Thanh Hóa');
    await page.click('button[data-action="roll-run"]');
    await page.waitForSelector('.ntm-ext-result p');
    const lines = await texts('.ntm-ext-result p');
    expect(lines[0]).toBe('Tỉnh Thanh Hóa — vn-xa-ntm-2021-2025');
    expect(lines[1]).toMatch(/^1\/\d+ xã có kết quả; 0 xã đạt chuẩn; 0 xã từ 15 tiêu chí; bình quân 11,00 tiêu chí\/xã/);
    expect(lines).toContain('Sheet "Tự đánh giá": Gộp vào xã mới → Xã Cẩm Thạch. Tệp của Xã Cẩm Thành (trước 1/7/2025), nay thuộc Xã Cẩm Thạch.');
    expect(lines.some((l) => l.startsWith('Sheet "Hộ nghèo"'))).toBe(false);
    await page.click('button[data-action="roll-insert"]');
    await page.waitForFunction(() => document.querySelector('.ntm-ext-result')?.textContent?.includes('Đã chèn bảng tổng hợp'));
    expect(await texts('.pg-tab')).toEqual(expect.arrayContaining(['Tổng hợp', 'Kết quả chung', 'Chỉ tiêu', 'Tệp', 'Xã chưa gửi']));
    await page.click('.pg-tab[data-sheet="Tổng hợp"]');
    expect(await page.locator('.pg-grid').textContent()).toContain('Cẩm Thạch');
  });

  it('shows a cell holding markup as text: no element is made from it, no script runs', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    wb.getWorksheet('Kế hoạch')!.getCell('E13').value = PAYLOAD;
    wb.getWorksheet('Hộ nghèo')!.getCell('H1').value = PAYLOAD;
    const file = path.join(tmp, 'xss.xlsx');
    await wb.xlsx.writeFile(file);
    await page.setInputFiles('#pg-file', file);
    await page.waitForSelector('#pg-load-status[data-state="loaded"][data-file="xss.xlsx"]');
    await page.click('.pg-tab[data-sheet="Kế hoạch"]');
    expect(await page.locator('td[data-cell="E13"]').textContent()).toBe(PAYLOAD);
    await check();
    const issue = page.locator('.ntm-issue[data-sheet="Kế hoạch"][data-cell="E13"]');
    expect(await issue.textContent()).toContain(PAYLOAD);
    await issue.click();
    await page.click('.pg-tab[data-sheet="Hộ nghèo"]');
    expect(await page.locator('td[data-cell="H1"]').textContent()).toBe(PAYLOAD);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('a file that is not a workbook gives a clear message and the open workbook stays', async () => {
    const tabs = await texts('.pg-tab');
    const file = path.join(tmp, 'hong.xlsx');
    writeFileSync(file, 'đây không phải tệp Excel');
    await page.setInputFiles('#pg-file', file);
    await page.waitForSelector('#pg-load-status[data-state="failed"][data-file="hong.xlsx"]');
    const msg = await page.locator('#pg-load-status').textContent();
    expect(msg).toContain('Không mở được "hong.xlsx"');
    expect(msg).toContain('không phải tệp Excel (.xlsx) hoặc tệp bị hỏng');
    expect(await texts('.pg-tab')).toEqual(tabs);
  });

  it('asks nothing of any server but its own, and breaks no rule of its CSP', async () => {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    const network = requests.filter((u) => /^(https?|wss?):/.test(u));
    expect(network.length).toBeGreaterThan(0);
    expect(network.filter((u) => !u.startsWith(`${browser.server.url}/`))).toEqual([]);
    expect(await page.evaluate(() => window.__csp)).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
