import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';
import { evidenceText } from './test-helpers.js';

describe('event date', () => {
  it('reads a lead date phrase with its year and points at it', () => {
    const source = 'Ngày 13-6-2023, Ban Chỉ đạo Bảo vệ an ninh tỉnh Bắc Kạn tổ chức Hội nghị tập huấn công tác nhân quyền năm 2023.';
    const r = extractFromSourceText(source);
    expect(r.event_date).toBe('2023-06-13');
    expect(r.date_year_inferred).toBe(false);
    expect(r.year_source).toBe('date_phrase');
    expect(evidenceText(source, r, 'event_date')).toBe('Ngày 13-6-2023');
  });

  it('reads "ngày 5 tháng 10 năm 2024"', () => {
    const source = 'Trong ngày 5 tháng 10 năm 2024, Ban Chỉ đạo về Nhân quyền tỉnh Quảng Ninh tổ chức Hội nghị tập huấn.';
    expect(extractFromSourceText(source).event_date).toBe('2024-10-05');
  });

  it('takes a missing year from the event name and says so', () => {
    const source = 'Sáng 14/9, Ban Chỉ đạo về Nhân quyền TPHCM tổ chức Hội nghị tập huấn công tác nhân quyền năm 2025.';
    const r = extractFromSourceText(source);
    expect(r.event_date).toBe('2025-09-14');
    expect(r.date_year_inferred).toBe(true);
    expect(r.year_source).toBe('event_name');
    expect(evidenceText(source, r, 'event_date')).toBe('Sáng 14/9');
  });

  it('takes a missing year from the date line, and from the publication date the caller knows', () => {
    const withLine = 'Thứ hai - 16/09/2024 08:15\nChiều 14/9, UBND tỉnh Gia Lai tổ chức Hội nghị tập huấn công tác nhân quyền.';
    const a = extractFromSourceText(withLine);
    expect([a.event_date, a.year_source, a.published]).toEqual(['2024-09-14', 'date_line', '2024-09-16']);
    const b = extractFromSourceText('Chiều 28/12, UBND tỉnh Gia Lai tổ chức Hội nghị tập huấn công tác nhân quyền.', { published: '2025-01-03' });
    expect([b.event_date, b.year_source]).toEqual(['2024-12-28', 'published']);
  });

  it('never takes the date of a cited document, an anniversary or the date line', () => {
    const source = 'Thứ năm - 04/05/2023 07:47\nUBND tỉnh ban hành Quyết định số 2460/QĐ-UBND ngày 20-12-2022 về người có uy tín; nhân Ngày người khuyết tật Việt Nam (18/4) tặng quà.';
    const r = extractFromSourceText(source);
    expect(r.event_date).toBeNull();
    expect(r.published).toBe('2023-05-04');
  });

  it('warns when a date has no year and none can be inferred', () => {
    const r = extractFromSourceText('Sáng 14/9, UBND tỉnh tổ chức Hội nghị tập huấn công tác nhân quyền cho cán bộ.');
    expect(r.event_date).toBeNull();
    expect(r.warnings.join(' ')).toContain('không suy ra được năm');
  });

  it('reads a broadcaster\'s "Sáng nay (15/10)" with the year from the date line', () => {
    const r = extractFromSourceText('15/10/2021 - 18:30\nSáng nay (15/10), Ban Chỉ đạo tỉnh Yên Bái tổ chức Hội nghị tập huấn công tác nhân quyền.');
    expect([r.event_date, r.year_source]).toEqual(['2021-10-15', 'date_line']);
  });

  it('takes the first day of a yearless span of days "(từ 12 đến 14/9)"', () => {
    const r = extractFromSourceText('Thứ Tư, 14/9/2022 | 16:40\nTrong 3 ngày (từ 12 đến 14/9), Bộ Chỉ huy Quân sự tỉnh Lai Châu tổ chức lớp bồi dưỡng về quyền con người.');
    expect(r.event_date).toBe('2022-09-12');
  });

  it('takes the year from a lower-case event name after its verb ("tổ chức hội nghị … năm 2020")', () => {
    const r = extractFromSourceText('Ngày 17/11, Ban Chỉ đạo tỉnh Phú Yên tổ chức hội nghị tập huấn công tác nhân quyền năm 2020.');
    expect([r.event_date, r.year_source]).toEqual(['2020-11-17', 'event_name']);
    const b = extractFromSourceText('Sáng 6-10, Trường Chính trị tỉnh Kon Tum khai giảng lớp bồi dưỡng kiến thức về quyền con người năm 2021.');
    expect(b.event_date).toBe('2021-10-06');
  });
  it('reads a span of days after an agency dateline, and takes the year from a date line that names the site first', () => {
    const lead = extractFromSourceText('Học viên các tỉnh miền núi\n\nTTXVN - Trong 3 ngày 11 - 13/3/2024, Học viện Chính trị khu vực I mở lớp bồi dưỡng kiến thức về quyền con người.');
    expect([lead.event_date, lead.event_end_date]).toEqual(['2024-03-11', '2024-03-13']);
    const site = extractFromSourceText('Báo Biên Phòng - Thứ Sáu, 07/06/2024, 08:30 (GMT+7)\n\nTừ ngày 4 đến 6-6, Bộ đội Biên phòng tỉnh tổ chức lớp bồi dưỡng về quyền con người.');
    expect([site.event_date, site.event_end_date, site.published]).toEqual(['2024-06-04', '2024-06-06', '2024-06-07']);
  });
  it('reads spans of days joined by a comma or "đến hết ngày"', () => {
    const comma = extractFromSourceText('Trong hai ngày 7, 8/11/2024, Trường Chính trị tỉnh tổ chức lớp bồi dưỡng về quyền con người.');
    expect([comma.event_date, comma.event_end_date]).toEqual(['2024-11-07', '2024-11-08']);
    const toEnd = extractFromSourceText('Từ ngày 4 đến hết ngày 6/11/2024, Trường Chính trị tỉnh tổ chức lớp bồi dưỡng về quyền con người.');
    expect([toEnd.event_date, toEnd.event_end_date]).toEqual(['2024-11-04', '2024-11-06']);
  });
  it('reads date lines that name the site or section, or say "Cập nhật lúc …", and takes the year from them', () => {
    for (const line of ['Báo Kon Tum - 14/11/2024, 09:05 (GMT+7)', 'Tin hoạt động | 14/11/2024', 'Cập nhật lúc 09:05 ngày 14/11/2024']) {
      const r = extractFromSourceText(`${line}\n\nSáng 12/11, Sở Tư pháp khai mạc lớp bồi dưỡng về quyền con người.`);
      expect([r.event_date, r.published, r.year_source]).toEqual(['2024-11-12', '2024-11-14', 'date_line']);
    }
  });
});

describe('a yearless event date with the year written elsewhere in the article', () => {
  it('reads a weekday with the date in parentheses, the year from the event name', () => {
    const r = extractFromSourceText('(Cổng TTĐT Bình Phước) - Thứ Ba (14/4), Ban Chỉ đạo về nhân quyền tỉnh tổ chức hội nghị sơ kết công tác nhân quyền quý I năm 2026.');
    expect([r.event_date, r.date_year_inferred]).toEqual(['2026-04-14', true]);
  });

  it('reads "Ngày 3 và 4/9" as a two-day span, the year from the lead', () => {
    const r = extractFromSourceText('Ngày 3 và 4/9, Bộ Chỉ huy Quân sự tỉnh tổ chức tập huấn công tác nhân quyền cho 150 cán bộ. Đây là đợt tập huấn thứ hai trong năm 2024.');
    expect([r.event_date, r.event_end_date]).toEqual(['2024-09-03', '2024-09-04']);
    expect(r.evidence.event_date?.warnings).toEqual([expect.stringContaining('năm 2024 ghi ở chỗ khác trong bài')]);
  });

  it('takes the year from a later full date, never from a law, a comparison or a deadline', () => {
    const source = 'Chiều 22-5, Sở Tư pháp tổ chức hội nghị tập huấn về quyền con người trong Hiến pháp năm 2013, tăng so với cùng kỳ năm 2022.\nNgày 30/5/2023, các xã đã gửi báo cáo; hoàn thành trước ngày 15/12/2031.';
    expect(extractFromSourceText(source).event_date).toBe('2023-05-22');
  });
});
