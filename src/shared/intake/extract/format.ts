import type { IntakeExtraction } from '../extraction.js';
import type { Found } from './found.js';

/**
 * In person, online or both. Vietnamese reports call a conference with a main hall and remote
 * "điểm cầu" (connection points) "trực tuyến"; the gold file labels that hybrid, so: both words, an
 * explicit "kết hợp", or "trực tuyến" with connection points → hybrid; "trực tuyến" alone → online;
 * "trực tiếp" only in a format phrase ("hình thức trực tiếp", not "liên quan trực tiếp") → in person.
 * Nothing said → null (a venue alone does not tell).
 * The form stated as online only ("theo hình thức trực tuyến tới 11 điểm cầu") is online even with
 * connection points, unless the sentence names a host hall they are linked from ("từ điểm cầu Công an
 * tỉnh đến 13 điểm cầu", "điểm cầu chính", "tại Hội trường …") or the text names points before it.
 */
const HYBRID = /trực tiếp\s+(?:và|kết hợp(?:\s+với)?)\s+trực tuyến|trực tuyến\s+(?:và|kết hợp(?:\s+với)?)\s+trực tiếp|hình thức kết hợp|kết hợp trực tuyến/u;
const ONLINE = /(?:kết nối\s+|hình thức\s+|tổ chức\s+|Hội nghị\s+|hội nghị\s+|họp\s+)trực tuyến|trực tuyến\s+(?:qua|trên|tới|đến)/u;
const POINT = /điểm cầu/u;
const ONLINE_FORM = /hình thức\s+trực tuyến(?!\s+(?:và|kết hợp))[^.\n]*/u;
const HOST_POINT = /(?:từ|tại)\s+(?:các\s+)?điểm cầu|điểm cầu\s+(?:chính|trung tâm)|[Hh]ội trường/u;
const IN_PERSON = /(?:hình thức|tổ chức|diễn ra)\s+trực tiếp/u;

export function findFormat(text: string): Found<NonNullable<IntakeExtraction['format']>> | null {
  const span = (m: RegExpExecArray) => [{ start: m.index, end: m.index + m[0].length }];
  const hybrid = HYBRID.exec(text);
  if (hybrid) return { value: 'hybrid', spans: span(hybrid), rule: 'format.both-words' };
  const online = ONLINE.exec(text);
  const point = POINT.exec(text);
  const onlineForm = ONLINE_FORM.exec(text);
  // Points named before it belong to another description of the meeting ("trực tiếp tại … và kết nối tới 90 điểm cầu").
  if (onlineForm && !HOST_POINT.test(onlineForm[0]) && (!point || point.index >= onlineForm.index)) return { value: 'online', spans: span(onlineForm), rule: 'format.online-form' };
  if (online && point) return { value: 'hybrid', spans: [...span(online), ...span(point)], rule: 'format.online-with-points' };
  if (online) return { value: 'online', spans: span(online), rule: 'format.online' };
  if (point) return { value: 'hybrid', spans: span(point), rule: 'format.connection-points' };
  const inPerson = IN_PERSON.exec(text);
  if (inPerson) return { value: 'in_person', spans: span(inPerson), rule: 'format.in-person' };
  return null;
}
