import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toVietnamDate } from './html-metadata.js';
import { IntakeReadError } from './read-error.js';
import { readHtml } from './read-html.js';

const page = fs.readFileSync(new URL('../../../../../fixtures/intake/bao-mau-cao-bang.html', import.meta.url), 'utf8');

describe('readHtml', () => {
  it('keeps the article, in paragraphs, and drops the menu, sidebar and footer', () => {
    const read = readHtml(page);
    const paragraphs = read.text.split('\n\n');
    expect(paragraphs[0]).toBe('Cao Bằng: Tập huấn công tác nhân quyền năm 2023');
    expect(paragraphs).toContain('Hội nghị do Ban Chỉ đạo nhân quyền tỉnh phối hợp với Văn phòng thường trực Ban Chỉ đạo nhân quyền tổ chức.');
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const boilerplate of ['Thời sự Kinh tế', 'Tin đọc nhiều', 'Thác Bản Giốc', 'Bản quyền', 'Chia sẻ Facebook', 'dataLayer']) {
      expect(read.text).not.toContain(boilerplate);
    }
  });

  it('reads the canonical address, publication date and site name', () => {
    expect(readHtml(page)).toMatchObject({
      title: 'Cao Bằng: Tập huấn công tác nhân quyền năm 2023',
      sourceUrl: 'https://bao-mau.example.vn/thoi-su/cao-bang-tap-huan-cong-tac-nhan-quyen-nam-2023.html',
      published: '2023-09-23',
      siteName: 'Báo Mẫu Cao Bằng',
      rejoinLines: false,
    });
  });

  it('falls back to og:url and <time datetime> when the page has no canonical link or meta date', () => {
    const bare = page
      .replace(/<link rel="canonical"[^>]*>/u, '<meta property="og:url" content="https://bao-mau.example.vn/bai-1.html">')
      .replace(/<meta property="article:published_time"[^>]*>/u, '');
    expect(readHtml(bare)).toMatchObject({ sourceUrl: 'https://bao-mau.example.vn/bai-1.html', published: '2023-09-23' });
  });

  it('refuses a page with no article (a home page of links) with a clear code', () => {
    const home = '<!doctype html><html><head><title>Trang chủ</title></head><body><nav><a href="/a">Thời sự</a> <a href="/b">Kinh tế</a></nav><ul><li><a href="/1">Tin 1</a></li><li><a href="/2">Tin 2</a></li></ul><footer>Bản quyền</footer></body></html>';
    expect(() => readHtml(home)).toThrowError(IntakeReadError);
    try {
      readHtml(home);
    } catch (error) {
      expect(error).toMatchObject({ code: 'no_article', message: expect.stringMatching(/^Không tìm thấy bài viết/u) });
    }
  });
});

describe('toVietnamDate', () => {
  it.each([
    ['2023-09-23T10:15:00+07:00', '2023-09-23'],
    // 22:30 UTC is already the next morning in Hà Nội.
    ['2023-06-12T22:30:00Z', '2023-06-13'],
    ['2023-06-12T22:30:00+0000', '2023-06-13'],
    ['2023-06-13', '2023-06-13'],
    ['2023-06', '2023-06'],
    ['13/06/2023', null],
  ])('%s → %s', (raw, date) => {
    expect(toVietnamDate(raw)).toBe(date);
  });
});
