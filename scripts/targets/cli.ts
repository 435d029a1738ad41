import { build } from 'esbuild';
import path from 'node:path';
import type { BuildContext } from './context.js';

/** dist/cli/ntm.js: the CLI as one ESM file for Node 20 (dependencies stay in node_modules). */
export async function buildCli(ctx: BuildContext): Promise<void> {
  await build({
    entryPoints: [path.join(ctx.root, 'cli/ntm.ts')],
    outfile: path.join(ctx.dist, 'cli/ntm.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}
