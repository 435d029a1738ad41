import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbook, getPack, hasMessage, ISSUE_CODES, text, type CheckReport, type Issue, type WorkbookData } from '../../core/index.js';
import { readXlsx } from '../../io/xlsx.js';
import {
  allIssues, codeName, contextLine, contextSuggestions, countsLine, issueGroups, marksFor, readForm, setLine, summaryLines, valueText,
} from '../../ui/model.js';

const SAMPLE = path.resolve(import.meta.dirname, '../../examples/xa-cam-thanh-2023.xlsx');
let wb: WorkbookData;
let report: CheckReport;

beforeAll(async () => {
  wb = await readXlsx(readFileSync(SAMPLE), 'xa-cam-thanh-2023.xlsx');
  const form = readForm({ setId: 'vn-xa-ntm-2021-2025', context: '', year: '', scope: 'workbook' });
  if (!form.ok) throw new Error('the empty form must read');
  report = checkWorkbook(wb, form.options);
});

describe('readForm: what the panel asks the core for', () => {
  it('leaves an empty context and year to the table titles', () => {
    expect(readForm({ setId: 'vn-xa-ntm-2021-2025', context: '  ', year: '', scope: 'workbook' }))
      .toEqual({ ok: true, options: { pack: 'vn-xa-ntm-2021-2025' } });
  });

  it('passes the typed context (trimmed) and the year as a number', () => {
    expect(readForm({ setId: 'vn-xa-ntm-2026-2030', context: ' Nhóm 2 ', year: ' 2024 ', scope: 'used' }))
      .toEqual({ ok: true, options: { pack: 'vn-xa-ntm-2026-2030', context: 'Nhóm 2', year: 2024 } });
  });

  it('refuses a year that is not four digits, in both languages', () => {
    const r = readForm({ setId: 'vn-xa-ntm-2021-2025', context: '', year: '24', scope: 'workbook' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.field).toBe('year');
      expect(r.message.vi).toContain('"24"');
      expect(r.message.en).toContain('"24"');
    }
  });
});

describe('the sample report as the panel lays it out', () => {
  it('says the counts in words, from the report', () => {
    const c = report.counts;
    expect(c.error + c.warning + c.info).toBeGreaterThan(0);
    expect(countsLine(report, 'vi')).toBe(`${c.error + c.warning + c.info} vấn đề: ${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} lưu ý`);
    expect(countsLine(report, 'en')).toContain(`${c.error} errors`);
  });

  it('groups issues by sheet in workbook order, each in sheet order', () => {
    const groups = issueGroups(report);
    expect(groups.map((g) => g.sheet)).toEqual(['Hộ nghèo', 'Kế hoạch']);
    const poverty = groups[0]!.issues;
    expect(poverty.map((i) => i.cell)).toEqual(['F5', 'E6', 'F6', 'F7']);
    expect(groups.flatMap((g) => g.issues)).toHaveLength(allIssues(report).length);
  });

  it('filters by issue code: the poverty sheet\'s denominator mismatch alone', () => {
    const groups = issueGroups(report, 'denominator-mismatch');
    expect(groups).toHaveLength(1);
    const [i] = groups[0]!.issues;
    expect(i).toMatchObject({ sheet: 'Hộ nghèo', cell: 'E6', severity: 'error', value: 1807 });
    expect(i!.message.vi).toContain('1.807');
    expect(i!.message.vi).toContain('1.784');
    expect(valueText(i!.value, 'vi')).toBe('Giá trị: «1807»');
  });

  it('tells where the context came from and which set was used', () => {
    expect(contextLine(report, '', 'vi')).toBe('BTB (lấy từ tiêu đề bảng)');
    expect(contextLine(report, 'BTB', 'en')).toBe('BTB (chosen)');
    expect(setLine(report, 'vn-xa-ntm-2021-2025', 'vi')).toBe('vn-xa-ntm-2021-2025');
    expect(setLine({ ...report, set: 'tinh-thanh-hoa' }, 'vn-xa-ntm-2021-2025', 'vi')).toContain('sheet "Bộ tiêu chí"');
  });

  it('shows each table\'s figures as the core computed them', () => {
    const rate = report.tables.find((t) => t.kind === 'rate-worksheet')!;
    expect(summaryLines(rate, 'vi').join(' ')).toContain('220/1.784');
    const plan = report.tables.find((t) => t.kind === 'plan')!;
    expect(summaryLines(plan, 'vi')).toContain(text('vi', 'summary.plan', { tasks: plan.summary.tasks, budget: plan.summary.budgetTotal ?? 0 }));
    const assess = report.tables.find((t) => t.kind === 'indicator-assessment')!;
    expect(summaryLines(assess, 'en')[0]).toBe(assess.summary.statusText!.en);
  });
});

describe('marks', () => {
  const issue = (cell: string, severity: Issue['severity'], sheet = 'S'): Issue =>
    ({ code: 'rate-mismatch', severity, sheet, cell, value: null, message: { vi: 'x', en: 'x' } });

  it('one mark per cell, the most severe colour, none for file-level issues', () => {
    const marks = marksFor([issue('A1', 'warning'), issue('A1', 'error'), issue('B2', 'info'), issue('', 'error'), issue('A1', 'info', 'T')]);
    expect(marks).toEqual([
      { sheet: 'S', cell: 'A1', severity: 'error' },
      { sheet: 'S', cell: 'B2', severity: 'info' },
      { sheet: 'T', cell: 'A1', severity: 'info' },
    ]);
  });

  it('marks on the sample are the cells of its issues', () => {
    const marks = marksFor(allIssues(report));
    expect(marks.find((m) => m.cell === 'E6' && m.sheet === 'Hộ nghèo')?.severity).toBe('error');
    expect(marks).toHaveLength(new Set(allIssues(report).map((i) => `${i.sheet}!${i.cell}`)).size);
  });
});

describe('names and suggestions', () => {
  it('every issue code has a name in both languages', () => {
    for (const code of ISSUE_CODES) {
      expect(hasMessage(`ui.code.${code}`), code).toBe(true);
      expect(codeName(code, 'vi'), code).not.toBe(codeName(code, 'en'));
    }
    expect(codeName('denominator-mismatch', 'vi')).toBe('Mẫu số không thống nhất');
  });

  it('suggests the regions of the 2021-2025 set and the ĐBKK rule, each of which the core reads', () => {
    const pack = getPack('vn-xa-ntm-2021-2025')!;
    const s = contextSuggestions(pack).map((x) => x.value);
    expect(s).toContain('BTB');
    expect(s).toContain('TDMNPB');
    expect(s.some((v) => v.endsWith('ĐBKK'))).toBe(true);
    for (const v of s) {
      const r = checkWorkbook({ name: 'x', sheets: [] }, { context: v });
      expect(r.issues.filter((i) => i.code === 'invalid-context'), v).toEqual([]);
    }
  });

  it('suggests the commune groups of the 2026-2030 set', () => {
    const s = contextSuggestions(getPack('vn-xa-ntm-2026-2030')!).map((x) => x.value);
    expect(s.length).toBeGreaterThanOrEqual(3);
    for (const v of s) expect(checkWorkbook({ name: 'x', sheets: [] }, { pack: 'vn-xa-ntm-2026-2030', context: v }).issues, v).toEqual([]);
  });
});
