import { describe, expect, it } from 'vitest';
import { attachmentDisposition, slugify } from './file-name.js';

describe('export file names', () => {
  it('slugs Vietnamese titles to lower-case ASCII, đ included', () => {
    expect(slugify('Báo cáo Hội nghị tập huấn (Đắk Lắk) 13/06/2023')).toBe('bao-cao-hoi-nghi-tap-huan-dak-lak-13-06-2023');
    expect(slugify('“…”')).toBe('tai-lieu');
    expect(slugify('a'.repeat(200)).length).toBe(80);
  });

  it('keeps the header ASCII: slug in filename, the Vietnamese name percent-encoded in filename*', () => {
    const header = attachmentDisposition('Báo cáo "Hội nghị" 1/2: tập huấn*', 'docx');
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    expect(header).toBe(
      `attachment; filename="bao-cao-hoi-nghi-1-2-tap-huan.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20H%E1%BB%99i%20ngh%E1%BB%8B%201%202%20t%E1%BA%ADp%20hu%E1%BA%A5n.docx`,
    );
    expect(attachmentDisposition("Ban's (test)", 'xlsx')).toContain("filename*=UTF-8''Ban%27s%20%28test%29.xlsx");
  });

  it('writes the Vietnamese name in composed (NFC) form', () => {
    const decomposed = 'Hội nghị'.normalize('NFD');
    const header = attachmentDisposition(decomposed, 'xlsx');
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('Hội nghị.xlsx');
  });
});
