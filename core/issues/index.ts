import { message, type Bilingual, type Params } from '../messages/index.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Stable issue codes (Frictionless-like). Never rename one after release: reports, tests and
 * users' own filters depend on them.
 */
export const ISSUE_CODES = [
  'missing-header',
  'unrecognised-table',
  'type-error',
  'out-of-range',
  'unknown-indicator',
  'duplicate-indicator',
  'missing-indicator',
  'missing-criterion',
  'status-mismatch',
  'count-mismatch',
  'average-mismatch',
  'rate-mismatch',
  'denominator-mismatch',
  'missing-owner',
  'invalid-deadline',
  'budget-type-error',
  'near-threshold',
  'ambiguous-value',
  'no-threshold',
  'missing-value',
  'threshold-mismatch',
  'duplicate-commune',
  'invalid-threshold',
  'invalid-context',
  'unreadable-file',
  'sheet-too-large',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

export interface Issue {
  code: IssueCode;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the issue is about ("" for a whole file). */
  cell: string;
  /** The cell's content as the user typed it (text, never HTML). */
  value: string | number | null;
  message: Bilingual;
  hint?: Bilingual;
}

export function makeIssue(
  code: IssueCode,
  severity: Severity,
  where: { sheet: string; cell: string; value?: string | number | null },
  key: string,
  params?: Params,
  hintKey?: string,
  hintParams?: Params,
): Issue {
  const issue: Issue = {
    code, severity, sheet: where.sheet, cell: where.cell, value: where.value ?? null,
    message: message(key, params),
  };
  if (hintKey) issue.hint = message(hintKey, hintParams ?? params);
  return issue;
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) c[i.severity]++;
  return c;
}
