import { describe, expect, it } from 'vitest';
import { diffRecords } from './diff-records';

describe('diffRecords', () => {
  it('marks only the fields whose value changed', () => {
    const rows = diffRecords({ name: 'Sở Tư pháp', kind: 'department', version: 1 }, { name: 'Sở Tư pháp tỉnh', kind: 'department', version: 2 });
    expect(rows.filter((r) => r.changed).map((r) => r.field)).toEqual(['name', 'version']);
  });

  it('lists every field of a creation as changed from nothing', () => {
    const rows = diffRecords(null, { email: 'a@b.vn', role: 'viewer' });
    expect(rows).toEqual([
      { field: 'email', before: undefined, after: 'a@b.vn', changed: true },
      { field: 'role', before: undefined, after: 'viewer', changed: true },
    ]);
  });

  it('compares nested values by content', () => {
    const rows = diffRecords({ legacy: [{ code: '66' }] }, { legacy: [{ code: '66' }] });
    expect(rows[0]?.changed).toBe(false);
  });

  it('keeps fields that only the new version has', () => {
    const rows = diffRecords({ a: 1 }, { a: 1, disabledAt: '2025-07-01T00:00:00Z' });
    expect(rows.map((r) => [r.field, r.changed])).toEqual([
      ['a', false],
      ['disabledAt', true],
    ]);
  });

  it('falls back to one row for values that are not objects', () => {
    expect(diffRecords('x', 'y')).toEqual([{ field: '', before: 'x', after: 'y', changed: true }]);
  });
});
