/**
 * NFC normalisation that remembers where each position came from, so a
 * match found in the normalised text can be reported as a span of the
 * ORIGINAL string (evidence highlighting slices the original).
 *
 * Text that is already NFC (nearly all web text) takes the fast path: the
 * mapping is the identity. Otherwise every "base letter + combining marks"
 * cluster is normalised on its own; a position at a cluster boundary maps
 * exactly, a position inside a cluster that changed length maps to the
 * cluster's start (index 0 within it) or end (any later index).
 */
export interface NormalizedText {
  text: string;
  toOriginal(index: number): number;
}

export function nfcWithOffsets(original: string): NormalizedText {
  if (original.normalize('NFC') === original) return { text: original, toOriginal: (i) => i };

  let text = '';
  const map: number[] = [];
  for (const m of original.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const cluster = m[0];
    const start = m.index ?? 0;
    const nfc = cluster.normalize('NFC');
    for (let k = 0; k < nfc.length; k++) {
      if (nfc.length === cluster.length) map.push(start + k);
      else map.push(k === 0 ? start : start + cluster.length);
    }
    text += nfc;
  }
  map.push(original.length);
  return { text, toOriginal: (i) => map[i] ?? original.length };
}
