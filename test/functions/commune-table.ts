import type { CellValue } from '../../core/values/types.js';

/**
 * A BTB commune's self-assessment as two columns: the 18 indicators the built-in 2021-2025 set
 * knows, and one row for each criterion it knows no indicator of (rated by the commune). Values
 * are what Excel passes: rates as fractions, ratings as text.
 */
export function btbCommune(overrides: Record<string, CellValue> = {}): { codes: CellValue[][]; values: CellValue[][] } {
  const rows: Array<[string, CellValue]> = [
    ['1', 'Đạt'], ['2', 'Đạt'],
    ['3.1', 0.85], ['3.2', 'Đạt'], ['4.2', 'Đạt'], ['5', 'Đạt'], ['6.2', 'Đạt'], ['7', 'Đạt'], ['8', 'Đạt'],
    ['9.1', 'Đạt'], ['9.2', 'Đạt'], ['10', 'Đạt'], ['11', 0.05], ['12.2', 'Đạt'], ['13.3', 'Đạt'], ['14.1', 'Đạt'],
    ['15.1', 'Đạt'], ['15.2', 'Đạt'], ['15.3', 0.2], ['15.4', 'Đạt'], ['16', 'Đạt'], ['17.1', 'Đạt'], ['17.7', 'Đạt'],
    ['18', 'Đạt'], ['19.2', 'Đạt'],
  ];
  return {
    codes: rows.map(([c]) => [c]),
    values: rows.map(([c, v]) => [c in overrides ? overrides[c]! : v]),
  };
}
