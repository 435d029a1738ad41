/**
 * The static server of `npm start` and of the browser tests: dist/addin at "/" (what the Excel
 * manifest points at: /taskpane.html, /functions.js, /functions.json …) and dist/playground at
 * "/playground/". node:http / node:https only; GET and HEAD; nothing outside the two folders.
 *
 * Run alone (after a build), over http: `npx tsx scripts/serve.ts [--port 3000]`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServeOptions {
  /** The dist folder (holding addin/ and playground/). */
  dist: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Key and certificate for https; absent: plain http. */
  tls?: { key: Buffer | string; cert: Buffer | string; ca?: Buffer | string } | null;
}

export interface RunningServer {
  url: string;
  port: number;
  protocol: 'http' | 'https';
  /** Every path requested, in order (tests read it). */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file a URL path names, or null when it is outside the served folders. */
export function resolvePath(dist: string, urlPath: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (p.includes('\0') || !p.startsWith('/')) return null;
  const segments = p.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.includes('\\'))) return null;
  let base: string;
  let rest: string[];
  if (segments[0] === 'playground') {
    base = path.join(dist, 'playground');
    rest = segments.slice(1);
  } else {
    base = path.join(dist, 'addin');
    rest = segments;
  }
  const file = path.join(base, ...rest);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  return file;
}

function send(res: http.ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...BASE_HEADERS, ...extra });
  res.end(body);
}

const BASE_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // a development server: Office caches add-in files for up to a day otherwise
  'Cache-Control': 'no-store',
  // Office on the web reads functions.json / functions.js from the add-in's origin (as the Office dev server allows)
  'Access-Control-Allow-Origin': '*',
};

export function handler(dist: string, requests: string[]): http.RequestListener {
  return (req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method Not Allowed', undefined, { Allow: 'GET, HEAD' });
      return;
    }
    const bare = url.split('?')[0]!;
    if (bare === '/') {
      send(res, 302, 'Found', undefined, { Location: '/playground/' });
      return;
    }
    if (bare === '/playground') {
      send(res, 301, 'Moved', undefined, { Location: '/playground/' });
      return;
    }
    let file = resolvePath(dist, url);
    if (!file) {
      send(res, 400, 'Bad Request');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      send(res, 404, 'Not Found');
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': statSync(file).size, ...BASE_HEADERS });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  };
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const requests: string[] = [];
  const listener = handler(opts.dist, requests);
  const server = opts.tls ? https.createServer({ key: opts.tls.key, cert: opts.tls.cert, ...(opts.tls.ca ? { ca: opts.tls.ca } : {}) }, listener) : http.createServer(listener);
  const host = opts.host ?? 'localhost';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const protocol = opts.tls ? 'https' : 'http';
  return {
    url: `${protocol}://localhost:${port}`,
    port,
    protocol,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

// `npx tsx scripts/serve.ts`: serve dist as it is, over http
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : Number(process.env.PORT ?? 3000);
  const s = await startServer({ dist: path.join(root, 'dist'), port });
  console.log(`${s.url}/playground/`);
}
