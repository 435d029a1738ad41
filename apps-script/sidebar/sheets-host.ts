/**
 * The Google Sheets HostPort (ui/host.ts) inside the sidebar page: every operation is one
 * google.script.run call to a top-level server function (dist/apps-script/server.js), wrapped
 * in a promise (withSuccessHandler / withFailureHandler). The server does the Spreadsheet
 * service calls, a fixed number per operation; what crosses is JSON-like data only (no Date,
 * no undefined: the server turns dates into serial numbers, the report into rows here).
 */
import { reportToRows } from '../../core/annex/report.js';
import type { CheckReport, SheetData, WorkbookData } from '../../core/index.js';
import type { Bilingual, Lang } from '../../core/messages/index.js';
import type { SheetSpec } from '../../core/template/spec.js';
import type { CellMark, HostInfo, HostPort, SheetTemplate } from '../../ui/host.js';
import { readFailure } from '../server/errors.js';

/** The part of google.script.run the host uses: a runner whose server functions take arguments. */
export interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
  [server: string]: unknown;
}

/** An error from the server, with the bilingual text when the server sent one (the panel's `reason`). */
export class ServerError extends Error {
  readonly reason: Bilingual | undefined;
  constructor(message: string, reason?: Bilingual) {
    super(reason ? reason.vi : message);
    this.name = 'ServerError';
    this.reason = reason;
  }
}

function errorOf(e: unknown): ServerError {
  const msg = e instanceof Error ? e.message : typeof e === 'object' && e !== null && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return new ServerError(msg, readFailure(msg) ?? undefined);
}

export class SheetsHost implements HostPort {
  private documentName: string;

  constructor(private readonly run: () => ScriptRun, start: { documentName?: string } = {}) {
    this.documentName = start.documentName || 'Spreadsheet';
  }

  /** The name info() gives, as the server last told it. */
  setDocumentName(name: string): void {
    this.documentName = name;
  }

  /** Calls a server function; resolves with its answer, rejects with a ServerError. */
  call<T>(name: string, ...args: unknown[]): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const runner = this.run().withSuccessHandler((v) => resolve(v as T)).withFailureHandler((e) => reject(errorOf(e)));
      const fn = runner[name];
      if (typeof fn !== 'function') {
        reject(new ServerError(`google.script.run has no ${name}`));
        return;
      }
      (fn as (...a: unknown[]) => void).apply(runner, args);
    });
  }

  async info(): Promise<HostInfo> {
    return { kind: 'sheets', documentName: this.documentName };
  }

  async readActive(scope: 'used' | 'selection'): Promise<SheetData> {
    const r = await this.call<{ documentName: string; sheet: SheetData }>('ntmReadActive', scope);
    if (r.documentName) this.documentName = r.documentName;
    return r.sheet;
  }

  async readWorkbook(): Promise<WorkbookData> {
    const wb = await this.call<WorkbookData>('ntmReadWorkbook');
    if (wb.name) this.documentName = wb.name;
    return wb;
  }

  async writeReport(report: CheckReport, lang: Lang): Promise<void> {
    // rows of text and numbers only: what google.script.run can carry
    const rows = reportToRows(report, lang).map((r) => r.map((v) => (v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : v)));
    await this.call('ntmWriteReport', rows);
  }

  async highlight(marks: CellMark[]): Promise<void> {
    if (marks.length === 0) return;
    await this.call('ntmHighlight', marks.map((m) => ({ sheet: m.sheet, cell: m.cell, severity: m.severity })));
  }

  async clearHighlights(): Promise<void> {
    await this.call('ntmClearHighlights');
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.call('ntmSelectCell', sheet, cell);
  }

  async insertSheets(sheets: SheetTemplate[]): Promise<string[]> {
    return this.call<string[]>('ntmInsertSheets', sheets as SheetSpec[]);
  }
}
