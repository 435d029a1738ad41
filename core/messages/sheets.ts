/**
 * Messages of the Google Sheets add-on (apps-script/): the "NTM" menu, its dialogs and toasts,
 * the sidebar page around the shared panel, and the help the generated custom functions carry
 * in their JSDoc. Keys start with "sheets.".
 */
export const vi = {
  'sheets.menu.title': 'NTM',
  'sheets.menu.check': 'Kiểm tra phụ lục',
  'sheets.menu.template': 'Chèn mẫu',
  'sheets.menu.clear': 'Xóa đánh dấu',
  'sheets.menu.sidebar': 'Mở bảng điều khiển',

  'sheets.sidebar.title': 'NTM — Kiểm tra phụ lục',
  'sheets.sidebar.loading': 'Đang mở bảng điều khiển…',
  'sheets.sidebar.no-gas': 'Trang này là bảng điều khiển NTM trong Google Sheets: mở nó từ trình đơn NTM › Mở bảng điều khiển của bảng tính.',
  'sheets.sidebar.no-admin-units': 'Không tải được danh sách tỉnh, xã ({message}); vẫn kiểm tra được, nhưng chưa chèn mẫu được.',

  'sheets.check.title': 'Kiểm tra phụ lục NTM',
  'sheets.check.done': '{counts} Báo cáo ở sheet "{report}".',
  'sheets.check.marked': 'Đã tô màu {count} ô có vấn đề (NTM › Xóa đánh dấu để bỏ).',
  'sheets.check.no-tables': 'Không thấy bảng phụ lục nào trên sheet "{sheet}". Báo cáo ở sheet "{report}".',
  'sheets.clear.done': 'Đã xóa đánh dấu NTM; định dạng của bạn giữ nguyên.',
  'sheets.clear.none': 'Không có đánh dấu NTM nào để xóa.',

  'sheets.template.title': 'Chèn mẫu NTM',
  'sheets.template.ask-province': 'Tỉnh / thành phố của biểu mẫu (ví dụ: Thanh Hóa):',
  'sheets.template.ask-commune': 'Tên xã (để trống: biểu mẫu của cả tỉnh):',
  'sheets.template.failed': 'Không chèn được mẫu: {message}',

  'sheets.error.no-sheet': 'Không tìm thấy sheet "{sheet}".',
  'sheets.error.bad-cell': 'Địa chỉ ô "{cell}" không hợp lệ.',
  'sheets.error.failed': 'Không thực hiện được: {message}',

  'sheets.jsdoc.optional': '(không bắt buộc)',
  'sheets.jsdoc.return-scalar': 'Kết quả trong một ô; khi không tính được, ô báo lỗi và di chuột lên ô để xem lý do.',
  'sheets.jsdoc.return-block': 'Một bảng kết quả tràn sang các ô bên cạnh; ô nào không tính được ghi "#VALUE!" kèm lý do.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'sheets.menu.title': 'NTM',
  'sheets.menu.check': 'Check annex',
  'sheets.menu.template': 'Insert template',
  'sheets.menu.clear': 'Clear marks',
  'sheets.menu.sidebar': 'Open the panel',

  'sheets.sidebar.title': 'NTM — Annex check',
  'sheets.sidebar.loading': 'Opening the panel…',
  'sheets.sidebar.no-gas': 'This page is the NTM panel of Google Sheets: open it from the spreadsheet\'s NTM › Open the panel menu.',
  'sheets.sidebar.no-admin-units': 'The province and commune list could not be loaded ({message}); checks work, templates cannot be inserted yet.',

  'sheets.check.title': 'NTM annex check',
  'sheets.check.done': '{counts} The report is on the sheet "{report}".',
  'sheets.check.marked': 'Coloured {count} cells with issues (NTM › Clear marks removes them).',
  'sheets.check.no-tables': 'No annex table found on the sheet "{sheet}". The report is on the sheet "{report}".',
  'sheets.clear.done': 'NTM marks cleared; your own formatting is unchanged.',
  'sheets.clear.none': 'There are no NTM marks to clear.',

  'sheets.template.title': 'Insert NTM template',
  'sheets.template.ask-province': 'Province / city of the template (e.g. Thanh Hóa):',
  'sheets.template.ask-commune': 'Commune name (empty: the whole province\'s template):',
  'sheets.template.failed': 'The template could not be inserted: {message}',

  'sheets.error.no-sheet': 'There is no sheet "{sheet}".',
  'sheets.error.bad-cell': 'The cell address "{cell}" is not valid.',
  'sheets.error.failed': 'Could not complete: {message}',

  'sheets.jsdoc.optional': '(optional)',
  'sheets.jsdoc.return-scalar': 'The answer in one cell; when it cannot be computed the cell shows an error whose reason appears on hover.',
  'sheets.jsdoc.return-block': 'A table of answers spilling into the neighbouring cells; a cell that cannot be computed reads "#VALUE!" with the reason.',
};
