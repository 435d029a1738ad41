import type { ResolvedContext } from '../../context/index.js';
import type { CommuneSettings } from '../../evaluate/commune.js';
import { makeIssue, type Issue, type IssueCode, type Severity } from '../../issues/index.js';
import type { Params } from '../../messages/index.js';
import type { Pack } from '../../packs/schema.js';
import { cellToText } from '../../values/index.js';
import { formatNumber } from '../../text/format.js';
import type { Grid } from '../grid.js';
import type { RecognisedTable } from '../recognise.js';
import type { RowResult, TableSummary } from '../types.js';

export interface CheckEnv {
  pack: Pack;
  /** null when the commune's context is unknown: only common levels and self-ratings apply. */
  ctx: ResolvedContext | null;
  year: number | undefined;
  settings: CommuneSettings;
}

export interface TableCheck {
  kind: RecognisedTable['kind'];
  summary: TableSummary;
  issues: Issue[];
  rows: RowResult[];
}

/** Collects issues of one table, each pointing at a cell. */
export class IssueSink {
  readonly issues: Issue[] = [];
  constructor(private readonly g: Grid) {}

  add(code: IssueCode, severity: Severity, r: number, c: number, key: string, params?: Params, hintKey?: string): void {
    const v = this.g.raw(r, c);
    const value = v === null || v === undefined ? null
      : typeof v === 'number' ? (this.g.format(r, c) === 'percent' ? formatNumber(Math.round(v * 1e6) / 1e4, 'vi') + '%' : v)
        : cellToText(v);
    this.issues.push(makeIssue(code, severity, { sheet: this.g.name, cell: this.g.addr(r, c), value }, key, params, hintKey));
  }
}

/** A context standing for "unknown": no region-specific level applies. */
export const NO_CONTEXT: ResolvedContext = { declared: null, flags: [], effective: '\u0000none', label: '?' };
