import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';
import { evidenceText } from './test-helpers.js';

describe('organizers', () => {
  it('writes out the abbreviations the article defines and keeps the co-organiser', () => {
    const source =
      'Sáng 20/4/2023, tại Công an tỉnh, Ban Chỉ đạo về Nhân quyền (viết tắt là BCĐNQ) tỉnh Bình Định phối hợp với Văn phòng Thường trực (viết tắt là VPTT) BCĐNQ Chính phủ tổ chức Hội nghị tập huấn công tác nhân quyền năm 2023.';
    const r = extractFromSourceText(source);
    expect(r.organizers).toEqual(['Ban Chỉ đạo về Nhân quyền tỉnh Bình Định', 'Văn phòng Thường trực Ban Chỉ đạo về Nhân quyền Chính phủ']);
    expect(r.co_organizers).toEqual(['Văn phòng Thường trực Ban Chỉ đạo về Nhân quyền Chính phủ']);
    expect(evidenceText(source, r, 'organizers[0]')).toBe('Ban Chỉ đạo về Nhân quyền (viết tắt là BCĐNQ) tỉnh Bình Định');
    expect(r.evidence['organizers[1]']!.rule).toBe('organizer.phoi-hop-voi');
    expect(r.venue).toBe('Công an tỉnh');
  });

  it('reads "Hội nghị do A phối hợp với B tổ chức"', () => {
    const r = extractFromSourceText('Hội nghị do Ban Chỉ đạo nhân quyền tỉnh phối hợp với Văn phòng thường trực Ban Chỉ đạo nhân quyền tổ chức.');
    expect(r.organizers).toEqual(['Ban Chỉ đạo nhân quyền tỉnh', 'Văn phòng thường trực Ban Chỉ đạo nhân quyền']);
  });

  it('drops a place in brackets and sets the commune level', () => {
    const r = extractFromSourceText('Ngày 3/7/2024, UBND xã Tân Lập (huyện Mộc Châu, tỉnh Sơn La) tổ chức Hội nghị tuyên truyền pháp luật.');
    expect(r.organizers).toEqual(['UBND xã Tân Lập']);
    expect(r.level).toBe('commune');
    expect(r.province).toBe('Sơn La');
  });

  it('does not take "tổ chức chính trị - xã hội" for an organiser', () => {
    expect(extractFromSourceText('Các tổ chức chính trị - xã hội tham gia tuyên truyền.').organizers).toBeNull();
  });
  it('reads a committee that meets for its own review ("họp sơ kết", "tổ chức tổng kết")', () => {
    const a = extractFromSourceText('Chiều 12/1, Ban Chỉ đạo về nhân quyền tỉnh Nghệ An họp tổng kết công tác năm 2024.');
    expect(a.organizers).toEqual(['Ban Chỉ đạo về nhân quyền tỉnh Nghệ An']);
    const b = extractFromSourceText('Sáng 5/7, UBND tỉnh Sơn La tổ chức sơ kết 6 tháng thực hiện công tác nhân quyền.');
    expect(b.organizers).toEqual(['UBND tỉnh Sơn La']);
  });

  it('never takes a newspaper\'s dateline before the lead for an organiser', () => {
    const a = extractFromSourceText('Báo Quảng Ngãi - Ngày 4/3/2026, Sở Tư pháp tỉnh tổ chức hội nghị tập huấn về quyền con người.');
    expect(a.organizers).toEqual(['Sở Tư pháp tỉnh']);
    const b = extractFromSourceText('Báo Cà Mau - Sáng 9-6, Công an tỉnh Cà Mau tổ chức lớp bồi dưỡng kiến thức nhân quyền.');
    expect(b.organizers).toEqual(['Công an tỉnh Cà Mau']);
  });
});
