import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';
import { evidenceText } from './test-helpers.js';

// Forms met in articles the extractor was not written against (the held-out dev set): each test is a
// general pattern of the Vietnamese press, written here with made-up names.

describe('dates', () => {
  it('gives the first day of a span of days', () => {
    const source = 'Trong 2 ngày 15 và 16/8/2024, Bộ Chỉ huy Quân sự tỉnh tổ chức tập huấn công tác nhân quyền.';
    const r = extractFromSourceText(source);
    expect(r.event_date).toBe('2024-08-15');
    expect(evidenceText(source, r, 'event_date')).toBe('15 và 16/8/2024');
  });

  it('reads a date line with the time first, even right above the lead', () => {
    const r = extractFromSourceText('Cập nhật: 14:05 | 21/09/2023\nSáng 21/9, Ban Chỉ đạo về Nhân quyền tỉnh tổ chức Hội nghị tập huấn.');
    expect(r.published).toBe('2023-09-21');
    expect(r.event_date).toBe('2023-09-21');
    expect(r.year_source).toBe('date_line');
  });
});

describe('officials', () => {
  it('reads Central Highlands names with an apostrophe or five syllables', () => {
    const r = extractFromSourceText(
      "Ông Điểu K'Lông - Phó Chủ tịch UBND tỉnh chủ trì hội nghị. Đồng chí Y Thanh Hà Niê Kđăm, Phó Chủ tịch UBND tỉnh phát biểu. Bà H'Ly Êban, Phó Trưởng Ban Dân tộc tỉnh trình bày.",
    );
    expect(r.officials.map((o) => o.name)).toEqual(["Điểu K'Lông", 'Y Thanh Hà Niê Kđăm', "H'Ly Êban"]);
    expect(r.officials[0]).toMatchObject({ title: 'Phó Chủ tịch UBND tỉnh', role: 'chair' });
  });

  it('keeps a military rank with an academic title, and a unit whose name has commas', () => {
    const r = extractFromSourceText(
      'Đại tá, PGS.TS Trần Văn Khải, giảng viên Khoa Công tác đảng, công tác chính trị, Học viện Chính trị (Bộ Quốc phòng) truyền đạt chuyên đề.',
    );
    expect(r.officials[0]).toMatchObject({
      name: 'Trần Văn Khải',
      rank: 'Đại tá, PGS.TS',
      title: 'giảng viên Khoa Công tác đảng, công tác chính trị, Học viện Chính trị (Bộ Quốc phòng)',
    });
    const b = extractFromSourceText('ThS. Lê Văn Nam, Trưởng phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp cho biết, các đơn vị đã làm tốt.');
    expect(b.officials[0]!.title).toBe('Trưởng phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp');
  });
});

describe('organizers', () => {
  it('reads "A phối hợp B" without "với", and "A tổ chức tập huấn"', () => {
    const a = extractFromSourceText('Ngày 9/12/2025, Văn phòng Thường trực về Nhân quyền Chính phủ phối hợp Ban Chỉ đạo về Nhân quyền tỉnh Quảng Ngãi tổ chức Hội nghị tập huấn.');
    expect(a.organizers).toEqual(['Văn phòng Thường trực về Nhân quyền Chính phủ', 'Ban Chỉ đạo về Nhân quyền tỉnh Quảng Ngãi']);
    const b = extractFromSourceText('Ngày 15/8/2024, Bộ Chỉ huy Quân sự (CHQS) tỉnh Thanh Hóa tổ chức tập huấn công tác nhân quyền năm 2024.');
    expect(b.organizers).toEqual(['Bộ Chỉ huy Quân sự tỉnh Thanh Hóa']);
  });
});

describe('topics', () => {
  it('drops list numbering and keeps every numbered item', () => {
    const r = extractFromSourceText('Các báo cáo viên truyền đạt 3 chuyên đề: (1) Quyền con người cơ bản; (2) Bảo đảm quyền của người dân tộc thiểu số; (3) Kỹ năng đấu tranh trên không gian mạng.');
    expect(r.topics).toEqual(['Quyền con người cơ bản', 'Bảo đảm quyền của người dân tộc thiểu số', 'Kỹ năng đấu tranh trên không gian mạng']);
    const b = extractFromSourceText('Báo cáo viên truyền đạt các chuyên đề: Một là, những vấn đề chung về quyền con người; Hai là, kỹ năng tuyên truyền tại cơ sở.');
    expect(b.topics).toEqual(['những vấn đề chung về quyền con người', 'kỹ năng tuyên truyền tại cơ sở']);
  });

  it('reads "truyền đạt các nội dung:" in lower case, but not "quán triệt các nội dung về …"', () => {
    const r = extractFromSourceText('Báo cáo viên truyền đạt các nội dung: tổng quan về quyền con người; kỹ năng xử lý thông tin xấu, độc trên mạng xã hội.');
    expect(r.topics).toEqual(['tổng quan về quyền con người', 'kỹ năng xử lý thông tin xấu, độc trên mạng xã hội']);
    const s = extractFromSourceText('Các đại biểu đã được quán triệt các nội dung về công tác nhân quyền; công tác dân tộc, tôn giáo trong tình hình mới.');
    expect(s.topics).toEqual([]);
  });
});

describe('indicators', () => {
  it('takes the target from a bracket after the % of plan, and checks the %', () => {
    const r = extractFromSourceText('Trong 9 tháng đầu năm 2019, toàn tỉnh giải quyết việc làm mới cho 7.350 lao động, đạt 81,7% kế hoạch năm (kế hoạch 9.000 lao động).');
    expect(r.indicators).toHaveLength(1);
    expect(r.indicators[0]).toMatchObject({ value: 7350, target: 9000, percent_of_target: 81.7, computed_percent: 81.67, inconsistency: null, period: '9 tháng đầu năm 2019' });
    const wrong = extractFromSourceText('Năm 2020, tỉnh hoàn thành 2.670 căn nhà cho hộ nghèo, đạt 110% kế hoạch (kế hoạch 2.500 căn).');
    expect(wrong.indicators[0]!.inconsistency).toContain('2.670/2.500 = 107%');
  });

  it('reads "10 tháng năm 2024" and "đến cuối năm 2020" as periods', () => {
    const r = extractFromSourceText('Trong 10 tháng năm 2024, toàn tỉnh giải quyết việc làm cho 31.560 lao động. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,8%.');
    expect(r.indicators.map((i) => i.period)).toEqual(['10 tháng năm 2024', '10 tháng năm 2024']);
    const b = extractFromSourceText('Năm 2020 tỉnh hỗ trợ 215.340 lượt người; đến cuối năm 2020, tỷ lệ hộ nghèo giảm còn 3,43%.');
    expect(b.indicators[1]!.period).toBe('cuối năm 2020');
  });

  it('skips shares of the population and counts of administrative units', () => {
    const r = extractFromSourceText('Tỉnh có 124 đơn vị hành chính cấp xã, đồng bào dân tộc thiểu số chiếm trên 87% dân số. Năm 2023 tỉnh hỗ trợ 1.185 nhà ở cho hộ nghèo.');
    expect(r.indicators.map((i) => i.value)).toEqual([1185]);
  });
});

describe('documents about something else', () => {
  it('gives an empty draft and a warning for a whole document that never speaks of rights', () => {
    const filler = ' Lực lượng chức năng đã hỗ trợ người dân khắc phục hậu quả, sơ tán đến nơi an toàn.'.repeat(12);
    const r = extractFromSourceText(`Ngày 15/1/2025, Ban Chỉ huy Phòng thủ dân sự tỉnh Cà Mau tổ chức hội nghị tổng kết công tác phòng, chống thiên tai với khoảng 200 đại biểu. Ông Lâm Văn Bình, Phó Chủ tịch UBND tỉnh chủ trì.${filler}`);
    expect(r).toMatchObject({ event_date: null, province: null, organizers: null, participants_count: null, officials: [], indicators: [] });
    expect(r.warnings.join(' ')).toContain('không nhắc đến nhân quyền');
  });
});
