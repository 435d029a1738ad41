/**
 * The panel as one bundle (dist/ui/panel.js, global `NTMPanel`) for hosts that inline it in
 * their own page, such as the Google Sheets sidebar:
 *   NTMPanel.mountPanel(document.getElementById('root'), host, { lang: 'vi' })
 */
import './zod-jitless.js';

export { mountPanel } from './panel.js';
export { templateExtension } from './actions/template.js';
export { rollupExtension } from './actions/rollup.js';
export type { PanelExtension, PanelContext, PanelOptions, PanelHandle } from './panel.js';
export type { HostPort, HostInfo, CellMark, SheetTemplate } from './host.js';
export { REPORT_SHEET } from './host.js';
