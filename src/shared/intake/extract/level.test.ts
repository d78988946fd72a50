import { describe, expect, it } from 'vitest';
import { extractFromSourceText } from './index.js';

describe('level', () => {
  it.each([
    'Ngày 12/5/2025, Bộ Tư lệnh Quân khu 7 tổ chức lớp bồi dưỡng kiến thức về quyền con người cho cán bộ các đơn vị.',
    'Ngày 12/5/2025, Bộ Tư lệnh Vùng Cảnh sát biển 2 tổ chức lớp tập huấn về quyền con người.',
    'Ngày 12/5/2025, Học viện Chính trị khu vực III mở lớp bồi dưỡng kiến thức về quyền con người cho cán bộ.',
  ])('a body spanning several provinces runs a regional course: %s', (source) => {
    expect(extractFromSourceText(source).level).toBe('regional');
  });

  it('a province\'s own military command stays provincial', () => {
    const r = extractFromSourceText('Ngày 12/5/2025, Bộ Chỉ huy Quân sự tỉnh Kon Tum tổ chức lớp bồi dưỡng kiến thức về quyền con người.');
    expect(r.level).toBe('province');
  });

  it('takes an event organised by a commune\'s association or committee for a commune event', () => {
    const a = extractFromSourceText('Sáng 2/10/2025, Hội Nông dân xã Tả Phìn phối hợp với Ban Chỉ đạo về nhân quyền xã tổ chức hội nghị tuyên truyền về quyền con người.');
    expect(a.level).toBe('commune');
    const b = extractFromSourceText('Sáng 2/10/2025, Hội Nông dân xã Tả Phìn phối hợp với Sở Tư pháp tỉnh Lào Cai tổ chức hội nghị tuyên truyền về quyền con người.');
    expect(b.level).not.toBe('commune');
    const c = extractFromSourceText('Sáng 2/10/2025, Ban Chỉ đạo về nhân quyền tỉnh Lào Cai tổ chức hội nghị tập huấn cho cán bộ cấp xã.');
    expect(c.level).toBe('province');
  });
});
