/**
 * npm start: builds everything, prints the check report of the bundled sample workbook, then
 * serves dist/addin (the Excel add-in) and dist/playground (the browser playground) on one
 * server: https on port 3000 with the Office development certificate where one can be had,
 * plain http with a notice where not (sandbox, CI). PORT overrides the port; NTM_HTTP=1 forces
 * http; `npm start -- --no-serve` stops after the report.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type ServeOptions } from './serve.js';
import { buildContext } from './targets/context.js';
import { targets } from './targets/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

// 1. build
const ctx = buildContext();
for (const build of Object.values(targets)) await build(ctx);

// 2. the sample's report (the README promises `npm ci && npm start` prints it)
const sample = path.join('examples', 'xa-cam-thanh-2023.xlsx');
const r = spawnSync(process.execPath, [path.join(root, 'bin/ntm.js'), 'check', sample], { cwd: root, stdio: 'inherit' });
// the sample has real inconsistencies, so `ntm check` exits 1; that is the expected report
if (r.status !== 0 && r.status !== 1) process.exit(r.status ?? 1);
if (args.includes('--no-serve')) process.exit(0);

// 3. serve
type Tls = NonNullable<ServeOptions['tls']>;

/** The Office development certificate (office-addin-dev-certs), or a reason why there is none. */
async function certificate(): Promise<{ tls: Tls } | { reason: { vi: string; en: string } }> {
  if (process.env['NTM_HTTP'] === '1') return { reason: { vi: 'NTM_HTTP=1', en: 'NTM_HTTP=1' } };
  try {
    const certs = (await import('office-addin-dev-certs')).default as typeof import('office-addin-dev-certs');
    let trusted = false;
    try {
      trusted = certs.verifyCertificates();
    } catch {
      trusted = false;
    }
    const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !process.env['CI'];
    if (!trusted && !interactive) {
      return {
        reason: {
          vi: 'chưa có chứng chỉ phát triển của Office và không thể cài khi chạy không tương tác (CI, sandbox)',
          en: 'no Office development certificate, and none can be installed without a terminal (CI, sandbox)',
        },
      };
    }
    if (!trusted) {
      console.log('\nCài chứng chỉ phát triển cho https://localhost (có thể hỏi mật khẩu quản trị)…');
      console.log('Installing a development certificate for https://localhost (may ask for an administrator password)…');
    }
    const o = await certs.getHttpsServerOptions();
    return { tls: { key: o.key as Buffer, cert: o.cert as Buffer, ...(o.ca ? { ca: o.ca as Buffer } : {}) } };
  } catch (e) {
    const m = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return { reason: { vi: `không lấy được chứng chỉ (${m})`, en: `could not obtain a certificate (${m})` } };
  }
}

const port = Number(process.env['PORT'] ?? 3000);
const cert = await certificate();
const server = await startServer({ dist: ctx.dist, port, tls: 'tls' in cert ? cert.tls : null });
const manifest = path.relative(process.cwd(), path.join(ctx.dist, 'addin', 'manifest.xml')) || 'dist/addin/manifest.xml';
const line = '─'.repeat(78);

console.log(`\n${line}`);
if ('reason' in cert) {
  console.log(`CHÚ Ý: máy chủ chạy bằng http (${cert.reason.vi}).`);
  console.log('  Sân thử trên trình duyệt dùng được bình thường. Excel chỉ nạp add-in qua https: trên máy của bạn,');
  console.log('  chạy `npx office-addin-dev-certs install` rồi `npm start` lại.');
  console.log(`NOTICE: serving over plain http (${cert.reason.en}).`);
  console.log('  The browser playground works as usual. Excel loads add-ins only over https: on your own machine,');
  console.log('  run `npx office-addin-dev-certs install`, then `npm start` again.');
  console.log(line);
}
console.log(`Sân thử (bảng kiểm tra trên trình duyệt, có sẵn tệp mẫu) / Playground (the panel in a browser, sample preloaded):`);
console.log(`  ${server.url}/playground/`);
console.log(`Trang bảng điều khiển của add-in / The add-in's task pane page:`);
console.log(`  ${server.url}/taskpane.html`);
console.log('');
console.log(`Nạp add-in vào Excel (sideload) bằng tệp ${manifest}:`);
console.log('  • Excel trên web: Trang đầu → Bổ trợ → Bổ trợ khác (hoặc Nâng cao) → Tải lên Bổ trợ của tôi → chọn tệp manifest.xml.');
console.log('  • Excel trên Windows: đặt manifest.xml vào một thư mục chia sẻ mạng; Tệp → Tùy chọn → Trung tâm Tin cậy →');
console.log('    Danh mục Bổ trợ Tin cậy: thêm đường dẫn thư mục đó, đánh dấu "Hiện trong Menu"; khởi động lại Excel →');
console.log('    Trang đầu → Bổ trợ → Bổ trợ khác → THƯ MỤC DÙNG CHUNG.');
console.log('  • Excel trên Mac: chép manifest.xml vào ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/');
console.log('    rồi mở lại Excel → Trang đầu → Bổ trợ → Bổ trợ của nhà phát triển.');
console.log(`  Sau đó: nhóm "NTM" trên thẻ Trang đầu mở bảng điều khiển; hàm dùng dạng =NTM.STATUS(...).`);
console.log('');
console.log(`Sideload the add-in into Excel with ${manifest}:`);
console.log('  • Excel on the web: Home → Add-ins → More Add-ins (or Advanced) → Upload My Add-in → choose manifest.xml.');
console.log('  • Excel on Windows: put manifest.xml in a network shared folder; File → Options → Trust Center →');
console.log('    Trusted Add-in Catalogs: add that folder\'s path, tick "Show in Menu"; restart Excel →');
console.log('    Home → Add-ins → More Add-ins → SHARED FOLDER.');
console.log('  • Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/,');
console.log('    restart Excel → Home → Add-ins → Developer add-ins.');
console.log('  Then the "NTM" group on the Home tab opens the panel; functions read =NTM.STATUS(...).');
if (server.url !== ctx.baseUrl) {
  console.log('');
  console.log(`Lưu ý: manifest trỏ tới ${ctx.baseUrl}; Excel chỉ dùng được add-in khi các tệp có ở địa chỉ đó.`);
  console.log(`Note: the manifest points at ${ctx.baseUrl}; Excel can use the add-in only when the files are served there.`);
}
console.log(line);
console.log('Ctrl+C để dừng / to stop.');

const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
