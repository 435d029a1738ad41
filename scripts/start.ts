/**
 * npm start: checks the bundled sample workbook and prints the report.
 * (Later rooms extend this to build and serve the add-in and the browser playground.)
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sample = path.join('examples', 'xa-cam-thanh-2023.xlsx');
const r = spawnSync(process.execPath, [path.join(root, 'bin/ntm.js'), 'check', sample], { cwd: root, stdio: 'inherit' });
// the sample has real inconsistencies, so `ntm check` exits 1; that is the expected report
if (r.status !== 0 && r.status !== 1) process.exit(r.status ?? 1);
