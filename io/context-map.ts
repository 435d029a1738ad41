/**
 * The region or commune group of each commune, as an office lists it for `ntm template
 * --context-by-commune`: a CSV (columns "Xã" and "Vùng" or "Nhóm", optionally "Diện") or JSON
 * (`{"Xã An Bình": "Nhóm 1"}` or `[{"xa": "…", "nhom": "…"}]`).
 */
import type { ContextEntry } from '../core/template/communes.js';
import { message } from '../core/messages/index.js';
import { key } from '../core/text/index.js';
import { parseCsv, UnreadableFileError } from './xlsx.js';

const COMMUNE = /^(xa|ten xa|xa phuong|ten don vi|don vi|ma xa|ma dvhc|ma|commune|name)$/;
const CONTEXT = /^(vung|nhom|nhom xa|vung nhom|ngu canh|context|region|group|zone)$/;
const FLAGS = /^(dien|dien xa|loai xa|flags?)$/;

export function readContextMap(text: string, file: string): ContextEntry[] {
  const src = text.replace(/^\uFEFF/, '').trim();
  if (src === '') throw new UnreadableFileError(file, message('template.map-empty', { file }));
  if (/\.json$/i.test(file) || src.startsWith('{') || src.startsWith('[')) return fromJson(src, file);
  const rows = parseCsv(src).filter((r) => r.some((c) => c.trim() !== ''));
  if (rows.length === 0) throw new UnreadableFileError(file, message('template.map-empty', { file }));
  const head = rows[0]!.map((h) => key(h));
  let cC = head.findIndex((h) => COMMUNE.test(h));
  let cX = head.findIndex((h) => CONTEXT.test(h));
  const cF = head.findIndex((h) => FLAGS.test(h));
  let start = 1;
  if (cC < 0 || cX < 0) {
    if (head.length === 2 && !head.some((h) => COMMUNE.test(h) || CONTEXT.test(h))) {
      cC = 0;
      cX = 1;
      start = 0;
    } else throw new UnreadableFileError(file, message('template.map-columns', { file }));
  }
  const out: ContextEntry[] = [];
  for (let i = start; i < rows.length; i++) {
    const r = rows[i]!;
    const commune = (r[cC] ?? '').trim();
    const ctx = [(r[cX] ?? '').trim(), cF >= 0 ? (r[cF] ?? '').trim() : ''].filter(Boolean).join(', ');
    if (commune === '' && ctx === '') continue;
    out.push({ commune, context: ctx, where: `${file}, dòng ${i + 1}` });
  }
  if (out.length === 0) throw new UnreadableFileError(file, message('template.map-empty', { file }));
  return out;
}

function fromJson(src: string, file: string): ContextEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(src);
  } catch (e) {
    throw new UnreadableFileError(file, message('io.bad-json', { file, detail: (e as Error).message }));
  }
  const out: ContextEntry[] = [];
  if (Array.isArray(data)) {
    data.forEach((item, i) => {
      if (!item || typeof item !== 'object') return;
      const entries = Object.entries(item as Record<string, unknown>).map(([k, v]) => [key(k), v] as const);
      const commune = entries.find(([k]) => COMMUNE.test(k))?.[1];
      const ctx = entries.find(([k]) => CONTEXT.test(k))?.[1];
      const flags = entries.find(([k]) => FLAGS.test(k))?.[1];
      if (commune === undefined || ctx === undefined) return;
      out.push({ commune: String(commune), context: [String(ctx), flags ? String(flags) : ''].filter(Boolean).join(', '), where: `${file}, mục ${i + 1}` });
    });
  } else if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) out.push({ commune: k, context: String(v), where: `${file}, "${k}"` });
  }
  if (out.length === 0) throw new UnreadableFileError(file, message('template.map-columns', { file }));
  return out;
}
