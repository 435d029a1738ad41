import type { Command } from 'commander';
import { checkWorkbook, reportToText, type Pack } from '../../core/index.js';
import { readWorkbookFile } from '../../io/xlsx.js';
import { readXlsxAuto } from '../../io/xlsx-stream.js';
import { langOf, loadPack, printJson, readBytes, reportError } from '../shared.js';

export function registerCheckCommand(program: Command): void {
  program
    .command('check <file>')
    .description('Kiểm tra phụ lục (.xlsx, .csv, .json) / check an annex workbook')
    .option('--set <set>', 'bộ tiêu chí: mã có sẵn, tệp .json hoặc .xlsx có sheet "Bộ tiêu chí" / criteria set')
    .option('--context <context>', 'vùng hoặc nhóm xã / region or commune group (default: read from the titles)')
    .option('--year <year>', 'năm đánh giá / year of the assessment')
    .option('--basic-at <n>', 'số tiêu chí để "cơ bản đạt chuẩn" / criteria for "basically meets" (default 15)')
    .option('--json', 'JSON report')
    .option('--lang <lang>', 'vi | en', 'vi')
    .action(async (file: string, o: { set?: string; context?: string; year?: string; basicAt?: string; json?: boolean; lang?: string }) => {
      const lang = langOf(o.lang);
      try {
        const pack: Pack = await loadPack(o.set);
        const wb = await readWorkbookFile(await readBytes(file), file, readXlsxAuto);
        const report = checkWorkbook(wb, {
          pack,
          ...(o.context ? { context: o.context } : {}),
          ...(o.year ? { year: Number(o.year) } : {}),
          ...(o.basicAt ? { settings: { basicAt: Number(o.basicAt) } } : {}),
        });
        if (o.json) printJson(report);
        else console.log(reportToText(report, lang));
        process.exitCode = report.counts.error > 0 ? 1 : 0;
      } catch (e) {
        reportError(e, lang);
      }
    });
}
