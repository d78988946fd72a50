import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';
import { evidenceText } from './test-helpers.js';

describe('topics and materials', () => {
  it('splits a counted list at commas when semicolons do not give the count, and stops at "; đồng thời"', () => {
    const source =
      'Tại Hội nghị, đại biểu được nghe báo cáo viên truyền đạt 02 chuyên đề: Công tác nhân quyền trong tình hình mới, Quyền của người DTTS và hoạt động lợi dụng vấn đề DTTS chống phá ta của các thế lực thù địch; đồng thời, xem phim tư liệu “Vạch trần âm mưu lợi dụng nhân quyền”.';
    const r = extractFromSourceText(source);
    expect(r.topics).toEqual(['Công tác nhân quyền trong tình hình mới', 'Quyền của người DTTS và hoạt động lợi dụng vấn đề DTTS chống phá ta của các thế lực thù địch']);
    expect(evidenceText(source, r, 'topics[1]')).toBe(r.topics[1]);
    expect(r.materials).toEqual([{ type: 'phim tư liệu', title: 'Vạch trần âm mưu lợi dụng nhân quyền' }]);
    expect(r.topic_details[1]!.themes).toContain('ethnic_minorities');
  });

  it('reads quoted titles and pairs the topic with its presenter', () => {
    const source = 'Tại Hội nghị T.S Lê Thị Liên, Viện trưởng Viện nghiên cứu Chính sách tôn giáo đã trình bày chuyên đề về “Bảo đảm quyền tự do tín ngưỡng, tôn giáo” qua đó góp phần định hướng.';
    const r = extractFromSourceText(source);
    expect(r.topic_details).toEqual([{ title: 'Bảo đảm quyền tự do tín ngưỡng, tôn giáo', speaker: 'Lê Thị Liên', themes: ['belief_religion'] }]);
    expect(evidenceText(source, r, 'topics[0]')).toBe('Bảo đảm quyền tự do tín ngưỡng, tôn giáo');
  });

  it('reads semicolon lists whose items contain commas', () => {
    const r = extractFromSourceText('Các đại biểu được nghe 3 chuyên đề: Công tác đấu tranh, phản bác quan điểm sai trái; Quyền trẻ em; Bình đẳng giới trong lao động.');
    expect(r.topics).toEqual(['Công tác đấu tranh, phản bác quan điểm sai trái', 'Quyền trẻ em', 'Bình đẳng giới trong lao động']);
  });

  it('does not take "nội dung" lists for topics', () => {
    expect(extractFromSourceText('Các đại biểu đã được quán triệt các nội dung về công tác nhân quyền; công tác dân tộc, tôn giáo.').topics).toEqual([]);
  });

  it('keeps the commas of a title after "chuyên đề về"', () => {
    const r = extractFromSourceText('Thiếu tướng Lê Văn Tám truyền đạt chuyên đề về tình hình nhân quyền thế giới, khu vực và công tác đấu tranh bảo vệ nhân quyền; ThS. Lò Văn Thu trình bày chuyên đề về chính sách dân tộc, tôn giáo, ông Lò Văn Thu cho biết.');
    expect(r.topics).toEqual(['tình hình nhân quyền thế giới, khu vực và công tác đấu tranh bảo vệ nhân quyền', 'chính sách dân tộc, tôn giáo']);
  });
});
