import { readFile } from 'node:fs/promises';
import '../core/communes/bundled.js';
import { getPack, builtinIds, packFromJson, packFromSheet, text, type Lang, type Pack } from '../core/index.js';
import { isPackSheet } from '../core/annex/index.js';
import { readWorkbookFile, UnreadableFileError } from '../io/xlsx.js';

/** An error the CLI reports in both languages and exits with status 2. */
export class CliError extends Error {
  constructor(public readonly vi: string, public readonly en: string) {
    super(en);
  }
}

export function langOf(v: unknown): Lang {
  return v === 'en' ? 'en' : 'vi';
}

/**
 * A pack from what the user gave: a built-in id or alias ("318", "2026-2030"), a .json pack or
 * extension, or a workbook with a "Bộ tiêu chí" sheet.
 */
export async function loadPack(spec: string | undefined): Promise<Pack> {
  const s = spec ?? 'vn-xa-ntm-2021-2025';
  const builtin = getPack(s);
  if (builtin) return builtin;
  if (/\.json$/i.test(s)) {
    const r = packFromJson(await readText(s));
    if (!r.ok) throw new CliError(r.message.vi, r.message.en);
    return r.pack;
  }
  if (/\.(xlsx|csv)$/i.test(s)) {
    const wb = await readWorkbookFile(await readBytes(s), s);
    const sheet = wb.sheets.find((x) => isPackSheet(x.name)) ?? wb.sheets[0]!;
    const r = packFromSheet(sheet);
    if (!r.pack) {
      const first = r.issues[0];
      throw new CliError(first?.message.vi ?? 'Không đọc được bộ tiêu chí.', first?.message.en ?? 'Cannot read the criteria set.');
    }
    return r.pack;
  }
  const m = { value: s, valid: builtinIds().join(', ') };
  throw new CliError(text('vi', 'pack.unknown', m), text('en', 'pack.unknown', m));
}

export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new CliError(text('vi', 'io.not-found', { file: path }), text('en', 'io.not-found', { file: path }));
    }
    throw e;
  }
}

async function readText(path: string): Promise<string> {
  return new TextDecoder().decode(await readBytes(path));
}

export function reportError(e: unknown, lang: Lang): never {
  if (e instanceof CliError) {
    process.stderr.write(text(lang, 'cli.error', { message: lang === 'vi' ? e.vi : e.en }) + '\n');
    process.exit(2);
  }
  if (e instanceof UnreadableFileError) {
    process.stderr.write(text(lang, 'cli.error', { message: e.reason[lang] }) + '\n');
    process.exit(2);
  }
  throw e;
}

export function printJson(v: unknown): void {
  process.stdout.write(JSON.stringify(v, null, 2) + '\n');
}
