import { describe, expect, it } from 'vitest';
import { arrangeUnits, stateOf, type CompletenessUnit } from './completeness-state';

const unit = (code: string, status: CompletenessUnit['status'], onTime: boolean | null = null, submittedAt: string | null = null): CompletenessUnit => ({
  unitKind: 'province',
  unitCode: code,
  unitName: `Tỉnh ${code}`,
  provinceCode: code,
  reportId: status === 'missing' ? null : `00000000-0000-4000-8000-0000000000${code}`,
  status,
  submittedAt,
  onTime,
});

const units = [
  unit('01', 'approved', true, '2025-01-10T03:00:00Z'),
  unit('04', 'draft'),
  unit('08', 'missing'),
  unit('11', 'submitted', false, '2025-01-20T03:00:00Z'),
  unit('12', 'returned'),
  unit('14', 'submitted', true, '2025-01-12T03:00:00Z'),
];

describe('where a unit stands', () => {
  it('tells a report being prepared (draft or returned) from no report at all', () => {
    expect(units.map(stateOf)).toEqual(['approved', 'inProgress', 'missing', 'late', 'inProgress', 'onTime']);
  });

  it('keeps one state, and orders worst first or by latest submission', () => {
    expect(arrangeUnits(units, 'inProgress', 'unit').map((u) => u.unitCode)).toEqual(['04', '12']);
    expect(arrangeUnits(units, null, 'state').map((u) => u.unitCode)).toEqual(['08', '04', '12', '11', '14', '01']);
    expect(arrangeUnits(units, null, 'submitted').map((u) => u.unitCode)).toEqual(['11', '14', '01', '04', '08', '12']);
    expect(arrangeUnits(units, null, 'unit').map((u) => u.unitCode)).toEqual(['01', '04', '08', '11', '12', '14']);
  });
});
