import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';
import { evidenceText } from './test-helpers.js';

describe('participants, connection points and format', () => {
  it('reads "khoảng 120 đại biểu" as about 120', () => {
    const source = 'Hội nghị có lãnh đạo các sở, ngành (khoảng 120 đại biểu).';
    const r = extractFromSourceText(source);
    expect([r.participants_count, r.participants_qualifier]).toEqual([120, 'about']);
    expect(evidenceText(source, r, 'participants_count')).toBe('khoảng 120 đại biểu');
  });

  it('reads "Hơn 3.000 đại biểu" and "3.100 đại biểu tại 114 điểm cầu"', () => {
    expect(extractFromSourceText('Hơn 3.000 đại biểu tham dự hội nghị.').participants_qualifier).toBe('more_than');
    const r = extractFromSourceText('Hội nghị được kết nối trực tuyến với 3.100 đại biểu tại 114 điểm cầu.');
    expect([r.participants_count, r.participants_qualifier, r.connection_points_count, r.format]).toEqual([3100, 'exact', 114, 'hybrid']);
  });

  it('sums connection points over levels, unless the total is stated', () => {
    const source = 'Hội nghị kết nối tới 10 điểm cầu cấp huyện và 161 điểm cầu xã.';
    const r = extractFromSourceText(source);
    expect(r.connection_points_count).toBe(171);
    expect(r.connection_points).toEqual([{ level: 'huyện', count: 10 }, { level: 'xã', count: 161 }]);
    expect(evidenceText(source, r, 'connection_points_count')).toBe('10 điểm cầu cấp huyện | 161 điểm cầu xã');
    expect(extractFromSourceText('Trực tuyến tới 171 điểm cầu, gồm 10 điểm cầu cấp huyện và 161 điểm cầu cấp xã.').connection_points_count).toBe(171);
    // A stated total that only part of is broken down by level, and the same total said twice.
    const partial = 'Hội nghị được tổ chức tại 114 điểm cầu, trong đó có 1 điểm cầu cấp tỉnh.';
    expect(extractFromSourceText(partial).connection_points_count).toBe(114);
    expect(evidenceText(partial, extractFromSourceText(partial), 'connection_points_count')).toBe('114 điểm cầu');
    expect(extractFromSourceText('Hội nghị có 114 điểm cầu. Tại 114 điểm cầu, các đại biểu theo dõi trực tuyến.').connection_points_count).toBe(114);
  });

  it('does not count people helped as participants', () => {
    expect(extractFromSourceText('Đã giải quyết việc làm cho 3.500 người; tỷ lệ tham gia bảo hiểm xã hội 97%.').participants_count).toBeNull();
    expect(extractFromSourceText('Hội nghị có sự tham dự của 150 người dân.').participants_count).toBe(150);
  });

  it('tells formats apart, and a stray "trực tiếp" is not a format', () => {
    expect(extractFromSourceText('Hội nghị diễn ra dưới hình thức trực tiếp và trực tuyến.').format).toBe('hybrid');
    expect(extractFromSourceText('Hội nghị được tổ chức trực tuyến qua nền tảng Zoom.').format).toBe('online');
    expect(extractFromSourceText('Hội nghị được tổ chức theo hình thức trực tiếp tại hội trường.').format).toBe('in_person');
    expect(extractFromSourceText('Nội dung liên quan trực tiếp đến công tác nhân quyền.').format).toBeNull();
  });

  it('reads cán bộ, công chức, hội viên with an attendance cue', () => {
    const a = extractFromSourceText('Ngày 3/4/2024, Sở Tư pháp tỉnh Tây Ninh tổ chức hội nghị tập huấn về quyền con người cho khoảng 100 cán bộ các sở, ngành.');
    expect([a.participants_count, a.participants_qualifier]).toEqual([100, 'about']);
    const b = extractFromSourceText('Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 80 điểm cầu cấp xã, với trên 1.500 cán bộ tham gia.');
    expect([b.participants_count, b.participants_qualifier]).toEqual([1500, 'more_than']);
    expect(extractFromSourceText('Tham dự lớp tập huấn có khoảng 150 hội viên là Chủ tịch Hội các xã.').participants_count).toBe(150);
  });

  it('does not read a count after "cho" outside the sentence that organises the training', () => {
    expect(extractFromSourceText('Năm 2023, tỉnh đã hỗ trợ cho 500 hội viên vay vốn; 3.200 người tham gia bảo hiểm xã hội.').participants_count).toBeNull();
  });

  it('reads "lượt" counts of who attended the event as participants, not as indicators', () => {
    const cases: Array<[string, number, string, string]> = [
      ['Ngày 12/6/2025, Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị tập huấn về quyền con người. Hội nghị có hơn 500 lượt cán bộ tham dự.', 500, 'more_than', 'hơn 500 lượt cán bộ'],
      ['Ngày 12/6/2025, Công an tỉnh tổ chức lớp bồi dưỡng kiến thức về quyền con người cho gần 200 lượt học viên.', 200, 'about', 'gần 200 lượt học viên'],
      ['Sáng 3/10, Hội nghị tổng kết công tác nhân quyền năm 2024 thu hút 350 lượt người tham dự.', 350, 'exact', '350 lượt người'],
      ['Lớp tập huấn diễn ra trong 3 buổi, với 240 lượt học viên tham gia.', 240, 'exact', '240 lượt học viên'],
    ];
    for (const [source, count, qualifier, evidence] of cases) {
      const r = extractFromSourceText(source);
      expect([r.participants_count, r.participants_qualifier]).toEqual([count, qualifier]);
      expect(evidenceText(source, r, 'participants_count')).toBe(evidence);
      expect(r.indicators.map((i) => i.value)).not.toContain(count);
    }
    // A second attendance count that disagrees is a doubt, and is not proposed as a figure either.
    const rival = extractFromSourceText('Hội nghị có 120 đại biểu tham dự. Qua hai ngày, hội nghị thu hút 180 lượt người tham dự.');
    expect(rival.participants_count).toBe(120);
    expect(rival.indicators).toEqual([]);
  });

  it('keeps a period\'s "lượt" result in a review article as a figure', () => {
    const year = extractFromSourceText('Năm 2024, toàn tỉnh đã tổ chức tập huấn cho 12.000 lượt cán bộ về quyền con người.');
    expect(year.participants_count).toBeNull();
    expect(year.indicators.map((i) => [i.value, i.unit, i.period])).toEqual([[12000, 'lượt cán bộ', 'năm 2024']]);
    const chained = extractFromSourceText('Sở Tư pháp cho biết, đã tổ chức 460 cuộc tuyên truyền, phổ biến pháp luật với trên 35.000 lượt người tham dự.');
    expect(chained.participants_count).toBeNull();
    expect(chained.indicators.map((i) => [i.value, i.unit])).toEqual([[460, 'cuộc'], [35000, 'lượt người']]);
    // After another figure, a yearly total of people trained is no audience either; one event's "01 lớp" is no such figure.
    expect(extractFromSourceText('Năm 2024, toàn tỉnh tổ chức 120 lớp tập huấn cho 12.000 cán bộ.').participants_count).toBeNull();
    expect(extractFromSourceText('Ngày 8/4, Sở Tư pháp tổ chức 01 lớp tập huấn về quyền con người cho 80 cán bộ.').participants_count).toBe(80);
  });
});
