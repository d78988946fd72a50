import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import {
  conferenceFormats,
  conferenceLevels,
  connectionPointLevels,
  rightsThemes,
} from '../../../shared/api/conferences.js';
import type { ConferenceStats, ConferenceStatsQuery, ProvinceStats } from '../../../shared/api/conference-stats.js';
import { isNationalRole } from '../../../shared/auth/permissions.js';
import type { Actor } from '../auth/actor.js';
import { attachmentDisposition } from '../conferences/export/file-name.js';
import { listConditions } from '../conferences/queries.js';
import { visibilityFor } from '../conferences/service.js';
import { countByTheme, countByYear, countCommunesReached, countGrouped, countPointsByLevel, countTestGains, findProvinces } from './queries.js';
import { delegatesOf, sumDelegates } from './delegates.js';
import { cellConditions, countByYearFromCells, countCommunesReachedFromCells, countYearFromCells } from './cell-queries.js';
import { renderStatsWorkbook } from './stats-xlsx.js';

const ratio = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : 0);

/**
 * The statistics of held conferences the actor may see, for a year (or every year) and a
 * province (or every province). Permissions are the conference list's: `visibilityFor` and
 * `listConditions` decide which conferences count, so a figure never includes a conference
 * the same person could not open. Counting rules: see `conferenceStatsSchema`.
 */
export async function getConferenceStats(db: Db, actor: Actor, query: ConferenceStatsQuery): Promise<ConferenceStats> {
  const allProvinces = await findProvinces(db);
  const province = query.province ? allProvinces.find((p) => p.code === query.province) : undefined;
  if (query.province && !province) {
    throw new AppError('VALIDATION', `Không có tỉnh mã ${query.province}.`, { errors: [{ path: 'province', message: `Không có tỉnh mã ${query.province}.` }] });
  }

  const visibility = visibilityFor(actor);
  const where = listConditions({ year: query.year, province: query.province, status: 'held' }, visibility);
  // The trend ignores the year filter (it is the years), but keeps the province and visibility.
  const everyYear = listConditions({ province: query.province, status: 'held' }, visibility);

  // One year's figures come from the statistics cells when they can express who may see what;
  // otherwise (every year at once, a reader who also sees their body's conferences) from the facts.
  const cells = cellConditions(query.province, visibility);
  const [{ grouped, themes, pointLevels }, reached, years, gains] = await Promise.all([
    cells && query.year !== undefined
      ? countYearFromCells(db, query.year, cells)
      : Promise.all([countGrouped(db, where), countByTheme(db, where), countPointsByLevel(db, where)]).then(([grouped, themes, pointLevels]) => ({ grouped, themes, pointLevels })),
    cells && query.year !== undefined ? countCommunesReachedFromCells(db, query.year, cells) : countCommunesReached(db, where),
    cells ? countByYearFromCells(db, cells) : countByYear(db, everyYear),
    countTestGains(db, where),
  ]);

  const hostOf = grouped.byProvince;
  const reachedIn = new Map(reached.map((r) => [r.provinceCode, r.communesReached]));
  const byProvince: ProvinceStats[] = allProvinces.map((p) => {
    const host = hostOf.get(p.code);
    const communesReached = reachedIn.get(p.code) ?? 0;
    return {
      code: p.code,
      name: p.name,
      conferences: host?.conferences ?? 0,
      ...delegatesOf(host),
      connectionPoints: host?.connectionPoints ?? 0,
      communesReached,
      communeCount: p.communeCount,
      share: ratio(communesReached, p.communeCount),
    };
  });
  const central = hostOf.get(null);
  const sum = (key: 'conferences' | 'connectionPoints') => [...hostOf.values()].reduce((a, r) => a + r[key], 0);

  // With a province chosen, coverage is of that province's communes; otherwise of the whole country's.
  const communesReached = province ? (reachedIn.get(province.code) ?? 0) : reached.reduce((a, r) => a + r.communesReached, 0);
  const communeCount = province ? province.communeCount : allProvinces.reduce((a, p) => a + p.communeCount, 0);

  const theme = new Map(themes.map((t) => [t.theme, t]));
  const themeOrder = [...rightsThemes, ...themes.map((t) => t.theme).filter((t) => !(rightsThemes as readonly string[]).includes(t))];
  const pointLevel = new Map(pointLevels.map((l) => [l.level, l]));
  const year = new Map(years.map((y) => [y.year, y]));
  const firstYear = years[0]?.year;
  const lastYear = years.at(-1)?.year;

  return {
    year: query.year ?? null,
    province: province ? { code: province.code, name: province.name } : null,
    totals: {
      conferences: sum('conferences'),
      ...sumDelegates(hostOf.values()),
      connectionPoints: sum('connectionPoints'),
      communesReached,
      communeCount,
      communesReachedShare: ratio(communesReached, communeCount),
    },
    central: { conferences: central?.conferences ?? 0, ...delegatesOf(central), connectionPoints: central?.connectionPoints ?? 0 },
    byProvince,
    byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, conferences: grouped.byMonth.get(i + 1)?.conferences ?? 0, ...delegatesOf(grouped.byMonth.get(i + 1)) })),
    byTheme: themeOrder
      .map((t) => ({ theme: t, topics: theme.get(t)?.topics ?? 0, conferences: theme.get(t)?.conferences ?? 0 }))
      // Stable sort: equal counts keep the vocabulary's order.
      .sort((a, b) => b.topics - a.topics || b.conferences - a.conferences),
    byLevel: conferenceLevels.map((l) => ({ level: l, conferences: grouped.byLevel.get(l)?.conferences ?? 0, ...delegatesOf(grouped.byLevel.get(l)) })),
    byPointLevel: connectionPointLevels.map((l) => ({
      level: l,
      connectionPoints: pointLevel.get(l)?.connectionPoints ?? 0,
      attendance: pointLevel.get(l)?.attendance ?? 0,
    })),
    byFormat: [...conferenceFormats, 'unknown' as const].map((f) => ({
      format: f,
      conferences: grouped.byFormat.get(f)?.conferences ?? 0,
      ...delegatesOf(grouped.byFormat.get(f)),
    })),
    byYear:
      firstYear === undefined || lastYear === undefined
        ? []
        : Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({
            year: firstYear + i,
            conferences: year.get(firstYear + i)?.conferences ?? 0,
            ...delegatesOf(year.get(firstYear + i)),
          })),
    // Awareness tests (features/awareness) per province and year, labelled for the table.
    testGains: gains.map((g) => ({
      ...g,
      label: `${g.provinceCode ? (allProvinces.find((p) => p.code === g.provinceCode)?.name ?? g.provinceCode) : 'Trung ương'} – ${g.year}`,
    })),
  };
}

/** "năm 2025, Hà Nội", "mọi năm, toàn quốc": what the figures cover, for the file name and its notes sheet. */
function describeScope(stats: ConferenceStats, actor: Actor): string {
  const when = stats.year ? `năm ${stats.year}` : 'mọi năm';
  const where = stats.province?.name ?? (isNationalRole(actor.role) ? 'toàn quốc' : 'các hội nghị tài khoản được xem');
  return `${when}, ${where}`;
}

/** The statistics as an Excel workbook; the same figures as `getConferenceStats`, under the same permissions. */
export async function exportConferenceStats(db: Db, actor: Actor, query: ConferenceStatsQuery, now = new Date()) {
  const stats = await getConferenceStats(db, actor, query);
  const scope = describeScope(stats, actor);
  const body = await renderStatsWorkbook(stats, { scope, exportedAt: now });
  return { body, disposition: attachmentDisposition(`Thống kê tập huấn ${scope}`, 'xlsx') };
}
