/**
 * Messages of the core (values, packs, evaluation, rates, communes). Each room keeps its own
 * file; index.ts joins them and a test checks that Vietnamese and English have the same keys.
 */
export const vi = {
  'verdict.dat': 'Đạt',
  'verdict.chua-dat': 'Chưa đạt',
  'verdict.khong-danh-gia': 'Không đánh giá',
  'verdict.thieu-so-lieu': 'Thiếu số liệu',
  'verdict.chua-co-nguong': 'Chưa có ngưỡng',
  'verdict.loi': 'Lỗi',

  'class.dat-chuan': 'Đạt chuẩn',
  'class.co-ban': 'Cơ bản đạt chuẩn (còn thiếu {missing} tiêu chí)',
  'class.chua-dat': 'Chưa đạt chuẩn (còn thiếu {missing} tiêu chí)',

  'status.line': '{criteriaMet}/{criteriaTotal} tiêu chí, {indicatorsMet}/{indicatorsTotal} chỉ tiêu — {class}',

  'reason.no-threshold': 'Chưa có ngưỡng cho chỉ tiêu {code} ở {context}. Nhập mức yêu cầu vào sheet "Bộ tiêu chí" của tệp.',
  'reason.no-threshold-year': 'Chỉ tiêu {code} có mức theo năm nhưng chưa có mức cho năm {year}. Nhập mức vào sheet "Bộ tiêu chí".',
  'reason.needs-year': 'Chỉ tiêu {code} có mức theo từng năm: hãy cho biết năm đánh giá.',
  'reason.no-value': 'Chưa nhập giá trị cho chỉ tiêu {code}.',
  'reason.unreadable': 'Không đọc được giá trị "{value}" của chỉ tiêu {code}.',
  'reason.host-error': 'Ô giá trị của chỉ tiêu {code} đang báo lỗi {value}.',
  'reason.wrong-kind': 'Chỉ tiêu {code} cần {expected}, nhưng ô ghi "{value}".',
  'reason.declared': 'Theo tự đánh giá của xã ({declared}); bộ tiêu chí chưa có ngưỡng để đối chiếu.',
  'reason.text-level': 'Mức yêu cầu mô tả bằng lời ({level}); kết quả theo tự đánh giá của xã.',
  'reason.not-applicable': 'Chỉ tiêu {code} không đánh giá ở xã này.',
  'reason.declared-mismatch': 'Xã tự đánh giá "{declared}" nhưng giá trị {value} so với mức {level} là "{computed}".',
  'reason.near': 'Giá trị {value} rất sát ngưỡng {level}: làm tròn khi hiển thị có thể cho kết quả khác.',
  'reason.unverified': 'Mức {level} lấy từ {ref}, chưa đối chiếu với văn bản gốc ({confidence}).',
  'reason.ambiguous-separator': '"{value}" được đọc là {read} (dấu phẩy thập phân); nếu ý là {alt} hãy viết {alt_text}.',
  'reason.ambiguous-fraction': 'Số {value} trong ô không rõ định dạng được hiểu là {read}% (ô phần trăm); nếu ý là {value}% hãy ghi "{value}%".',
  'reason.unknown-code': 'Mã {code} không có trong bộ tiêu chí {set}.',

  'expected.number': 'một số',
  'expected.rate': 'một tỷ lệ (%)',
  'expected.yesno': '"Có" hoặc "Không"',
  'expected.rating': '"Đạt" hoặc "Chưa đạt"',

  'confidence.two-sources': 'hai nguồn độc lập',
  'confidence.one-source': 'một nguồn',
  'confidence.seed': 'theo kế hoạch của địa phương',
  'confidence.inferred': 'suy luận, cần kiểm tra',
  'confidence.uncertain': 'chưa chắc chắn',
  'confidence.office': 'do văn phòng nhập',

  'context.unknown': 'Không nhận ra vùng/nhóm xã "{value}". Các giá trị hợp lệ: {valid}.',
  'context.missing': 'Chưa cho biết {kind} của xã. Các giá trị hợp lệ: {valid}.',
  'context.rule': '{rule}: áp dụng mức của vùng {use} ({ref}).',

  'pack.unknown': 'Không có bộ tiêu chí "{value}". Các bộ có sẵn: {valid}.',
  'pack.missing-column': 'Sheet "Bộ tiêu chí" thiếu cột {column}.',
  'pack.no-header': 'Không tìm thấy dòng tiêu đề của sheet "Bộ tiêu chí" (cần ít nhất cột "Mã" và một cột ngưỡng).',
  'pack.bad-code': 'Mã chỉ tiêu "{value}" không hợp lệ (ví dụ đúng: 5, 2.2, 17.10).',
  'pack.bad-threshold': 'Không đọc được mức "{value}" (ví dụ: ≥70%, ≤6,5%, từ 80% trở lên, Đạt).',
  'pack.bad-year': 'Năm "{value}" không hợp lệ.',
  'pack.duplicate': 'Chỉ tiêu {code} lặp lại (đã có ở dòng {first}).',
  'pack.bad-criterion': 'Không xác định được tiêu chí của chỉ tiêu {code}.',
  'pack.bad-kind': 'Loại chỉ tiêu "{value}" không hợp lệ (tỷ lệ, số, có/không, đạt/chưa đạt, văn bản).',
  'pack.unknown-base': 'Bộ tiêu chí gốc "{value}" không có sẵn.',
  'pack.invalid': 'Bộ tiêu chí không hợp lệ: {detail}',
  'pack.empty': 'Sheet "Bộ tiêu chí" không có chỉ tiêu nào.',

  'rate.zero-denominator': 'Mẫu số bằng 0: không tính được tỷ lệ.',
  'rate.negative': 'Số âm không hợp lệ cho {what}.',
  'rate.excess': 'Số loại trừ ({excluded}) lớn hơn số hộ ({count}).',
  'rate.over': 'Tử số ({numerator}) lớn hơn mẫu số ({denominator}).',
  'rate.denominators-differ': 'Hộ nghèo và hộ cận nghèo được chia cho hai tổng số hộ khác nhau ({a} và {b}).',

  'commune.not-found': 'Không tìm thấy xã/phường "{value}".',
  'commune.ambiguous': '"{value}" trùng tên ở {count} nơi: {places}. Hãy ghi kèm tỉnh hoặc mã.',
  'commune.region-ambiguous': 'Tỉnh {province} hình thành từ {old}, thuộc nhiều vùng ({regions}): hãy cho biết vùng của xã.',
  'commune.region-ask': 'Quảng Ninh được xếp vùng khác nhau giữa các nguồn (TDMNPB hoặc ĐBSH): hãy cho biết vùng.',
} as const;

export type CoreKey = keyof typeof vi;

export const en: Record<CoreKey, string> = {
  'verdict.dat': 'Met',
  'verdict.chua-dat': 'Not met',
  'verdict.khong-danh-gia': 'Not assessed',
  'verdict.thieu-so-lieu': 'No value',
  'verdict.chua-co-nguong': 'No threshold',
  'verdict.loi': 'Error',

  'class.dat-chuan': 'Meets the standard',
  'class.co-ban': 'Basically meets the standard ({missing} criteria missing)',
  'class.chua-dat': 'Does not meet the standard ({missing} criteria missing)',

  'status.line': '{criteriaMet}/{criteriaTotal} criteria, {indicatorsMet}/{indicatorsTotal} indicators — {class}',

  'reason.no-threshold': 'No threshold for indicator {code} in {context}. Enter the required level in the workbook\'s "Bộ tiêu chí" sheet.',
  'reason.no-threshold-year': 'Indicator {code} has a level per year but none for {year}. Enter it in the "Bộ tiêu chí" sheet.',
  'reason.needs-year': 'Indicator {code} has a level per year: give the year of the assessment.',
  'reason.no-value': 'No value entered for indicator {code}.',
  'reason.unreadable': 'Cannot read the value "{value}" of indicator {code}.',
  'reason.host-error': 'The value cell of indicator {code} shows the error {value}.',
  'reason.wrong-kind': 'Indicator {code} needs {expected}, but the cell says "{value}".',
  'reason.declared': 'As self-rated by the commune ({declared}); the criteria set has no threshold to check it against.',
  'reason.text-level': 'The required level is described in words ({level}); the verdict is the commune\'s own rating.',
  'reason.not-applicable': 'Indicator {code} is not assessed in this commune.',
  'reason.declared-mismatch': 'The commune rated it "{declared}" but the value {value} against the level {level} gives "{computed}".',
  'reason.near': 'The value {value} is very close to the threshold {level}: rounding for display could show another result.',
  'reason.unverified': 'The level {level} comes from {ref}, not checked against the legal text ({confidence}).',
  'reason.ambiguous-separator': '"{value}" was read as {read} (decimal comma); if you meant {alt}, write {alt_text}.',
  'reason.ambiguous-fraction': 'The number {value} in a cell of unknown format was read as {read}% (percent cell); if you meant {value}%, write "{value}%".',
  'reason.unknown-code': 'Code {code} is not in the criteria set {set}.',

  'expected.number': 'a number',
  'expected.rate': 'a rate (%)',
  'expected.yesno': '"Có" (yes) or "Không" (no)',
  'expected.rating': '"Đạt" (met) or "Chưa đạt" (not met)',

  'confidence.two-sources': 'two independent sources',
  'confidence.one-source': 'one source',
  'confidence.seed': 'from a local plan',
  'confidence.inferred': 'inferred, to be checked',
  'confidence.uncertain': 'uncertain',
  'confidence.office': 'entered by the office',

  'context.unknown': 'Unknown region or commune group "{value}". Valid values: {valid}.',
  'context.missing': 'The commune\'s {kind} is not given. Valid values: {valid}.',
  'context.rule': '{rule}: the {use} level applies ({ref}).',

  'pack.unknown': 'No criteria set "{value}". Available sets: {valid}.',
  'pack.missing-column': 'The "Bộ tiêu chí" sheet has no {column} column.',
  'pack.no-header': 'No header row found in the "Bộ tiêu chí" sheet (it needs at least a "Mã" column and one threshold column).',
  'pack.bad-code': 'Indicator code "{value}" is not valid (valid examples: 5, 2.2, 17.10).',
  'pack.bad-threshold': 'Cannot read the level "{value}" (examples: ≥70%, ≤6,5%, từ 80% trở lên, Đạt).',
  'pack.bad-year': 'Year "{value}" is not valid.',
  'pack.duplicate': 'Indicator {code} is repeated (first at row {first}).',
  'pack.bad-criterion': 'Cannot tell which criterion indicator {code} belongs to.',
  'pack.bad-kind': 'Indicator kind "{value}" is not valid (rate, number, yes/no, met/not met, text).',
  'pack.unknown-base': 'The base criteria set "{value}" is not available.',
  'pack.invalid': 'The criteria set is not valid: {detail}',
  'pack.empty': 'The "Bộ tiêu chí" sheet has no indicators.',

  'rate.zero-denominator': 'The denominator is 0: no rate can be computed.',
  'rate.negative': 'A negative number is not valid for {what}.',
  'rate.excess': 'The exclusions ({excluded}) exceed the households ({count}).',
  'rate.over': 'The numerator ({numerator}) exceeds the denominator ({denominator}).',
  'rate.denominators-differ': 'Poor and near-poor households are divided by two different totals ({a} and {b}).',

  'commune.not-found': 'No commune or ward "{value}".',
  'commune.ambiguous': '"{value}" names {count} places: {places}. Add the province or the code.',
  'commune.region-ambiguous': 'Province {province} was formed from {old}, in several regions ({regions}): give the commune\'s region.',
  'commune.region-ask': 'Sources put Quảng Ninh in different regions (TDMNPB or ĐBSH): give the region.',
};
