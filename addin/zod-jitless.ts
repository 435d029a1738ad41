/**
 * Imported first by functions.js: zod compiles object parsers with `new Function` unless told
 * not to, and the shared-runtime page forbids eval. Must run before core defines its schemas.
 */
import { config } from 'zod';

config({ jitless: true });
