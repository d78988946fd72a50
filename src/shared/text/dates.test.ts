import { describe, expect, it } from 'vitest';
import { findViDates, parseViDate } from './index.js';
import type { ViDateMatch } from './index.js';

/** Every match must slice the ORIGINAL string to exactly the expected phrase. */
function phrase(text: string, m: ViDateMatch | null | undefined): string | undefined {
  return m ? text.slice(m.start, m.end) : undefined;
}

describe('parseViDate: forms with a year', () => {
  it.each([
    ['Ngày 13-6-2023, Ban Chỉ đạo', 'Ngày 13-6-2023', '2023-06-13', {}],
    ['Sáng 20/4/2023, tại Công an tỉnh', 'Sáng 20/4/2023', '2023-04-20', { partOfDay: 'sáng' }],
    ['Sáng ngày 13/6/2024, Văn phòng', 'Sáng ngày 13/6/2024', '2024-06-13', { partOfDay: 'sáng' }],
    ['vào 13/6/2024.', '13/6/2024', '2024-06-13', {}],
    ['Thứ năm - 04/05/2023 07:473640', 'Thứ năm - 04/05/2023', '2023-05-04', { weekday: 4 }],
    ['Thứ Năm, 04/05/2023', 'Thứ Năm, 04/05/2023', '2023-05-04', { weekday: 4 }],
    ['Chủ nhật, 7/5/2023', 'Chủ nhật, 7/5/2023', '2023-05-07', { weekday: 0 }],
    ['thứ 2 ngày 8/5/2023', 'thứ 2 ngày 8/5/2023', '2023-05-08', { weekday: 1 }],
    ['Chiều thứ bảy 6/5/2023', 'Chiều thứ bảy 6/5/2023', '2023-05-06', { partOfDay: 'chiều', weekday: 6 }],
    ['buổi tối ngày 1/1/2024', 'buổi tối ngày 1/1/2024', '2024-01-01', { partOfDay: 'tối' }],
    ['Trưa 2-9-2023', 'Trưa 2-9-2023', '2023-09-02', { partOfDay: 'trưa' }],
    ['ngày 20 tháng 10 năm 2023', 'ngày 20 tháng 10 năm 2023', '2023-10-20', {}],
    ['Hà Nội, ngày 05 tháng 6, năm 2023', 'ngày 05 tháng 6, năm 2023', '2023-06-05', {}],
    ['20 tháng 10 năm 2023', '20 tháng 10 năm 2023', '2023-10-20', {}],
    ['ngày 5.6.2023', 'ngày 5.6.2023', '2023-06-05', {}],
    ['(ngày 28/3/2023)', 'ngày 28/3/2023', '2023-03-28', {}],
    ['Quyết định số 2460/QĐ-UBND ngày 20-12-2022 về', 'ngày 20-12-2022', '2022-12-20', {}],
    ['date 2023-11-05 x', '2023-11-05', '2023-11-05', {}],
    ['ngày 29/2/2024', 'ngày 29/2/2024', '2024-02-29', {}],
    ['SÁNG 20/4/2023', 'SÁNG 20/4/2023', '2023-04-20', { partOfDay: 'sáng' }],
  ])('%j', (text, expectedPhrase, date, extra) => {
    const m = parseViDate(text);
    expect(m).toEqual({ date, yearInferred: false, start: text.indexOf(expectedPhrase), end: text.indexOf(expectedPhrase) + expectedPhrase.length, ...extra });
    expect(phrase(text, m)).toBe(expectedPhrase);
  });
});

describe('parseViDate: forms without a year', () => {
  it.each([
    ['Ngày 20/10, hội nghị', 'Ngày 20/10', '2023-10-20', {}],
    ['Chiều 14/9, đoàn công tác', 'Chiều 14/9', '2023-09-14', { partOfDay: 'chiều' }],
    ['(ngày 28/3)', 'ngày 28/3', '2023-03-28', {}],
    ['Ngày người khuyết tật Việt Nam (18/4) với', '18/4', '2023-04-18', {}],
    ['Sáng 23/9, tại', 'Sáng 23/9', '2023-09-23', { partOfDay: 'sáng' }],
    ['hôm 5-6 vừa qua', 'hôm 5-6', '2023-06-05', {}],
    ['ngày 20 tháng 10', 'ngày 20 tháng 10', '2023-10-20', {}],
    ['Thứ năm (4/5)', '4/5', '2023-05-04', {}],
  ])('%j with context.year 2023', (text, expectedPhrase, date, extra) => {
    const m = parseViDate(text, { year: 2023 });
    expect(m).toEqual({ date, yearInferred: true, start: text.indexOf(expectedPhrase), end: text.indexOf(expectedPhrase) + expectedPhrase.length, ...extra });
    expect(phrase(text, m)).toBe(expectedPhrase);
  });

  it.each([['Ngày 20/10'], ['Chiều 14/9'], ['(18/4)']])('%j without a year in context → null', (text) => {
    expect(parseViDate(text)).toBeNull();
    expect(parseViDate(text, {})).toBeNull();
    expect(parseViDate(text, { year: null })).toBeNull();
  });

  it('skips an unresolvable yearless date and returns the next resolvable one', () => {
    const text = 'Chiều 14/9, ... ngày 20/10/2023';
    expect(phrase(text, parseViDate(text))).toBe('ngày 20/10/2023');
  });

  it('an explicit year wins over context.year', () => {
    expect(parseViDate('Ngày 13-6-2023', { year: 2020 })).toMatchObject({ date: '2023-06-13', yearInferred: false });
  });

  it('validates a yearless 29/2 against the context year', () => {
    expect(parseViDate('ngày 29/2', { year: 2024 })?.date).toBe('2024-02-29');
    expect(parseViDate('ngày 29/2', { year: 2023 })).toBeNull();
  });
});

describe('parseViDate: not dates', () => {
  it.each([
    ['Quyết định số 2460/QĐ-UBND'],
    ['tổng số 1.290 người uy tín/1.292 tổ, thôn, bản'],
    ['giai đoạn 2023-2027'],
    ['nhiệm kỳ 2023-2025'],
    ['Đào tạo nghề cho 8.469/6.500 người'],
    ['hợp đồng là 651/547 lao động'],
    ['3/4 số hộ'], // a fraction: yearless without a cue
    ['20/10'],
    ['ngày 31/2/2023'], // invalid day
    ['ngày 29/2/2023'], // not a leap year
    ['ngày 13/13/2023'],
    ['ngày 0/5/2023'],
    ['ngày 13/6/23'], // two-digit year
    ['Sáng 13/6/23'],
    ['ngày 13/6/1850'], // year out of range
    ['ngày 13-6/2023'], // mixed separators
    ['trong 5 tháng đầu năm 2023'],
    ['kéo dài 3 tháng 6 ngày'],
    ['3.000 người'],
    ['ngày 3.000 người'],
    ['Thông tư 01/2023/TT-BCA'],
    ['số 12/2023/NĐ-CP'],
    ['tháng 6/2023'],
    ['date 2023-11'],
    ['2023-13-01'],
    ['v1.2.2023x'],
    ['Chiều cùng ngày'],
    [''],
  ])('%j → null (even with context.year)', (text) => {
    expect(parseViDate(text, { year: 2023 })).toBeNull();
    expect(findViDates(text, { year: 2023 })).toEqual([]);
  });
});

describe('findViDates', () => {
  it('finds every date, in order, with exact spans', () => {
    const text =
      'Ngày 13-6-2023, Ban Chỉ đạo tổ chức Hội nghị. UBND tỉnh đã ban hành Quyết định số 2460/QĐ-UBND ngày 20-12-2022 về phê duyệt danh sách giai đoạn 2023-2027 với tổng số 1.290 người uy tín/1.292 tổ; Chiều 14/9 tiếp tục.';
    const found = findViDates(text, { year: 2023 });
    expect(found.map((m) => [phrase(text, m), m.date, m.yearInferred])).toEqual([
      ['Ngày 13-6-2023', '2023-06-13', false],
      ['ngày 20-12-2022', '2022-12-20', false],
      ['Chiều 14/9', '2023-09-14', true],
    ]);
  });

  it('reports spans in the ORIGINAL string when the input is decomposed (NFD)', () => {
    // Decomposed input is longer than its NFC form, so NFC offsets would be wrong here.
    const text = 'Hội nghị. Sáng 20/4/2023, và Chiều 14/9.'.normalize('NFD');
    expect(text.length).toBeGreaterThan(text.normalize('NFC').length);
    const found = findViDates(text, { year: 2023 });
    expect(found.map((m) => phrase(text, m))).toEqual(['Sáng 20/4/2023'.normalize('NFD'), 'Chiều 14/9'.normalize('NFD')]);
    expect(found.map((m) => m.partOfDay)).toEqual(['sáng', 'chiều']);
  });

  it('handles NBSP between the cue and the date', () => {
    const text = 'Sáng\u00a020/4/2023';
    expect(phrase(text, parseViDate(text))).toBe(text);
  });

  it('finds the seed article dates (Bình Định)', () => {
    const text =
      'Công an tỉnh Bình Địnhhttps://congan.binhdinh.gov.vn/uploads/no-image.png\nThứ năm - 04/05/2023 07:473640\nSáng 20/4/2023, tại Công an tỉnh, Ban Chỉ đạo về Nhân quyền\nChiều cùng ngày, Đoàn công tác';
    expect(findViDates(text).map((m) => ({ phrase: phrase(text, m), date: m.date, weekday: m.weekday, part: m.partOfDay }))).toEqual([
      { phrase: 'Thứ năm - 04/05/2023', date: '2023-05-04', weekday: 4, part: undefined },
      { phrase: 'Sáng 20/4/2023', date: '2023-04-20', weekday: undefined, part: 'sáng' },
    ]);
  });

  it('is not confused by the seed indicator sentence (Hậu Giang)', () => {
    const text =
      'nhân Ngày người khuyết tật Việt Nam (18/4) với số tiền trên 222 triệu đồng. giải quyết việc làm cho 17.670 lao động, đạt 117,8% chỉ tiêu Nghị quyết của Tỉnh ủy năm 2023 (tăng 1,2% so với năm 2022); 651/547 lao động, đạt 119,02% kế hoạch năm 2023. Đào tạo nghề cho 8.469/6.500 người, đạt 130,29%';
    expect(findViDates(text, { year: 2023 }).map((m) => [phrase(text, m), m.date])).toEqual([['18/4', '2023-04-18']]);
  });

  it('two calls do not share regex state', () => {
    const text = 'ngày 1/1/2023 và ngày 2/2/2023';
    expect(findViDates(text)).toHaveLength(2);
    expect(findViDates(text)).toHaveLength(2);
    expect(parseViDate(text)?.date).toBe('2023-01-01');
  });
});
