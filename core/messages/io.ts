/** Messages about reading files (io/, the CLI, the roll-up). */
export const vi = {
  'io.not-xlsx': 'Không mở được tệp "{file}": không phải tệp Excel (.xlsx) hoặc tệp bị hỏng ({detail}).',
  'io.no-sheets': 'Tệp "{file}" không có sheet nào.',
  'io.bad-json': 'Tệp "{file}" không phải JSON hợp lệ: {detail}.',
  'io.old-xls': 'Tệp "{file}" là định dạng Excel cũ (.xls): hãy mở bằng Excel và lưu lại dưới dạng .xlsx.',
  'io.not-found': 'Không tìm thấy tệp "{file}".',
  'io.too-large': 'Tệp "{file}" quá lớn ({size} MB, tối đa {max} MB).',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'io.not-xlsx': 'Cannot open "{file}": not an Excel workbook (.xlsx) or the file is damaged ({detail}).',
  'io.no-sheets': 'The file "{file}" has no sheets.',
  'io.bad-json': 'The file "{file}" is not valid JSON: {detail}.',
  'io.old-xls': 'The file "{file}" is in the old Excel format (.xls): open it in Excel and save it as .xlsx.',
  'io.not-found': 'File "{file}" not found.',
  'io.too-large': 'The file "{file}" is too large ({size} MB, at most {max} MB).',
};
