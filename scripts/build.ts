/**
 * npm run build: every target in scripts/targets (dist/…). `--cli-only` builds just the CLI
 * (what `npm ci` runs through "prepare"); `--only a,b` builds the named targets.
 */
import { buildContext } from './targets/context.js';
import { targets } from './targets/index.js';

const args = process.argv.slice(2);
const ctx = buildContext();
let names = Object.keys(targets);
if (args.includes('--cli-only')) names = ['cli'];
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (only) names = only.split(',');
const started = Date.now();
for (const n of names) {
  const t = targets[n];
  if (!t) {
    console.error(`unknown build target ${n}; known: ${Object.keys(targets).join(', ')}`);
    process.exit(2);
  }
  await t(ctx);
}
if (!args.includes('--quiet')) console.log(`build: ${names.join(', ')} in ${Date.now() - started} ms`);
