import { alternation } from './lexicon.js';

/**
 * What a figure counts. "cán bộ" is left out: "3.000 cán bộ" in these articles is the audience.
 * Longest first, so "người cao tuổi" wins over "người" and "tỷ đồng" over
 * "đồng". Words that count places (xã, thôn, huyện), meeting logistics (đại biểu, điểm cầu,
 * chuyên đề) and time (ngày, tháng, năm) are left out on purpose: they are not rights indicators.
 */
export const indicatorUnits = [
  '%', 'phần trăm',
  'nghìn tỷ đồng', 'tỷ đồng', 'tỉ đồng', 'triệu đồng', 'nghìn đồng', 'ngàn đồng', 'đồng',
  'tỷ USD', 'tỉ USD', 'triệu USD', 'nghìn USD', 'ngàn USD', 'USD',
  // Investment reports chain these in one sentence ("thu hút 42 dự án … của 9 quốc gia … với tổng vốn hơn 1,2 tỷ USD").
  'dự án', 'quốc gia',
  'người cao tuổi', 'người khuyết tật', 'người có uy tín', 'người uy tín', 'người có công', 'người dân',
  'người lao động', 'người nghiện', 'lượt người dân', 'lượt người', 'lượt lao động', 'lượt trẻ em', 'lượt học sinh',
  'lượt hộ', 'lượt đối tượng', 'lượt cán bộ', 'lượt hội viên', 'người', 'lượt', 'lao động', 'hộ nghèo', 'hộ cận nghèo',
  'hộ gia đình', 'hộ', 'căn nhà', 'ngôi nhà', 'nhà ở', 'nhà', 'căn', 'phần quà', 'suất quà', 'suất', 'xuất quà',
  'học sinh', 'sinh viên', 'trẻ em', 'cháu', 'đảng viên', 'hội viên', 'đoàn viên', 'thẻ bảo hiểm y tế',
  'thẻ BHYT', 'thẻ', 'tờ rơi', 'tờ gấp', 'cuốn sách', 'cuốn tài liệu', 'tài liệu', 'cuộc', 'lớp', 'buổi', 'tin, bài', 'tin bài', 'tin', 'bài', 'vụ việc', 'vụ', 'đối tượng',
  'trường hợp', 'trường', 'công trình', 'km', 'ha', 'tấn', 'doanh nghiệp', 'cơ sở', 'hồ sơ', 'đơn thư', 'đơn', 'việc làm', 'gia đình',
  'bệnh nhân', 'mô hình', 'câu lạc bộ', 'tác phẩm', 'lượt truy cập', 'ca', 'ngày công', 'đợt',
];

export const UNIT_ALTERNATION = alternation(indicatorUnits);

const MONEY = /^(?:(nghìn tỷ|tỷ|tỉ|triệu|nghìn|ngàn)\s+)?đồng$/u;
const FOREIGN_MONEY = /^(?:(tỷ|tỉ|triệu|nghìn|ngàn)\s+)?(USD)$/u;

/** The currency of a money unit ("tỷ đồng" → VND, "triệu USD" → USD), else null. */
export function currencyOf(unit: string): 'VND' | 'USD' | null {
  if (MONEY.test(unit)) return 'VND';
  if (FOREIGN_MONEY.test(unit)) return 'USD';
  return null;
}

/** The amount in the currency's own unit ("1,2" "tỷ USD" → 1 200 000 000), else null. */
export function toCurrencyAmount(value: number, unit: string): number | null {
  const m = MONEY.exec(unit) ?? FOREIGN_MONEY.exec(unit);
  if (!m) return null;
  return Math.round(value * (m[1] ? SCALE[m[1]]! : 1));
}
const SCALE: Readonly<Record<string, number>> = { 'nghìn tỷ': 1e12, tỷ: 1e9, tỉ: 1e9, triệu: 1e6, nghìn: 1e3, ngàn: 1e3 };

/** The amount in đồng for a money unit ("1,4" "tỷ đồng" → 1 400 000 000), else null. */
export function toVnd(value: number, unit: string): number | null {
  const m = MONEY.exec(unit);
  if (!m) return null;
  const factor = m[1] ? SCALE[m[1]]! : 1;
  // Round to whole đồng: 1.4 × 1e9 is 1399999999.9999998 in floating point.
  return Math.round(value * factor);
}
