/**
 * Writes docs/playground.png, the README's picture of the playground after a check:
 * `npm run build && npx tsx test/e2e/screenshot.ts`. Real Chromium over the built playground.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openBrowser, ROOT } from './browser.js';

const out = path.join(ROOT, 'docs', 'playground.png');
mkdirSync(path.dirname(out), { recursive: true });
const b = await openBrowser({ width: 1280, height: 1000 });
try {
  const page = await b.context.newPage();
  await page.goto(`${b.server.url}/playground/`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('button[data-action="check"]');
  await page.waitForSelector('.ntm-issue');
  await page.click('button[data-action="mark"]');
  await page.click('.ntm-issue[data-sheet="Hộ nghèo"][data-cell="E6"]');
  await page.waitForSelector('.pg-tab[aria-selected="true"][data-sheet="Hộ nghèo"]');
  // the panel scrolled to its result: counts per code, then the issues
  await page.evaluate(() => {
    const panel = document.getElementById('pg-panel')!;
    const res = panel.querySelector('.ntm-results')!;
    panel.scrollTop = (res as HTMLElement).offsetTop - panel.offsetTop - 8;
  });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out });
  console.log(out);
} finally {
  await b.close();
}
