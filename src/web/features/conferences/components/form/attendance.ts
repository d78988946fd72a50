import { exceedsTotal } from '../../../../../shared/conferences/attendance-ceiling';
import type { CountQualifier, PointRow } from './form-values';

export type AttendanceLine = { sum: number; total: number | null; exceeds: boolean };

function line(sum: number, total: number | null, qualifier: CountQualifier): AttendanceLine {
  // The server's own rule, so the warning appears exactly when the save would be refused.
  return { sum, total, exceeds: exceedsTotal(sum, total, qualifier) };
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
