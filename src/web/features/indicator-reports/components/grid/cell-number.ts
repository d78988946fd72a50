import { formatViNumber } from '../../../../../shared/text/format';
import { parseViNumber } from '../../../../../shared/text/numbers';

/**
 * What a number cell's text means. People type or paste figures the way Vietnamese documents
 * write them (`1.234,5`); an English-formatted figure (`1,234.5`, `1.5`) is refused with a
 * reason rather than read one way or the other, since a wrong guess silently changes a
 * province's official figure by a factor of a thousand.
 */
export type CellNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid'; reason: 'englishFormat' | 'dotDecimal' | 'tooManyDecimals' | 'notNumber'; decimals?: number };

/** Spaces (also the no-break ones Excel puts in "1 234") and a trailing % are left out before reading. */
const noise = /[\s\u00a0\u202f]/g;

export function parseCellNumber(text: string, opts: { decimals?: number; allowPercentSign?: boolean } = {}): CellNumber {
  let s = text.replace(noise, '');
  if (s === '') return { kind: 'empty' };
  if (opts.allowPercentSign && s.endsWith('%')) s = s.slice(0, -1);
  const value = parseViNumber(s);
  if (value === null) {
    // "1,234.5" or "1,234,567": a comma used to group thousands, as English writes them.
    if (/^[-−]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return { kind: 'invalid', reason: 'englishFormat' };
    // "1.5", "12.75": a decimal point.
    if (/^[-−]?\d+\.\d+$/.test(s)) return { kind: 'invalid', reason: 'dotDecimal' };
    return { kind: 'invalid', reason: 'notNumber' };
  }
  const fraction = /,(\d+)$/.exec(s)?.[1] ?? '';
  if (opts.decimals !== undefined && fraction.length > opts.decimals) return { kind: 'invalid', reason: 'tooManyDecimals', decimals: opts.decimals };
  return { kind: 'number', value };
}

/** How a stored number reads in its cell: `17.670`, `97,5`; an empty string for no value. */
export function formatCellNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return formatViNumber(value, { maximumFractionDigits: 4 });
}
