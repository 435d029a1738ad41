/**
 * Writes docs/template.png: the first printed page of "Tự đánh giá" of a commune template, filled
 * with a few values and recalculated by LibreOffice (as a commune without the add-in sees it).
 *
 *   npx tsx test/template/make-screenshot.ts [out-dir-for-pdf-and-pages]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillTemplate, makeTemplate, soffice, tempDir } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = process.argv[2] ?? tempDir('screenshot');
mkdirSync(dir, { recursive: true });

const bytes = await makeTemplate({ set: '318', province: 'Thanh Hóa', year: 2025, commune: 'Cẩm Thạch', deadline: '30/9/2025' });
const filled = await fillTemplate(bytes, {
  levels: { '15.4': { BTB: '≥ 70%' } },
  rows: {
    '1': { rating: 'Đạt' }, '2': { rating: 'Đạt' }, '3.1': { value: 85.2 }, '3.2': { value: 'Đạt' }, '4.2': { value: 99.1, rating: 'Đạt' },
    '5': { rating: 'Chưa đạt', note: 'Thiếu phòng chức năng' }, '6.2': { rating: 'Chưa đạt' }, '7': { rating: 'Đạt' }, '8': { rating: 'Đạt' },
    '11': { value: 12.33, note: '(71 + 149) / 1.784 hộ' }, '15.3': { value: 18 }, '15.4': { value: 62.5 },
  },
});
const file = path.join(dir, 'xa-cam-thach.xlsx');
writeFileSync(file, filled);
soffice([file], 'pdf', dir, true);
const pdf = path.join(dir, 'xa-cam-thach.pdf');
// the first page of "Tự đánh giá" follows the guide's pages
const pages = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f');
const page = pages.findIndex((p) => p.includes('BẢNG TỰ ĐÁNH GIÁ')) + 1;
spawnSync('pdftoppm', ['-r', '110', '-png', '-f', String(page), '-l', String(page), '-singlefile', pdf, path.join(dir, 'page')]);
mkdirSync(path.join(root, 'docs'), { recursive: true });
copyFileSync(path.join(dir, 'page.png'), path.join(root, 'docs', 'template.png'));
console.log(`docs/template.png from page ${page} of ${pdf} (${readdirSync(dir).join(', ')})`);
