import type { CountQualifier, PointRow } from './form-values';

/**
 * How far the points' total may exceed the conference's: an exact figure is a ceiling, "khoảng"
 * tolerates a tenth more, "hơn"/"ít nhất" set no ceiling. Mirrors the server's rule
 * (src/server/features/conferences/rules.ts) so the warning appears before the save is refused.
 */
const ceilingFactor: Record<CountQualifier, number | null> = { exact: 1, about: 1.1, more_than: null, at_least: null };

export type AttendanceLine = { sum: number; total: number | null; exceeds: boolean };

function line(sum: number, total: number | null, qualifier: CountQualifier): AttendanceLine {
  const factor = ceilingFactor[qualifier];
  return { sum, total, exceeds: factor !== null && total !== null && sum > Math.floor(total * factor) };
}

/** Planned and actual attendance summed over the connection points, against the conference totals. */
export function checkAttendance(
  points: Pick<PointRow, 'plannedAttendance' | 'actualAttendance'>[],
  totals: { participantsPlanned: number | null; participantsActual: number | null; participantsQualifier: CountQualifier },
): { planned: AttendanceLine; actual: AttendanceLine } {
  const sum = (pick: (p: (typeof points)[number]) => number | null) => points.reduce((acc, p) => acc + (pick(p) ?? 0), 0);
  return {
    planned: line(sum((p) => p.plannedAttendance), totals.participantsPlanned, totals.participantsQualifier),
    actual: line(sum((p) => p.actualAttendance), totals.participantsActual, totals.participantsQualifier),
  };
}
