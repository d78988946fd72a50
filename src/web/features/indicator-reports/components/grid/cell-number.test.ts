import { describe, expect, it } from 'vitest';
import { formatCellNumber, parseCellNumber } from './cell-number';

describe('parseCellNumber', () => {
  it('reads Vietnamese figures: dots group thousands, a comma marks decimals', () => {
    expect(parseCellNumber('17.670')).toEqual({ kind: 'number', value: 17670 });
    expect(parseCellNumber('1.234,5')).toEqual({ kind: 'number', value: 1234.5 });
    expect(parseCellNumber('-3,25')).toEqual({ kind: 'number', value: -3.25 });
    expect(parseCellNumber('8469')).toEqual({ kind: 'number', value: 8469 });
  });

  it('ignores the spaces Excel and Word put between thousands', () => {
    expect(parseCellNumber(' 1\u00a0234 ')).toEqual({ kind: 'number', value: 1234 });
  });

  it('treats a blank cell as "no value", not zero', () => {
    expect(parseCellNumber('   ')).toEqual({ kind: 'empty' });
  });

  it('refuses an English-formatted figure instead of guessing which separator is which', () => {
    expect(parseCellNumber('1,234.5')).toEqual({ kind: 'invalid', reason: 'englishFormat' });
    expect(parseCellNumber('1,234,567')).toEqual({ kind: 'invalid', reason: 'englishFormat' });
    expect(parseCellNumber('1.5')).toEqual({ kind: 'invalid', reason: 'dotDecimal' });
    expect(parseCellNumber('12 người')).toEqual({ kind: 'invalid', reason: 'notNumber' });
  });

  it('accepts a percent sign only where the figure is a percentage', () => {
    expect(parseCellNumber('97,5%', { allowPercentSign: true })).toEqual({ kind: 'number', value: 97.5 });
    expect(parseCellNumber('97,5%')).toEqual({ kind: 'invalid', reason: 'notNumber' });
  });

  it('refuses more decimals than the indicator has, so "1,234 người" is not read as 1.234 people', () => {
    expect(parseCellNumber('1,234', { decimals: 0 })).toEqual({ kind: 'invalid', reason: 'tooManyDecimals', decimals: 0 });
    expect(parseCellNumber('9,25', { decimals: 2 })).toEqual({ kind: 'number', value: 9.25 });
  });
});

describe('formatCellNumber', () => {
  it('writes stored figures back in vi-VN form, and nothing for no value', () => {
    expect(formatCellNumber(17670)).toBe('17.670');
    expect(formatCellNumber(119.02)).toBe('119,02');
    expect(formatCellNumber(null)).toBe('');
  });

  it('reads back what it writes', () => {
    for (const n of [0, 1234.5, 1_000_000, 0.0042]) expect(parseCellNumber(formatCellNumber(n))).toEqual({ kind: 'number', value: n });
  });
});
