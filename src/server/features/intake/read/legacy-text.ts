import { convertLegacyLines, type LegacyEncoding } from '../../../../shared/intake/source-text/index.js';

const NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (.VnTime)', vni: 'VNI (VNI-Times)' };

/**
 * Turns legacy-font mojibake into readable Unicode before the text becomes the SOURCE text: the
 * reviewer must be able to read what a highlight points at. The conversion is told to the reviewer,
 * since a wrongly guessed line would need checking against the original.
 */
export function toReadableUnicode(
  text: string,
  hint: LegacyEncoding | null = null,
): { text: string; warnings: string[]; toOriginal(offset: number): number } {
  const converted = convertLegacyLines(text, { hint });
  if (!converted.encoding) return { text, warnings: [], toOriginal: converted.toOriginal };
  return {
    text: converted.text,
    toOriginal: converted.toOriginal,
    warnings: [`Văn bản gõ bằng phông chữ cũ ${NAMES[converted.encoding]} đã được chuyển sang Unicode; hãy đối chiếu dấu với bản gốc.`],
  };
}
