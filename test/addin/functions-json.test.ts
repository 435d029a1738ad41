import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersWithBlock, FUNCTIONS } from '../../core/functions/index.js';
import { declarations, metadataOf, type CustomFunctionsMetadata } from '../../scripts/targets/addin.js';
import { distFile } from './bundle.js';

const files = { vi: 'functions.json', en: 'functions.en.json' } as const;
const read = (f: string) => JSON.parse(readFileSync(distFile(f), 'utf8')) as CustomFunctionsMetadata;

describe('functions.json and functions.en.json', () => {
  for (const lang of ['vi', 'en'] as const) {
    describe(files[lang], () => {
      const meta = read(files[lang]);

      it('lists every registry function once, named by its id (=NTM.STATUS in every language)', () => {
        expect(meta.functions.map((f) => f.id)).toEqual(FUNCTIONS.map((f) => f.id));
        for (const f of meta.functions) {
          expect(f.name).toBe(f.id);
          expect(f.id).toMatch(/^[A-Z][A-Z0-9._]{2,127}$/);
        }
      });

      it(`describes functions and parameters in ${lang === 'vi' ? 'Vietnamese' : 'English'}, with the registry's parameter count, names and dimensionality`, () => {
        for (const spec of FUNCTIONS) {
          const f = meta.functions.find((x) => x.id === spec.id)!;
          expect(f.description).toBe(spec.description[lang]);
          expect(f.parameters).toHaveLength(spec.parameters.length);
          spec.parameters.forEach((p, i) => {
            const m = f.parameters[i]!;
            expect(m.name, `${spec.id} #${i}`).toBe(p.name[lang]);
            expect(m.description).toBe(p.description[lang]);
            // a range, or a cell that may be given as a range, reaches the function whole
            expect(m.dimensionality ?? 'scalar', `${spec.id}.${p.name.en}`).toBe(p.kind === 'range' || p.broadcast ? 'matrix' : 'scalar');
            expect(m.optional ?? false).toBe(p.optional ?? false);
            expect(m.type ?? 'any').toBe('any');
            expect(m.repeating).toBeUndefined();
          });
          expect(f.result.dimensionality ?? 'scalar', spec.id).toBe(answersWithBlock(spec) ? 'matrix' : 'scalar');
        }
      });

      it('is exactly what custom-functions-metadata makes of the registry\'s declarations', async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'ntm-cf-'));
        const file = path.join(dir, `functions.${lang}.ts`);
        writeFileSync(file, declarations(FUNCTIONS, lang));
        expect(await metadataOf(file)).toEqual(meta);
      });
    });
  }

  it('the Vietnamese file is in Vietnamese', () => {
    const vi = read('functions.json');
    const check = vi.functions.find((f) => f.id === 'CHECK')!;
    expect(check.parameters.map((p) => p.name)).toEqual(['mã_chỉ_tiêu', 'giá_trị', 'vùng', 'năm', 'bộ_tiêu_chí']);
    expect(check.description).toMatch(/^Kết quả một chỉ tiêu/);
    const en = read('functions.en.json');
    expect(en.functions.find((f) => f.id === 'CHECK')!.parameters.map((p) => p.name)).toEqual(['code', 'value', 'context', 'year', 'set_or_pack']);
  });
});
