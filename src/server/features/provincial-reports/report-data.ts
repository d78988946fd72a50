import type { Db } from '../../db/client.js';
import type { Period } from '../../../shared/indicators/periods.js';
import { periodLabel, samePeriodLastYear } from '../../../shared/indicators/periods.js';
import type { ProvincialReportPreview, StatusCounts } from '../../../shared/api/provincial-reports.js';
import { countGrouped, countTestGains } from '../conference-stats/queries.js';
import { sumDelegates } from '../conference-stats/delegates.js';
import { findAggregates, findIndicators, type CatalogueRow } from '../indicator-dashboards/queries.js';
import { figureOf, groupRows, indexRows, nationalOf } from '../indicator-dashboards/service.js';
import { changeOf } from '../indicator-dashboards/rollup.js';
import {
  countItemsByProvince,
  findHeldConferences,
  findLimitations,
  findNationalItems,
  findReportItems,
  heldConferencesWhere,
  type ProvinceRow,
  type ReportItemRow,
  type StatusCountRow,
} from './queries.js';

/*
 * What a report says, gathered from the database once: the Word document and the preview are
 * both made from it, so the counts a person sees before downloading are the document's own.
 */

export type Trainings = {
  conferences: number;
  /** Delegates where known (see conference-stats/delegates.ts); null when no conference recorded any. */
  participants: number | null;
  participantsUnrecorded: number;
  connectionPoints: number;
  tests: { conferences: number; pairs: number; averageBefore: number | null; averageAfter: number | null; gain: number | null };
};

export type FigureLine = {
  indicator: CatalogueRow;
  value: number | null;
  target: number | null;
  percentOfPlan: number | null;
  previous: number | null;
  change: number | null;
  notAggregable: boolean;
};

export type ProvinceReportData = {
  kind: 'province';
  province: ProvinceRow;
  period: Period;
  periodLabel: string;
  today: string;
  trainings: Trainings;
  conferences: Array<{ title: string; startDate: string; endDate: string | null }>;
  figures: FigureLine[];
  items: ReportItemRow[];
  counts: StatusCounts;
  limitations: Array<{ text: string; conferenceTitle: string; startDate: string }>;
};

export type NationalRow = { province: ProvinceRow; conferences: number; participants: number | null; connectionPoints: number; items: StatusCounts };

export type NationalReportData = {
  kind: 'national';
  period: Period;
  periodLabel: string;
  today: string;
  trainings: Trainings;
  rows: NationalRow[];
  figures: FigureLine[];
  counts: StatusCounts;
  nationalItems: Awaited<ReturnType<typeof findNationalItems>>;
};

const zeroCounts: StatusCounts = { total: 0, notStarted: 0, inProgress: 0, done: 0, notDone: 0, overdue: 0 };
const addCounts = (a: StatusCounts, b: StatusCounts): StatusCounts => ({
  total: a.total + b.total,
  notStarted: a.notStarted + b.notStarted,
  inProgress: a.inProgress + b.inProgress,
  done: a.done + b.done,
  notDone: a.notDone + b.notDone,
  overdue: a.overdue + b.overdue,
});
const countsOf = (r: StatusCountRow | undefined): StatusCounts => (r ? { total: r.total, notStarted: r.notStarted, inProgress: r.inProgress, done: r.done, notDone: r.notDone, overdue: r.overdue } : zeroCounts);

/** Trainings of one province (or of every province with `null`) in the period. */
async function trainingsOf(db: Db, provinceCode: string | null, period: Period) {
  const where = heldConferencesWhere(provinceCode, period.start, period.end);
  const [grouped, gains] = await Promise.all([countGrouped(db, where), countTestGains(db, where)]);
  const hosts = [...grouped.byProvince.values()];
  const conferences = hosts.reduce((a, h) => a + h.conferences, 0);
  const delegates = sumDelegates(hosts);
  // Pool the provinces' test figures weighted by their responses and pairs.
  const weighted = (pick: (g: (typeof gains)[number]) => number | null, weight: (g: (typeof gains)[number]) => number) => {
    let sum = 0;
    let n = 0;
    for (const g of gains) {
      const v = pick(g);
      if (v !== null && weight(g) > 0) {
        sum += v * weight(g);
        n += weight(g);
      }
    }
    return n > 0 ? Math.round((sum / n) * 10) / 10 : null;
  };
  const trainings: Trainings = {
    conferences,
    participants: delegates.delegates,
    participantsUnrecorded: delegates.delegatesUnrecorded,
    connectionPoints: hosts.reduce((a, h) => a + h.connectionPoints, 0),
    tests: {
      conferences: gains.reduce((a, g) => a + g.tests, 0),
      pairs: gains.reduce((a, g) => a + g.pairs, 0),
      averageBefore: weighted((g) => g.averageBefore, (g) => g.responsesBefore),
      averageAfter: weighted((g) => g.averageAfter, (g) => g.responsesAfter),
      gain: weighted((g) => g.pairedGain, (g) => g.pairs),
    },
  };
  return { trainings, byProvince: grouped.byProvince };
}

/** Approved figures of the period with target, % of plan and change on the same period a year before. */
async function figuresOf(db: Db, provinceCode: string | null, period: Period): Promise<FigureLine[]> {
  const previous = samePeriodLastYear(period);
  const rows = await findAggregates(db, {
    stage: 'approved',
    viewerProvince: null,
    periods: [period.code, previous.code],
    ...(provinceCode ? { provinceCodes: [provinceCode] } : {}),
  });
  const codes = [...new Set(rows.filter((r) => r.period === period.code).map((r) => r.indicatorCode))];
  if (codes.length === 0) return [];
  const catalogue = await findIndicators(db, codes);
  const byKey = indexRows(rows);
  const groups = groupRows(rows);
  return catalogue.map((indicator) => {
    const figure = provinceCode
      ? figureOf(indicator, byKey.get(`${indicator.code}|${provinceCode}|${period.code}`))
      : nationalOf(indicator, groups.get(`${indicator.code}|${period.code}`) ?? []);
    const before = provinceCode
      ? figureOf(indicator, byKey.get(`${indicator.code}|${provinceCode}|${previous.code}`))
      : nationalOf(indicator, groups.get(`${indicator.code}|${previous.code}`) ?? []);
    return {
      indicator,
      value: figure.value,
      target: figure.target,
      percentOfPlan: figure.targetPercent,
      previous: before.value,
      change: changeOf(figure.value, before.value),
      notAggregable: figure.notAggregable,
    };
  });
}

/** Everything the report of one province for one period says. */
export async function gatherProvinceReport(db: Db, province: ProvinceRow, period: Period, today: string): Promise<ProvinceReportData> {
  const [{ trainings }, conferences, figures, items, limitations] = await Promise.all([
    trainingsOf(db, province.code, period),
    findHeldConferences(db, province.code, period.start, period.end),
    figuresOf(db, province.code, period),
    findReportItems(db, province.code, period.start, period.end, today),
    findLimitations(db, province.code, period.start, period.end),
  ]);
  const counts = items.reduce<StatusCounts>(
    (c, i) =>
      addCounts(c, {
        total: 1,
        notStarted: i.status === 'not_started' ? 1 : 0,
        inProgress: i.status === 'in_progress' ? 1 : 0,
        done: i.status === 'done' ? 1 : 0,
        notDone: i.status === 'not_done' ? 1 : 0,
        overdue: i.overdue ? 1 : 0,
      }),
    zeroCounts,
  );
  return { kind: 'province', province, period, periodLabel: periodLabel(period), today, trainings, conferences, figures, items, counts, limitations };
}

/** The national synthesis: one row per province, national figures and the national items' roll-ups. */
export async function gatherNationalReport(db: Db, provinces: ProvinceRow[], period: Period, today: string): Promise<NationalReportData> {
  const [{ trainings, byProvince }, itemCounts, figures, nationalItems] = await Promise.all([
    trainingsOf(db, null, period),
    countItemsByProvince(db, period.start, period.end, today),
    figuresOf(db, null, period),
    findNationalItems(db, period.start, period.end, today),
  ]);
  const countsByProvince = new Map(itemCounts.map((r) => [r.key, countsOf(r)]));
  const rows = provinces.map((province) => {
    const host = byProvince.get(province.code);
    return {
      province,
      conferences: host?.conferences ?? 0,
      participants: host ? host.delegates : 0,
      connectionPoints: host?.connectionPoints ?? 0,
      items: countsByProvince.get(province.code) ?? zeroCounts,
    };
  });
  const counts = rows.reduce((c, r) => addCounts(c, r.items), zeroCounts);
  return { kind: 'national', period, periodLabel: periodLabel(period), today, trainings, rows, figures, counts, nationalItems };
}

const isOpen = (status: string) => status === 'not_started' || status === 'in_progress';

/** The report's open items, carried over to the next period (part V). */
export const carriedOver = (data: ProvinceReportData) => data.items.filter((i) => isOpen(i.status));
/** Items marked not carried out, with their reason (part IV). */
export const notDoneItems = (data: ProvinceReportData) => data.items.filter((i) => i.status === 'not_done');

/** What the preview shows: the document's own counts. */
export function previewOf(data: ProvinceReportData | NationalReportData): ProvincialReportPreview {
  const province = data.kind === 'province' ? data.province : null;
  return {
    provinceCode: province?.code ?? null,
    provinceName: province?.name ?? 'Toàn quốc',
    period: data.period.code,
    periodLabel: data.periodLabel,
    from: data.period.start,
    to: data.period.end,
    trainings: {
      conferences: data.trainings.conferences,
      participants: data.trainings.participants,
      connectionPoints: data.trainings.connectionPoints,
      testedConferences: data.trainings.tests.conferences,
    },
    indicators: data.figures.filter((f) => f.value !== null || f.notAggregable).length,
    items: data.counts,
    limitations: data.kind === 'province' ? data.limitations.length + notDoneItems(data).length : 0,
    carriedOver:
      data.kind === 'province' ? carriedOver(data).length : data.counts.notStarted + data.counts.inProgress,
  };
}
