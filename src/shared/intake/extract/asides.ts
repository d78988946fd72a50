import type { Range } from './segments.js';

/**
 * Parts of a page that are not the article's report: photo captions ("Ảnh: Quang cảnh hội nghị (ảnh
 * 2/4)", "(Ảnh 1/5)"), and the related-news lists sites append ("Tin liên quan", "Bài viết liên quan",
 * "Xem thêm", "Tin cùng chuyên mục"), whose headlines carry other events' figures ("Hơn 300 hội viên …").
 * Counts and figures are not read there.
 */
const CAPTION_LINE = /^[ \t]*(?:\(?\s*Ảnh\s*(?:\d+(?:\/\d+)?)?\s*:|[^\n]{0,200}\(\s*[Ảả]nh\s*(?:\d+\s*\/\s*\d+|:[^)\n]{0,60})\s*\)[ \t.]*$)[^\n]*$/gmu;
const RELATED_HEADING = /^[ \t]*(?:Tin liên quan|Bài liên quan|Bài viết liên quan|Tin bài liên quan|Xem thêm|Đọc thêm|Tin cùng chuyên mục|Tin khác|Các tin khác)[ \t]*:?[ \t]*$/gimu;

export function findAsides(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(CAPTION_LINE)) out.push({ start: m.index, end: m.index + m[0].length });
  // A related-news heading runs to the end of the text, or to the first blank line after its list.
  for (const m of text.matchAll(RELATED_HEADING)) {
    const afterList = /\n[ \t]*\n(?![ \t]*[-•*–])/u.exec(text.slice(m.index + m[0].length));
    out.push({ start: m.index, end: afterList ? m.index + m[0].length + afterList.index : text.length });
  }
  return out;
}
