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
  it('reads the quoted titles after "n chuyên đề, trong đó có:"', () => {
    const r = extractFromSourceText('Trong 2 ngày, học viên được nghiên cứu 6 chuyên đề, trong đó có: "Quyền con người trong Hiến pháp năm 2013"; "Bảo đảm quyền của người khuyết tật".');
    expect(r.topics).toEqual(['Quyền con người trong Hiến pháp năm 2013', 'Bảo đảm quyền của người khuyết tật']);
  });

  it('reads a list after "các chuyên đề như:" or "chuyên đề, trong đó có" with or without a colon', () => {
    const like = extractFromSourceText('Học viên được nghiên cứu các chuyên đề như: Quyền con người trong Hiến pháp; Quyền của người cao tuổi; Quyền trẻ em.');
    expect(like.topics).toEqual(['Quyền con người trong Hiến pháp', 'Quyền của người cao tuổi', 'Quyền trẻ em']);
    const quoted = extractFromSourceText('Lớp học gồm 4 chuyên đề, trong đó có “Quyền của người khuyết tật” và “Bình đẳng giới”.');
    expect(quoted.topics).toEqual(['Quyền của người khuyết tật', 'Bình đẳng giới']);
  });

  it('reads "Chuyên đề cuối cùng về …" and the subject the learners are taught by someone', () => {
    const source =
      'Các học viên được Đại tá Trần Văn Lực, Trưởng khoa Luật, Học viện Biên phòng giới thiệu cơ chế bảo vệ quyền con người của Liên hợp quốc. Chuyên đề cuối cùng về kỹ năng trả lời phỏng vấn báo chí nước ngoài do Thượng tá Mai Hồng Phúc đảm nhận.';
    expect(extractFromSourceText(source).topics).toEqual(['cơ chế bảo vệ quyền con người của Liên hợp quốc', 'kỹ năng trả lời phỏng vấn báo chí nước ngoài']);
  });

  it('does not take what a speaker introduces on their own, or a report the learners hear, for a topic', () => {
    expect(extractFromSourceText('Tại hội nghị, ông Lê Văn Hải, Phó Giám đốc Sở Tư pháp giới thiệu các quy định mới của Luật Trẻ em năm 2016.').topics).toEqual([]);
    expect(extractFromSourceText('Các đại biểu được nghe đồng chí Lê Văn Hải trình bày báo cáo kết quả công tác nhân quyền năm 2024.').topics).toEqual([]);
    expect(extractFromSourceText('Các học viên được Ban Tổ chức giới thiệu chương trình, nội quy của lớp học.').topics).toEqual([]);
    const r = extractFromSourceText('Các học viên được nghe ThS Lò Thị Hạnh, giảng viên Khoa Luật, Trường Chính trị tỉnh truyền đạt chuyên đề về quyền của người cao tuổi trong pháp luật Việt Nam.');
    expect(r.topics).toEqual(['quyền của người cao tuổi trong pháp luật Việt Nam']);
  });

  it('pairs a topic with the presenter named after it ("do … trình bày", "được … truyền đạt")', () => {
    const about = 'Thiếu tướng Lê Văn Sơn, Phó Giám đốc Công an tỉnh chủ trì hội nghị, chuyên đề về tình hình nhân quyền thế giới và khu vực do Đại tá Nguyễn Văn Hùng, Phó Cục trưởng Cục An ninh đối ngoại trình bày.';
    const r = extractFromSourceText(about);
    expect(r.topic_details.map((t) => [t.title, t.speaker])).toEqual([['tình hình nhân quyền thế giới và khu vực', 'Nguyễn Văn Hùng']]);
    expect(evidenceText(about, r, 'topics[0]')).toBe('tình hình nhân quyền thế giới và khu vực');
    const taught = extractFromSourceText('Chuyên đề về cơ chế bảo vệ quyền con người của Liên hợp quốc được ông Trần Quốc Bảo, Phó Vụ trưởng Vụ Pháp luật quốc tế truyền đạt.');
    expect(taught.topic_details.map((t) => [t.title, t.speaker])).toEqual([['cơ chế bảo vệ quyền con người của Liên hợp quốc', 'Trần Quốc Bảo']]);
    const byAfterVerb = extractFromSourceText('Ông Lê Văn Sơn, Giám đốc Sở Tư pháp phát biểu khai mạc; chuyên đề về quyền của người khuyết tật được trình bày bởi TS. Lê Thu Hà, giảng viên Học viện Chính trị khu vực III.');
    expect(byAfterVerb.topic_details.map((t) => [t.title, t.speaker])).toEqual([['quyền của người khuyết tật', 'Lê Thu Hà']]);
    // A quoted list shares its presenter; a colon list's items each name their own.
    const quoted = extractFromSourceText('Hội nghị nghe hai chuyên đề “Quyền trẻ em” và “Bình đẳng giới” do bà Trần Thị Hoa, Phó Giám đốc Sở Y tế đảm nhận.');
    expect(quoted.topic_details.map((t) => [t.title, t.speaker])).toEqual([['Quyền trẻ em', 'Trần Thị Hoa'], ['Bình đẳng giới', 'Trần Thị Hoa']]);
    const listed = extractFromSourceText('Hội nghị nghe 2 chuyên đề: Tình hình nhân quyền thế giới do Đại tá Nguyễn Văn Hùng trình bày; Quyền của người dân tộc thiểu số do ông Lê Văn Nam, Phó Trưởng ban Dân tộc tỉnh trình bày.');
    expect(listed.topic_details.map((t) => [t.title, t.speaker])).toEqual([['Tình hình nhân quyền thế giới', 'Nguyễn Văn Hùng'], ['Quyền của người dân tộc thiểu số', 'Lê Văn Nam']]);
  });

  it('keeps "do" and "được" that belong to the title, without a presenter after them', () => {
    const r = extractFromSourceText('Ông Lê Văn Hải, Giám đốc Sở Tư pháp trình bày chuyên đề về bảo đảm quyền tự do tín ngưỡng được pháp luật ghi nhận.');
    expect(r.topic_details.map((t) => [t.title, t.speaker])).toEqual([['bảo đảm quyền tự do tín ngưỡng được pháp luật ghi nhận', 'Lê Văn Hải']]);
  });

  it('reads topics a presenter at a training gives in prose ("thông tin những nội dung …", "chia sẻ về …")', () => {
    const source = 'Sáng 7/4/2026, Sở Tư pháp tổ chức lớp tập huấn về quyền con người cho 60 học viên. Tại lớp học, bà Lê Thị Hòa, Phó Giám đốc Sở Tư pháp, đã thông tin những nội dung cơ bản về quyền trẻ em trong pháp luật Việt Nam; quyền của người cao tuổi. Thượng tá Vi Văn Đông, Phó Trưởng phòng Tham mưu Công an tỉnh chia sẻ về thủ đoạn lôi kéo người dân xuất cảnh trái phép.';
    expect(extractFromSourceText(source).topic_details.map((t) => [t.title, t.speaker])).toEqual([
      ['nội dung cơ bản về quyền trẻ em trong pháp luật Việt Nam', 'Lê Thị Hòa'],
      ['quyền của người cao tuổi', 'Lê Thị Hòa'],
      ['thủ đoạn lôi kéo người dân xuất cảnh trái phép', 'Vi Văn Đông'],
    ]);
  });

  it('never takes a chair\'s speech, a report\'s results or a briefing on the situation for a topic', () => {
    const source = 'Sáng 7/4/2026, Sở Tư pháp tổ chức lớp tập huấn về quyền con người cho 60 học viên. Ông Trần Văn Hải, Giám đốc Sở Tư pháp chủ trì và phát biểu về ý nghĩa của lớp học. Đại tá Lò Văn Minh, Phó Giám đốc Công an tỉnh báo cáo về kết quả công tác nhân quyền năm 2025. Ông Hà Văn Tú, Phó Trưởng phòng An ninh đối ngoại thông tin về tình hình nhân quyền thế giới.';
    expect(extractFromSourceText(source).topics).toEqual([]);
  });

  it('reads the course\'s own list ("Nội dung lớp học còn có …; …") but not prose content at an outreach meeting', () => {
    const course = extractFromSourceText('Lớp bồi dưỡng diễn ra trong 2 ngày. Nội dung lớp học còn có kỹ năng xử lý tin giả trên mạng xã hội; quyền riêng tư của trẻ em trên báo chí.');
    expect(course.topics).toEqual(['kỹ năng xử lý tin giả trên mạng xã hội', 'quyền riêng tư của trẻ em trên báo chí']);
    const outreach = extractFromSourceText('Sáng 2/10/2025, UBND xã tổ chức hội nghị tuyên truyền về quyền con người cho người dân. Ông Lò Văn Sơn, Trưởng Công an xã giới thiệu những nội dung cơ bản của Hiến pháp năm 2013 về quyền con người.');
    expect(outreach.topics).toEqual([]);
  });
});
