/**
 * Parsing numbers as Vietnamese writes them (vi-VN): `.` groups thousands,
 * `,` marks decimals. `17.670` is seventeen thousand, `117,8` is 117.8.
 *
 * Decisions:
 *   - A `.` is only accepted as a thousands separator, i.e. followed by
 *     exactly three digits in every group (`1.290`, `12.345.678`). `1.5` or
 *     `12.34` is not a valid vi-VN number and gives null rather than a guess:
 *     Vietnamese press writes decimals with a comma, so a dot followed by
 *     one or two digits is a typo or an English-formatted number, and
 *     silently reading it either way would corrupt an indicator.
 *   - Consequently `1.500` is always 1500, never 1.5.
 *   - `1,234` is 1.234 (decimal comma), as a Vietnamese reader would read it.
 *   - Plain digit runs (`1500`, `02`) are accepted; a leading `-` or `−` makes it negative.
 *   - Surrounding whitespace is ignored; anything else (units, words, two
 *     commas, a lone comma) gives null. These functions read a token, not free text.
 */

/** Digits with optional `.` thousands groups and optional `,` decimals; not anchored. */
export const VI_NUMBER_SOURCE = String.raw`[-−]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?`;

const VI_NUMBER = /^([-−])?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/**
 * The exact decimal behind a vi-VN number: `mantissa / 10^decimals`.
 * Amounts multiply by a scale before dividing, which keeps `1,4 tỷ` exactly
 * 1 400 000 000 instead of 1.4 * 1e9 = 1399999999.9999998-style float noise.
 */
export interface ViDecimal {
  mantissa: number;
  decimals: number;
}

export function parseViDecimal(s: string): ViDecimal | null {
  const m = VI_NUMBER.exec(s.trim());
  if (!m) return null;
  const integer = (m[2] ?? '').replace(/\./g, '');
  const fraction = m[3] ?? '';
  const sign = m[1] ? -1 : 1;
  return { mantissa: sign * Number(integer + fraction), decimals: fraction.length };
}

/** `17.670` → 17670, `117,8` → 117.8, `1.234,5` → 1234.5, `1.5` → null, `abc` → null. */
export function parseViNumber(s: string): number | null {
  const d = parseViDecimal(s);
  return d === null ? null : d.mantissa / 10 ** d.decimals;
}

const PERCENT = /^(.*?)\s*(?:%|phần\s+trăm)$/iu;

/**
 * `117,8%` → 117.8, `97 %` → 97, `97 phần trăm` → 97. The percent sign (or
 * the words) is required: a bare `97` is not a percentage.
 */
export function parsePercent(s: string): number | null {
  const m = PERCENT.exec(s.normalize('NFC').trim());
  return m ? parseViNumber(m[1] ?? '') : null;
}

export interface Ratio {
  numerator: number;
  denominator: number;
}

/**
 * `8.469/6.500` → {numerator: 8469, denominator: 6500}. The press writes
 * "achieved/planned" this way. A zero denominator gives null (no meaningful ratio).
 */
export function parseRatio(s: string): Ratio | null {
  const parts = s.split('/');
  if (parts.length !== 2) return null;
  const numerator = parseViNumber(parts[0] ?? '');
  const denominator = parseViNumber(parts[1] ?? '');
  if (numerator === null || denominator === null || denominator === 0) return null;
  return { numerator, denominator };
}
