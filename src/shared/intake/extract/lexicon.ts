/**
 * Word lists the rules share: ranks, titles, bodies, speech verbs and family names. They describe how
 * the Vietnamese press writes about officials and agencies in general; no person or article is named
 * here, so the rules carry over to provinces and years the seeds do not cover.
 */

/** Military, police and academic ranks as written before a name, longest first so "PGS.TS" wins over "TS". */
export const ranks = [
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng',
  'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy',
  'PGS.TS', 'PGS. TS', 'PGS.TSKH', 'GS.TS', 'GS. TS', 'GS.TSKH', 'PGS', 'GS', 'TSKH',
  'Tiến sĩ', 'Tiến sỹ', 'Thạc sĩ', 'Thạc sỹ', 'T.S', 'TS.', 'TS', 'Th.S', 'ThS.', 'ThS', 'Luật sư', 'LS',
];

/** Words a person is introduced by besides a rank ("đồng chí", "ông", "bà"). */
export const honorifics = ['đồng chí', 'Đồng chí', 'đ/c', 'Đ/c', 'ông', 'Ông', 'bà', 'Bà'];

/**
 * Words a title or an agency name starts with. A segment after a comma or dash that starts with one
 * of these continues the title ("Phó Giám đốc Công an tỉnh, Phó Trưởng ban …"); anything else ends it.
 */
export const titleStarts = [
  'Phó', 'Trưởng', 'Chủ tịch', 'Chủ nhiệm', 'Giám đốc', 'Bí thư', 'Ủy viên', 'Uỷ viên', 'Thành viên', 'Tổng',
  'Viện trưởng', 'Vụ trưởng', 'Cục trưởng', 'Chánh', 'Thứ trưởng', 'Bộ trưởng', 'Hiệu trưởng', 'Trưởng phòng',
  'Chỉ huy', 'Chính ủy', 'Tư lệnh', 'Đại sứ', 'Thẩm phán', 'Kiểm sát viên', 'Chuyên viên', 'Giảng viên',
  'Nghiên cứu viên', 'Báo cáo viên', 'Đại biểu', 'Thường trực', 'Phụ trách', 'Ủy viên Thường vụ',
  'Ban', 'Ủy ban', 'Uỷ ban', 'Sở', 'Bộ', 'Cục', 'Vụ', 'Viện', 'Học viện', 'Văn phòng', 'Công an', 'Hội',
  'Đảng ủy', 'Đảng uỷ', 'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ', 'Huyện ủy', 'UBND', 'HĐND', 'MTTQ',
  'Mặt trận', 'Trung tâm', 'Trường', 'Đại học', 'Báo', 'Đài', 'Tạp chí', 'Cơ quan', 'Hội đồng', 'Tòa án',
  'Toà án', 'Viện kiểm sát', 'VKSND', 'TAND', 'Liên đoàn', 'Đoàn', 'Bộ Chỉ huy', 'Bộ đội', 'Quân khu',
  'Phòng', 'Chi cục', 'Tổng cục', 'Tổng Liên đoàn', 'BCĐ', 'BCĐNQ', 'VPTT', 'Ủy ban nhân dân', 'Hội Luật gia',
];

/** Words an organiser's name starts with (a subset of `titleStarts`: bodies, not people's titles). */
export const bodyStarts = [
  'Ban', 'Ủy ban', 'Uỷ ban', 'Sở', 'Bộ', 'Cục', 'Vụ', 'Viện', 'Học viện', 'Văn phòng', 'Công an', 'Hội',
  'Đảng ủy', 'Đảng uỷ', 'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ', 'Huyện ủy', 'Huyện uỷ', 'UBND', 'HĐND',
  'MTTQ', 'Mặt trận', 'Trung tâm', 'Trường', 'Đại học', 'Cơ quan', 'Hội đồng', 'Tòa án', 'Toà án',
  'Viện kiểm sát', 'VKSND', 'TAND', 'Liên đoàn', 'Đoàn', 'Bộ Chỉ huy', 'Phòng', 'Chi cục', 'Tổng cục',
  'Tổng Liên đoàn', 'BCĐ', 'BCĐNQ', 'VPTT', 'Ủy ban nhân dân', 'Thường trực', 'Tòa', 'Quân khu', 'Báo', 'Đài',
];

/**
 * Verbs that end a title and mean the person spoke. Gold labels everyone who speaks, presents
 * or briefs as `speaker` (opening and closing speeches included), so one list serves both.
 */
export const speechVerbs = [
  'phát biểu', 'nhấn mạnh', 'khẳng định', 'cho biết', 'trình bày', 'quán triệt', 'báo cáo', 'đề nghị',
  'yêu cầu', 'đánh giá', 'nêu', 'chia sẻ', 'thông tin', 'truyền đạt', 'giới thiệu', 'khai mạc', 'bế mạc',
  'kết luận', 'lưu ý', 'phân tích', 'đề xuất', 'nhận định', 'cho rằng', 'mong muốn', 'thông báo',
  'phổ biến', 'bày tỏ', 'ghi nhận', 'biểu dương', 'gợi mở', 'làm rõ', 'hướng dẫn', 'chúc mừng', 'nói',
  'quán triệt', 'giải đáp', 'trao đổi', 'chỉ đạo', 'nhắc lại', 'đặt vấn đề', 'tổng kết',
];

/** Lower-case words that end a title without saying anything about the role. */
export const titleStopWords = [
  'đã', 'cùng', 'tham dự', 'dự', 'cũng', 'tại', 'được', 'là', 'có', 'với', 'thay mặt', 'tặng', 'trao',
  'lên', 'tiếp tục', 'đồng chủ trì', 'chủ trì', 'điều hành', 'nhấn', 'cảm ơn', 'đánh', 'thì', 'sẽ', 'vẫn',
  'đang', 'đến', 'về dự', 'làm', 'kiêm', 'khi', 'nhằm', 'để', 'trong', 'qua', 'theo', 'từ',
];

/** Common Vietnamese family names: a capitalised run that starts with one may be a person. */
export const familyNames = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Lâm', 'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Trương', 'Đinh', 'Lưu', 'Mai', 'Cao', 'Tô', 'Hà',
  'Tạ', 'Chu', 'Châu', 'Quách', 'Lương', 'Tăng', 'Lò', 'Lục', 'Nông', 'Hứa', 'Kiều', 'Triệu', 'Khổng',
  'Âu', 'Mạc', 'La', 'Tống', 'Thạch', 'Ksor', 'Rơ', 'Siu', 'Danh', 'Lã', 'Diệp', 'Phùng', 'Vi', 'Hầu',
  'Sùng', 'Giàng', 'Thào', 'Lầu', 'Tòng', 'Quàng', 'Cầm', 'Bế', 'Đàm', 'Tiêu', 'Bạch', 'Doãn', 'Khúc',
  'Lại', 'Nghiêm', 'Phí', 'Thân', 'Thiều', 'Tôn', 'Ung', 'Đồng', 'Thái', 'Trình', 'Kha', 'Mông',
  // Ethnic-minority families and name prefixes (Mông, Dao, Thái, Tày, Khmer, Central Highlands peoples).
  'Vàng', 'Vừ', 'Mùa', 'Sình', 'Chảo', 'Tẩn', 'Phàn', 'Lù', 'Lường', 'Sầm', 'Điểu', 'Y', 'A', 'Nay', 'Kpă',
  'Rmah', 'Rahlan', 'Niê', 'Mlô', 'Êban', 'Byă', 'Katơr', 'Mấu', 'Chamaléa', 'Đàng', 'Chau', 'Bríu',
  // Ê Đê, Jrai and Cơ Ho clan names and the Cơ Ho women's prefix "Ka" ("Ka Sô Liễng").
  // ("Ma" is left out: it starts "Ma túy" in title-case headings; person-names.ts takes "Ma Thị …", "Ma Văn …".)
  'Ka', 'Puih', 'Rcom', 'Hđơk', 'Ayun', 'Bdap', 'Rlan', 'Hwing', 'Knul', 'Adrơng', 'Bkrông', 'Kbuôr', 'Ksơr',
];
// Left out on purpose: family names that mostly start other words in this kind of text
// ("Văn phòng", "Sơn La", "Phó Chủ tịch", "Giang", "Kim", "Y tế").

/** Abbreviations the press uses for the bodies that organise this work, with their usual long form. */
export const knownAbbreviations: Readonly<Record<string, string>> = {
  BCĐ: 'Ban Chỉ đạo',
  BCĐNQ: 'Ban Chỉ đạo Nhân quyền',
  VPTT: 'Văn phòng Thường trực',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  MTTQ: 'Mặt trận Tổ quốc',
};

/** Regex alternation of a word list, longest first, with regex metacharacters escaped. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Letters and marks: a word character for Vietnamese text (JS `\b` ignores accented letters). */
export const L = String.raw`\p{L}\p{M}`;
/** Lookbehind/lookahead for a whole word. */
export const WORD_START = String.raw`(?<![${L}\p{N}])`;
export const WORD_END = String.raw`(?![${L}\p{N}])`;
