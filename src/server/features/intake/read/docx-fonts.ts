import type { LegacyEncoding } from '../../../../shared/intake/source-text/index.js';

/**
 * The legacy Vietnamese font a .docx is typed in, from the font names its runs and styles use:
 * TCVN3 fonts are named `.VnTime`, `.VnTimeH`, `.VnArial`…, VNI fonts `VNI-Times`, `VNI-Helve`….
 * The font table is not consulted: it lists fonts a template once had, used or not.
 */
export function legacyFontOf(xmlParts: (Uint8Array | undefined)[]): LegacyEncoding | null {
  let tcvn3 = 0;
  let vni = 0;
  const decoder = new TextDecoder();
  for (const part of xmlParts) {
    if (!part) continue;
    const xml = decoder.decode(part);
    for (const m of xml.matchAll(/w:(?:ascii|hAnsi|cs)="([^"]+)"/gu)) {
      const font = m[1]!.trim();
      if (/^\.vn/iu.test(font)) tcvn3++;
      else if (/^vni[- ]/iu.test(font)) vni++;
    }
  }
  if (tcvn3 === 0 && vni === 0) return null;
  return tcvn3 >= vni ? 'tcvn3' : 'vni';
}
