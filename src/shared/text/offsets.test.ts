import { describe, expect, it } from 'vitest';
import { nfcWithOffsets } from './offsets.js';

describe('nfcWithOffsets', () => {
  it('is the identity for NFC text', () => {
    const s = 'Sáng 20/4/2023';
    const n = nfcWithOffsets(s);
    expect(n.text).toBe(s);
    expect([0, 5, s.length].map(n.toOriginal)).toEqual([0, 5, s.length]);
  });

  it.each([
    // [original, substring of the NFC text, the same substring in the original]
    ['Sa\u0301ng 20/4', '20/4', '20/4'],
    ['Sa\u0301ng 20/4', 'Sáng', 'Sa\u0301ng'],
    ['Kha\u0301nh Hoa\u0300 nhé', 'Hoà', 'Hoa\u0300'],
    ['Kha\u0301nh Hoa\u0300 nhé', 'nhé', 'nhé'],
  ])('maps %j: %j back to %j', (original, inNfc, inOriginal) => {
    const n = nfcWithOffsets(original);
    expect(n.text).toBe(original.normalize('NFC'));
    const i = n.text.indexOf(inNfc);
    expect(original.slice(n.toOriginal(i), n.toOriginal(i + inNfc.length))).toBe(inOriginal);
  });
});
