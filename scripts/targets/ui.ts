/**
 * The shared panel's bundles, minified iife (no module loading at run time, no fetch):
 * - dist/ui/panel.js + panel.css: the panel alone (global NTMPanel.mountPanel), for the Google
 *   Sheets sidebar to inline;
 * - dist/playground/: index.html, playground.js/.css, admin-units.js and the sample workbook
 *   (fetched from the same origin);
 * - dist/addin/taskpane.html/.js/.css: the Excel task pane (Office.js + the custom functions
 *   bundle in the same page: shared runtime).
 *
 * exceljs goes into the playground as its browser build (dist/exceljs.bare.min.js, no
 * polyfills). That build carries dead fallbacks that call `Function("return this")()` and a
 * setImmediate shim accepting string code; the build rewrites them to `globalThis` and to a
 * shim that refuses strings, so the bundle holds no string-to-code call and runs under a CSP
 * without 'unsafe-eval'. The build fails if a rewrite no longer finds its pattern.
 */
import { build, type Plugin } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { adminUnitsScript, slimZodPlugin } from './addin.js';
import type { BuildContext } from './context.js';

export const BROWSER_TARGET = ['es2020', 'chrome100', 'edge100', 'firefox100', 'safari15'];

/** The browser build of exceljs, with its string-to-code fallbacks removed. */
export function exceljsBrowserPlugin(root: string): Plugin {
  const file = path.join(root, 'node_modules/exceljs/dist/exceljs.bare.min.js');
  return {
    name: 'exceljs-browser',
    setup(b) {
      b.onResolve({ filter: /^exceljs$/ }, () => ({ path: file }));
      b.onLoad({ filter: /exceljs\.bare\.min\.js$/ }, () => {
        let src = readFileSync(file, 'utf8');
        const rewrites: Array<[RegExp, string]> = [
          [/Function\("return this"\)\(\)/g, 'globalThis'],
          [/new Function\(""\+(\w+)\)/g, '(function(){throw new TypeError("setImmediate: a function is required")})'],
        ];
        for (const [re, to] of rewrites) {
          const n = src.match(re)?.length ?? 0;
          if (n === 0) throw new Error(`exceljs-browser: pattern ${re} not found; exceljs changed, review the rewrite`);
          src = src.replace(re, to);
        }
        return { contents: src, loader: 'js' };
      });
    },
  };
}

async function bundle(ctx: BuildContext, entry: string, outfile: string, extra: { globalName?: string; plugins?: Plugin[] } = {}): Promise<void> {
  await build({
    entryPoints: [path.join(ctx.root, entry)],
    outfile: path.join(ctx.dist, outfile),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: BROWSER_TARGET,
    minify: true,
    charset: 'utf8',
    legalComments: 'eof',
    sourcemap: ctx.production ? false : 'linked',
    logLevel: 'error',
    ...(extra.globalName ? { globalName: extra.globalName } : {}),
    // zod's namespace object keeps all of zod (~380 KB); the add-in room's plugin keeps only what the sources use
    plugins: [slimZodPlugin(ctx.root, ['core', 'ui', 'addin']), ...(extra.plugins ?? [])],
  });
}

function writeCss(ctx: BuildContext, out: string, sources: string[]): void {
  const css = sources.map((s) => readFileSync(path.join(ctx.root, s), 'utf8')).join('\n');
  mkdirSync(path.dirname(path.join(ctx.dist, out)), { recursive: true });
  writeFileSync(path.join(ctx.dist, out), css);
}

function copy(ctx: BuildContext, from: string, to: string): void {
  mkdirSync(path.dirname(path.join(ctx.dist, to)), { recursive: true });
  copyFileSync(path.join(ctx.root, from), path.join(ctx.dist, to));
}

export async function buildUi(ctx: BuildContext): Promise<void> {
  // the panel alone, for hosts that inline it (Google Sheets sidebar)
  await bundle(ctx, 'ui/index.ts', 'ui/panel.js', { globalName: 'NTMPanel' });
  writeCss(ctx, 'ui/panel.css', ['ui/panel.css']);

  // the browser playground
  await bundle(ctx, 'ui/playground/main.ts', 'playground/playground.js', { plugins: [exceljsBrowserPlugin(ctx.root)] });
  writeCss(ctx, 'playground/playground.css', ['ui/panel.css', 'ui/playground/playground.css']);
  copy(ctx, 'ui/playground/index.html', 'playground/index.html');
  copy(ctx, 'examples/xa-cam-thanh-2023.xlsx', 'playground/xa-cam-thanh-2023.xlsx');
  // province and commune names (context field, suggestions): the same script the task pane loads
  writeFileSync(path.join(ctx.dist, 'playground/admin-units.js'), adminUnitsScript(ctx.root));

  // the Excel task pane (its host adapter, addin/excel-host.ts, and admin-units.js / functions.js
  // beside it come from the add-in target)
  await bundle(ctx, 'addin/taskpane.ts', 'addin/taskpane.js');
  writeCss(ctx, 'addin/taskpane.css', ['ui/panel.css', 'addin/taskpane.css']);
  copy(ctx, 'addin/taskpane.html', 'addin/taskpane.html');
}
