import { describe, expect, it } from 'vitest';
import { rejoinLines } from './rejoin-lines.js';

// Lines as LibreOffice's PDF of the Bắc Kạn seed article breaks them.
const PAGE = [
  'Tập huấn công tác nhân quyền tại Bắc Kạn',
  '',
  'Ngày 13-6-2023, Ban Chỉ đạo Bảo vệ an ninh tỉnh Bắc Kạn tổ chức Hội nghị tập',
  'huấn công tác nhân quyền năm 2023. Hội nghị được kết nối trực tuyến đến điểm cầu',
  'Công an các huyện trên địa bàn tỉnh.',
  'Toàn cảnh Hội nghị.',
  'Tại Hội nghị, các đại biểu đã được quán triệt các nội dung về công tác nhân',
  'quyền; công tác dân tộc, tôn giáo trong tình hình mới.',
].join('\n');

describe('rejoinLines', () => {
  it('joins lines broken inside a sentence and keeps sentence ends and paragraphs', () => {
    expect(rejoinLines(PAGE).text).toBe(
      [
        'Tập huấn công tác nhân quyền tại Bắc Kạn',
        '',
        'Ngày 13-6-2023, Ban Chỉ đạo Bảo vệ an ninh tỉnh Bắc Kạn tổ chức Hội nghị tập huấn công tác nhân quyền năm 2023. Hội nghị được kết nối trực tuyến đến điểm cầu Công an các huyện trên địa bàn tỉnh.',
        'Toàn cảnh Hội nghị.',
        'Tại Hội nghị, các đại biểu đã được quán triệt các nội dung về công tác nhân quyền; công tác dân tộc, tôn giáo trong tình hình mới.',
      ].join('\n'),
    );
  });

  it('removes a typesetter’s hyphen and maps the word back over it', () => {
    const source = 'Báo cáo của Văn phòng Thường trực về công tác bảo đảm quy-\nền con người năm 2024';
    const out = rejoinLines(source);
    expect(out.text).toBe('Báo cáo của Văn phòng Thường trực về công tác bảo đảm quyền con người năm 2024');
    const i = out.text.indexOf('quyền');
    expect(source.slice(out.toOriginal(i), out.toOriginal(i + 'quyền'.length))).toBe('quy-\nền');
  });

  it('keeps list items and a dash that separates words on their own lines', () => {
    const source = 'Nội dung tập huấn gồm các chuyên đề sau đây về dân tộc và tôn giáo\n- Quyền con người;\n- Quyền công dân.\ndân tộc -\ntôn giáo';
    expect(rejoinLines(source).text).toBe(
      'Nội dung tập huấn gồm các chuyên đề sau đây về dân tộc và tôn giáo\n- Quyền con người;\n- Quyền công dân.\ndân tộc - tôn giáo',
    );
  });
});
