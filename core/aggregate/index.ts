/**
 * The province roll-up of returned commune workbooks (pure: files come in as WorkbookData) and
 * its summary workbook as a spec (rendered by io/template-xlsx.ts).
 */
export { rollupWorkbooks, DEFAULT_ROLLUP_INCLUDE } from './rollup.js';
export type { RollupFile, RollupOptions, RollupResult, CommuneRow, FileResult, FileStatus } from './rollup.js';
export { rollupToSpec } from './summary.js';
export { communeNames, communeCell, nameFromFile, identify } from './identify.js';
export type { NameFound, IdentifiedBy, Identification } from './identify.js';
