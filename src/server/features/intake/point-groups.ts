import type { ConferenceInput } from '../../../shared/api/conferences.js';
import { countPoints, pointGroupRow } from '../../../shared/conferences/point-count.js';
import type { IntakeExtraction } from '../../../shared/intake/extraction.js';

type PointLevel = NonNullable<ConferenceInput['connectionPoints']>[number]['level'];

/** The level words the extractor keeps ("161 điểm cầu xã") → the record's point levels. */
const levelOfWord: Record<string, Exclude<PointLevel, 'other'>> = {
  'trung ương': 'central',
  tỉnh: 'province',
  'thành phố': 'district',
  huyện: 'district',
  quận: 'district',
  'thị xã': 'district',
  xã: 'commune',
  phường: 'commune',
  'cơ sở': 'commune',
};

const levelNames: Record<Exclude<PointLevel, 'other'>, string> = { central: 'trung ương', province: 'tỉnh', district: 'huyện', commune: 'xã' };

/** The count stays out of the name: the record shows it beside the name ("… (161 điểm cầu)"). */
const nameOf = (level: Exclude<PointLevel, 'other'>, count: number) => `${count === 1 ? 'Điểm cầu' : 'Các điểm cầu'} cấp ${levelNames[level]}`;

/**
 * The connection points a document counts, as group rows ("10 điểm cầu cấp huyện và 161 điểm
 * cầu xã" → two rows of 10 and 161 points). A count is not a list of points: the rows carry the
 * number the document states and no invented names or places, and the person replaces them with
 * the real points when the list is known. When the stated total is larger than the counts by
 * level, the rest becomes one row of level "khác" so the total is kept.
 */
export function pointGroupsFrom(x: Pick<IntakeExtraction, 'connection_points' | 'connection_points_count'>) {
  const byLevel = new Map<Exclude<PointLevel, 'other'>, number>();
  for (const { level, count } of x.connection_points) {
    const mapped = levelOfWord[level.toLocaleLowerCase('vi')];
    // "điểm cầu chính" names the main point, not a level; it is counted in the total only.
    if (!mapped || count < 1) continue;
    byLevel.set(mapped, (byLevel.get(mapped) ?? 0) + count);
  }
  const rows = [...byLevel].map(([level, count]) => pointGroupRow(nameOf(level, count), level, count));
  const rest = (x.connection_points_count ?? 0) - countPoints(rows);
  if (rest > 0) rows.push(pointGroupRow(rows.length ? 'Các điểm cầu khác' : rest === 1 ? 'Điểm cầu' : 'Các điểm cầu', 'other', rest));
  return rows;
}
