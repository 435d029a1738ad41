/**
 * Build targets, one file each. A room that ships a bundle adds its target here.
 */
import { buildAddin } from './addin.js';
import { buildAppsScript } from './apps-script.js';
import { buildCli } from './cli.js';
import type { BuildContext } from './context.js';
import { buildUi } from './ui.js';

export const targets: Record<string, (ctx: BuildContext) => Promise<void>> = {
  cli: buildCli,
  ui: buildUi,
  addin: buildAddin,
  'apps-script': buildAppsScript,
};
