import type { Conference } from '../../../../../shared/api/conferences';
import { countPoints } from '../../../../../shared/conferences/point-count';
import { formatNumber } from '../../../../lib/format';
import type { useT } from '../../../../lib/use-t';

/**
 * "Tổng cộng: 3.100 đại biểu tại 114 điểm cầu", the line a report quotes. When no point has an
 * attendance figure (a press report counting points only), "0 đại biểu" would read as an empty
 * hall, so the line gives the points alone and says attendance was not recorded.
 */
export function totalLine(t: ReturnType<typeof useT>, c: Conference): string {
  const points = countPoints(c.connectionPoints);
  const values = { points: formatNumber(points), count: points };
  return c.connectionPoints.some((p) => p.actualAttendance !== null)
    ? t('conferences.points.totalLine', { ...values, people: formatNumber(c.connectionPointsAttendance) })
    : t('conferences.points.totalPointsOnly', values);
}
