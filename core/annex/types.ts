import type { CommuneSettings } from '../evaluate/commune.js';
import type { Verdict } from '../evaluate/indicator.js';
import type { Issue, IssueCode, Severity } from '../issues/index.js';
import type { Bilingual } from '../messages/index.js';
import type { Pack } from '../packs/schema.js';

export type TableKind = 'indicator-assessment' | 'criteria-summary' | 'plan' | 'commune-rollup' | 'rate-worksheet';

/** What to check against. */
export interface CheckOptions {
  /** A pack, or a built-in pack id; a "Bộ tiêu chí" sheet in the workbook extends or replaces it. */
  pack?: Pack | string;
  /** Region / commune group as users type it ("BTB", "Nhóm 2", "BTB, ĐBKK"); found in the sheet's titles when absent. */
  context?: string;
  year?: number;
  settings?: Partial<CommuneSettings>;
  /** Use a "Bộ tiêu chí" sheet found in the workbook (default true). */
  usePackSheet?: boolean;
}

/** Per-table figures, as the table gives them (absent fields: the table does not give them). */
export interface TableSummary {
  criteriaMet?: number;
  criteriaTotal?: number;
  indicatorsMet?: number;
  indicatorsTotal?: number;
  /** Indicators whose verdict is the commune's own rating because the pack has no threshold. */
  selfRated?: number;
  /** Indicators with no verdict for want of a threshold (and no rating). */
  noThreshold?: number;
  class?: string;
  statusText?: Bilingual;
  /** commune-rollup */
  communes?: number;
  averageCriteria?: number;
  communesAtBasic?: number;
  basicAt?: number;
  communesMeetingAll?: number;
  failingMost?: Array<{ code: string; communes: number }>;
  /** plan */
  tasks?: number;
  budgetTotal?: number;
  /** rate-worksheet */
  rate?: number;
  numerator?: number;
  denominator?: number;
  rateVerdict?: Verdict;
  rateIndicator?: string;
}

/** One row's outcome, for panels that mark verdicts next to the table. */
export interface RowResult {
  /** A1 address of the cell that identifies the row (code or name). */
  cell: string;
  code: string;
  verdict: Verdict;
  /** A1 address of the value cell, when there is one. */
  valueCell?: string;
  text: Bilingual;
}

export interface TableReport {
  sheet: string;
  /** A1 range of the table, header included. */
  range: string;
  kind: TableKind | 'unrecognised';
  /** The title rows above the table, as text. */
  title?: string;
  summary: TableSummary;
  issues: Issue[];
  rows?: RowResult[];
}

export interface CheckReport {
  file: string;
  set: string;
  context: string | null;
  year?: number;
  tables: TableReport[];
  counts: Record<Severity, number>;
  /** Issues per code, most frequent first. */
  byCode: Array<{ code: IssueCode; severity: Severity; count: number }>;
  /** Issues that belong to no table (the pack sheet, the file). */
  issues: Issue[];
}
