/**
 * Old (pre-2025) province → region for the 2021-2025 criteria set. The geographic scheme as
 * LEGAL.md §4 gives it (✔✔ as geography, not seen in an NTM text). Quảng Ninh is put in TDMNPB by
 * that scheme but in ĐBSH by statistics offices: ambiguous, so the product asks.
 */
export const OLD_PROVINCE_REGION: Readonly<Record<string, string>> = {
  'Hà Giang': 'TDMNPB', 'Cao Bằng': 'TDMNPB', 'Bắc Kạn': 'TDMNPB', 'Tuyên Quang': 'TDMNPB',
  'Thái Nguyên': 'TDMNPB', 'Lạng Sơn': 'TDMNPB', 'Bắc Giang': 'TDMNPB', 'Phú Thọ': 'TDMNPB',
  'Lào Cai': 'TDMNPB', 'Điện Biên': 'TDMNPB', 'Lai Châu': 'TDMNPB', 'Sơn La': 'TDMNPB',
  'Yên Bái': 'TDMNPB', 'Hòa Bình': 'TDMNPB',
  'Hà Nội': 'DBSH', 'Vĩnh Phúc': 'DBSH', 'Bắc Ninh': 'DBSH', 'Hải Dương': 'DBSH', 'Hải Phòng': 'DBSH',
  'Hưng Yên': 'DBSH', 'Thái Bình': 'DBSH', 'Hà Nam': 'DBSH', 'Nam Định': 'DBSH', 'Ninh Bình': 'DBSH',
  'Thanh Hóa': 'BTB', 'Nghệ An': 'BTB', 'Hà Tĩnh': 'BTB', 'Quảng Bình': 'BTB', 'Quảng Trị': 'BTB',
  'Thừa Thiên Huế': 'BTB',
  'Đà Nẵng': 'DHNTB', 'Quảng Nam': 'DHNTB', 'Quảng Ngãi': 'DHNTB', 'Bình Định': 'DHNTB', 'Phú Yên': 'DHNTB',
  'Khánh Hòa': 'DHNTB', 'Ninh Thuận': 'DHNTB', 'Bình Thuận': 'DHNTB',
  'Kon Tum': 'TN', 'Gia Lai': 'TN', 'Đắk Lắk': 'TN', 'Đắk Nông': 'TN', 'Lâm Đồng': 'TN',
  'Bình Phước': 'DNB', 'Tây Ninh': 'DNB', 'Bình Dương': 'DNB', 'Đồng Nai': 'DNB', 'Bà Rịa - Vũng Tàu': 'DNB',
  'Hồ Chí Minh': 'DNB',
  'Long An': 'DBSCL', 'Tiền Giang': 'DBSCL', 'Bến Tre': 'DBSCL', 'Trà Vinh': 'DBSCL', 'Vĩnh Long': 'DBSCL',
  'Đồng Tháp': 'DBSCL', 'An Giang': 'DBSCL', 'Kiên Giang': 'DBSCL', 'Cần Thơ': 'DBSCL', 'Hậu Giang': 'DBSCL',
  'Sóc Trăng': 'DBSCL', 'Bạc Liêu': 'DBSCL', 'Cà Mau': 'DBSCL',
  'Quảng Ninh': 'TDMNPB',
};

/** Names a province goes by after 1/7/2025 that differ from its old name. */
export const RENAMED_PROVINCES: Readonly<Record<string, string>> = { 'Huế': 'Thừa Thiên Huế' };

/** Old provinces whose region the sources do not agree on. */
export const AMBIGUOUS_OLD_PROVINCES: ReadonlySet<string> = new Set(['Quảng Ninh']);

export const REGION_SOURCE = 'LEGAL.md §4 (phân vùng địa lý theo tỉnh cũ)';

/** How region ids are written for people. */
export const REGION_LABEL: Readonly<Record<string, string>> = {
  TDMNPB: 'TDMNPB', DBSH: 'ĐBSH', BTB: 'BTB', DHNTB: 'DHNTB', TN: 'TN', DNB: 'ĐNB', DBSCL: 'ĐBSCL',
};
