import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { message, text, type CommuneKind, type Lang } from '../../core/index.js';
import { rollupToSpec, rollupWorkbooks, type RollupFile, type RollupResult } from '../../core/aggregate/index.js';
import { averageText } from '../../core/aggregate/summary.js';
import { renderWorkbook } from '../../io/template-xlsx.js';
import { readWorkbookFile, UnreadableFileError } from '../../io/xlsx.js';
import { CliError, langOf, loadPack, printJson, readBytes, reportError } from '../shared.js';

interface Opts {
  set?: string;
  province?: string;
  out?: string;
  json?: boolean;
  basicAt?: string;
  year?: string;
  include?: string;
  lang?: string;
}

/** The .xlsx files of the paths given: files as they are, folders searched (sub-folders too). */
async function collect(paths: string[], skip: string | null): Promise<string[]> {
  const out: string[] = [];
  const walk = async (p: string): Promise<void> => {
    let st;
    try {
      st = await stat(p);
    } catch {
      throw new CliError(text('vi', 'io.not-found', { file: p }), text('en', 'io.not-found', { file: p }));
    }
    if (st.isDirectory()) {
      for (const e of (await readdir(p)).sort()) {
        const f = path.join(p, e);
        const s = await stat(f);
        if (s.isDirectory()) await walk(f);
        else if (/\.xlsx$/i.test(e) && !e.startsWith('~$') && !e.startsWith('.~lock') && (!skip || path.resolve(f) !== skip)) out.push(f);
      }
    } else out.push(p);
  };
  for (const p of paths) await walk(p);
  return out;
}

function printText(r: RollupResult, lang: Lang): void {
  const t = r.totals;
  console.log(`${r.province?.name ?? ''} — ${r.set}`);
  console.log(text(lang, 'rollup.summary', {
    reported: t.reported, expected: t.expected, standard: t.meetingAll, basic: t.atBasic, basicAt: r.basicAt,
    average: averageText(t.average), files: t.files, unreadable: t.unreadable, duplicates: t.duplicates, merged: t.merged,
  }));
  const top = r.failingIndicators.slice(0, 5).map((f) => `${f.code} (${f.notMet}/${f.assessed})`);
  if (top.length) console.log(text(lang, 'rollup.failing', { list: top.join(', ') }));
  for (const f of r.files) {
    if (f.status === 'used') continue;
    const why = [f.reason?.[lang], ...f.notes.map((n) => n[lang])].filter(Boolean).join(' ');
    console.log(`  ${f.file}: ${message(`rollup.status.${f.status}`)[lang]}${why ? ` — ${why}` : ''}`);
  }
}

export function registerRollupCommand(program: Command): void {
  program
    .command('rollup <paths...>')
    .description('Tổng hợp các tệp xã gửi về (thư mục hoặc tệp .xlsx) / roll up the communes\' returned workbooks')
    .option('--set <set>', 'bộ tiêu chí của tỉnh: mã có sẵn, .json, hoặc tệp mẫu .xlsx đã gửi (mặc định: sheet "Bộ tiêu chí" của từng tệp) / the province\'s set')
    .option('--province <province>', 'tỉnh (mặc định: đọc từ tệp mẫu) / province (default: read from the templates)')
    .option('--out <file>', 'ghi bảng tổng hợp .xlsx / write the summary workbook')
    .option('--json', 'kết quả dạng JSON / JSON output')
    .option('--basic-at <n>', 'số tiêu chí để "cơ bản đạt chuẩn" (mặc định 15) / criteria for "basically meets"')
    .option('--year <year>', 'năm đánh giá / year of the assessment')
    .option('--include <kinds>', 'loại đơn vị: xa,dac-khu (mặc định), thêm phuong / kinds of units expected')
    .option('--lang <lang>', 'vi | en', 'vi')
    .action(async (paths: string[], o: Opts) => {
      const lang = langOf(o.lang);
      try {
        if (o.out && !/\.xlsx$/i.test(o.out)) throw new CliError(text('vi', 'template.out-xlsx', { file: o.out }), text('en', 'template.out-xlsx', { file: o.out }));
        const pack = o.set ? await loadPack(o.set) : undefined;
        const names = await collect(paths, o.out ? path.resolve(o.out) : null);
        if (names.length === 0) throw new CliError(text('vi', 'rollup.no-files', { path: paths.join(', ') }), text('en', 'rollup.no-files', { path: paths.join(', ') }));
        const files: RollupFile[] = [];
        for (const f of names) {
          const name = path.basename(f);
          try {
            files.push({ name, workbook: await readWorkbookFile(await readBytes(f), name) });
          } catch (e) {
            if (e instanceof UnreadableFileError) files.push({ name, error: e.reason });
            else files.push({ name, error: { vi: (e as Error).message, en: (e as Error).message } });
          }
        }
        const include = o.include ? o.include.split(/[,;\s]+/).filter(Boolean) as CommuneKind[] : undefined;
        const r = rollupWorkbooks(files, {
          ...(pack ? { pack } : {}),
          ...(o.province ? { province: o.province } : {}),
          ...(o.basicAt ? { basicAt: Number(o.basicAt) } : {}),
          ...(o.year ? { year: Number(o.year) } : {}),
          ...(include ? { include } : {}),
        });
        if (!r.province && !o.province) process.stderr.write(text(lang, 'rollup.province-unknown') + '\n');
        if (o.out) await writeFile(o.out, await renderWorkbook(rollupToSpec(r)));
        if (o.json) printJson({ ...r, pack: { id: r.pack.id, title: r.pack.title } });
        else {
          printText(r, lang);
          if (o.out) console.log(text(lang, 'rollup.written', { file: o.out }));
        }
      } catch (e) {
        reportError(e, lang);
      }
    });
}
