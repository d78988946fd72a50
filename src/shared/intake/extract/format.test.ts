import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';

describe('format', () => {
  it('reads a form stated as online only as online, even with the points it reaches', () => {
    const r = extractFromSourceText('Hội nghị được tổ chức theo hình thức trực tuyến tới 27 điểm cầu các xã, phường.');
    expect(r.format).toBe('online');
    expect(extractFromSourceText('Lớp học diễn ra theo hình thức trực tuyến đến 8 điểm cầu cấp huyện.').format).toBe('online');
  });

  it('keeps a hall linked to connection points hybrid', () => {
    expect(extractFromSourceText('Hội nghị được tổ chức theo hình thức trực tuyến từ điểm cầu Công an tỉnh đến 9 điểm cầu các huyện.').format).toBe('hybrid');
    expect(extractFromSourceText('Hội nghị theo hình thức trực tuyến với điểm cầu chính tại Hội trường UBND tỉnh và 30 điểm cầu xã.').format).toBe('hybrid');
    expect(extractFromSourceText('Hội nghị được kết nối trực tuyến đến 60 điểm cầu xã, phường.').format).toBe('hybrid');
    expect(extractFromSourceText('Hội nghị theo hình thức trực tuyến kết hợp trực tiếp tới 12 điểm cầu.').format).toBe('hybrid');
    const later = 'Hội nghị được kết nối tới 60 điểm cầu xã, phường. Năm qua, tỉnh tổ chức 12 lớp tuyên truyền theo hình thức trực tuyến.';
    expect(extractFromSourceText(later).format).toBe('hybrid');
  });
});
