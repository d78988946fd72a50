import { describe, expect, it } from 'vitest';
import { readCellNumber, readMachineNumber, valueTypeProblem } from './cell-numbers.js';

describe('reading numbers typed into the template', () => {
  it('takes a real Excel number as it is', () => {
    expect(readCellNumber(1234.5)).toEqual({ ok: true, value: 1234.5 });
  });
  it('reads text the vi-VN way', () => {
    expect(readCellNumber('1.234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(readCellNumber('17.670')).toEqual({ ok: true, value: 17670 });
    expect(readCellNumber('97,5')).toEqual({ ok: true, value: 97.5 });
    expect(readCellNumber(' 8 469 ')).toEqual({ ok: true, value: 8469 });
    expect(readCellNumber('')).toEqual({ ok: true, value: null });
  });
  it('refuses the en-US way instead of guessing', () => {
    const r = readCellNumber('1,234.5');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('không rõ cách đọc');
    expect(readCellNumber('12.5').ok).toBe(false);
  });
  it('refuses text', () => {
    const r = readCellNumber('khoảng 200');
    expect(!r.ok && r.message).toContain('không phải là số');
  });
  it('reads the long CSV with dot decimals only', () => {
    expect(readMachineNumber('1234.5')).toEqual({ ok: true, value: 1234.5 });
    expect(readMachineNumber('1.234,5').ok).toBe(false);
  });
  it('checks counts and percentages', () => {
    expect(valueTypeProblem(2.5, { valueType: 'count', unit: 'người', maxValue: null })).toContain('số nguyên');
    expect(valueTypeProblem(101, { valueType: 'percent', unit: '%', maxValue: null })).toContain('0 đến 100');
    expect(valueTypeProblem(117.8, { valueType: 'percent', unit: '%', maxValue: 200 })).toBeNull();
  });
});
