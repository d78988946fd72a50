import { describe, expect, it } from 'vitest';
import { formatViDate, formatViDateTime, formatViNumber, formatViPercent } from './index.js';

describe('formatViNumber', () => {
  it.each([
    [1234.5, undefined, '1.234,5'],
    [17670, undefined, '17.670'],
    [1290, undefined, '1.290'],
    [261, undefined, '261'],
    [0.5, undefined, '0,5'],
    [1_400_000_000, undefined, '1.400.000.000'],
    [-1234567.891, undefined, '-1.234.567,891'],
    [2 / 3, undefined, '0,667'],
    [2 / 3, { maximumFractionDigits: 1 }, '0,7'],
    [1234.5, { maximumFractionDigits: 0 }, '1.235'],
    [117.8, { maximumFractionDigits: 2 }, '117,8'],
  ])('%d %o → %j', (n, opts, expected) => {
    expect(formatViNumber(n, opts)).toBe(expected);
  });
});

describe('formatViPercent', () => {
  it.each([
    [117.8, undefined, '117,8%'],
    [97, undefined, '97%'],
    [119.02, undefined, '119,02%'],
    [(8469 / 6500) * 100, undefined, '130,29%'],
    [(651 / 547) * 100, undefined, '119,01%'],
    [1234.5, undefined, '1.234,5%'],
    [9.25, { maximumFractionDigits: 1 }, '9,3%'],
  ])('%d %o → %j', (n, opts, expected) => {
    expect(formatViPercent(n, opts)).toBe(expected);
  });
});

describe('formatViDate / formatViDateTime', () => {
  it.each([
    ['2023-06-13', '13/06/2023', '13/06/2023 00:00'],
    ['2024-02-29', '29/02/2024', '29/02/2024 00:00'],
    ['2023-04-20T08:30', '20/04/2023', '20/04/2023 08:30'], // no offset: already wall time
    ['2023-04-20 08:30:15', '20/04/2023', '20/04/2023 08:30'],
    ['2023-06-13T01:30:00Z', '13/06/2023', '13/06/2023 08:30'], // instant → UTC+7
    ['2023-06-12T20:00:00.000Z', '13/06/2023', '13/06/2023 03:00'], // crosses midnight in Vietnam
    ['2023-06-13T08:30:00+07:00', '13/06/2023', '13/06/2023 08:30'],
    ['2023-06-13T08:30:00+0700', '13/06/2023', '13/06/2023 08:30'],
    ['2023-06-13T10:30:00+09:00', '13/06/2023', '13/06/2023 08:30'],
    ['2023-06-13T00:30:00-01:00', '13/06/2023', '13/06/2023 08:30'],
  ])('%j → %j / %j', (iso, date, dateTime) => {
    expect(formatViDate(iso)).toBe(date);
    expect(formatViDateTime(iso)).toBe(dateTime);
  });

  it('renders a Date instant in Vietnam time whatever the host zone', () => {
    const d = new Date(Date.UTC(2023, 4, 3, 23, 47)); // 04/05/2023 06:47 in Vietnam
    expect(formatViDate(d)).toBe('04/05/2023');
    expect(formatViDateTime(d)).toBe('04/05/2023 06:47');
  });

  it.each([
    ['2023-02-29'],
    ['2023-13-01'],
    ['2023-06-31'],
    ['13/06/2023'],
    ['2023-6-13'],
    ['2023-06-13T24:00'],
    ['2023-06-13T08:60'],
    ['not a date'],
    [''],
  ])('throws RangeError on %j', (input) => {
    expect(() => formatViDate(input)).toThrow(RangeError);
    expect(() => formatViDateTime(input)).toThrow(RangeError);
  });

  it('throws RangeError on an Invalid Date', () => {
    expect(() => formatViDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
