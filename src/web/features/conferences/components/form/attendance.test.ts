import { describe, expect, it } from 'vitest';
import { checkAttendance } from './attendance';

const points = [
  { plannedAttendance: 100, actualAttendance: 70 },
  { plannedAttendance: null, actualAttendance: 40 },
];

describe('checkAttendance', () => {
  it('sums the points and flags an exact total they exceed', () => {
    const r = checkAttendance(points, { participantsPlanned: 100, participantsActual: 100, participantsQualifier: 'exact' });
    expect(r.planned).toEqual({ sum: 100, total: 100, exceeds: false });
    expect(r.actual).toEqual({ sum: 110, total: 100, exceeds: true });
  });

  it('tolerates a tenth more for "khoảng"', () => {
    expect(checkAttendance(points, { participantsPlanned: null, participantsActual: 100, participantsQualifier: 'about' }).actual.exceeds).toBe(false);
  });

  it('never flags "hơn" or a missing total', () => {
    expect(checkAttendance(points, { participantsPlanned: null, participantsActual: 10, participantsQualifier: 'more_than' }).actual.exceeds).toBe(false);
    expect(checkAttendance(points, { participantsPlanned: null, participantsActual: null, participantsQualifier: 'exact' }).planned.exceeds).toBe(false);
  });
});
