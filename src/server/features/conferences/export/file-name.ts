import { removeDiacritics } from '../../../../shared/text/index.js';

/** `Hội nghị tập huấn (2023)` → `hoi-nghi-tap-huan-2023`: lower-case ASCII words joined by hyphens. */
export function slugify(text: string, maxLength = 80): string {
  const slug = removeDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'tai-lieu';
}

/** RFC 8187 value-chars: everything but attr-char is percent-encoded (encodeURIComponent leaves `'()*!` alone). */
const encodeRfc8187 = (s: string) =>
  encodeURIComponent(s).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment; filename="hoi-nghi.docx"; filename*=UTF-8''H%E1%BB%99i...docx` (RFC 6266).
 * Browsers use the UTF-8 name, which keeps the Vietnamese title; older clients and proxies that
 * only read `filename` get the ASCII slug, so the header itself stays pure ASCII.
 */
export function attachmentDisposition(readableName: string, extension: 'docx' | 'xlsx'): string {
  // Characters Windows refuses in file names, control characters and quotes go; the rest stays.
  const cleaned = readableName
    .replace(/[\u0000-\u001f\u007f"*/:<>?\\|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .trim();
  const utf8Name = `${cleaned || 'tai-lieu'}.${extension}`;
  const asciiName = `${slugify(cleaned)}.${extension}`;
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeRfc8187(utf8Name.normalize('NFC'))}`;
}
