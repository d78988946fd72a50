import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';
import { evidenceText } from './test-helpers.js';

describe('officials', () => {
  it('reads rank, name and title up to the verb, with spans', () => {
    const source = 'Phát biểu tại Hội nghị, Thiếu tướng Nguyễn Văn Kỷ, Phó Chánh Văn phòng Thường trực Ban Chỉ đạo Nhân quyền nhấn mạnh, công tác nhân quyền là trách nhiệm chung.';
    const r = extractFromSourceText(source);
    expect(r.officials).toEqual([{ name: 'Nguyễn Văn Kỷ', rank: 'Thiếu tướng', title: 'Phó Chánh Văn phòng Thường trực Ban Chỉ đạo Nhân quyền', role: 'speaker' }]);
    expect(evidenceText(source, r, 'officials[0].name')).toBe('Nguyễn Văn Kỷ');
    expect(evidenceText(source, r, 'officials[0].rank')).toBe('Thiếu tướng');
    expect(evidenceText(source, r, 'officials[0].title')).toBe('Phó Chánh Văn phòng Thường trực Ban Chỉ đạo Nhân quyền');
    expect(evidenceText(source, r, 'officials[0].role')).toBe('Phát biểu');
  });

  it('keeps a multi-part title and marks the chair', () => {
    const source = 'Đồng chí Lâm Hải Giang, Phó Chủ tịch UBND tỉnh, Trưởng ban BCĐNQ tỉnh chủ trì Hội nghị.';
    const r = extractFromSourceText(source);
    expect(r.officials[0]).toEqual({ name: 'Lâm Hải Giang', rank: null, title: 'Phó Chủ tịch UBND tỉnh, Trưởng ban BCĐNQ tỉnh', role: 'chair' });
    expect(evidenceText(source, r, 'officials[0].role')).toBe('chủ trì');
  });

  it('finds a bare name by its family name and the title after it, and stops at "và các"', () => {
    const r = extractFromSourceText('Tham dự và báo cáo tại Hội nghị, có Trần Chi Mai, Phó Vụ trưởng Vụ Hợp tác quốc tế, Ủy ban Dân tộc và các thành viên Văn phòng.');
    expect(r.officials).toEqual([{ name: 'Trần Chi Mai', rank: null, title: 'Phó Vụ trưởng Vụ Hợp tác quốc tế, Ủy ban Dân tộc', role: 'speaker' }]);
  });

  it('joins a title before the name with the one after it', () => {
    const source = 'Tham dự có: Phó Chủ tịch UBND tỉnh Nguyễn Trung Thảo - Trưởng Ban Chỉ đạo công tác nhân quyền tỉnh Cao Bằng, ông Nguyễn Văn Kỷ.';
    const r = extractFromSourceText(source);
    expect(r.officials[0]!.title).toBe('Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo công tác nhân quyền tỉnh Cao Bằng');
    expect(evidenceText(source, r, 'officials[0].title')).toBe('Phó Chủ tịch UBND tỉnh | Trưởng Ban Chỉ đạo công tác nhân quyền tỉnh Cao Bằng');
    expect(r.officials.map((o) => o.role)).toEqual(['guest', 'guest']);
  });

  it('reads academic ranks and merges later mentions of the same person', () => {
    const source = 'Tại Hội nghị T.S Lê Thị Liên, Viện trưởng Viện nghiên cứu Chính sách tôn giáo, Ban Tôn giáo Chính phủ đã trình bày chuyên đề. Bà Lê Thị Liên cũng giải đáp câu hỏi.';
    const r = extractFromSourceText(source);
    expect(r.officials).toHaveLength(1);
    expect(r.officials[0]).toMatchObject({ rank: 'T.S', title: 'Viện trưởng Viện nghiên cứu Chính sách tôn giáo, Ban Tôn giáo Chính phủ', role: 'speaker' });
  });

  it('keeps "Ban chỉ đạo" inside a title and a body named with a dash', () => {
    const a = extractFromSourceText('ông Nguyễn Văn Toàn - Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo về nhân quyền tỉnh Hòa Bình khẳng định: …');
    expect(a.officials[0]!.title).toBe('Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo về nhân quyền tỉnh Hòa Bình');
    const b = extractFromSourceText('Bà Nguyễn Thị Lan Anh, Giám đốc Sở Lao động - Thương binh và Xã hội cho biết như vậy.');
    expect(b.officials[0]!.title).toBe('Giám đốc Sở Lao động - Thương binh và Xã hội');
  });

  it('is not fooled by a name without a title, a province, or a title without a name', () => {
    const r = extractFromSourceText('Tỉnh xóa bỏ tổ chức bất hợp pháp Dương Văn Mình. Chủ tịch UBND tỉnh Bắc Kạn nhấn mạnh kết quả. Học viện Chính trị quốc gia Hồ Chí Minh.');
    expect(r.officials).toEqual([]);
  });

  it('keeps "và" inside a body name in a title', () => {
    const a = extractFromSourceText('Bà Đặng Thị Lan, Phó Giám đốc Sở Dân tộc và Tôn giáo tỉnh phát biểu tại hội nghị.');
    expect(a.officials[0]).toMatchObject({ name: 'Đặng Thị Lan', title: 'Phó Giám đốc Sở Dân tộc và Tôn giáo tỉnh' });
    const b = extractFromSourceText('Ông Phạm Văn Hưng, Trưởng phòng Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý cho biết tình hình.');
    expect(b.officials[0]!.title).toBe('Trưởng phòng Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý');
    const c = extractFromSourceText('Dự có ông Trần Văn Bình, Giám đốc Sở Tư pháp và Nguyễn Thị Hoa, Phó Giám đốc Sở Nội vụ.');
    expect(c.officials.map((o) => o.title)).toEqual(['Giám đốc Sở Tư pháp', 'Phó Giám đốc Sở Nội vụ']);
  });

  it('reads presenters named in a verbless sentence as speakers', () => {
    const r = extractFromSourceText('Báo cáo viên gồm Thượng tá Lê Văn An, Phó Trưởng phòng An ninh đối ngoại và bà Vũ Thị Mai, Phó Giám đốc Sở Nội vụ.');
    expect(r.officials.map((o) => o.role)).toEqual(['speaker', 'speaker']);
  });

  it('reads co-chairs listed after "Chủ trì … có" or before "đồng chủ trì"', () => {
    const a = extractFromSourceText('Chủ trì hội nghị có đồng chí Lê Văn Minh, Phó Chủ tịch UBND tỉnh; Đại tá Trần Quốc Bảo, Phó Giám đốc Công an tỉnh.');
    expect(a.officials.map((o) => o.role)).toEqual(['chair', 'chair']);
    const b = extractFromSourceText('TS Hoàng Minh Đức, Phó Giám đốc Học viện Tư pháp và Thiếu tướng Phan Văn Tài, Cục trưởng Cục An ninh đối ngoại đồng chủ trì hội thảo.');
    expect(b.officials.map((o) => o.role)).toEqual(['chair', 'chair']);
  });

  it('does not take "lễ khai mạc" for a speech', () => {
    const r = extractFromSourceText('Dự lễ khai mạc có đồng chí Vi Thị Hạnh, Phó Trưởng ban Dân vận Tỉnh ủy.');
    expect(r.officials[0]!.role).toBe('guest');
  });

  it('does not take a byline for an official', () => {
    const r = extractFromSourceText('Ông Trần Văn Nam, Giám đốc Sở Tư pháp chủ trì hội nghị.\n\nHoàng Nga (Báo Quảng Ninh) - 18/11/2020');
    expect(r.officials.map((o) => o.name)).toEqual(['Trần Văn Nam']);
  });
});

describe('officials: roles, ranks and whole titles', () => {
  it('marks as chair someone who "chủ trì" after a comma that closes the title', () => {
    const r = extractFromSourceText('Thượng tá Đỗ Văn Kiên, Phó Trưởng phòng Chính trị Bộ đội Biên phòng tỉnh, chủ trì buổi tập huấn.');
    expect(r.officials[0]).toMatchObject({ name: 'Đỗ Văn Kiên', title: 'Phó Trưởng phòng Chính trị Bộ đội Biên phòng tỉnh', role: 'chair' });
  });

  it('makes a speaker of someone who exchanges on a topic or takes it on, and ends the title before that verb', () => {
    const a = extractFromSourceText('Bà Phan Thị Dung, Trưởng phòng Tuyên truyền, Sở Tư pháp tỉnh, trao đổi chuyên đề về quyền của người khuyết tật.');
    expect(a.officials[0]).toMatchObject({ title: 'Trưởng phòng Tuyên truyền, Sở Tư pháp tỉnh', role: 'speaker' });
    const b = extractFromSourceText('Chuyên đề về tín ngưỡng do Trung tá Hà Minh Tuấn, Phó Trưởng phòng An ninh đối nội, Công an tỉnh Sơn La đảm nhận.');
    expect(b.officials[0]).toMatchObject({ rank: 'Trung tá', title: 'Phó Trưởng phòng An ninh đối nội, Công an tỉnh Sơn La', role: 'speaker' });
  });

  it.each([
    ['ThS Đào Thị Nga, giảng viên Học viện Chính trị khu vực I giảng dạy chuyên đề về quyền trẻ em.', 'giảng viên Học viện Chính trị khu vực I'],
    ['Ông Hà Văn Toàn, Phó Giám đốc Sở Tư pháp trả lời các câu hỏi của học viên.', 'Phó Giám đốc Sở Tư pháp'],
    ['Ông Hà Văn Toàn, Phó Giám đốc Sở Tư pháp hướng dẫn học viên kỹ năng xử lý tình huống.', 'Phó Giám đốc Sở Tư pháp'],
    ['Báo cáo viên Hà Văn Toàn, Phó Giám đốc Sở Tư pháp lên lớp chuyên đề về quyền trẻ em.', 'Phó Giám đốc Sở Tư pháp'],
    ['Thượng tá Hà Văn Toàn, Phó Trưởng phòng An ninh đối nội, Công an tỉnh phụ trách chuyên đề này.', 'Phó Trưởng phòng An ninh đối nội, Công an tỉnh'],
    ['Phần thảo luận do Trung tá Hà Văn Toàn, Phó Trưởng phòng Tham mưu, Công an tỉnh đảm trách.', 'Phó Trưởng phòng Tham mưu, Công an tỉnh'],
  ])('a teacher is a speaker and the title ends before the teaching verb: %s', (source, title) => {
    expect(extractFromSourceText(source).officials[0]).toMatchObject({ title, role: 'speaker' });
  });

  it('does not read a capitalised body name ("Phòng Phổ biến, giáo dục pháp luật") as a speech verb', () => {
    const r = extractFromSourceText('Ông Hồ Văn Nam, Trưởng phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp tham dự hội nghị.');
    expect(r.officials[0]).toMatchObject({ title: 'Trưởng phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp', role: 'guest' });
  });

  it('keeps every rank written before the name ("Đại tá, PGS, TS")', () => {
    const r = extractFromSourceText('Báo cáo viên là Thượng tá, PGS, TS Vũ Thanh Bình, giảng viên Học viện Chính trị khu vực III.');
    expect(r.officials[0]).toMatchObject({ name: 'Vũ Thanh Bình', rank: 'Thượng tá, PGS, TS' });
  });

  it('keeps a title of several parts written before the name', () => {
    const r = extractFromSourceText('Hội nghị diễn ra trong một ngày. Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo về nhân quyền tỉnh Lê Văn Sơn chủ trì hội nghị.');
    expect(r.officials[0]).toMatchObject({ name: 'Lê Văn Sơn', title: 'Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo về nhân quyền tỉnh', role: 'chair' });
  });

  it('reads a title written before the rank or "đồng chí" that introduces the name', () => {
    const a = extractFromSourceText('Phát biểu chỉ đạo hội nghị, Thứ trưởng Bộ Công an, Thượng tướng Lê Quốc Hùng nhấn mạnh yêu cầu.');
    expect(a.officials[0]).toMatchObject({ name: 'Lê Quốc Hùng', rank: 'Thượng tướng', title: 'Thứ trưởng Bộ Công an', role: 'speaker' });
    const b = extractFromSourceText('Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo về nhân quyền tỉnh, đồng chí Đinh Văn Lợi chủ trì hội nghị.');
    expect(b.officials[0]).toMatchObject({ title: 'Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo về nhân quyền tỉnh', role: 'chair' });
    const c = extractFromSourceText('Dự hội nghị có Thiếu tướng Lê Văn Hải, Giám đốc Công an tỉnh, Đại tá Trần Văn Tư cùng các đại biểu.');
    expect(c.officials.map((o) => o.title)).toEqual(['Giám đốc Công an tỉnh', null]);
  });

  it('does not take the previous person\'s title for a title before a name', () => {
    const r = extractFromSourceText('Dự hội nghị có Phó Chủ tịch UBND tỉnh Nguyễn Văn Nam, Giám đốc Sở Tư pháp Trần Thị Mai.');
    expect(r.officials.map((o) => o.title)).toEqual(['Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Tư pháp']);
  });

  it('reads a lower-case title starting with "công chức" or "chuyên gia"', () => {
    const r = extractFromSourceText('Bà Lò Thị Sen, công chức Tư pháp - Hộ tịch xã trình bày chuyên đề về quyền trẻ em.');
    expect(r.officials[0]).toMatchObject({ name: 'Lò Thị Sen', title: 'công chức Tư pháp - Hộ tịch xã', role: 'speaker' });
  });

  it('keeps a lower-case title after a comma ("chuyên gia tư vấn của …")', () => {
    const r = extractFromSourceText('Cùng dự có ông Đinh Quốc Hưng, nguyên Vụ trưởng Vụ Pháp chế, chuyên gia tư vấn của Ban Chỉ đạo.');
    expect(r.officials[0]).toMatchObject({ title: 'nguyên Vụ trưởng Vụ Pháp chế, chuyên gia tư vấn của Ban Chỉ đạo', role: 'guest' });
  });

  it('keeps a unit whose name has a dash and a family-name-like word ("Dân tộc - Tôn giáo") whole', () => {
    const r = extractFromSourceText('Ông Hà Văn Lộc, Phó Trưởng phòng Dân tộc - Tôn giáo, Sở Nội vụ cho biết, toàn tỉnh có 5 tôn giáo.');
    expect(r.officials[0]).toMatchObject({ name: 'Hà Văn Lộc', title: 'Phó Trưởng phòng Dân tộc - Tôn giáo, Sở Nội vụ' });
  });

  it('takes a presenter who "thông tin những/các nội dung …" for a speaker', () => {
    const r = extractFromSourceText('Tại lớp học, bà Đinh Thị Nga, Phó Trưởng phòng Tư pháp huyện, đã thông tin các nội dung về quyền trẻ em.');
    expect(r.officials[0]).toMatchObject({ name: 'Đinh Thị Nga', role: 'speaker' });
  });
});
