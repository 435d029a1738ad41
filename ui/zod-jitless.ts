/**
 * zod compiles its object parsers with `new Function` unless told not to, and probes for it as
 * soon as an object schema is made; the pages' CSP forbids eval, so the probe alone would be
 * reported as a violation. Imported first by every page entry (before core defines its schemas).
 */
import { config } from 'zod';

config({ jitless: true });
