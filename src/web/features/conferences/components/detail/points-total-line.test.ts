import { describe, expect, it } from 'vitest';
import type { Conference } from '../../../../../shared/api/conferences';
import { totalLine } from './points-total-line';

const t = (id: string, values?: Record<string, unknown>) => `${id} ${JSON.stringify(values)}`;
const point = (pointCount: number, actualAttendance: number | null) => ({ pointCount, actualAttendance }) as Conference['connectionPoints'][number];
const conference = (points: Conference['connectionPoints'], attendance: number) => ({ connectionPoints: points, connectionPointsAttendance: attendance }) as Conference;

describe('the connection points total line', () => {
  it('gives people and points, a group row counting as its points', () => {
    expect(totalLine(t, conference([point(1, 150), point(161, 2500)], 2650))).toBe('conferences.points.totalLine {"points":"162","count":162,"people":"2.650"}');
  });

  it('gives the points alone when no point recorded its attendance, rather than "0 đại biểu"', () => {
    expect(totalLine(t, conference([point(10, null), point(161, null)], 0))).toBe('conferences.points.totalPointsOnly {"points":"171","count":171}');
  });
});
