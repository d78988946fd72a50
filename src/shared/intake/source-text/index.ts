import { nfcWithOffsets } from '../../text/offsets.js';
import { normalizeVietnamese } from '../../text/tone-marks.js';
import { convertLegacyLines, type LegacyEncoding } from './legacy-fonts.js';
import { composeMaps, unchanged, type MappedText } from './offset-map.js';
import { rejoinLines } from './rejoin-lines.js';

export { convertLegacyLines, convertLegacyVietnamese, detectLegacyEncoding, type LegacyEncoding } from './legacy-fonts.js';
export type { MappedText } from './offset-map.js';

/**
 * The text the extractor reads, and the way back from its offsets to the SOURCE text the review
 * screen shows. Every normalisation step goes through this one offset map, so a highlight never
 * drifts:
 *
 *   source ─(legacy TCVN3/VNI font → Unicode)─(NFC)─(one tone-mark style)─(re-joined PDF lines)→ text
 *
 * What the SOURCE text is (decided for intake, see `src/server/features/intake/read/`): the text
 * a reader produced, in readable Unicode. Readers convert legacy-font mojibake themselves before
 * anything is stored, because a reviewer cannot check a highlight in "Ban ChØ ®¹o"; so intake
 * calls this with `legacyEncoding` unset. The option is here for callers whose source must stay
 * byte-for-byte what they were given (a labelled set whose offsets index the raw text).
 * NFC, tone marks and line re-joining are never applied to the source text: the reviewer sees
 * the document's own lines and spellings.
 */
export interface PreparedText {
  /** Normalised text the extractor reads. */
  text: string;
  /** Offset in `text` → offset in the source text. Monotonic; `toSource(text.length)` is the source's length. */
  toSource(offset: number): number;
}

export interface PrepareOptions {
  /** PDF text layers break lines inside sentences; re-join them (hyphenation, soft wraps). */
  rejoinLines?: boolean;
  /**
   * The source is legacy-font mojibake: convert it (line by line; Unicode lines stay as they are).
   * `'auto'` converts only when the text looks like TCVN3 or VNI.
   */
  legacyEncoding?: LegacyEncoding | 'auto';
}

export function prepareSourceText(source: string, options: PrepareOptions = {}): PreparedText {
  let mapped: MappedText = unchanged(source);
  if (options.legacyEncoding) {
    const hint = options.legacyEncoding === 'auto' ? null : options.legacyEncoding;
    mapped = convertLegacyLines(source, { hint });
  }
  const nfc = nfcWithOffsets(mapped.text);
  // Tone-mark placement keeps the UTF-16 length of NFC text, so the NFC map stays valid for it.
  mapped = composeMaps(mapped, { text: normalizeVietnamese(nfc.text), toOriginal: nfc.toOriginal });
  if (options.rejoinLines) mapped = composeMaps(mapped, rejoinLines(mapped.text));
  return { text: mapped.text, toSource: mapped.toOriginal };
}
