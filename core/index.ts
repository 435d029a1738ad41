/**
 * The NTM core: pure TypeScript, no DOM, no Office, no Apps Script. This file only re-exports;
 * each room lives in its folder.
 */
export * from './values/index.js';
export * from './thresholds/index.js';
export * from './packs/index.js';
export * from './context/index.js';
export * from './evaluate/index.js';
export * from './rates/index.js';
export * from './issues/index.js';
export * from './messages/index.js';
export * from './sheet/index.js';
export * from './annex/index.js';
export {
  findCommune, findProvince, successorsOf, regionOf, mergedStandard, communesOfProvince, provinces, communes,
  registerAdminUnits, hasAdminUnits, nameKey, STANDARDS, provinceNamedIn,
} from './communes/index.js';
export type { Commune, Province, CommuneLookup, RegionLookup, Standard, AdminUnitsRaw, CommuneKind } from './communes/index.js';
export { formatNumber, formatPercent } from './text/format.js';
export { foldDiacritics, cleanText, key as textKey } from './text/index.js';
export * from './template/index.js';
