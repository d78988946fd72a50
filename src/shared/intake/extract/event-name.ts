import type { Found } from './found.js';

/**
 * The event's name as the article writes it: "Hội nghị tập huấn công tác nhân quyền năm 2023".
 * A name starts with the kind of event and runs until a word that starts the rest of the sentence
 * (audience "cho", place "tại", purpose "nhằm", "lần này"…). Names after "tổ chức" are preferred.
 */
const KIND = String.raw`(?:Hội nghị|Lớp|Hội thảo|Tọa đàm|Toạ đàm|Chương trình|Buổi|hội nghị|lớp|hội thảo|tọa đàm|toạ đàm)`;
/** Written in lower case ("tổ chức hội nghị tập huấn …"), a kind word names the event only right after its verb. */
const LOWER_KIND = /^(?:hội|lớp|tọa|toạ)/u;
const REST = String.raw`(?:tập huấn|bồi dưỡng|phổ biến|quán triệt|triển khai|tuyên truyền|chuyên đề|trực tuyến|về|nâng cao|cung cấp|giới thiệu|sơ kết|tổng kết)`;
const STOP = String.raw`(?=\s+(?:cho|tại|nhằm|do|với|lần này|đã|được|diễn ra|vào|và|sẽ|nay|theo|trong|có|của|ngày|sáng|chiều|ở)\b|[,.;:(“"”]|\s*$|\n)`;
const NAME = new RegExp(String.raw`(?<after>(?:tổ chức|khai giảng|khai mạc|mở)\s+)?(?<name>${KIND}\s+${REST}[^,.;:\n(“"”]{0,120}?)${STOP}`, 'gu');

export function findEventName(text: string): Found<string> | null {
  let best: Found<string> | null = null;
  NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME.exec(text)) !== null) {
    const name = m.groups!.name!.trim();
    if (!m.groups!.after && LOWER_KIND.test(name)) continue;
    const start = m.index + (m.groups!.after?.length ?? 0);
    const found = { value: name, spans: [{ start, end: start + name.length }], rule: m.groups!.after ? 'event-name.after-to-chuc' : 'event-name.first-mention' };
    if (m.groups!.after) return found;
    best ??= found;
  }
  return best;
}

/** The year an event's name carries ("… năm 2023"), or null. */
export function yearOfEventName(name: string): number | null {
  const m = /năm\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d)/u.exec(name);
  return m ? Number(m[1]) : null;
}
