import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';
import { evidenceText } from './test-helpers.js';

// Issue 12, section 1: one describe per cause seen on unseen real articles. Each sentence is a
// pattern written for the test (made-up places, people and figures), not an article's wording.

const lead = (rest: string) => `Sáng 3/3/2025, Ban Chỉ đạo về nhân quyền tỉnh Hà Tĩnh tổ chức hội nghị tập huấn công tác nhân quyền. ${rest}`;

describe('context figures are the setting, never indicators', () => {
  it.each([
    ['population and ethnic-minority people', 'Tỉnh có khoảng 1,3 triệu người, trong đó hơn 40.000 người dân tộc thiểu số sinh sống tại 216 xã, phường.', [1_300_000, 40_000, 216]],
    ['households, inhabitants and one people', 'Xã Hòa Lạc có 3.150 hộ với gần 12.000 nhân khẩu, trong đó 850 người dân tộc Tày.', [3150, 12_000, 850]],
    ['religious followers', 'Toàn tỉnh có trên 95.000 tín đồ Công giáo và 120 cơ sở thờ tự.', [95_000, 120]],
    ['coast and share of the population', 'Tỉnh có 40 xã với 137 km bờ biển; đồng bào Chăm chiếm gần 2% dân số.', [40, 137, 2]],
  ])('%s', (_, sentence, values) => {
    const r = extractFromSourceText(lead(sentence));
    expect(r.context_figures?.map((c) => c.value)).toEqual(values);
    expect(r.indicators).toEqual([]);
  });

  it('keeps a result about the same people an indicator ("hỗ trợ … người dân tộc thiểu số")', () => {
    const r = extractFromSourceText(lead('Năm 2024, tỉnh hỗ trợ học nghề cho 1.730 người dân tộc thiểu số.'));
    expect(r.indicators.map((x) => x.value)).toEqual([1730]);
    expect(r.context_figures).toEqual([]);
  });

  it('reads the qualifier of a context figure', () => {
    const r = extractFromSourceText(lead('Huyện có dân số hơn 82.000 người.'));
    expect(r.context_figures).toEqual([expect.objectContaining({ value: 82_000, qualifier: 'more_than', label: 'dân số' })]);
  });
});

describe('target, % of plan and same-period clauses belong to the figure they qualify', () => {
  it('"(kế hoạch là …)" is the target', () => {
    const r = extractFromSourceText(lead('Năm 2024, tỷ lệ hộ nghèo giảm còn 6,4% (kế hoạch là 7%).'));
    expect(r.indicators).toEqual([expect.objectContaining({ value: 6.4, unit: '%', target: 7 })]);
  });

  it('"bằng …% so với cùng kỳ" is a same-period ratio, "tăng …% so với năm trước" a change', () => {
    const r = extractFromSourceText(lead('6 tháng đầu năm 2025, thu ngân sách đạt 5.120 tỷ đồng, bằng 97,5% so với cùng kỳ; kim ngạch xuất khẩu đạt 640 triệu USD, tăng 3,1% so với năm trước.'));
    expect(r.indicators).toHaveLength(2);
    expect(r.indicators[0]).toMatchObject({ value: 5120, unit: 'tỷ đồng', comparison: { value: 97.5, kind: 'ratio', direction: 'decrease' } });
    expect(r.indicators[1]).toMatchObject({ value: 640, unit: 'triệu USD', comparison: { value: 3.1, kind: 'change', direction: 'increase' } });
  });

  it('a change in the figure\'s own unit ("giảm 2 vụ so với năm 2023") is its comparison', () => {
    const r = extractFromSourceText(lead('Năm 2024, toàn tỉnh xảy ra 9 vụ mua bán người, giảm 2 vụ so với năm 2023.'));
    expect(r.indicators).toEqual([expect.objectContaining({ value: 9, unit: 'vụ', comparison: expect.objectContaining({ value: 2, unit: 'vụ', direction: 'decrease' }) })]);
  });
});

describe('figures chained in one sentence', () => {
  it('each has its own unit, qualifier and currency', () => {
    const r = extractFromSourceText(lead('Năm 2024, tỉnh thu hút 17 dự án của 5 quốc gia với tổng vốn khoảng 2,3 tỷ USD và giải ngân trên 410 tỷ đồng.'));
    expect(r.indicators.map((x) => [x.value, x.unit, x.qualifier ?? null])).toEqual([
      [17, 'dự án', null], [5, 'quốc gia', null], [2.3, 'tỷ USD', 'about'], [410, 'tỷ đồng', 'more_than'],
    ]);
    expect(r.indicators[3]!.value_vnd).toBe(410_000_000_000);
  });
});

describe('regional trainings', () => {
  it.each([
    'Văn phòng Thường trực về nhân quyền của Chính phủ tổ chức lớp tập huấn cho cán bộ 11 tỉnh, thành phố tại Đà Nẵng.',
    'Ngày 4/6/2025, tại Huế, Văn phòng Thường trực về nhân quyền của Chính phủ tổ chức lớp tập huấn nghiệp vụ khu vực miền Trung.',
    'Ngày 4/6/2025, Văn phòng Thường trực về nhân quyền của Chính phủ tổ chức hội nghị tập huấn cho các tỉnh khu vực phía Bắc.',
  ])('%s', (sentence) => {
    const source = sentence.startsWith('Ngày') ? sentence : `Ngày 4/6/2025, ${sentence}`;
    expect(extractFromSourceText(source).level).toBe('regional');
  });

  it('a training for every province is not regional', () => {
    const r = extractFromSourceText('Ngày 4/6/2025, Văn phòng Thường trực về nhân quyền của Chính phủ tổ chức hội nghị tập huấn trực tuyến cho 34 tỉnh, thành phố trên cả nước.');
    expect(r.level).toBe('national');
  });
});

describe('who attended', () => {
  it.each([
    ['đồng chí', 'Hội nghị có hơn 260 đồng chí tham gia.', 260, 'more_than'],
    ['cán bộ described before "tham dự"', 'Khoảng 75 cán bộ là lãnh đạo, công chức các phòng, ban chuyên môn của các xã miền núi tham dự.', 75, 'about'],
    ['hội viên as the audience', 'Hội Nông dân xã tổ chức tuyên truyền cho 64 hội viên.', 64, 'exact'],
  ])('%s', (_, sentence, count, qualifier) => {
    const r = extractFromSourceText(lead(sentence));
    expect([r.participants_count, r.participants_qualifier]).toEqual([count, qualifier]);
  });

  it('ignores a number in a photo caption or a related-news list', () => {
    const source = lead('Các đại biểu thảo luận sôi nổi.\n\nẢnh: Đại biểu dự hội nghị (ảnh 3/7).\n\nTin liên quan\n- Gần 500 học viên hoàn thành lớp bồi dưỡng (02/02/2025)\n- 1.200 hộ nghèo được hỗ trợ nhà ở (01/02/2025)\n');
    const r = extractFromSourceText(source);
    expect(r.participants_count).toBeNull();
    expect(r.indicators).toEqual([]);
  });
});

describe('titles', () => {
  it('a former title ("nguyên …") still names a person, and "Ủy viên dự khuyết …" is one title', () => {
    const source = lead('Ông Trịnh Văn Khải, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy và PGS, TS Lâm Thị Ngân, nguyên Vụ trưởng Vụ Pháp chế, Bộ Nội vụ đồng chủ trì.');
    const r = extractFromSourceText(source);
    expect(r.officials).toEqual([
      expect.objectContaining({ name: 'Trịnh Văn Khải', title: 'Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy', role: 'chair' }),
      expect.objectContaining({ name: 'Lâm Thị Ngân', rank: 'PGS, TS', title: 'nguyên Vụ trưởng Vụ Pháp chế, Bộ Nội vụ', role: 'chair' }),
    ]);
  });

  it('keeps "Tiến sĩ" whole as a rank', () => {
    const r = extractFromSourceText(lead('Tiến sĩ Mai Quốc Bảo, Phó Viện trưởng Viện Quyền con người trình bày chuyên đề về quyền tiếp cận thông tin.'));
    expect(r.officials[0]).toMatchObject({ name: 'Mai Quốc Bảo', rank: 'Tiến sĩ', role: 'speaker' });
  });
});

describe('dates', () => {
  it.each([
    ['Trong 3 ngày (7 - 9/10)', 'Báo Nam Định - 11/10/2024 09:00\nTrong 3 ngày (7 - 9/10), Ban Chỉ đạo về nhân quyền tỉnh Nam Định tổ chức lớp bồi dưỡng kiến thức về quyền con người.', '2024-10-07', '2024-10-09'],
    ['từ ngày … đến …', 'Từ ngày 22 đến 24/4/2025, Ban Chỉ đạo về nhân quyền tỉnh Sơn La tổ chức lớp tập huấn.', '2025-04-22', '2025-04-24'],
    ['a range across two months', 'Từ ngày 30/6 đến 2/7/2025, Ban Chỉ đạo về nhân quyền tỉnh Sơn La tổ chức lớp tập huấn.', '2025-06-30', '2025-07-02'],
  ])('%s gives a start and an end', (_, source, start, end) => {
    const r = extractFromSourceText(source);
    expect([r.event_date, r.event_end_date]).toEqual([start, end]);
  });

  it('a one-day event ends the day it starts', () => {
    expect(extractFromSourceText(lead('')).event_end_date).toBe('2025-03-03');
  });

  it('never takes a cited document\'s date ("Chỉ thị số … ngày …")', () => {
    const source = 'Thực hiện Chỉ thị số 21/CT-TTg ngày 15/5/2023 của Thủ tướng Chính phủ, hội nghị tập huấn được tổ chức. Chiều 9/8/2025, Ban Chỉ đạo về nhân quyền tỉnh Phú Thọ tổ chức hội nghị tập huấn.';
    expect(extractFromSourceText(source).event_date).toBe('2025-08-09');
  });

  it('reads a date line glued to the site name, and a date alone on its line, as date lines', () => {
    const glued = extractFromSourceText('Báo Sơn La điện tử05/03/2025 - 10:40\n\nSáng 4/3, Ban Chỉ đạo về nhân quyền tỉnh Sơn La tổ chức hội nghị tập huấn.');
    expect([glued.published, glued.event_date, glued.year_source]).toEqual(['2025-03-05', '2025-03-04', 'date_line']);
    const lone = extractFromSourceText('Cổng thông tin xã Tân Lập\n06/03/2025\n\nNgày 5/3, UBND xã Tân Lập tổ chức hội nghị tuyên truyền về quyền con người.');
    expect([lone.published, lone.event_date]).toEqual(['2025-03-06', '2025-03-05']);
  });
});

describe('organisers and roles', () => {
  it('"phối hợp" without "với" joins two organisers', () => {
    const r = extractFromSourceText('Ngày 2/4/2025, Sở Tư pháp tỉnh Bắc Ninh phối hợp Hội Luật gia tỉnh tổ chức hội nghị tập huấn về quyền con người.');
    expect(r.organizers).toEqual(['Sở Tư pháp tỉnh Bắc Ninh', 'Hội Luật gia tỉnh']);
  });

  it('a person only present is an attendee (guest), even when others speak in the sentence after', () => {
    const r = extractFromSourceText(lead('Tham dự hội nghị có đồng chí Lưu Văn Tâm, Phó Chủ tịch HĐND tỉnh. Đồng chí Phan Thị Hà, Giám đốc Sở Tư pháp phát biểu khai mạc.'));
    expect(r.officials.map((o) => [o.name, o.role])).toEqual([['Lưu Văn Tâm', 'guest'], ['Phan Thị Hà', 'speaker']]);
  });

  it.each([
    ['another person speaks after a semicolon', 'Hội nghị có sự tham dự của đồng chí Chu Văn Định, Phó Bí thư Tỉnh ủy; đồng chí Tạ Thị Hà, Giám đốc Sở Tư pháp phát biểu khai mạc.', [['Chu Văn Định', 'guest'], ['Tạ Thị Hà', 'speaker']]],
    ['the meeting is the subject of the verb', 'Với sự tham dự của đồng chí Chu Văn Định, Phó Bí thư Tỉnh ủy, hội nghị đã thảo luận, đánh giá kết quả năm 2024.', [['Chu Văn Định', 'guest']]],
    ['an attendee who speaks is a speaker', 'Dự hội nghị có đồng chí Chu Văn Định, Phó Bí thư Tỉnh ủy phát biểu chỉ đạo.', [['Chu Văn Định', 'speaker']]],
  ])('attendance clause: %s', (_, sentence, roles) => {
    expect(extractFromSourceText(lead(sentence)).officials.map((o) => [o.name, o.role])).toEqual(roles);
  });
});

describe('confidence and doubts (section 2)', () => {
  it('every proposed field carries a confidence', () => {
    const r = extractFromSourceText(lead('Năm 2024, tỉnh giải quyết việc làm cho 2.100 lao động. Có 120 đại biểu tham dự.'));
    for (const [field, e] of Object.entries(r.evidence)) expect([field, e.confidence]).toEqual([field, expect.stringMatching(/^(high|medium|low)$/)]);
  });

  it('two well-placed dates compete: the date is low and says so, in the draft\'s warnings too', () => {
    const r = extractFromSourceText('Sáng 12/6/2025, Ban Chỉ đạo về nhân quyền tỉnh Lai Châu tổ chức hội nghị tập huấn. Sáng 19/6/2025, Ban Chỉ đạo tiếp tục tổ chức hội nghị tập huấn tại huyện Tam Đường.');
    expect(r.evidence.event_date).toMatchObject({ confidence: 'low', warnings: [expect.stringContaining('Hai ngày khác nhau trong bài')] });
    expect(r.warnings).toEqual(expect.arrayContaining([expect.stringContaining('Ngày diễn ra: Hai ngày khác nhau')]));
  });

  it('two attendance counts that disagree make the count low', () => {
    const r = extractFromSourceText(lead('Hội nghị có 150 đại biểu tham dự. Sau hội nghị, 210 đại biểu tham gia làm bài kiểm tra.'));
    expect(r.evidence.participants_count).toMatchObject({ confidence: 'low' });
  });

  it('a figure without a subject or a period is doubted, a clear one is not', () => {
    const r = extractFromSourceText(lead('Năm 2024, tỉnh giải quyết việc làm cho 2.100 lao động. Ngoài ra còn 35 lượt.'));
    expect(r.evidence['indicators[0].value']).toMatchObject({ confidence: 'high' });
    expect(r.evidence['indicators[0].value']!.warnings).toBeUndefined();
    expect(r.evidence['indicators[1].value']!.confidence).toBe('low');
  });

  it('a context figure is flagged as such and the draft says how many were set apart', () => {
    const r = extractFromSourceText(lead('Tỉnh có 8.000 tín đồ.'));
    expect(r.evidence['context_figures[0]']).toMatchObject({ warnings: [expect.stringContaining('bối cảnh')] });
    expect(r.warnings).toEqual(expect.arrayContaining([expect.stringContaining('1 số liệu bối cảnh')]));
  });

  it('a plain, strong draft has no doubt in its warnings', () => {
    const r = extractFromSourceText('Ngày 13/6/2023, Ban Chỉ đạo về nhân quyền tỉnh Bắc Kạn tổ chức hội nghị tập huấn công tác nhân quyền năm 2023 với 120 đại biểu tham dự. Đồng chí Đỗ Thị Minh Hoa, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.');
    expect(r.warnings).toEqual([]);
  });
});

describe('the first well-placed date wins over a later one that only writes its year', () => {
  it('reads "Sáng 11/6, … tổ chức" before "Sáng 18/6/2025, … tiếp tục tổ chức", and doubts it', () => {
    const r = extractFromSourceText('Báo Điện Biên - 12/06/2025 10:00\nSáng 11/6, Ban Chỉ đạo về nhân quyền tỉnh Điện Biên tổ chức hội nghị tập huấn. Sáng 18/6/2025, Ban Chỉ đạo tiếp tục tổ chức hội nghị tập huấn tại xã Mường Phăng.');
    expect(r.event_date).toBe('2025-06-11');
    expect(r.evidence.event_date!.confidence).toBe('low');
  });
});
