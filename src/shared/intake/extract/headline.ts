import type { Found } from './found.js';
import { rangeAt, type Range } from './segments.js';

/**
 * The article's headline and the event's venue.
 * Headline: a short first line with no full stop, no link and no date (site chrome such as
 * "Công an tỉnh Bình Địnhhttps://…" or a date line is not a headline).
 * Venue: "tại <place>," in the sentence that dates or introduces the event ("Sáng 20/4/2023, tại Công an tỉnh, …").
 */
const VENUE = /(?:^|,\s*|\s)tại\s+(?<place>(?:Hội trường|hội trường|Trụ sở|trụ sở|Nhà văn hóa|Trung tâm|Công an|UBND|Ủy ban|Khách sạn|Trường|Học viện|Văn phòng|Sở|Tỉnh ủy|Thành ủy)[^,.;:\n]{0,80}?)\s*(?=,|\.|\s+(?:Ban|Văn phòng|UBND|Sở|đã|diễn ra|tổ chức))/u;

export function findTitle(text: string, paragraphs: Range[]): Found<string> | null {
  const first = paragraphs[0];
  if (!first) return null;
  const line = text.slice(first.start, first.end).trim();
  const words = line.split(/\s+/u).length;
  if (words < 3 || line.length > 160 || /[.:;]$/u.test(line) || /https?:|www\.|\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}/u.test(line)) return null;
  if (paragraphs.length < 2) return null;
  const start = first.start + (text.slice(first.start, first.end).length - text.slice(first.start, first.end).trimStart().length);
  return { value: line, spans: [{ start, end: start + line.length }], rule: 'title.first-line' };
}

export function findVenue(text: string, anchor: Range | null, sentences: Range[]): Found<string> | null {
  if (!anchor) return null;
  const sentence = rangeAt(sentences, anchor.start);
  if (!sentence) return null;
  const m = VENUE.exec(text.slice(sentence.start, sentence.end));
  if (!m) return null;
  const place = m.groups!.place!.trim();
  const start = sentence.start + m.index + m[0].indexOf(place);
  return { value: place, spans: [{ start, end: start + place.length }], rule: 'venue.tai-phrase' };
}
