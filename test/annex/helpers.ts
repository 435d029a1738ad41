import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import '../../core/communes/bundled.js';
import { checkWorkbook, type CellValue, type CheckOptions, type CheckReport, type Issue } from '../../core/index.js';
import { readXlsx } from '../../io/xlsx.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export async function checkFixture(name: string, opts: CheckOptions = {}): Promise<CheckReport> {
  const bytes = new Uint8Array(await readFile(path.join(FIXTURES, name)));
  return checkWorkbook(await readXlsx(bytes, name), opts);
}

/** Checks rows given inline as one sheet (first row is A1). */
export function checkRows(rows: CellValue[][], opts: CheckOptions = {}, sheet = 'Sheet1', merges?: string[]): CheckReport {
  return checkWorkbook({ name: 'inline.xlsx', sheets: [{ name: sheet, values: rows, ...(merges ? { merges } : {}) }] }, opts);
}

export function allIssues(r: CheckReport): Issue[] {
  return [...r.issues, ...r.tables.flatMap((t) => t.issues)];
}

/** "code@Sheet!A1" for each issue, for compact expectations. */
export function where(r: CheckReport): string[] {
  return allIssues(r).map((i) => `${i.code}@${i.sheet}!${i.cell}`);
}

export function codes(r: CheckReport): string[] {
  return [...new Set(allIssues(r).map((i) => i.code))].sort();
}
