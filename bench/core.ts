/**
 * Benchmarks of the core: the evaluation of every commune of the country against the hand-written
 * floor, and the annex checks on a 10,000-row table.
 */
import '../core/communes/bundled.js';
import {
  checkWorkbook, communes, compilePlan, contextOf, getPack, levelFor, regionOf, type CellValue, type Pack, type Plan,
} from '../core/index.js';

export interface Dataset {
  pack: Pack;
  codes: string[];
  /** per commune: region id, values (fractions for rates, as hosts give percent cells), ratings */
  rows: Array<{ region: string; values: CellValue[] }>;
}

/** A deterministic dataset: all 3,321 communes × every indicator of the 2021-2025 pack. */
export function nationalDataset(): Dataset {
  const pack = getPack('vn-xa-ntm-2021-2025')!;
  const codes = pack.indicators.map((i) => i.code);
  const regions = pack.context.values.map((v) => v.id);
  let seed = 20251122;
  const rnd = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const rows = communes().map((c, n) => {
    const reg = regionOf(c.province);
    const region = reg.ok ? reg.region : reg.candidates[0] ?? regions[n % regions.length]!;
    const values: CellValue[] = pack.indicators.map((ind) => (ind.kind === 'rate' ? Math.round(rnd() * 10000) / 10000 : rnd() < 0.8 ? 'Đạt' : 'Chưa đạt'));
    return { region, values };
  });
  return { pack, codes, rows };
}

/** Through the core: one compiled plan per region, run over every commune. */
export function coreEvaluate(d: Dataset): number {
  const plans = new Map<string, Plan>();
  let met = 0;
  const formats = d.pack.indicators.map((i) => (i.kind === 'rate' ? 'percent' as const : undefined));
  for (const row of d.rows) {
    let plan = plans.get(row.region);
    if (!plan) {
      plan = compilePlan(d.pack, contextOf(d.pack, row.region), d.codes);
      plans.set(row.region, plan);
    }
    met += plan.count(row.values, undefined, formats).criteriaMet;
  }
  return met;
}

/**
 * The floor: the same comparisons written by hand over plain arrays, with the levels already in a
 * table — what a developer would write for this one pack and nothing else.
 */
export function baselineEvaluate(d: Dataset): number {
  const regions = d.pack.context.values.map((v) => v.id);
  const crit = d.pack.indicators.map((i) => Number(i.criterion));
  const levels = regions.map((r) => d.pack.indicators.map((ind) => {
    const lk = levelFor(ind, contextOf(d.pack, r));
    if (!lk.ok || lk.level.value === undefined) return { op: 0, value: 0 };
    const op = lk.level.op === '>=' ? 1 : lk.level.op === '>' ? 2 : lk.level.op === '<=' ? 3 : lk.level.op === '<' ? 4 : 5;
    return { op, value: lk.level.value };
  }));
  const regionIndex = new Map(regions.map((r, i) => [r, i] as const));
  const nCrit = d.pack.criteria.length;
  const rate = d.pack.indicators.map((i) => i.kind === 'rate');
  let met = 0;
  const ok = new Int8Array(nCrit + 1);
  for (const row of d.rows) {
    const lv = levels[regionIndex.get(row.region)!]!;
    ok.fill(-1);
    for (let k = 0; k < row.values.length; k++) {
      const v = row.values[k];
      const l = lv[k]!;
      let good: boolean;
      if (l.op !== 0 && typeof v === 'number') {
        const a = rate[k] ? v * 100 : v;
        good = l.op === 1 ? a >= l.value : l.op === 2 ? a > l.value : l.op === 3 ? a <= l.value : l.op === 4 ? a < l.value : a === l.value;
      } else good = v === 'Đạt';
      const c = crit[k]!;
      ok[c] = ok[c] === 0 ? 0 : good ? 1 : 0;
    }
    for (let c = 1; c <= nCrit; c++) if (ok[c] === 1) met++;
  }
  return met;
}

/** A 10,000-row indicator assessment in the offices' layout. */
export function bigAnnex(rows = 10_000): { name: string; sheets: Array<{ name: string; values: CellValue[][] }> } {
  const values: CellValue[][] = [
    ['UBND XÃ MẪU, tỉnh Thanh Hóa'],
    ['BẢNG TỰ ĐÁNH GIÁ CÁC CHỈ TIÊU NĂM 2024'],
    [],
    ['TT', 'Mã', 'Nội dung chỉ tiêu', 'Chỉ tiêu đạt chuẩn', 'Kết quả thực hiện', 'Tự đánh giá', 'Ghi chú'],
  ];
  for (let i = 0; i < rows; i++) {
    const crit = (i % 19) + 1;
    const code = `${crit}.${Math.floor(i / 19) % 99 + 1}`;
    values.push([i + 1, code, `Nội dung chỉ tiêu ${code}`, i % 5 === 0 ? '≥ 80%' : null, `${(i * 7) % 100}%`, i % 4 ? 'Đạt' : 'Chưa đạt', null]);
  }
  return { name: 'bang-lon.xlsx', sheets: [{ name: 'Tự đánh giá', values }] };
}

export function annexCheck(wb: ReturnType<typeof bigAnnex>): number {
  const r = checkWorkbook(wb);
  return r.tables.length + r.counts.error;
}
