import { describe, expect, it } from 'vitest';
import { catalogues, message } from './index.js';

describe('messages', () => {
  it('every catalogue has the same keys in Vietnamese and English', () => {
    for (const [room, c] of Object.entries(catalogues)) {
      expect(Object.keys(c.en).sort(), room).toEqual(Object.keys(c.vi).sort());
    }
  });

  it('no message is empty and every placeholder exists in both languages', () => {
    for (const [room, c] of Object.entries(catalogues)) {
      for (const k of Object.keys(c.vi)) {
        const vi = c.vi[k]!;
        const en = c.en[k]!;
        expect(vi.trim(), `${room}:${k}`).not.toBe('');
        expect(en.trim(), `${room}:${k}`).not.toBe('');
        const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(ph(en), `${room}:${k}`).toEqual(ph(vi));
      }
    }
  });

  it('keys do not collide across rooms', () => {
    const seen = new Map<string, string>();
    for (const [room, c] of Object.entries(catalogues)) {
      for (const k of Object.keys(c.vi)) {
        expect(seen.get(k), `${k} in ${room} and ${seen.get(k)}`).toBeUndefined();
        seen.set(k, room);
      }
    }
  });

  it('formats numbers the way each language writes them', () => {
    const m = message('rate.denominators-differ', { a: 1784, b: 1807 });
    expect(m.vi).toContain('1.784');
    expect(m.en).toContain('1,784');
  });
});
