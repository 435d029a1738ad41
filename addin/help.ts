/**
 * help.html: the functions' help page (the manifest's SupportUrl and "learn more" link),
 * generated from the registry. Static text, every value escaped; no script.
 */
import { formatFormula, signature, type AnyFunctionSpec, type FunctionExample, type HostValueExample } from '../core/functions/index.js';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function resultText(r: HostValueExample): string {
  if (Array.isArray(r)) return r.map((row) => row.map((c) => (typeof c === 'number' ? String(c).replace('.', ',') : String(c))).join(' | ')).join(' ⏎ ');
  if (typeof r === 'object' && r !== null) return `${r.error} — ${r.vi}`;
  return typeof r === 'number' ? String(r).replace('.', ',') : String(r);
}

function example(f: AnyFunctionSpec, ex: FunctionExample): string {
  const excel = formatFormula(f.id, ex.args, 'excel', 'vi');
  const sheets = formatFormula(f.id, ex.args, 'sheets', 'vi');
  const note = ex.note ? `<br><small>${escapeHtml(ex.note.vi)}</small>` : '';
  return `<tr><td><code>${escapeHtml(excel)}</code><br><code>${escapeHtml(sheets)}</code></td><td>${escapeHtml(resultText(ex.result))}${note}</td></tr>`;
}

/** The page, Vietnamese first with the English description under each function. */
export function helpPage(functions: readonly AnyFunctionSpec[]): string {
  const sections = functions.map((f) => {
    const params = f.parameters.map((p) =>
      `<li><code>${escapeHtml(p.optional ? `[${p.name.vi}]` : p.name.vi)}</code>: ${escapeHtml(p.description.vi)}</li>`).join('');
    return [
      `<section id="${escapeHtml(f.id)}">`,
      `<h2>NTM.${escapeHtml(f.id)}</h2>`,
      `<p><code>${escapeHtml(signature(f, 'vi'))}</code></p>`,
      `<p>${escapeHtml(f.description.vi)}</p>`,
      `<p lang="en"><em>${escapeHtml(f.description.en)}</em></p>`,
      params ? `<ul>${params}</ul>` : '',
      `<table><thead><tr><th>Công thức (Excel / Google Sheets)</th><th>Kết quả</th></tr></thead><tbody>${f.examples.map((e) => example(f, e)).join('')}</tbody></table>`,
      '</section>',
    ].join('\n');
  });
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hàm NTM — hướng dẫn</title>
<style>
body{font-family:"Segoe UI",Arial,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.45}
code{background:#f3f3f3;padding:0 .2em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3em;text-align:left;vertical-align:top}
</style>
</head>
<body>
<h1>Hàm bảng tính Nông thôn mới (NTM)</h1>
<p>Excel: <code>=NTM.TÊN_HÀM(…)</code> · Google Sheets: <code>=NTM_TÊN_HÀM(…)</code>. Ví dụ viết theo máy đặt tiếng Việt (dấu <code>;</code> ngăn đối số, dấu phẩy thập phân); máy đặt tiếng Anh dùng <code>,</code> và dấu chấm.</p>
<p lang="en"><em>Excel spells the functions <code>=NTM.NAME(…)</code>, Google Sheets <code>=NTM_NAME(…)</code>. Examples use the Vietnamese locale (<code>;</code> between arguments, decimal comma).</em></p>
${sections.join('\n')}
</body>
</html>
`;
}

/** The examples the README shows, by function (indexes into each function's examples). */
export const README_EXAMPLES: Record<string, number[]> = { CHECK: [0, 7, 9], CLASS: [1] };

function shortResult(r: HostValueExample, lang: 'vi' | 'en'): string {
  const num = (n: number) => (Number.isInteger(n) ? String(n) : (lang === 'vi' ? n.toFixed(4).replace('.', ',') : n.toFixed(4)));
  if (Array.isArray(r)) {
    if (r.length === 1 && r[0]!.length === 1) return String(r[0]![0]);
    if (r.every((row) => row.length === 1)) return r.map((row) => String(row[0])).join(' / ');
    return lang === 'vi' ? `bảng ${r.length} dòng × ${r[0]!.length} cột` : `a ${r.length} × ${r[0]!.length} table`;
  }
  if (typeof r === 'object' && r !== null) return `${r.error} (${r.vi})`;
  return typeof r === 'number' ? num(r) : String(r);
}

/**
 * The README's table of functions, one row per example: Excel and Google Sheets spellings (with
 * the Vietnamese locale's separators for `vi`, the English ones for `en`) and the answer.
 */
export function readmeRows(functions: readonly AnyFunctionSpec[], lang: 'vi' | 'en'): string[] {
  const rows: string[] = [];
  for (const f of functions) {
    for (const i of README_EXAMPLES[f.id] ?? [0]) {
      const ex = f.examples[i]!;
      const cell = (s: string) => s.replace(/\|/g, '\\|');
      rows.push(`| \`${f.id}\` | \`${cell(formatFormula(f.id, ex.args, 'excel', lang))}\` | \`${cell(formatFormula(f.id, ex.args, 'sheets', lang))}\` | ${cell(shortResult(ex.result, lang))} |`);
    }
  }
  return rows;
}
