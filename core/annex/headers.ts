import { key as keyOf } from '../text/index.js';
import type { Grid } from './grid.js';

/** What a column holds. */
export type Role =
  | 'tt' | 'code' | 'criterion' | 'wording' | 'required' | 'value' | 'rating'
  | 'tick-dat' | 'tick-chua' | 'tick-kdg' | 'note'
  | 'task' | 'lead' | 'owner' | 'deadline' | 'budget' | 'fund'
  | 'commune' | 'criteria-met' | 'indicators-met' | 'class' | 'target-year' | 'target-criteria'
  | 'numerator' | 'excluded' | 'denominator' | 'rate' | 'unit'
  /** one column per criterion in a roll-up ("TC1" … "TC19", "Tiêu chí 5") */
  | 'criterion-col';

/**
 * Header words, matched on the text folded to ASCII lower case with any "(…)" removed, so
 * "Người phụ trách", "NGUOI PHU TRACH" and "Người phụ trách:" read the same.
 */
const VOCAB: Array<[Role, RegExp]> = [
  ['tt', /^(tt|stt|so tt|so thu tu|thu tu)$/],
  ['criterion-col', /^(tc|tieu chi|tieu chi so)\s*0*\d{1,2}$/],
  ['code', /^(ma|ma so|ma chi tieu|ma tieu chi|so hieu|chi tieu so|ma ct|ma tc|ma nd)$/],
  ['tick-kdg', /^(khong danh gia|kdg)$/],
  ['tick-chua', /^(chua dat|khong dat)$/],
  ['tick-dat', /^(dat|da dat)$/],
  ['rating', /^(tu danh gia|danh gia|ket qua danh gia|ket qua tu danh gia|dat chua dat|dat hay chua dat|muc do dat|danh gia muc do dat|tinh trang|tu danh gia cua xa|xa tu danh gia|ket qua tham dinh|tham dinh|danh gia cua (xa|huyen|tinh))$/],
  ['criteria-met', /^(so tieu chi dat|tieu chi dat|so tc dat|tong so tieu chi dat|so tieu chi da dat|so tieu chi dat chuan|so tieu chi dat duoc|tieu chi da dat)( (den|nam|thang|hien nay|hien tai|ke hoach|thuc hien).*)?$/],
  ['target-criteria', /^(so tieu chi phan dau|tieu chi phan dau|phan dau|muc tieu|ke hoach|so tieu chi ke hoach|muc tieu so tieu chi|ke hoach (nam )?\d{4})( .*)?$/],
  ['indicators-met', /^(so chi tieu dat|chi tieu dat|tong so chi tieu dat|so chi tieu da dat)( (den|nam|thang).*)?$/],
  ['class', /^(xep loai|phan loai|ket qua xep loai|muc dat chuan|danh gia chung|muc do dat chuan|ket qua dat chuan|muc do)$/],
  ['target-year', /^(nam dat chuan|nam phan dau|nam ve dich|nam du kien dat chuan|du kien nam dat chuan|nam dich|nam phan dau dat chuan|thoi gian phan dau dat chuan|du kien dat chuan)$/],
  ['required', /^(chi tieu dat chuan|muc dat chuan|chuan|yeu cau|muc yeu cau|chi tieu chung|chi tieu theo quy dinh|nguong|muc quy dinh|chi tieu theo vung|quy dinh|muc chuan|theo quy dinh|chi tieu cua tinh|chi tieu theo bo tieu chi|chi tieu dat chuan theo quy dinh)$/],
  ['value', /^(ket qua|ket qua thuc hien|hien trang|thuc trang|gia tri|so lieu|ket qua dat duoc|thuc hien|ket qua ra soat|uoc thuc hien|hien trang .*|thuc trang .*|ket qua thuc hien .*|ket qua (nam|den) .*|uoc thuc hien .*|thuc hien (nam|den) .*|ket qua dat duoc .*)$/],
  ['note', /^(ghi chu|ghi chu giai trinh|giai trinh)$/],
  ['lead', /^(nguoi chi dao|lanh dao chi dao|chi dao|lanh dao phu trach|nguoi chi dao thuc hien)$/],
  ['owner', /^(nguoi phu trach|can bo phu trach|phu trach|don vi phu trach|chu tri|don vi chu tri|co quan chu tri|nguoi thuc hien|don vi thuc hien|co quan thuc hien|bo phan phu trach|cong chuc phu trach|co quan don vi chu tri|chu tri thuc hien)$/],
  ['deadline', /^(thoi gian|thoi gian hoan thanh|thoi han|han hoan thanh|tien do|thoi gian thuc hien|moc thoi gian|tien do hoan thanh|thoi han hoan thanh)$/],
  ['budget', /^(kinh phi|kinh phi du kien|kinh phi thuc hien|du toan|tong kinh phi|von|tong von|nhu cau von|kinh phi de xuat|du kien kinh phi|tong muc dau tu)$/],
  ['fund', /^(nguon von|nguon kinh phi|nguon|nguon von thuc hien)$/],
  ['commune', /^(xa|ten xa|xa phuong|ten don vi|dia phuong|xa thi tran|ten xa phuong|don vi hanh chinh|ten dia phuong|xa phuong thi tran)$/],
  ['numerator', /^(tu so|so ho|so luong|so nguoi|so lao dong|so ho ngheo|so ho can ngheo|so ho thuoc dien|so nguoi tham gia|so lao dong qua dao tao)$/],
  ['excluded', /^(loai tru|so loai tru|tru|khong tinh|so ho loai tru|so ho khong tinh|so ho duoc tru)( .*)?$/],
  ['denominator', /^(mau so|tong so|tong so ho|tong so dan|tong so ho dan cu|tong so nhan khau|tong so lao dong|tong so ho tren dia ban|tong so ho dan)$/],
  ['rate', /^(ty le|ti le|ty le phan tram|ty le dat|ty le %)$/],
  ['unit', /^(don vi tinh|dvt)$/],
  ['criterion', /^(ten tieu chi|tieu chi|tieu chi nong thon moi|ten tieu chi chi tieu|tieu chi chi tieu)$/],
  ['wording', /^(noi dung|noi dung tieu chi|noi dung chi tieu|ten chi tieu|chi tieu|noi dung danh gia|noi dung tieu chi chi tieu|hang muc|doi tuong|loai ho|chi tieu cu the)$/],
  ['task', /^(nhiem vu|noi dung cong viec|noi dung nhiem vu|cong viec|nhiem vu giai phap|nhiem vu cu the|noi dung thuc hien|cac nhiem vu|ten nhiem vu|danh muc cong trinh|danh muc nhiem vu|giai phap|ten cong trinh|noi dung cong viec can thuc hien)$/],
];

/** The role of one header text (already keyed), or null. */
export function roleOf(keyText: string): Role | null {
  const k = keyText.trim();
  if (k === '') return null;
  for (const [role, re] of VOCAB) if (re.test(k)) return role;
  return null;
}

function stripParens(text: string): { text: string; paren: string } {
  const parens: string[] = [];
  const t = text.replace(/\(([^)]*)\)/g, (_m, p: string) => {
    parens.push(p);
    return ' ';
  });
  return { text: t.replace(/\s+/g, ' ').trim(), paren: parens.join(' ') };
}

export interface Column {
  col: number;
  role: Role;
  /** The header texts from top to bottom. */
  labels: string[];
  /** Text in parentheses in the header ("triệu đồng", "%"). */
  unitHint?: string;
}

export interface HeaderBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
  columns: Column[];
  /** A numbering row under the header ("(1) (2) (3)" or "1 2 3") to skip. */
  numberingRow?: number;
}

function roleForColumn(parts: string[]): { role: Role | null; unitHint?: string } {
  // most specific (lowest) text first; a bare "Đạt" / "Chưa đạt" takes its meaning from above
  for (let i = parts.length - 1; i >= 0; i--) {
    const { text, paren } = stripParens(parts[i]!);
    const k = keyOf(text).replace(/:$/, '');
    let role = roleOf(k);
    if (!role && /^(so|ty le|ti le)$/.test(k) && i > 0) {
      const up = roleOf(keyOf(stripParens(parts[i - 1]!).text));
      if (up) role = up;
    }
    if (role) {
      const r: { role: Role | null; unitHint?: string } = { role };
      if (paren) r.unitHint = paren;
      else if (i > 0) {
        const upParen = stripParens(parts[i - 1]!).paren;
        if (upParen) r.unitHint = upParen;
      }
      return r;
    }
  }
  return { role: null };
}

/** Roles that say "this row is a header" strongly. */
const ANCHORS = new Set<Role>(['tt', 'code', 'criterion', 'wording', 'task', 'commune', 'numerator', 'denominator']);

/**
 * Looks for a header block starting at row `r`: the row must hold at least two header words,
 * one of them an anchor (TT, Mã, Tiêu chí, Nội dung, Nhiệm vụ, Xã …). Up to two more rows below
 * are taken as sub-headers when they sit under merged cells or hold header words themselves.
 */
export function headerAt(g: Grid, r: number): HeaderBlock | null {
  let hits = 0;
  let anchors = 0;
  let left = Infinity;
  let right = -1;
  for (let c = g.c0; c < g.cols; c++) {
    // a data row, not a header: a number or an indicator code in a cell
    const raw = g.raw(r, c);
    if (typeof raw === 'number' || (typeof raw === 'string' && /^\s*\d{1,3}([.,]\d{1,3}){0,2}\s*%?\s*$/.test(raw))) return null;
  }
  for (let c = g.c0; c < g.cols; c++) {
    const k = g.key(r, c);
    if (k === '' || k.length > 80) continue;
    const role = roleOf(keyOf(stripParens(g.text(r, c)).text));
    if (role) {
      hits++;
      if (ANCHORS.has(role)) anchors++;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  if (hits < 2 || anchors < 1) return null;
  // extend left/right over non-empty header cells and merged spans
  for (let c = g.c0; c < g.cols; c++) {
    if (g.headerText(r, c) !== '') {
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  let bottom = r;
  for (let rr = r + 1; rr <= r + 2 && rr < g.rows; rr++) {
    let sub = 0;
    let stray = 0;
    let coveredFromAbove = 0;
    let dataLike = false;
    for (let c = left; c <= right; c++) {
      const raw = g.raw(rr, c);
      if (typeof raw === 'number' || (typeof raw === 'string' && /^\s*\d{1,3}([.,]\d{1,3}){0,2}\s*%?\s*$/.test(raw))) dataLike = true;
      const m = g.master(rr, c);
      if (m.r < rr && m.r >= r) coveredFromAbove++;
      const t = g.text(rr, c);
      if (t === '') continue;
      // a sub-header sits under a parent header cell merged across columns ("Tự đánh giá" over
      // "Đạt" | "Chưa đạt"), or under an empty header cell of the block
      const parent = g.master(rr - 1, c);
      const parentSpansColumns = g.master(parent.r, Math.max(left, c - 1)).c === parent.c && c - 1 >= left && parent.c <= c - 1
        || (c + 1 <= right && g.master(rr - 1, c + 1).c === parent.c && g.master(rr - 1, c + 1).r === parent.r);
      const underEmpty = g.headerText(rr - 1, c) === '';
      const role = roleOf(keyOf(stripParens(t).text));
      if (role && (parentSpansColumns || underEmpty)) sub++;
      else stray++;
    }
    if (!dataLike && sub > 0 && stray === 0 && isSubHeader(g, rr, left, right)) {
      bottom = rr;
      continue;
    }
    if (coveredFromAbove > 0 && sub === 0 && stray === 0) {
      bottom = rr;
      continue;
    }
    break;
  }
  const columns: Column[] = [];
  for (let c = left; c <= right; c++) {
    const labels: string[] = [];
    for (let rr = r; rr <= bottom; rr++) {
      const t = g.headerText(rr, c);
      if (t !== '' && labels[labels.length - 1] !== t) labels.push(t);
    }
    if (labels.length === 0) continue;
    const { role, unitHint } = roleForColumn(labels);
    if (role) columns.push(unitHint ? { col: c, role, labels, unitHint } : { col: c, role, labels });
  }
  const block: HeaderBlock = { top: r, bottom, left, right, columns };
  // a numbering row: "(1) (2) (3)…", "1 2 3 …", "A B 1 2 …"
  const nr = bottom + 1;
  if (nr < g.rows) {
    let nums = 0;
    let other = 0;
    for (let c = left; c <= right; c++) {
      const t = g.text(nr, c);
      if (t === '') continue;
      if (/^\(?\s*(\d{1,2}|[A-Z])\s*\)?$/.test(t) || /^\(?\d+\s*[=+*\-/x]\s*.*\)?$/.test(t)) nums++;
      else other++;
    }
    if (nums >= 3 && other === 0) block.numberingRow = nr;
  }
  return block;
}

function isSubHeader(g: Grid, rr: number, left: number, right: number): boolean {
  // sub-header cells are short texts, no numbers-only data rows
  for (let c = left; c <= right; c++) {
    const t = g.text(rr, c);
    if (t.length > 60) return false;
  }
  return true;
}

export function columnsOf(block: HeaderBlock, role: Role): Column[] {
  return block.columns.filter((c) => c.role === role);
}

export function firstCol(block: HeaderBlock, role: Role): number | undefined {
  return block.columns.find((c) => c.role === role)?.col;
}

export function hasRole(block: HeaderBlock, ...roles: Role[]): boolean {
  return block.columns.some((c) => roles.includes(c.role));
}
