#!/usr/bin/env node
// The `ntm` command. `npm ci` builds dist/cli/ntm.js (the "prepare" script); from a source
// checkout without a build, run `npm run build` first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/ntm.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('ntm: chưa build — chạy "npm run build" trước / not built yet: run "npm run build" first\n');
  process.exit(2);
}
await import(built);
