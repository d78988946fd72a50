import { removeDiacritics } from '../../shared/text/index.js';

const encodeRfc8187 = (s: string) => encodeURIComponent(s).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment; filename="du-lieu-ca-nhan.json"; filename*=UTF-8''D%E1%BB%AF...json` (RFC 6266):
 * browsers use the UTF-8 name, which keeps the Vietnamese; older clients read the ASCII one.
 */
export function attachment(readableName: string, extension: string): string {
  const cleaned = readableName.replace(/[\u0000-\u001f\u007f"*/:<>?\\|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120).trim() || 'tai-lieu';
  const ascii =
    removeDiacritics(cleaned)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'tai-lieu';
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encodeRfc8187(`${cleaned}.${extension}`.normalize('NFC'))}`;
}
