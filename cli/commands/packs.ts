import type { Command } from 'commander';
import {
  builtinPacks, contextOf, findIndicator, formatLevel, labelOf, levelFor, parseContext, text, type Lang, type Pack,
} from '../../core/index.js';
import { CliError, langOf, loadPack, printJson, reportError } from '../shared.js';

function contextValues(pack: Pack): string {
  return pack.context.values.map((v) => `${v.aliases[0] ?? v.id} (${v.name.vi})`).join(', ');
}

function resolveContext(pack: Pack, c: string | undefined) {
  if (c === undefined) return null;
  const r = parseContext(c, pack);
  if (!r.ok) throw new CliError(r.message.vi, r.message.en);
  return r.context;
}

export function registerPackCommands(program: Command): void {
  program
    .command('sets')
    .description('Liệt kê các bộ tiêu chí có sẵn / list the built-in criteria sets')
    .option('--json', 'JSON output')
    .option('--lang <lang>', 'vi | en', 'vi')
    .action((o: { json?: boolean; lang?: string }) => {
      const lang = langOf(o.lang);
      const packs = builtinPacks();
      if (o.json) {
        printJson(packs.map((p) => ({
          id: p.id, title: p.title, period: p.period, level: p.level, tier: p.tier, legalBasis: p.legalBasis.map((l) => l.ref),
          context: { kind: p.context.kind, values: p.context.values.map((v) => v.id) },
          criteria: p.totals?.criteria ?? p.criteria.length, indicators: p.totals?.indicators ?? p.indicators.length,
          indicatorsKnown: p.indicators.length, indicatorListComplete: p.indicatorListComplete,
        })));
        return;
      }
      console.log(text(lang, 'cli.sets.header'));
      for (const p of packs) {
        console.log('  ' + text(lang, 'cli.sets.line', {
          id: p.id, title: lang === 'en' ? p.title.en ?? p.title.vi : p.title.vi, criteria: p.totals?.criteria ?? p.criteria.length,
          indicators: p.totals?.indicators ?? p.indicators.length, known: p.indicators.length, context: p.context.values.map((v) => v.aliases[0] ?? v.id).join('/'),
        }));
      }
    });

  program
    .command('show <set>')
    .description('Xem bộ tiêu chí và ngưỡng / show a criteria set with its thresholds')
    .option('--context <context>', 'vùng hoặc nhóm xã / region or commune group (e.g. BTB, "Nhóm 2")')
    .option('--year <year>', 'năm / year')
    .option('--json', 'JSON output (the whole pack)')
    .option('--lang <lang>', 'vi | en', 'vi')
    .action(async (set: string, o: { context?: string; year?: string; json?: boolean; lang?: string }) => {
      const lang: Lang = langOf(o.lang);
      try {
        const pack = await loadPack(set);
        if (o.json) return printJson(pack);
        const ctx = resolveContext(pack, o.context);
        console.log(`${pack.id} — ${lang === 'en' ? pack.title.en ?? pack.title.vi : pack.title.vi}`);
        console.log(pack.legalBasis.map((l) => `${l.ref}${l.date ? ` (${l.date})` : ''}`).join('; '));
        console.log(text(lang, 'cli.show.context-values', { kind: lang === 'en' ? pack.context.name.en ?? pack.context.name.vi : pack.context.name.vi, values: contextValues(pack) }));
        for (const r of pack.context.rules) console.log(text(lang, 'cli.show.rule', { rule: lang === 'en' ? r.name.en ?? r.name.vi : r.name.vi, use: labelOf(pack, r.use), ref: r.source.ref }));
        if (!pack.indicatorListComplete) console.log(text(lang, 'cli.show.partial'));
        if (pack.indicators.some((i) => Object.values(i.thresholds).some((t) => !t.source.verified))) console.log(text(lang, 'cli.show.unverified'));
        console.log('');
        const year = o.year ? Number(o.year) : undefined;
        for (const c of pack.criteria) {
          console.log(`${c.code}. ${lang === 'en' ? c.name.en ?? c.name.vi : c.name.vi}`);
          for (const ind of pack.indicators.filter((i) => i.criterion === c.code)) {
            const wording = ind.wording ? (lang === 'en' ? ind.wording.en ?? ind.wording.vi : ind.wording.vi) : '';
            console.log(`   ${ind.code.padEnd(6)} ${wording}`);
            const ctxs = ctx ? [ctx] : pack.context.values.map((v) => contextOf(pack, v.id));
            const parts: string[] = [];
            for (const cx of ctxs) {
              const lk = levelFor(ind, cx, year);
              parts.push(`${cx.label}: ${lk.ok ? formatLevel(lk.level, lang) : text(lang, 'cli.show.unknown')}`);
            }
            console.log(`          ${parts.join(' · ')}`);
            const src = Object.values(ind.thresholds)[0]?.source;
            if (src) console.log(`          ${lang === 'vi' ? 'Nguồn' : 'Source'}: ${src.ref}${src.confidence ? ` [${text(lang, `confidence.${src.confidence}`)}]` : ''}`);
            for (const n of ind.notes) console.log(`          * ${n}`);
          }
        }
      } catch (e) {
        reportError(e, lang);
      }
    });

  program
    .command('threshold <code>')
    .description('Tra ngưỡng của một chỉ tiêu / the required level of an indicator')
    .option('--set <set>', 'bộ tiêu chí / criteria set', 'vn-xa-ntm-2021-2025')
    .requiredOption('--context <context>', 'vùng hoặc nhóm xã / region or commune group')
    .option('--year <year>', 'năm / year')
    .option('--json', 'JSON output')
    .option('--lang <lang>', 'vi | en', 'vi')
    .action(async (code: string, o: { set?: string; context: string; year?: string; json?: boolean; lang?: string }) => {
      const lang = langOf(o.lang);
      try {
        const pack = await loadPack(o.set);
        const ctx = resolveContext(pack, o.context)!;
        const ind = findIndicator(pack, code);
        const year = o.year ? Number(o.year) : undefined;
        const lk = ind ? levelFor(ind, ctx, year) : null;
        if (o.json) {
          const out = lk?.ok
            ? { code, op: lk.level.op, value: lk.level.value ?? null, unit: lk.level.unit ?? ind?.unit ?? null, text: formatLevel(lk.level, 'vi'), source: { ref: lk.source.ref, verified: lk.source.verified, confidence: lk.source.confidence ?? null }, context: ctx.label }
            : { code, op: null, value: null, unit: ind?.unit ?? null, text: null, source: null, context: ctx.label, known: !!ind,
              message: ind ? { vi: text('vi', 'cli.threshold.unknown', { code, context: ctx.label }), en: text('en', 'cli.threshold.unknown', { code, context: ctx.label }) }
                : { vi: text('vi', 'cli.threshold.not-in-set', { code, set: pack.id }), en: text('en', 'cli.threshold.not-in-set', { code, set: pack.id }) } };
          printJson(out);
          return;
        }
        if (!ind) {
          console.log(text(lang, 'cli.threshold.not-in-set', { code, set: pack.id }));
          process.exitCode = 1;
          return;
        }
        if (!lk?.ok) {
          console.log(text(lang, 'cli.threshold.unknown', { code, context: ctx.label }));
          process.exitCode = 1;
          return;
        }
        console.log(`${code} (${ctx.label}): ${formatLevel(lk.level, lang)}`);
        console.log(`  ${lang === 'vi' ? 'Nguồn' : 'Source'}: ${lk.source.ref}${lk.source.verified ? '' : lang === 'vi' ? ' — chưa đối chiếu văn bản gốc' : ' — not checked against the legal text'}`);
        if (ctx.rule) console.log('  ' + text(lang, 'context.rule', { rule: ctx.rule.name.vi, use: ctx.rule.use, ref: ctx.rule.source.ref }));
      } catch (e) {
        reportError(e, lang);
      }
    });
}
