import type { Range } from './segments.js';

/**
 * An organiser's own history, told to set a training in context: "Trước đó, năm 2023, Hội đã tổ chức 2
 * lớp tương tự cho 130 hội viên", "Trước đây, Sở đã mở 3 khóa bồi dưỡng …", "… 4 hội nghị tương tự".
 * Its figures are neither results of the period reported nor the event's audience. (A course's own
 * results, "Cuối khóa, … 100% đạt yêu cầu", stay proposed with a low-confidence doubt: see doubts.ts.)
 */
const LOOKING_BACK = /^\s*(?:Trước đó|Trước đây|Năm trước|Năm ngoái|Những năm trước|Các năm trước)(?![\p{L}])/u;
const COURSES = /(?<![\p{L}])(?:lớp|khóa|khoá|hội nghị|tập huấn|bồi dưỡng|hội thảo|tọa đàm|toạ đàm)(?![\p{L}])/iu;
/** "từ năm 2021 đến nay … đã tổ chức 11 lớp bồi dưỡng": the organiser's courses over the years … */
const COURSES_SINCE = /(?<![\p{L}])từ năm \d{4} (?:đến|tới) nay(?![\p{L}])[^.;]*\d+\s+(?:lớp|khóa|khoá)(?![\p{L}])/iu;
/** … told in an article about one course ("Khai mạc lớp bồi dưỡng", "Khai giảng lớp"). */
const OPENS_A_COURSE = /(?<![\p{L}])(?:khai mạc|khai giảng|bế giảng)\s+(?:lớp|khóa|khoá)(?![\p{L}])/iu;
const SIMILAR_EVENTS = /\d+\s+(?:lớp|khóa|khoá|hội nghị|hội thảo|đợt|buổi|cuộc)(?:\s+[\p{L}]+){0,3}\s+tương tự(?![\p{L}])/u;

/** Whether the sentence tells of courses held before the event (see the module's comment). */
export function tellsOfPastCourses(text: string, sentence: Range): boolean {
  const s = text.slice(sentence.start, sentence.end);
  return SIMILAR_EVENTS.test(s) || (LOOKING_BACK.test(s) && COURSES.test(s)) || (COURSES_SINCE.test(s) && OPENS_A_COURSE.test(text));
}
