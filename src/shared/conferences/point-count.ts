import type { z } from 'zod';
import type { connectionPointInputSchema, connectionPointLevels } from '../api/conferences.js';

type ConnectionPointRow = z.output<typeof connectionPointInputSchema>;

/**
 * How many connection points a list of point rows records. A row may stand for several points
 * of one level when a report gives only their number ("161 điểm cầu cấp xã"), so every count of
 * points sums `pointCount` instead of counting rows.
 */
export function countPoints(points: ReadonlyArray<{ pointCount: number }>): number {
  return points.reduce((acc, p) => acc + p.pointCount, 0);
}

type PointLevel = (typeof connectionPointLevels)[number];

/**
 * A row standing for `pointCount` points of one level known only by their number: no place, no
 * host, no attendance, nothing the source did not say.
 */
export function pointGroupRow(name: string, level: PointLevel, pointCount: number): ConnectionPointRow {
  return {
    name,
    level,
    provinceCode: null,
    communeCode: null,
    hostOrganisationId: null,
    isMain: false,
    plannedAttendance: null,
    actualAttendance: null,
    hasInternet: true,
    pointCount,
  };
}
