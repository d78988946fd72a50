import type { Db } from '../../db/client.js';
import { notFound } from '../../errors.js';
import { can, isNationalRole } from '../../../shared/auth/permissions.js';
import { parsePeriod, periodLabel } from '../../../shared/indicators/periods.js';
import type { PublicProvince, PublicProvinceList, TransparencySetting } from '../../../shared/api/transparency.js';
import { assertProvinceAccess, type Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import { findIndicators } from '../indicator-dashboards/queries.js';
import { figureOf } from '../indicator-dashboards/service.js';
import { todayInVietnam } from '../indicator-reports/report-access.js';
import { isOverdue } from '../provincial-reports/queries.js';
import {
  countPublicItems,
  countTrainingsByYear,
  findApprovedFigures,
  findPublicItems,
  findPublished,
  findRecentTrainings,
  findSettings,
  upsertPublication,
} from './queries.js';

/*
 * A province's public transparency page: off until the province (or the national administrator)
 * publishes it, and off again the moment it is withdrawn. The public reads take no account and
 * answer 404 for a province that has not published, exactly as for one that does not exist.
 */

const publicPath = (code: string) => `/public/${code}`;

/** Why the actor may not publish or withdraw the province's page, or null when they may. */
function publishRefusal(actor: Actor, provinceCode: string): string | null {
  if (!can(actor.role, 'transparency.publish')) return 'Chỉ quản trị hệ thống hoặc Văn phòng Ban Chỉ đạo tỉnh được bật, tắt trang công khai.';
  if (!isNationalRole(actor.role) && actor.provinceCode !== provinceCode) return 'Bạn chỉ bật, tắt được trang công khai của tỉnh mình.';
  return null;
}

const toSetting = (actor: Actor) => (r: Awaited<ReturnType<typeof findSettings>>[number]): TransparencySetting => ({
  provinceCode: r.provinceCode,
  provinceName: r.provinceName,
  published: Boolean(r.published),
  updatedAt: r.updatedAt ? r.updatedAt.toISOString() : null,
  publicPath: publicPath(r.provinceCode),
  refusal: publishRefusal(actor, r.provinceCode),
});

/** The provinces within the actor's reach (every province for national roles) and their pages' state. */
export async function listSettings(db: Db, actor: Actor): Promise<{ items: TransparencySetting[] }> {
  const rows = await findSettings(db, isNationalRole(actor.role) ? undefined : (actor.provinceCode ?? '__none__'));
  return { items: rows.map(toSetting(actor)) };
}

async function settingWithinReach(db: Db, actor: Actor, provinceCode: string) {
  // Another province is a 404 to a provincial account, as every record of another province.
  assertProvinceAccess(actor, provinceCode, 'Tỉnh');
  const [row] = await findSettings(db, provinceCode);
  if (!row) throw notFound('Tỉnh');
  return row;
}

export async function getSetting(db: Db, actor: Actor, provinceCode: string): Promise<TransparencySetting> {
  return toSetting(actor)(await settingWithinReach(db, actor, provinceCode));
}

/** Publishes or withdraws the page (permission transparency.publish, checked by the route), audited. */
export async function updateSetting(db: Db, actor: Actor, provinceCode: string, published: boolean): Promise<TransparencySetting> {
  const before = await settingWithinReach(db, actor, provinceCode);
  await db.transaction(async (tx) => {
    await upsertPublication(tx, provinceCode, published, actor.id);
    await recordAudit(tx, actor, {
      action: published ? 'publish' : 'withdraw',
      entityType: 'public_page',
      entityId: provinceCode,
      provinceCode,
      before: { published: Boolean(before.published) },
      after: { published },
    });
  });
  return getSetting(db, actor, provinceCode);
}

export async function listPublicProvinces(db: Db): Promise<PublicProvinceList> {
  const rows = await findPublished(db);
  return { items: rows.map((r) => ({ code: r.code, name: r.name, publishedAt: r.publishedAt.toISOString() })) };
}

const numOrNull = (v: string | null) => (v === null ? null : Number(v));

/** The public page: approved figures, trainings held, follow-up status. Nothing else, and only once published. */
export async function getPublicProvince(db: Db, provinceCode: string): Promise<PublicProvince> {
  const [page] = await findPublished(db, provinceCode);
  if (!page) throw notFound('Trang công khai');
  const today = todayInVietnam();
  const [figures, byYear, recent, counts, items] = await Promise.all([
    findApprovedFigures(db, provinceCode),
    countTrainingsByYear(db, provinceCode),
    findRecentTrainings(db, provinceCode),
    countPublicItems(db, provinceCode, today),
    findPublicItems(db, provinceCode),
  ]);
  const catalogue = figures.length ? await findIndicators(db, [...new Set(figures.map((f) => f.indicatorCode))]) : [];
  return {
    code: page.code,
    name: page.name,
    publishedAt: page.publishedAt.toISOString(),
    indicators: catalogue.map((indicator) => ({
      code: indicator.code,
      name: indicator.nameVi,
      unit: indicator.unit,
      decimals: indicator.decimals,
      figures: figures
        .filter((f) => f.indicatorCode === indicator.code)
        .map((f) => {
          const figure = figureOf(indicator, {
            ...f,
            provinceCode,
            value: numOrNull(f.value),
            target: numOrNull(f.target),
            numerator: numOrNull(f.numerator),
            denominator: numOrNull(f.denominator),
            stage: 'approved',
          });
          return { period: f.period, periodLabel: periodLabel(parsePeriod(f.period)!), value: figure.value, target: figure.target, percentOfPlan: figure.targetPercent };
        }),
    })),
    trainings: { byYear, recent: recent.map((c) => ({ title: c.title, startDate: c.startDate, endDate: c.endDate })) },
    followup: {
      counts,
      items: items.map((i) => ({
        reference: i.reference,
        kind: i.kind as PublicProvince['followup']['items'][number]['kind'],
        text: i.text,
        status: i.status as PublicProvince['followup']['items'][number]['status'],
        dueDate: i.dueDate,
        overdue: isOverdue(i.status, i.dueDate, today),
      })),
    },
  };
}
