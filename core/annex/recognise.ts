import { message, type Bilingual } from '../messages/index.js';
import { rangeA1 } from '../sheet/index.js';
import { foldDiacritics } from '../text/index.js';
import { readDeclared, isSignatureLine, isTotalsLabel, type Declared } from './declared.js';
import type { Grid } from './grid.js';
import { hasRole, headerAt, type HeaderBlock } from './headers.js';
import type { TableKind } from './types.js';

export interface RecognisedTable {
  kind: TableKind | 'unrecognised';
  header: HeaderBlock;
  /** Rows holding data (not blank, not the numbering row, not declared lines or totals). */
  dataRows: number[];
  /** Totals rows inside the table ("Cộng", "Tổng cộng"). */
  totalsRows: number[];
  declared: Declared[];
  title: string[];
  /** Title and declared lines together, for context detection (province, year, region). */
  nearbyText: string[];
  lastRow: number;
  range: string;
  reason?: Bilingual;
}

const BLANK_RUN_ENDS_TABLE = 3;

/**
 * The table's kind from its columns. Assessment and summary tables share columns; the rows
 * decide between them later (indicator codes with dots, or one row per criterion).
 */
export function kindOf(h: HeaderBlock): TableKind | null {
  if (hasRole(h, 'denominator') && hasRole(h, 'numerator', 'rate')) return 'rate-worksheet';
  if (hasRole(h, 'commune') && (hasRole(h, 'criteria-met', 'indicators-met', 'class', 'target-criteria', 'target-year') ||
    h.columns.filter((c) => c.role === 'criterion-col').length >= 3)) return 'commune-rollup';
  if (hasRole(h, 'task', 'wording', 'criterion') && hasRole(h, 'owner', 'lead', 'deadline', 'budget', 'fund') &&
    !hasRole(h, 'value', 'rating', 'tick-dat', 'tick-chua')) return 'plan';
  if (hasRole(h, 'tt', 'code', 'wording', 'criterion') && hasRole(h, 'value', 'rating', 'tick-dat', 'tick-chua', 'required')) return 'indicator-assessment';
  return null;
}

function missingFor(h: HeaderBlock): string {
  if (hasRole(h, 'commune')) return '"Số tiêu chí đạt" / "Xếp loại"';
  if (hasRole(h, 'task')) return '"Người phụ trách" / "Thời gian hoàn thành" / "Kinh phí"';
  if (hasRole(h, 'numerator', 'rate')) return '"Tổng số hộ" (mẫu số)';
  return '"Kết quả thực hiện" / "Tự đánh giá" / "Đạt", "Chưa đạt"';
}

/**
 * Finds every table on a sheet: its header (one to three rows, merged cells resolved), the data
 * rows below it, the totals rows, the lines it declares ("Tổng số tiêu chí đạt: 17/19") and the
 * title rows above it.
 */
export function recogniseSheet(g: Grid): RecognisedTable[] {
  const tables: RecognisedTable[] = [];
  let r = g.r0;
  let prevEnd = g.r0 - 1;
  while (r < g.rows) {
    const header = headerAt(g, r);
    if (!header) {
      r++;
      continue;
    }
    const start = (header.numberingRow ?? header.bottom) + 1;
    const dataRows: number[] = [];
    const totalsRows: number[] = [];
    const declared: Declared[] = [];
    let blanks = 0;
    let last = header.bottom;
    let rr = start;
    for (; rr < g.rows; rr++) {
      if (g.isBlankRow(rr, header.left, Math.max(header.right, header.left))) {
        if (g.isBlankRow(rr)) {
          blanks++;
          if (blanks >= BLANK_RUN_ENDS_TABLE) break;
          continue;
        }
      }
      if (rr > start && headerAt(g, rr)) break;
      const first = firstText(g, rr);
      if (isSignatureLine(first)) break;
      const labelIsTotal = isTotalsLabel(first) || isTotalsLabel(g.text(rr, header.left)) || isTotalsLabel(g.text(rr, header.left + 1));
      const sentence = isSentence(g, rr, header);
      // a line below the table's columns, or a sentence across them, that declares figures
      const found = blanks > 0 || sentence || labelIsTotal ? readDeclared(g.rowText(rr), rr, firstCol(g, rr)) : [];
      if (found.length > 0) {
        declared.push(...found);
        if (labelIsTotal) totalsRows.push(rr);
        last = rr;
        blanks = 0;
        continue;
      }
      if (blanks > 0 && dataRows.length > 0 && sentence) {
        // prose after the table that declares nothing: the table ended
        break;
      }
      blanks = 0;
      if (labelIsTotal) {
        totalsRows.push(rr);
        last = rr;
        continue;
      }
      dataRows.push(rr);
      last = rr;
    }
    const title: string[] = [];
    for (let t = Math.max(prevEnd + 1, header.top - 8); t < header.top; t++) {
      const line = g.rowText(t);
      if (line !== '') title.push(line);
    }
    // declared lines may also stand above the table ("tiêu chí xã đạt là 11/19 tiêu chí")
    for (let t = Math.max(prevEnd + 1, header.top - 8); t < header.top; t++) {
      const line = g.rowText(t);
      if (line !== '') for (const d of readDeclared(line, t, firstCol(g, t))) if (!d.target) declared.push(d);
    }
    let kind: TableKind | 'unrecognised' = kindOf(header) ?? 'unrecognised';
    const table: RecognisedTable = {
      kind, header, dataRows, totalsRows, declared, title,
      nearbyText: [...title, ...declared.map((d) => d.text)],
      lastRow: last,
      range: rangeA1(header.top, header.left, Math.max(last, header.bottom), header.right),
    };
    if (kind === 'unrecognised') table.reason = message('annex.unrecognised-columns', { columns: missingFor(header) });
    if (dataRows.length === 0 && kind !== 'unrecognised') {
      kind = 'unrecognised';
      table.kind = kind;
      table.reason = message('annex.no-rows');
    }
    tables.push(table);
    prevEnd = last;
    r = Math.max(last + 1, header.bottom + 1);
  }
  return tables;
}

function firstCol(g: Grid, r: number): number {
  for (let c = g.c0; c < g.cols; c++) if (g.text(r, c) !== '') return c;
  return g.c0;
}

function firstText(g: Grid, r: number): string {
  for (let c = g.c0; c < g.cols; c++) {
    const t = g.text(r, c);
    if (t !== '') return t;
  }
  return '';
}

/** A row that is one long text (possibly merged across the table): prose, not a data row. */
function isSentence(g: Grid, r: number, h: HeaderBlock): boolean {
  let cells = 0;
  let longest = 0;
  for (let c = g.c0; c < g.cols; c++) {
    const t = g.text(r, c);
    if (t === '') continue;
    cells++;
    longest = Math.max(longest, t.length);
  }
  if (cells === 1 && longest >= 12) {
    const c = firstCol(g, r);
    // merged across the table, or standing in the first column with nothing else
    return g.master(r, c + 1).c === c || c <= h.left + 1;
  }
  return false;
}

/** Whether a sheet looks like instructions or our own report (not an annex to check). */
export function isSkippableSheet(name: string): boolean {
  const k = foldDiacritics(name).toLowerCase().trim();
  return /^(huong dan|bo tieu chi|bao cao kiem tra|ntm bao cao|instructions|readme|_)/.test(k) || k.startsWith('ntm_');
}
