import { parseViDecimal, VI_NUMBER_SOURCE } from './numbers.js';
import { normalizeVietnamese } from './tone-marks.js';
import { collapseWhitespace } from './whitespace.js';

/**
 * Amounts with Vietnamese scale words: `1,4 tỷ đồng`, `800 triệu đồng`,
 * `2 nghìn`, `1,5 triệu người`, `2 nghìn tỷ đồng`.
 *
 * Decisions:
 *   - `scale` is returned in one canonical spelling so callers can compare it:
 *     `ngàn` (southern) → `nghìn`, `tỉ` (old spelling) → `tỷ`. Stacked scales are
 *     multiplied and joined (`nghìn tỷ` = 10^12).
 *   - A scale word must be a whole word: `2 tỉnh` is 2 with unit `tỉnh`, not 2 tỷ.
 *   - `unit` is whatever follows, whitespace-collapsed, tone marks normalised,
 *     trailing punctuation dropped, case kept (`VNĐ`); null if nothing follows.
 *     `97%` gives unit `%`.
 *   - The input is the amount phrase only; leading words (`trên 222 triệu`)
 *     give null. Abbreviations (`tr`, `k`) are not recognised.
 */

export interface ViAmount {
  value: number;
  unit: string | null;
  scale: string | null;
}

const SCALES: Readonly<Record<string, { canonical: string; factor: number }>> = {
  nghìn: { canonical: 'nghìn', factor: 1e3 },
  ngàn: { canonical: 'nghìn', factor: 1e3 },
  triệu: { canonical: 'triệu', factor: 1e6 },
  tỷ: { canonical: 'tỷ', factor: 1e9 },
  tỉ: { canonical: 'tỷ', factor: 1e9 },
};

const SCALE_WORD = Object.keys(SCALES).join('|');

/** number, then up to two scale words (each a whole word), then the unit starting with a letter or `%`. */
const AMOUNT = new RegExp(
  String.raw`^(${VI_NUMBER_SOURCE})((?:\s*(?:${SCALE_WORD})(?![\p{L}\p{M}\p{N}])){0,2})(?:\s*([\p{L}%].*))?$`,
  'iu',
);

export function parseViAmount(s: string): ViAmount | null {
  const text = collapseWhitespace(normalizeVietnamese(s));
  const m = AMOUNT.exec(text);
  if (!m) return null;
  const decimal = parseViDecimal(m[1] ?? '');
  if (!decimal) return null;

  const scaleWords = (m[2] ?? '').trim().toLocaleLowerCase('vi').split(/\s+/).filter(Boolean);
  let factor = 1;
  const canonical: string[] = [];
  for (const word of scaleWords) {
    const scale = SCALES[word];
    if (!scale) return null;
    factor *= scale.factor;
    canonical.push(scale.canonical);
  }

  const unit = (m[3] ?? '').replace(/[\s.,;:!?…)\]]+$/u, '');
  return {
    value: (decimal.mantissa * factor) / 10 ** decimal.decimals,
    unit: unit === '' ? null : unit,
    scale: canonical.length ? canonical.join(' ') : null,
  };
}
