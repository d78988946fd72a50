import type {
  Conference,
  ConferenceListQuery,
  RightsTheme,
} from '../../../../shared/api/conferences.js';

/**
 * Vietnamese wording of the conference enums as they appear in the exported Word and Excel
 * files. These are document text, not UI strings: the files are produced on the server for a
 * Vietnamese administrative audience whatever language the web app is set to, so they live
 * here rather than in `src/shared/i18n/` (which the web app translates per locale).
 */
export const levelLabels: Record<Conference['level'], string> = {
  national: 'Toàn quốc',
  regional: 'Khu vực',
  provincial: 'Cấp tỉnh',
  commune: 'Cấp xã',
};

export const formatLabels: Record<NonNullable<Conference['format']>, string> = {
  in_person: 'Trực tiếp',
  online: 'Trực tuyến',
  hybrid: 'Trực tiếp kết hợp trực tuyến',
};

export const statusLabels: Record<Conference['status'], string> = {
  planned: 'Dự kiến tổ chức',
  held: 'Đã tổ chức',
  cancelled: 'Đã hủy',
};

/** The word the press puts before a count: "khoảng 120", "hơn 3.000"; empty for an exact figure. */
export const qualifierWords: Record<Conference['participantsQualifier'], string> = {
  exact: '',
  about: 'khoảng',
  more_than: 'hơn',
  at_least: 'ít nhất',
};

export const partOfDayLabels: Record<NonNullable<Conference['partOfDay']>, string> = {
  morning: 'buổi sáng',
  afternoon: 'buổi chiều',
  evening: 'buổi tối',
  full_day: 'cả ngày',
};

export const pointLevelLabels: Record<Conference['connectionPoints'][number]['level'], string> = {
  central: 'Trung ương',
  province: 'Tỉnh',
  district: 'Huyện',
  commune: 'Xã',
  other: 'Khác',
};

export const officialRoleLabels: Record<Conference['officials'][number]['role'], string> = {
  chair: 'chủ trì',
  opening_speech: 'phát biểu khai mạc',
  closing_speech: 'phát biểu bế mạc',
  presenter: 'báo cáo viên',
  speaker: 'phát biểu',
  guest: 'dự',
};

export const materialKindLabels: Record<Conference['materials'][number]['kind'], string> = {
  file: 'Tài liệu',
  film: 'Phim',
  link: 'Đường dẫn',
};

export const themeLabels: Record<RightsTheme, string> = {
  human_rights_general: 'Quyền con người nói chung',
  belief_religion: 'Tự do tín ngưỡng, tôn giáo',
  ethnic_minorities: 'Dân tộc thiểu số',
  labour_rights: 'Quyền của người lao động',
  persons_with_disabilities: 'Người khuyết tật',
  children: 'Quyền trẻ em',
  gender_equality: 'Bình đẳng giới',
  elderly: 'Người cao tuổi',
  cyberspace: 'Không gian mạng',
  civil_political: 'Quyền dân sự, chính trị',
  economic_social_cultural: 'Quyền kinh tế, xã hội, văn hóa',
  international_mechanisms: 'Cơ chế quốc tế về quyền con người',
  legal_aid_justice: 'Trợ giúp pháp lý, tư pháp',
  communication: 'Thông tin, truyền thông',
};

export const sortLabels: Record<ConferenceListQuery['sort'], string> = {
  date_desc: 'ngày mới nhất trước',
  date_asc: 'ngày cũ nhất trước',
  title: 'tên hội nghị',
  participants_desc: 'số đại biểu giảm dần',
};

/** A theme code as a label; unknown codes (from an older vocabulary) are shown as they are. */
export const themeLabel = (code: string): string => themeLabels[code as RightsTheme] ?? code;
