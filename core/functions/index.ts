/**
 * The spreadsheet functions: one registry, a small framework, one folder per function. This
 * file only re-exports.
 */
export * from './types.js';
export {
  defineFunction, invoke, evaluate, localize, coerce, toGrid, isAbsent, errorValue, isFunctionError, errorText,
  answersWithBlock, fail, failWith, FunctionFailure,
} from './framework.js';
export { FUNCTIONS, getFunction, callFunction } from './registry.js';
export { formatFormula, formatExample, exampleArgs, signature, hostName, NAMESPACE } from './format.js';
export type { FormulaHost, FormulaLocale } from './format.js';
export { packArg, packFromGrid, packCacheStats, clearPackCache, gridContent, hash53 } from './shared.js';
export { CHECK } from './check/index.js';
export { THRESHOLD } from './threshold/index.js';
export { STATUS } from './status/index.js';
export { CRITERIA } from './criteria/index.js';
export { UNMET } from './unmet/index.js';
export { COUNT } from './count/index.js';
export { CLASS } from './class/index.js';
export { POVERTY } from './poverty/index.js';
export { RATE } from './rate/index.js';
export { REGION } from './region/index.js';
export { NAME } from './name/index.js';
export { COMMUNE } from './commune/index.js';
export { SETS } from './sets/index.js';
