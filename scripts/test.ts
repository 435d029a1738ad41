/**
 * npm test (after the build): runs vitest and ends with one plain line "N passed, N failed"
 * so any CI can read the outcome. Extra arguments go to vitest.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'test-output', 'vitest.json');
mkdirSync(path.dirname(out), { recursive: true });
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const r = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...process.argv.slice(2)], {
  cwd: root, stdio: 'inherit',
});
let line = '';
if (existsSync(out)) {
  const j = JSON.parse(readFileSync(out, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numTotalTests: number };
  line = `${j.numPassedTests} passed, ${j.numFailedTests} failed`;
  const skipped = j.numPendingTests + j.numTodoTests;
  if (skipped > 0) line += `, ${skipped} skipped`;
  if (j.numTotalTests === 0) {
    console.error('no test ran');
    process.exit(1);
  }
}
if (line) console.log(`\ntests: ${line}`);
process.exit(r.status ?? 1);
