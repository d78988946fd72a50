import { describe, expect, it } from 'vitest';
import { columnLetter, parseIssuePath } from './import-labels';

describe('import labels', () => {
  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('reads the row and field of a server issue', () => {
    expect(parseIssuePath('rows.5.name', 'Họ và tên trống.')).toEqual({ row: 5, field: 'name', message: 'Họ và tên trống.' });
    expect(parseIssuePath('mapping.agency', 'x')).toEqual({ row: null, field: 'agency', message: 'x' });
    expect(parseIssuePath('mapping', 'y')).toEqual({ row: null, field: null, message: 'y' });
  });
});
