import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { text, type CommuneKind } from '../../core/index.js';
import { buildTemplate, type ContextEntry } from '../../core/template/index.js';
import { readContextMap } from '../../io/context-map.js';
import { renderWorkbook } from '../../io/template-xlsx.js';
import { CliError, langOf, loadPack, printJson, readBytes, reportError } from '../shared.js';

interface Opts {
  set?: string;
  province?: string;
  contextByCommune?: string;
  context?: string;
  year?: string;
  commune?: string;
  deadline?: string;
  office?: string;
  basicAt?: string;
  include?: string;
  out?: string;
  json?: boolean;
  lang?: string;
}

export function registerTemplateCommand(program: Command): void {
  program
    .command('template')
    .description('Tạo biểu mẫu tỉnh gửi các xã (.xlsx) / build the province template sent to communes')
    .requiredOption('--province <province>', 'tỉnh, thành phố (tên hoặc mã) / province')
    .option('--set <set>', 'bộ tiêu chí: mã có sẵn, tệp .json hoặc .xlsx có sheet "Bộ tiêu chí" / criteria set', 'vn-xa-ntm-2021-2025')
    .option('--context-by-commune <file>', 'vùng/nhóm của từng xã: .csv (cột Xã, Vùng/Nhóm) hoặc .json / region or group per commune')
    .option('--context <context>', 'vùng/nhóm mặc định cho các xã không có trong danh sách / default region or group')
    .option('--year <year>', 'năm đánh giá / year of the assessment')
    .option('--commune <commune>', 'chỉ tạo bảng tự đánh giá cho một xã / build for one commune only')
    .option('--deadline <date>', 'hạn gửi lại / deadline for returning the file')
    .option('--office <text>', 'nơi nhận, người liên hệ / who receives the files')
    .option('--basic-at <n>', 'số tiêu chí để "cơ bản đạt chuẩn" (mặc định 15) / criteria for "basically meets"')
    .option('--include <kinds>', 'loại đơn vị: xa,dac-khu (mặc định), thêm phuong / kinds of units listed')
    .option('--out <file>', 'tệp .xlsx ghi ra / output .xlsx')
    .option('--json', 'in thông tin dạng JSON / print what was built as JSON')
    .option('--lang <lang>', 'vi | en', 'vi')
    .action(async (o: Opts) => {
      const lang = langOf(o.lang);
      try {
        if (!o.out) throw new CliError(text('vi', 'template.out-required'), text('en', 'template.out-required'));
        if (!/\.xlsx$/i.test(o.out)) throw new CliError(text('vi', 'template.out-xlsx', { file: o.out }), text('en', 'template.out-xlsx', { file: o.out }));
        const pack = await loadPack(o.set);
        let map: ContextEntry[] | undefined;
        if (o.contextByCommune) map = readContextMap(new TextDecoder().decode(await readBytes(o.contextByCommune)), o.contextByCommune);
        let include: CommuneKind[] | undefined;
        if (o.include) {
          include = o.include.split(/[,;\s]+/).filter(Boolean).map((k) => k.toLowerCase().replace('dackhu', 'dac-khu')) as CommuneKind[];
          const bad = include.find((k) => !['xa', 'phuong', 'dac-khu'].includes(k));
          if (bad) throw new CliError(text('vi', 'template.bad-include', { value: bad }), text('en', 'template.bad-include', { value: bad }));
        }
        const now = new Date().getFullYear();
        const year = o.year ? Number(o.year) : Math.min(Math.max(now, pack.period.from), pack.period.to);
        const r = buildTemplate({
          pack, province: o.province!, year,
          ...(map ? { contextByCommune: map } : {}),
          ...(o.context ? { defaultContext: o.context } : {}),
          ...(o.commune ? { commune: o.commune } : {}),
          ...(o.deadline ? { deadline: o.deadline } : {}),
          ...(o.office ? { office: o.office } : {}),
          ...(o.basicAt ? { basicAt: Number(o.basicAt) } : {}),
          ...(include ? { include } : {}),
        });
        if (!r.ok) throw new CliError(r.errors.map((e) => e.vi).join('\n'), r.errors.map((e) => e.en).join('\n'));
        await writeFile(o.out, await renderWorkbook(r.workbook));
        for (const w of r.warnings) process.stderr.write(`${w[lang]}\n`);
        if (o.json) {
          printJson({ file: o.out, ...r.info, warnings: r.warnings });
          return;
        }
        console.log(r.info.commune
          ? text(lang, 'template.written-commune', { file: o.out, commune: r.info.commune.name, province: r.info.province.name })
          : text(lang, 'template.written', { file: o.out, communes: r.info.communes, province: r.info.province.name, sheets: r.info.sheets.length }));
      } catch (e) {
        reportError(e, lang);
      }
    });
}
