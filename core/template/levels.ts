/**
 * Reading a threshold cell of the "Bộ tiêu chí" sheet with native spreadsheet formulas, so the
 * status columns work where the add-in is not installed and pick up the levels an office types
 * into the blank cells. Each threshold cell gets a block of helper cells on the hidden sheet
 * "_Nguong", row for row:
 *
 *   T      the text, trimmed              "≤ 6,5%"
 *   OP0    the comparison as written       "<="   ("num" for a bare number, "dat", "co", "khong", "text")
 *   REST   the text after the symbol       "6,5%"
 *   TOKEN  the number as written           "6,5"
 *   AFTER  what follows the number         "%"
 *   OK     AFTER is a unit, not more words TRUE
 *   NORM   the number with "." decimals    "6.5"
 *   NUM    the number                      6.5
 *   OP     the comparison used             "<="   ("text" when no number could be read)
 *
 * Only locale-independent functions are used (VALUE of digit strings, no NUMBERVALUE), so the
 * result is the same in a Vietnamese or an English Excel, in LibreOffice and in Google Sheets.
 * `mirrorLevel` computes the same cells in TypeScript: the builder writes them as cached results,
 * and the tests check that it, the recalculated formulas and the core's parseThreshold agree.
 */
import { str } from './spec.js';

/** Width of one threshold's helper block, and the offsets of its cells (1-based). */
export const BLOCK = 9;
export const OFF = { T: 1, OP0: 2, REST: 3, TOKEN: 4, AFTER: 5, OK: 6, NORM: 7, NUM: 8, OP: 9 } as const;

const DAT_WORDS = ['Đạt', 'Dat', 'Đạt chuẩn', 'Dat chuan', 'Phải đạt', 'Phai dat', 'Đạt yêu cầu', 'Dat yeu cau'];
const CO_WORDS = ['Có', 'Co'];
const KHONG_WORDS = ['Không', 'Khong', 'Không có', 'Khong co'];
const UNIT_STARTS: Array<[number, string]> = [
  [5, 'triệu'], [5, 'trieu'], [2, 'tỷ'], [2, 'ty'], [5, 'nghìn'], [5, 'nghin'], [4, 'đồng'], [4, 'dong'],
];
const NOT_IN_UNIT = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '%', ',', ';', ':', '-', '+', '=', '<', '>'];

function anyEq(ref: string, words: string[]): string {
  return `OR(${words.map((w) => `${ref}=${str(w)}`).join(',')})`;
}

/**
 * The nine formulas of one block. `src` is the threshold cell ("'Bộ tiêu chí'!F20"), `cell(k)`
 * the address of the block's k-th cell on the same row of "_Nguong".
 */
export function levelFormulas(src: string, cell: (k: number) => string): string[] {
  const T = cell(OFF.T);
  const OP0 = cell(OFF.OP0);
  const REST = cell(OFF.REST);
  const TOKEN = cell(OFF.TOKEN);
  const AFTER = cell(OFF.AFTER);
  const OK = cell(OFF.OK);
  const NORM = cell(OFF.NORM);
  const NUM = cell(OFF.NUM);
  const two = `OR(LEFT(${T},2)=">=",LEFT(${T},2)="<=",LEFT(${T},2)="=>",LEFT(${T},2)="=<")`;
  const wordy = `OR(${OP0}="",${OP0}="dat",${OP0}="co",${OP0}="khong",${OP0}="text")`;
  const pct = `SUBSTITUTE(${REST},"%"," ")`;
  const dots = (ref: string) => `(LEN(${ref})-LEN(SUBSTITUTE(${ref},".","")))`;
  const unitStart = UNIT_STARTS.map(([n, w]) => `LEFT(${AFTER},${n})=${str(w)}`).join(',');
  const plainUnit = `AND(LEN(${AFTER})<=40,SUMPRODUCT(--ISNUMBER(FIND({${NOT_IN_UNIT.map(str).join(',')}},${AFTER})))=0)`;
  const p = `FIND(".",${NORM})`;
  return [
    `=TRIM(""&${src})`,
    `=IF(${T}="","",IF(OR(LEFT(${T},1)="≥",LEFT(${T},2)=">=",LEFT(${T},2)="=>"),">=",IF(OR(LEFT(${T},1)="≤",LEFT(${T},2)="<=",LEFT(${T},2)="=<"),"<=",` +
      `IF(LEFT(${T},1)=">",">",IF(LEFT(${T},1)="<","<",IF(LEFT(${T},1)="=","=",IF(${anyEq(T, DAT_WORDS)},"dat",IF(${anyEq(T, CO_WORDS)},"co",` +
      `IF(${anyEq(T, KHONG_WORDS)},"khong",IF(ISNUMBER(FIND(LEFT(${T},1),"0123456789")),"num","text"))))))))))`,
    `=IF(${wordy},"",TRIM(MID(${T},IF(${OP0}="num",1,IF(${two},3,2)),250)))`,
    `=IF(${REST}="","",LEFT(${pct}&" ",FIND(" ",${pct}&" ")-1))`,
    `=IF(${REST}="","",SUBSTITUTE(TRIM(MID(${REST},LEN(${TOKEN})+1,250)),"m2","m²"))`,
    `=IF(${REST}="",FALSE,OR(${AFTER}="",${AFTER}="%",AND(LEFT(${AFTER},1)<>"%",OR(${unitStart},${plainUnit}))))`,
    `=IF(${TOKEN}="","",IF(ISNUMBER(FIND(",",${TOKEN})),SUBSTITUTE(SUBSTITUTE(${TOKEN},".",""),",","."),IF(${dots(TOKEN)}<>1,${TOKEN},` +
      `IF(AND(LEN(${TOKEN})-FIND(".",${TOKEN})=3,FIND(".",${TOKEN})<=4,LEFT(${TOKEN},1)<>"0"),SUBSTITUTE(${TOKEN},".",""),${TOKEN}))))`,
    `=IF(OR(${NORM}="",${OK}=FALSE),"",IFERROR(IF(${dots(NORM)}>1,"",IF(ISNUMBER(${p}),ROUND(VALUE(LEFT(${NORM},${p}-1))+VALUE(MID(${NORM},${p}+1,20))/10^LEN(MID(${NORM},${p}+1,20)),9),VALUE(${NORM}))),""))`,
    `=IF(${wordy},${OP0},IF(${NUM}="","text",IF(${OP0}="num",">=",${OP0})))`,
  ];
}

export interface MirroredLevel {
  T: string;
  OP0: string;
  REST: string;
  TOKEN: string;
  AFTER: string;
  OK: boolean;
  NORM: string;
  NUM: number | '';
  OP: string;
}

/** Excel's TRIM: no spaces at the ends, single spaces inside. */
function trim(s: string): string {
  return s.replace(/ +/g, ' ').replace(/^ | $/g, '');
}

function eqi(a: string, words: string[]): boolean {
  const l = a.toLowerCase();
  return words.some((w) => w.toLowerCase() === l);
}

/** What a spreadsheet shows for `""&value` (numbers as JavaScript writes them, the en-US result). */
export function cellText(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** The helper cells' values for a threshold cell, as the formulas compute them. */
export function mirrorLevel(value: string | number | boolean | null | undefined): MirroredLevel {
  const T = trim(cellText(value));
  let OP0 = '';
  if (T !== '') {
    const l1 = T.slice(0, 1);
    const l2 = T.slice(0, 2);
    if (l1 === '≥' || l2 === '>=' || l2 === '=>') OP0 = '>=';
    else if (l1 === '≤' || l2 === '<=' || l2 === '=<') OP0 = '<=';
    else if (l1 === '>') OP0 = '>';
    else if (l1 === '<') OP0 = '<';
    else if (l1 === '=') OP0 = '=';
    else if (eqi(T, DAT_WORDS)) OP0 = 'dat';
    else if (eqi(T, CO_WORDS)) OP0 = 'co';
    else if (eqi(T, KHONG_WORDS)) OP0 = 'khong';
    else if ('0123456789'.includes(l1)) OP0 = 'num';
    else OP0 = 'text';
  }
  const wordy = ['', 'dat', 'co', 'khong', 'text'].includes(OP0);
  const two = ['>=', '<=', '=>', '=<'].includes(T.slice(0, 2));
  const REST = wordy ? '' : trim(T.slice((OP0 === 'num' ? 1 : two ? 3 : 2) - 1, (OP0 === 'num' ? 1 : two ? 3 : 2) - 1 + 250));
  const pct = REST.replace(/%/g, ' ');
  const TOKEN = REST === '' ? '' : (pct + ' ').slice(0, (pct + ' ').indexOf(' '));
  const AFTER = REST === '' ? '' : trim(REST.slice(TOKEN.length, TOKEN.length + 250)).replace(/m2/g, 'm²');
  let OK = false;
  if (REST !== '') {
    const low = AFTER.toLowerCase();
    const unitStart = UNIT_STARTS.some(([n, w]) => low.slice(0, n) === w.toLowerCase());
    const plainUnit = AFTER.length <= 40 && !NOT_IN_UNIT.some((ch) => AFTER.includes(ch));
    OK = AFTER === '' || AFTER === '%' || (AFTER.slice(0, 1) !== '%' && (unitStart || plainUnit));
  }
  let NORM = '';
  if (TOKEN !== '') {
    const nDots = TOKEN.length - TOKEN.replace(/\./g, '').length;
    if (TOKEN.includes(',')) NORM = TOKEN.replace(/\./g, '').replace(/,/g, '.');
    else if (nDots !== 1) NORM = TOKEN;
    else {
      const p = TOKEN.indexOf('.') + 1;
      NORM = TOKEN.length - p === 3 && p <= 4 && TOKEN.slice(0, 1) !== '0' ? TOKEN.replace(/\./g, '') : TOKEN;
    }
  }
  let NUM: number | '' = '';
  if (NORM !== '' && OK) {
    const nDots = NORM.length - NORM.replace(/\./g, '').length;
    const digits = (s: string) => /^\d+$/.test(s);
    if (nDots <= 1) {
      const [a = '', b] = NORM.split('.');
      if (digits(a) && (b === undefined || digits(b))) NUM = b === undefined ? Number(a) : Number(`${a}.${b}`);
    }
  }
  const OP = wordy ? OP0 : NUM === '' ? 'text' : OP0 === 'num' ? '>=' : OP0;
  return { T, OP0, REST, TOKEN, AFTER, OK, NORM, NUM, OP };
}

/** The nine cached values of a block, in column order. */
export function mirrorValues(m: MirroredLevel): Array<string | number | boolean> {
  return [m.T, m.OP0, m.REST, m.TOKEN, m.AFTER, m.OK, m.NORM, m.NUM, m.OP];
}
