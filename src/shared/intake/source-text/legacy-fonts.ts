import { MappedTextBuilder, unchanged, type MappedText } from './offset-map.js';
import { TCVN3_TO_UNICODE, VNI_TO_UNICODE } from './legacy-tables.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

/**
 * Letters only Unicode Vietnamese has (never produced by a TCVN3/VNI font read as Latin-1).
 * â, ê, ô are left out on purpose: both legacy encodings use them as codes.
 */
const UNICODE_VIETNAMESE = /[ăđơưĂĐƠƯĩũĨŨ\u1EA0-\u1EF9]/u;

/** TCVN3 codes that ordinary Western text almost never contains (tone-marked a/ă/â, ơ, ư, đ, ì…). */
const TCVN3_SIGNS = /[¡-®µ-¹»-¾Æ-ÑÒ-ØÜ-Þ]/gu;
/** VNI: a vowel followed by a mark code, or the đ code. */
const VNI_SIGNS = /[aeouyAEOUYôöÔÖ][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]|[ñÑ]/gu;

/** Converts text typed in a legacy font to Unicode, remembering where each letter came from. */
export function convertLegacyVietnamese(text: string, encoding: LegacyEncoding): MappedText {
  const builder = new MappedTextBuilder(text);
  convertRange(builder, text, 0, text.length, encoding);
  return builder.build();
}

function convertRange(builder: MappedTextBuilder, text: string, from: number, to: number, encoding: LegacyEncoding) {
  let kept = from;
  const flush = (i: number) => builder.keep(kept, i);
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (encoding === 'tcvn3') {
      const letter = TCVN3_TO_UNICODE.get(ch);
      if (letter === undefined) continue;
      flush(i);
      builder.replace(i, i + 1, letter);
      kept = i + 1;
      continue;
    }
    const pair = i + 1 < to ? VNI_TO_UNICODE.pairs.get(ch + text[i + 1]) : undefined;
    if (pair !== undefined) {
      flush(i);
      builder.replace(i, i + 2, pair);
      kept = i + 2;
      i++;
      continue;
    }
    const single = VNI_TO_UNICODE.singles.get(ch);
    if (single !== undefined && single !== ch) {
      flush(i);
      builder.replace(i, i + 1, single);
      kept = i + 1;
    }
  }
  flush(to);
}

function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

function wordCount(text: string): number {
  return countMatches(text, /\S+/gu);
}

export interface LegacyConversion extends MappedText {
  /** The encoding that was converted, or null when the text was left as it was. */
  encoding: LegacyEncoding | null;
}

export interface LegacyOptions {
  /**
   * What the document's fonts say (a `.VnTime` or `VNI-Times` font in a .docx): the text is then
   * converted with less evidence, still line by line so Unicode lines stay untouched.
   */
  hint?: LegacyEncoding | null;
}

/**
 * Finds lines typed in a legacy font and converts them, leaving Unicode lines as they are (old
 * reports pasted into new templates mix both). A line is a candidate when it has no letter only
 * Unicode Vietnamese has; the encoding is chosen over all candidate lines together, and used only
 * when its signs are dense enough to be Vietnamese (in Vietnamese nearly every other word carries
 * a mark; a French "où" or a Spanish "ñ" here and there is not enough).
 */
export function convertLegacyLines(text: string, options: LegacyOptions = {}): LegacyConversion {
  const lines: { from: number; to: number }[] = [];
  for (const m of text.matchAll(/[^\n]+/gu)) {
    const line = m[0];
    if (!UNICODE_VIETNAMESE.test(line)) lines.push({ from: m.index, to: m.index + line.length });
  }
  const candidate = lines.map((l) => text.slice(l.from, l.to)).join('\n');
  const encoding = chooseEncoding(candidate, options.hint ?? null);
  if (!encoding) return { ...unchanged(text), encoding: null };

  const builder = new MappedTextBuilder(text);
  let kept = 0;
  for (const line of lines) {
    builder.keep(kept, line.from);
    convertRange(builder, text, line.from, line.to, encoding);
    kept = line.to;
  }
  builder.keep(kept, text.length);
  return { ...builder.build(), encoding };
}

/** The legacy encoding a text (with no Unicode-only Vietnamese letter) is written in, if any. */
export function detectLegacyEncoding(text: string, hint: LegacyEncoding | null = null): LegacyEncoding | null {
  if (UNICODE_VIETNAMESE.test(text)) return null;
  return chooseEncoding(text, hint);
}

function chooseEncoding(text: string, hint: LegacyEncoding | null): LegacyEncoding | null {
  const words = wordCount(text);
  if (words === 0) return null;
  const tcvn3 = countMatches(text, TCVN3_SIGNS);
  const vni = countMatches(text, VNI_SIGNS);
  const best: LegacyEncoding = hint ?? (tcvn3 >= vni ? 'tcvn3' : 'vni');
  const signs = best === 'tcvn3' ? tcvn3 : vni;
  const density = signs / words;
  // With a font hint a lower density suffices (a page of mostly unaccented headings and numbers).
  return signs >= 2 && density >= (hint ? 0.05 : 0.15) ? best : null;
}
