/**
 * Province templates sent to communes: a neutral workbook description (spec.ts) built from a
 * criteria pack and the province's communes. Pure: adapters render it (io/template-xlsx.ts with
 * exceljs; the panel through HostPort.insertSheets).
 */
export type {
  WorkbookSpec, SheetSpec, CellScalar, CellStyle, FontSpec, StyledRange, Validation, ConditionalFormat, PrintSetup, DefinedName,
} from './spec.js';
export { workbookNames } from './spec.js';
export { buildTemplate } from './build.js';
export type { TemplateOptions, TemplateResult, TemplateInfo } from './build.js';
export { selectCommunes, pickCommune, DEFAULT_INCLUDE } from './communes.js';
export type { TemplateCommune, ContextEntry, CommuneSelection } from './communes.js';
export { mirrorLevel, levelFormulas } from './levels.js';
export type { MirroredLevel } from './levels.js';
export { SHEETS as TEMPLATE_SHEETS, ACELL as ASSESS_CELLS, AROW as ASSESS_ROWS, AC as ASSESS_COLUMNS } from './layout.js';
export { rollupSheet, ROLLUP, RC as ROLLUP_COLUMNS } from './sheets/rollup.js';
export type { RollupRow, RollupSheetOptions } from './sheets/rollup.js';
export { STATUS as TEMPLATE_STATUS } from './sheets/assess.js';
