/**
 * The Excel add-in (dist/addin/), generated from the one function registry:
 *
 *   functions.json       custom-function metadata, Vietnamese (names = ids: =NTM.STATUS)
 *   functions.en.json    the same in English (manifest: <bt:Override Locale="en-US">)
 *   functions.js         iife, associates every id (addin/functions.ts)
 *   admin-units.js       sets globalThis.NTM_ADMIN_UNITS (data/admin-units-2025.json, MIT notice kept)
 *   manifest.xml         the repo's manifest.xml, dev URLs rewritten when NTM_BASE_URL is set
 *   assets/icon-*.png    ribbon icons (16, 32, 80 px)
 *
 * Shared runtime: the task-pane page (taskpane.html, built by the ui target) loads, in this
 * order and with plain blocking <script src> tags (no type="module"):
 *   1. admin-units.js   2. functions.js   3. its own bundle (taskpane.js)
 *
 * functions.json comes from custom-functions-metadata, the tool Microsoft's templates use: the
 * registry is written out as TypeScript declarations (top-level `function` with @customfunction
 * JSDoc, range and broadcast parameters typed `any[][]` so Excel passes a matrix), once in
 * Vietnamese and once in English, and the tool turns each into JSON. Every parameter and result
 * is declared `any`, so each value reaches the registry's own coercion and its bilingual messages.
 */
import { build, type Plugin } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { FUNCTIONS, answersWithBlock, type AnyFunctionSpec } from '../../core/functions/index.js';
import type { BuildContext } from './context.js';
import { helpPage } from '../../addin/help.js';
import { ICON_SIZES } from '../../addin/icons.js';

export const DEV_BASE_URL = 'https://localhost:3000';

/** The page files, in the order the task pane loads them. */
export const SHARED_RUNTIME_SCRIPTS = ['admin-units.js', 'functions.js'] as const;

export const FUNCTIONS_JS_LIMIT = 200 * 1024;

type Lang = 'vi' | 'en';

function jsdocText(s: string): string {
  if (s.includes('*/') || /(^|\s)@/.test(s)) throw new Error(`addin: text not allowed in JSDoc: ${s}`);
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The registry as TypeScript declarations custom-functions-metadata reads: one top-level
 * function per id, parameters named and described in `lang`.
 */
export function declarations(functions: readonly AnyFunctionSpec[], lang: Lang): string {
  const out: string[] = [
    '// Generated from core/functions by scripts/targets/addin.ts: the input of custom-functions-metadata.',
    '/* eslint-disable */',
    '',
  ];
  for (const f of functions) {
    const block = answersWithBlock(f);
    out.push('/**');
    out.push(` * ${jsdocText(f.description[lang])}`);
    out.push(` * @customfunction ${f.id} ${f.id}`);
    for (const p of f.parameters) out.push(` * @param ${p.name[lang]} ${jsdocText(p.description[lang])}`);
    out.push(' */');
    const params = f.parameters.map((p) => {
      const matrix = p.kind === 'range' || p.broadcast;
      return `${p.name[lang]}${p.optional ? '?' : ''}: ${matrix ? 'any[][]' : 'any'}`;
    });
    out.push(`function ${f.id}(${params.join(', ')}): ${block ? 'any[][]' : 'any'} {`);
    out.push(`  return ${block ? '[[0]]' : '0'};`);
    out.push('}');
    out.push('');
  }
  return out.join('\n');
}

export interface CustomFunctionsMetadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: Array<{
    id: string;
    name: string;
    description?: string;
    parameters: Array<{ name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean; repeating?: boolean }>;
    result: { type?: string; dimensionality?: string };
    options?: Record<string, boolean>;
  }>;
}

/** Runs custom-functions-metadata on a declarations file; throws with the tool's errors. */
export async function metadataOf(file: string): Promise<CustomFunctionsMetadata> {
  const require = createRequire(import.meta.url);
  const { generateCustomFunctionsMetadata } = require('custom-functions-metadata') as {
    generateCustomFunctionsMetadata: (input: string, console?: boolean) => Promise<{ metadataJson: string; errors: string[] }>;
  };
  const r = await generateCustomFunctionsMetadata(file, false);
  if (r.errors.length > 0) throw new Error(`custom-functions-metadata: ${r.errors.join('; ')}`);
  return JSON.parse(r.metadataJson) as CustomFunctionsMetadata;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** zod's uses of the Function constructor, each replaced by what jitless makes of it. */
const ZOD_REWRITES: Array<[string, RegExp, string]> = [
  ['zod/v4/core/util.js', /const F = Function;\s*new F\(""\);\s*return true;/, 'return false;'],
  ['zod/v4/core/doc.js', /const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);/, 'throw new Error("zod: compiled parsers are disabled (jitless)");'],
];

/**
 * zod's entry exports one namespace object `z`, which esbuild cannot shake: every schema kind,
 * JSON-schema tools and all 40 locales come along (~380 KB). This plugin gives the bundle a
 * `zod` module made of exactly the members the sources use (`z.object(…)`, `import { config }`),
 * re-exported from zod's own modules, so the rest is shaken out. The members are read from the
 * sources at build time; the built bundle is then run in tests (node:vm).
 */
export function slimZodPlugin(root: string, dirs: string[]): Plugin {
  const external = path.join(root, 'node_modules/zod/v4/classic/external.js');
  return {
    name: 'slim-zod',
    setup(b) {
      b.onResolve({ filter: /^zod$/ }, () => ({ path: 'zod', namespace: 'slim-zod' }));
      // zod's only string-to-code paths (an eval probe and the object-parser compiler) are dead
      // under jitless (addin/zod-jitless.ts); cut them so the bundle holds no Function constructor
      for (const [file, re, to] of ZOD_REWRITES) {
        b.onLoad({ filter: new RegExp(file.replace(/[/.]/g, '\\$&') + '$') }, (a) => {
          const src = readFileSync(a.path, 'utf8');
          if (!re.test(src)) throw new Error(`slim-zod: pattern ${re} not found in ${file}; zod changed, review the rewrite`);
          return { contents: src.replace(re, to), loader: 'js' };
        });
      }
      b.onLoad({ filter: /.*/, namespace: 'slim-zod' }, () => {
        const members = new Set<string>();
        const named = new Set<string>();
        for (const dir of dirs) {
          for (const file of sourceFiles(path.join(root, dir))) {
            const src = readFileSync(file, 'utf8');
            if (!/from 'zod'/.test(src)) continue;
            for (const m of src.matchAll(/\bz\.(\w+)\s*\(/g)) members.add(m[1]!);
            for (const m of src.matchAll(/import\s*\{([^}]*)\}\s*from\s*'zod'/g)) {
              for (const part of m[1]!.split(',')) {
                const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!.trim();
                if (name && name !== 'z' && !/^type\s/.test(part.trim())) named.add(name);
              }
            }
          }
        }
        const local = (m: string) => `zod_${m}`;
        const imports = [...members].map((m) => `${m} as ${local(m)}`);
        const contents = [
          imports.length ? `import { ${imports.join(', ')} } from ${JSON.stringify(external)};` : '',
          named.size ? `export { ${[...named].join(', ')} } from ${JSON.stringify(external)};` : '',
          `export const z = { ${[...members].map((m) => `${JSON.stringify(m)}: ${local(m)}`).join(', ')} };`,
        ].join('\n');
        return { contents, loader: 'js', resolveDir: root };
      });
    },
  };
}

/** The message catalogues functions.js carries; the others (annex, ui, cli, io …) stay out. */
export const FUNCTION_CATALOGUES = ['core', 'functions'] as const;

/**
 * core/messages/index.ts joins every room's catalogue; functions.js needs two of them. This
 * plugin loads index.ts with the other rooms' imports replaced by empty catalogues, and fails the
 * build if a bundled source names a message key (or a key prefix, `verdict.${…}`) that only a
 * left-out catalogue holds.
 */
export function functionCataloguesPlugin(root: string): { plugin: Plugin; check(inputs: string[]): void } {
  const dir = path.join(root, 'core/messages');
  const excluded = new Map<string, Set<string>>();
  const kept = new Set<string>();
  const plugin: Plugin = {
    name: 'function-catalogues',
    setup(b) {
      b.onLoad({ filter: /core[\\/]messages[\\/]index\.ts$/ }, () => {
        let src = readFileSync(path.join(dir, 'index.ts'), 'utf8');
        const imports = [...src.matchAll(/^import \* as (\w+) from '\.\/(\w+)\.js';$/gm)];
        for (const k of FUNCTION_CATALOGUES) {
          if (!imports.some((m) => m[1] === k)) throw new Error(`function-catalogues: core/messages/index.ts no longer imports ${k}; review this plugin`);
        }
        for (const m of imports) {
          const [line, name, file] = [m[0], m[1]!, m[2]!];
          if ((FUNCTION_CATALOGUES as readonly string[]).includes(name)) continue;
          src = src.replace(line, `const ${name} = { vi: {}, en: {} };`);
          excluded.set(name, new Set(Object.keys(catalogueKeys(path.join(dir, `${file}.ts`)))));
        }
        for (const k of FUNCTION_CATALOGUES) for (const key of Object.keys(catalogueKeys(path.join(dir, `${k}.ts`)))) kept.add(key);
        return { contents: src, loader: 'ts' };
      });
    },
  };
  return { plugin, check(inputs: string[]) {
      const left = new Set<string>();
      for (const keys of excluded.values()) for (const k of keys) if (!kept.has(k)) left.add(k);
      const problems: string[] = [];
      for (const file of inputs) {
        if (!/^(core|addin)\//.test(file) || file.startsWith('core/messages/')) continue;
        const src = readFileSync(path.join(root, file), 'utf8');
        for (const m of src.matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/g)) if (left.has(m[1]!)) problems.push(`${file}: '${m[1]}'`);
        for (const m of src.matchAll(/`([a-z][\w-]*\.)\$\{/g)) {
          const prefix = m[1]!;
          if (![...kept].some((k) => k.startsWith(prefix)) && [...left].some((k) => k.startsWith(prefix))) problems.push(`${file}: \`${prefix}\${…}\``);
        }
      }
      if (problems.length > 0) throw new Error(`functions.js would lack messages it uses: ${problems.join(', ')}`);
  } };
}

/** The keys of a catalogue file (`export const vi = { 'key': … }`), read from its source. */
function catalogueKeys(file: string): Record<string, true> {
  const src = readFileSync(file, 'utf8');
  const start = src.indexOf('export const vi');
  const end = src.indexOf('} as const', start);
  const out: Record<string, true> = {};
  for (const m of src.slice(start, end).matchAll(/^\s*'([^']+)':/gm)) out[m[1]!] = true;
  return out;
}

/**
 * The licences of what ships in dist/addin: the npm packages bundled into functions.js (read
 * from esbuild's metafile) and the administrative-unit data of admin-units.js.
 */
export function notices(root: string, inputs: string[]): string {
  const packages = new Set<string>();
  for (const f of inputs) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f);
    if (m) packages.add(m[1]!);
  }
  const parts = ['Third-party notices for dist/addin (NTM toolkit)', ''];
  for (const name of [...packages].sort()) {
    const dir = path.join(root, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string; license?: string };
    const file = readdirSync(dir).find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f));
    parts.push(`== ${name} ${pkg.version ?? ''} (${pkg.license ?? 'see licence'}) — bundled in functions.js`);
    parts.push(file ? readFileSync(path.join(dir, file), 'utf8').trim() : '(no licence file in the package)');
    parts.push('');
  }
  parts.push('== admin-units-2025.json — shipped as admin-units.js');
  parts.push(readFileSync(path.join(root, 'data/admin-units-2025.LICENSE'), 'utf8').trim());
  parts.push('');
  return parts.join('\n');
}

/** The licence notice that travels with the administrative-unit data. */
export function adminUnitsScript(root: string): string {
  const licence = readFileSync(path.join(root, 'data/admin-units-2025.LICENSE'), 'utf8').trim();
  const data = JSON.parse(readFileSync(path.join(root, 'data/admin-units-2025.json'), 'utf8')) as unknown;
  const notice = [
    '/*! admin-units.js — Vietnam\'s administrative units from 1/7/2025, for the NTM add-in.',
    ' * Data: data/admin-units-2025.json, from thanglequoc/vietnamese-provinces-database.',
    ' *',
    ...licence.split('\n').map((l) => (` * ${l.replace(/\*\//g, '* /')}`).trimEnd()),
    ' */',
  ];
  return `${notice.join('\n')}\nglobalThis.NTM_ADMIN_UNITS = ${JSON.stringify(data)};\n`;
}

/** manifest.xml with the development base URL replaced by the production one. */
export function rewriteManifest(xml: string, baseUrl: string): string {
  return baseUrl === DEV_BASE_URL ? xml : xml.split(DEV_BASE_URL).join(baseUrl);
}

export async function buildAddin(ctx: BuildContext): Promise<void> {
  const out = path.join(ctx.dist, 'addin');
  const gen = path.join(ctx.dist, '.gen', 'addin');
  mkdirSync(out, { recursive: true });
  mkdirSync(gen, { recursive: true });

  // 1. metadata, through custom-functions-metadata, in both languages
  for (const [lang, file] of [['vi', 'functions.json'], ['en', 'functions.en.json']] as const) {
    const decl = path.join(gen, `functions.${lang}.ts`);
    writeFileSync(decl, declarations(FUNCTIONS, lang));
    const meta = await metadataOf(decl);
    writeFileSync(path.join(out, file), JSON.stringify(meta, null, 2) + '\n');
  }

  // 2. functions.js: an iife over the registry, without the administrative-unit data
  const catalogues = functionCataloguesPlugin(ctx.root);
  const result = await build({
    entryPoints: [path.join(ctx.root, 'addin/functions.ts')],
    outfile: path.join(out, 'functions.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['es2020', 'chrome100', 'edge100', 'firefox100', 'safari15'],
    minify: true,
    charset: 'utf8',
    legalComments: 'eof',
    sourcemap: ctx.production ? false : 'linked',
    logLevel: 'error',
    // the data ships in admin-units.js; the bundle must not inline it
    metafile: true,
    plugins: [slimZodPlugin(ctx.root, ['core', 'addin']), catalogues.plugin, {
      name: 'no-bundled-admin-units',
      setup(b) {
        b.onResolve({ filter: /admin-units-2025\.json$|communes\/bundled/ }, (a) => ({ errors: [{ text: `functions.js must not bundle ${a.path}` }] }));
      },
    }],
  });
  catalogues.check(Object.keys(result.metafile.inputs));
  const size = statSync(path.join(out, 'functions.js')).size;
  // test/addin keeps the limit; the build only warns so other rooms' builds go on
  if (size > FUNCTIONS_JS_LIMIT) console.warn(`addin: functions.js is ${size} bytes, over the ${FUNCTIONS_JS_LIMIT}-byte budget`);
  writeFileSync(path.join(out, 'THIRD-PARTY-NOTICES.txt'), notices(ctx.root, Object.keys(result.metafile.inputs)));

  // 3. the administrative units, apart, with their licence
  writeFileSync(path.join(out, 'admin-units.js'), adminUnitsScript(ctx.root));

  // 4. icons (drawn by addin/icons.ts, committed in assets/), the help page, the manifest
  mkdirSync(path.join(out, 'assets'), { recursive: true });
  for (const s of ICON_SIZES) {
    const from = path.join(ctx.root, 'assets', `icon-${s}.png`);
    if (!existsSync(from)) throw new Error(`addin: ${from} is missing; run npx tsx addin/icons.ts`);
    copyFileSync(from, path.join(out, 'assets', `icon-${s}.png`));
  }
  writeFileSync(path.join(out, 'help.html'), helpPage(FUNCTIONS));
  const manifest = readFileSync(path.join(ctx.root, 'manifest.xml'), 'utf8');
  writeFileSync(path.join(out, 'manifest.xml'), rewriteManifest(manifest, ctx.baseUrl));
}
