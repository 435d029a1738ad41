export * as PackSchemas from './schema.js';
export type {
  Text, Source, Threshold, Indicator, IndicatorInput, Criterion, Context, ContextRule, Pack, PackInput,
  PackExtension, PackExtensionInput, LevelT,
} from './schema.js';
export { builtinPacks, builtinIds, getPack, definePack, defineExtension, DEFAULT_PACK_ID } from './registry.js';
export { extendPack } from './extend.js';
export { levelFor, findIndicator, criterionOfCode } from './levels.js';
export type { LevelLookup } from './levels.js';
export { packFromJson } from './json.js';
export type { PackJsonResult } from './json.js';
export { packFromSheet, packToRows, packDigest, PACK_SHEET_NAME } from './sheet.js';
export type { PackSheetResult, PackSheetLayout } from './sheet.js';
