import { describe, expect, it } from 'vitest';
import { parsePercent, parseRatio, parseViNumber } from './index.js';

describe('parseViNumber', () => {
  it.each([
    ['17.670', 17670],
    ['117,8', 117.8],
    ['1.234,5', 1234.5],
    ['3.000', 3000],
    ['3.500', 3500],
    ['0,5', 0.5],
    ['1.290', 1290],
    ['1.500', 1500], // a dot + three digits is always thousands
    ['12.345.678', 12345678],
    ['1.234.567,891', 1234567.891],
    ['119,02', 119.02],
    ['9,2', 9.2],
    ['1500', 1500],
    ['02', 2],
    ['0', 0],
    ['1,234', 1.234], // comma is the decimal mark in vi-VN
    [' 261 ', 261],
    ['-1,2', -1.2],
    ['−3.000', -3000],
  ])('%j → %d', (input, expected) => {
    expect(parseViNumber(input)).toBe(expected);
  });

  it.each([
    ['1.5'], // ambiguous: not valid vi-VN (decimal is a comma)
    ['12.34'],
    ['1.2345'],
    ['1234.567'], // a group needs 1-3 leading digits
    ['1,234.5'], // English format
    ['1,2,3'],
    [',5'],
    ['5,'],
    ['.500'],
    ['1.'],
    [''],
    ['   '],
    ['abc'],
    ['97%'],
    ['12 người'],
    ['1 000'],
    ['NaN'],
    ['Infinity'],
    ['0x10'],
    ['1e3'],
    ['+5'],
  ])('%j → null', (input) => {
    expect(parseViNumber(input)).toBeNull();
  });
});

describe('parsePercent', () => {
  it.each([
    ['117,8%', 117.8],
    ['97%', 97],
    ['97 %', 97],
    ['97\u00a0%', 97],
    ['119,02%', 119.02],
    ['130,29%', 130.29],
    ['1,2%', 1.2],
    ['97 phần trăm', 97],
    ['  9,2%  ', 9.2],
  ])('%j → %d', (input, expected) => {
    expect(parsePercent(input)).toBe(expected);
  });

  it.each([['97'], ['%'], ['abc%'], ['1.5%'], ['97%%'], ['% 97'], ['']])('%j → null', (input) => {
    expect(parsePercent(input)).toBeNull();
  });
});

describe('parseRatio', () => {
  it.each([
    ['8.469/6.500', { numerator: 8469, denominator: 6500 }],
    ['651/547', { numerator: 651, denominator: 547 }],
    ['1.290/1.292', { numerator: 1290, denominator: 1292 }],
    ['8.469 / 6.500', { numerator: 8469, denominator: 6500 }],
    ['0/5', { numerator: 0, denominator: 5 }],
    ['1,5/3', { numerator: 1.5, denominator: 3 }],
  ])('%j → %o', (input, expected) => {
    expect(parseRatio(input)).toEqual(expected);
  });

  it.each([
    ['5/0'],
    ['2460/QĐ-UBND'],
    ['1.290 người uy tín/1.292 tổ'],
    ['1/2/3'],
    ['651'],
    ['/547'],
    ['651/'],
    [''],
  ])('%j → null', (input) => {
    expect(parseRatio(input)).toBeNull();
  });
});
