import { describe, expect, it } from 'vitest';
import { builtinIds } from '../../packs/registry.js';
import { callFunction } from '../index.js';

describe('SETS', () => {
  it('lists every built-in set, seven columns each, with ids the other functions accept', () => {
    const out = callFunction('SETS', []) as unknown[][];
    expect(out.map((r) => r[0])).toEqual(builtinIds());
    for (const r of out) {
      expect(r).toHaveLength(7);
      expect(callFunction('NAME', ['1', r[0]])).toBe('Quy hoạch');
    }
  });

  it('shows how partial each set is: indicators known against the decision\'s count', () => {
    const out = callFunction('SETS', []) as unknown[][];
    for (const r of out) expect(r[5] as number).toBeLessThanOrEqual(r[4] as number);
  });
});
