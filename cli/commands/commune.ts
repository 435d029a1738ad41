import type { Command } from 'commander';
import { findCommune, findProvince, labelOf, regionOf, successorsOf, getPack, text } from '../../core/index.js';
import { langOf, printJson } from '../shared.js';

export function registerCommuneCommand(program: Command): void {
  program
    .command('commune <nameOrCode>')
    .description('Tra cứu xã/phường sau sắp xếp 2025 / look up a commune after the 2025 reform')
    .option('--province <province>', 'tỉnh / province')
    .option('--json', 'JSON output')
    .option('--lang <lang>', 'vi | en', 'vi')
    .action((q: string, o: { province?: string; json?: boolean; lang?: string }) => {
      const lang = langOf(o.lang);
      const found = findCommune(q, o.province);
      const successors = found.ok ? [] : successorsOf(q, o.province);
      const pack = getPack('vn-xa-ntm-2021-2025')!;
      const describe = (c: NonNullable<ReturnType<typeof successorsOf>[number]>) => {
        const reg = regionOf(c.province);
        return { code: c.code, name: c.name, kind: c.kind, province: c.province, formedFrom: c.parts, region: reg.ok ? reg.region : null, regionCandidates: reg.ok ? [] : reg.candidates };
      };
      if (o.json) {
        if (found.ok) printJson({ ...describe(found.commune), provinceName: found.province.name });
        else printJson({ found: false, message: found.message, candidates: found.candidates.map(describe), successors: successors.map(describe) });
        if (!found.ok && successors.length === 0 && found.candidates.length === 0) process.exitCode = 1;
        return;
      }
      if (found.ok) {
        const c = found.commune;
        console.log(`${c.name} (${c.code}) — ${found.province.name}`);
        console.log(c.parts.length ? text(lang, 'cli.commune.formed-from', { parts: c.parts.join(', ') }) : text(lang, 'cli.commune.unchanged'));
        const reg = regionOf(c.province);
        console.log(reg.ok ? text(lang, 'cli.commune.region', { region: labelOf(pack, reg.region) }) : reg.message[lang]);
        return;
      }
      if (successors.length > 0) {
        console.log(text(lang, 'cli.commune.successors', { name: q, list: successors.map((s) => `${s.name} (${s.code}, ${findProvince(s.province)?.name ?? s.province})`).join('; ') }));
        return;
      }
      console.log(found.message[lang]);
      process.exitCode = 1;
    });
}
