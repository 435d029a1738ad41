/**
 * The Google Sheets add-on (dist/apps-script/), the folder `clasp push` uploads (.clasp.json
 * rootDir). Apps Script runs every script file of a project in one global scope and knows no
 * modules, so every file is a plain script:
 *
 *   appsscript.json   V8, Asia/Ho_Chi_Minh, exactly two scopes (spreadsheets.currentonly,
 *                     script.container.ui)
 *   admin-units.js    the administrative units (data/admin-units-2025.json) with their MIT
 *                     notice, as `function ntmAdminUnitsData_()` that parses them when first
 *                     called: the core registers it lazily, so a custom function that looks no
 *                     commune up never pays for 3,321 of them
 *   ntm-core.js       the core, the custom-function adapter and the server side, one esbuild
 *                     iife assigning `var NTM_CORE` (no import/export; slim zod, no Function
 *                     constructor), the licences of what it bundles in its header
 *   functions.js      generated: one `function NTM_<ID>(…)` with its @customfunction JSDoc per
 *                     registry entry (apps-script/wrappers.ts)
 *   server.js         generated: onOpen, the menu items and the sidebar's google.script.run
 *                     targets (apps-script/entry-points.ts)
 *   sidebar.html      the shared panel (ui/) and SheetsHost, CSS and script inlined: HtmlService
 *                     serves one file, nothing is fetched
 *
 * Files run in any order (everything is looked up when a function runs); clasp pushes them in
 * the order of .clasp.json's filePushOrder all the same.
 */
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FUNCTIONS } from '../../core/functions/index.js';
import { ENTRY_POINTS, entryPointsSource } from '../../apps-script/entry-points.js';
import { wrappersSource } from '../../apps-script/wrappers.js';
import { notices, slimZodPlugin } from './addin.js';
import type { BuildContext } from './context.js';
import { BROWSER_TARGET } from './ui.js';

/** The OAuth scopes of the add-on: the bound spreadsheet only, and its menus and sidebar. */
export const OAUTH_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
] as const;

export const MANIFEST = {
  timeZone: 'Asia/Ho_Chi_Minh',
  dependencies: {},
  exceptionLogging: 'STACKDRIVER',
  runtimeVersion: 'V8',
  oauthScopes: [...OAUTH_SCOPES],
};

/** The script files in the order Apps Script should load them (clasp's filePushOrder). */
export const SCRIPT_FILES = ['admin-units.js', 'ntm-core.js', 'functions.js', 'server.js'] as const;
export const HTML_FILES = ['sidebar.html'] as const;

/** Apps Script's V8 runs modern JavaScript; ES2019 keeps clear of the newest syntax. */
const GAS_TARGET = 'es2019';

function noAdminUnitsInBundle(name: string): Plugin {
  return {
    name: 'no-bundled-admin-units',
    setup(b) {
      b.onResolve({ filter: /admin-units-2025\.json$|communes\/bundled/ }, (a) => ({ errors: [{ text: `${name} must not bundle ${a.path}` }] }));
    },
  };
}

/** admin-units.js: the licence, then the data as JSON parsed on the first call. */
export function adminUnitsSource(root: string): string {
  const licence = readFileSync(path.join(root, 'data/admin-units-2025.LICENSE'), 'utf8').trim();
  const data = JSON.parse(readFileSync(path.join(root, 'data/admin-units-2025.json'), 'utf8')) as unknown;
  const notice = [
    '/*! admin-units.js — Vietnam\'s administrative units from 1/7/2025, for the NTM Google Sheets add-on.',
    ' * Data: data/admin-units-2025.json, from thanglequoc/vietnamese-provinces-database.',
    ' *',
    ...licence.split('\n').map((l) => (` * ${l.replace(/\*\//g, '* /')}`).trimEnd()),
    ' */',
  ];
  return [
    ...notice,
    '// Parsed only when a function needs a province or a commune (the core registers this lazily).',
    'function ntmAdminUnitsData_() {',
    `  return JSON.parse(${JSON.stringify(JSON.stringify(data))});`,
    '}',
    '',
  ].join('\n');
}

/** A JavaScript comment block holding the third-party notices of a bundle. */
function noticeComment(text: string): string {
  return `/*!\n${text.replace(/\*\//g, '* /').split('\n').map((l) => ` * ${l}`.trimEnd()).join('\n')}\n */\n`;
}

/** Script text safe inside an inline <script> element. */
export function inlineScript(js: string): string {
  const out = js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  if (/<\/script/i.test(out)) throw new Error('apps-script: the sidebar script still holds "</script"');
  return out;
}

export async function buildAppsScript(ctx: BuildContext): Promise<void> {
  const out = path.join(ctx.dist, 'apps-script');
  // clasp pushes every script and HTML file of the folder: nothing stale may stay there
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  writeFileSync(path.join(out, 'appsscript.json'), JSON.stringify(MANIFEST, null, 2) + '\n');
  writeFileSync(path.join(out, 'admin-units.js'), adminUnitsSource(ctx.root));

  // the core bundle: one iife, `var NTM_CORE = …`
  const core = await build({
    entryPoints: [path.join(ctx.root, 'apps-script/server/index.ts')],
    bundle: true,
    write: false,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format: 'iife',
    globalName: 'NTM_CORE',
    target: GAS_TARGET,
    minify: true,
    charset: 'utf8',
    legalComments: 'eof',
    logLevel: 'error',
    metafile: true,
    plugins: [slimZodPlugin(ctx.root, ['core', 'ui', 'addin', 'apps-script']), noAdminUnitsInBundle('ntm-core.js')],
  });
  const coreJs = core.outputFiles[0]!.text;
  const licences = notices(ctx.root, Object.keys(core.metafile.inputs))
    .replace('Third-party notices for dist/addin (NTM toolkit)', 'Third-party notices for dist/apps-script (NTM toolkit)')
    .replace(/bundled in functions\.js/g, 'bundled in ntm-core.js');
  writeFileSync(path.join(out, 'ntm-core.js'), noticeComment(licences) + coreJs);

  writeFileSync(path.join(out, 'functions.js'), wrappersSource(FUNCTIONS));
  writeFileSync(path.join(out, 'server.js'), entryPointsSource(ENTRY_POINTS));

  // the sidebar: the shared panel and SheetsHost, inlined into the page HtmlService serves
  const page = await build({
    entryPoints: [path.join(ctx.root, 'apps-script/sidebar/main.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: BROWSER_TARGET,
    minify: true,
    charset: 'utf8',
    legalComments: 'eof',
    logLevel: 'error',
    plugins: [slimZodPlugin(ctx.root, ['core', 'ui', 'addin', 'apps-script']), noAdminUnitsInBundle('sidebar.html')],
  });
  const css = ['ui/panel.css', 'apps-script/sidebar/sidebar.css'].map((f) => readFileSync(path.join(ctx.root, f), 'utf8')).join('\n');
  if (/<\/style/i.test(css)) throw new Error('apps-script: the sidebar CSS holds "</style"');
  const template = readFileSync(path.join(ctx.root, 'apps-script/sidebar/sidebar.html'), 'utf8');
  if (!template.includes('/*NTM:CSS*/') || !template.includes('/*NTM:JS*/')) throw new Error('apps-script: sidebar.html lost its /*NTM:CSS*/ or /*NTM:JS*/ marker');
  const html = template.replace('/*NTM:CSS*/', () => css).replace('/*NTM:JS*/', () => inlineScript(page.outputFiles[0]!.text));
  writeFileSync(path.join(out, 'sidebar.html'), html);
}
