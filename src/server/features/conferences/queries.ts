import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { legacyProvinces, provinces } from '../admin-units/tables.js';
import { organisations } from '../organisations/tables.js';
import type { ConferenceListQuery } from '../../../shared/api/conferences.js';
import { maxConferenceDays } from './rules.js';
import {
  agendaItems,
  conferenceMaterials,
  conferenceOfficials,
  conferenceOrganisers,
  conferenceOutcomes,
  conferenceSources,
  conferences,
  connectionPoints,
} from './tables.js';

export type ConferenceRow = typeof conferences.$inferSelect;

export async function findConferenceRow(db: Db, id: string): Promise<ConferenceRow | undefined> {
  const rows = await db.select().from(conferences).where(eq(conferences.id, id)).limit(1);
  return rows[0];
}

/** A conference with every child, in display order, and the names the screens show beside codes. */
export async function findConferenceTree(db: Db, id: string) {
  const row = await findConferenceRow(db, id);
  if (!row) return undefined;
  const [province, legacy, organisers, points, officials, agenda, materials, outcomes, sources] = await Promise.all([
    row.provinceCode ? db.select({ code: provinces.code, name: provinces.name }).from(provinces).where(eq(provinces.code, row.provinceCode)) : [],
    row.legacyProvinceCode
      ? db.select({ code: legacyProvinces.code, name: legacyProvinces.name }).from(legacyProvinces).where(eq(legacyProvinces.code, row.legacyProvinceCode))
      : [],
    db
      .select({
        id: organisations.id,
        name: organisations.name,
        shortName: organisations.shortName,
        kind: organisations.kind,
        provinceCode: organisations.provinceCode,
        role: conferenceOrganisers.role,
      })
      .from(conferenceOrganisers)
      .innerJoin(organisations, eq(organisations.id, conferenceOrganisers.organisationId))
      .where(eq(conferenceOrganisers.conferenceId, id))
      .orderBy(asc(conferenceOrganisers.position)),
    db
      .select({ point: connectionPoints, hostOrganisationName: organisations.name })
      .from(connectionPoints)
      .leftJoin(organisations, eq(organisations.id, connectionPoints.hostOrganisationId))
      .where(eq(connectionPoints.conferenceId, id))
      .orderBy(asc(connectionPoints.position)),
    db
      .select({ official: conferenceOfficials, organisationName: organisations.name })
      .from(conferenceOfficials)
      .leftJoin(organisations, eq(organisations.id, conferenceOfficials.organisationId))
      .where(eq(conferenceOfficials.conferenceId, id))
      .orderBy(asc(conferenceOfficials.position)),
    db
      .select({ item: agendaItems, speakerOrganisationName: organisations.name })
      .from(agendaItems)
      .leftJoin(organisations, eq(organisations.id, agendaItems.speakerOrganisationId))
      .where(eq(agendaItems.conferenceId, id))
      .orderBy(asc(agendaItems.position)),
    db.select().from(conferenceMaterials).where(eq(conferenceMaterials.conferenceId, id)).orderBy(asc(conferenceMaterials.position)),
    db
      .select({ outcome: conferenceOutcomes, responsibleOrganisationName: organisations.name })
      .from(conferenceOutcomes)
      .leftJoin(organisations, eq(organisations.id, conferenceOutcomes.responsibleOrganisationId))
      .where(eq(conferenceOutcomes.conferenceId, id))
      .orderBy(asc(conferenceOutcomes.position)),
    db.select().from(conferenceSources).where(eq(conferenceSources.conferenceId, id)).orderBy(asc(conferenceSources.position)),
  ]);
  return { row, province: province[0] ?? null, legacy: legacy[0] ?? null, organisers, points, officials, agenda, materials, outcomes, sources };
}
export type ConferenceTree = NonNullable<Awaited<ReturnType<typeof findConferenceTree>>>;

/** Which provinces a reader may see besides national records, or null for everything. */
export type Visibility = null | { provinceCode: string | null; organisationId: string | null };

export function visibilityCondition(v: Visibility): SQL | undefined {
  if (v === null) return undefined;
  const parts: SQL[] = [sql`${conferences.provinceCode} is null`];
  if (v.provinceCode) parts.push(eq(conferences.provinceCode, v.provinceCode));
  if (v.organisationId && v.provinceCode) {
    // The reader's body opens a conference it co-organises only while it is a body of the reader's province.
    parts.push(
      sql`exists (select 1 from ${conferenceOrganisers} co join ${organisations} o on o.id = co.organisation_id
                  where co.conference_id = ${conferences.id} and co.organisation_id = ${v.organisationId} and o.province_code = ${v.provinceCode})`,
    );
  }
  return sql`(${sql.join(parts, sql` or `)})`;
}

export function listConditions(query: Omit<ConferenceListQuery, 'page' | 'pageSize' | 'sort'> & { words?: string[] }, visibility: Visibility) {
  const conditions: SQL[] = [];
  const visible = visibilityCondition(visibility);
  if (visible) conditions.push(visible);
  if (query.province) conditions.push(eq(conferences.provinceCode, query.province));
  if (query.legacyProvince) conditions.push(eq(conferences.legacyProvinceCode, query.legacyProvince));
  if (query.year) {
    const from = query.month ? `${query.year}-${String(query.month).padStart(2, '0')}-01` : `${query.year}-01-01`;
    const to = query.month
      ? new Date(Date.UTC(query.year, query.month, 1)).toISOString().slice(0, 10)
      : `${query.year + 1}-01-01`;
    // A multi-day conference belongs to every month (and year) it overlaps, so the calendar shows it
    // on each. Conferences last at most `maxConferenceDays` (a rule), which bounds the start date
    // from below too and keeps the condition an index range scan.
    const earliestStart = new Date(Date.parse(`${from}T00:00:00Z`) - maxConferenceDays * 86_400_000).toISOString().slice(0, 10);
    conditions.push(
      sql`${conferences.startDate} >= ${earliestStart} and ${conferences.startDate} < ${to} and coalesce(${conferences.endDate}, ${conferences.startDate}) >= ${from}`,
    );
  }
  if (query.level) conditions.push(eq(conferences.level, query.level));
  if (query.format) conditions.push(eq(conferences.format, query.format));
  if (query.status) conditions.push(eq(conferences.status, query.status));
  if (query.theme) conditions.push(sql`${conferences.themes} @> ${JSON.stringify([query.theme])}::jsonb`);
  for (const word of query.words ?? []) conditions.push(sql`${conferences.searchKey} like ${`%${word}%`}`);
  return conditions.length ? and(...conditions) : undefined;
}

const orderings = {
  date_desc: [desc(conferences.startDate), desc(conferences.createdAt)],
  date_asc: [asc(conferences.startDate), asc(conferences.createdAt)],
  title: [asc(conferences.title)],
  participants_desc: [sql`coalesce(${conferences.participantsActual}, ${conferences.participantsPlanned}) desc nulls last`, desc(conferences.startDate)],
} as const;

/** A list row's number of connection points: a row recorded as a group counts as its `point_count`. */
export const pointCountOfConference = sql<number>`(select coalesce(sum(cp.point_count), 0)::int from ${connectionPoints} cp where cp.conference_id = ${conferences.id})`;

export async function listConferenceRows(db: Db, where: SQL | undefined, sort: keyof typeof orderings, page: number, pageSize: number) {
  const [items, totals] = await Promise.all([
    db
      .select({
        row: conferences,
        provinceName: provinces.name,
        legacyProvinceName: legacyProvinces.name,
        connectionPoints: pointCountOfConference,
      })
      .from(conferences)
      .leftJoin(provinces, eq(provinces.code, conferences.provinceCode))
      .leftJoin(legacyProvinces, eq(legacyProvinces.code, conferences.legacyProvinceCode))
      .where(where)
      .orderBy(...orderings[sort])
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(conferences).where(where),
  ]);
  return { items, total: totals[0]?.n ?? 0 };
}

export async function organiserNamesOf(db: Db, conferenceIds: string[]) {
  if (conferenceIds.length === 0) return new Map<string, string[]>();
  const rows = await db
    .select({ conferenceId: conferenceOrganisers.conferenceId, name: sql<string>`coalesce(${organisations.shortName}, ${organisations.name})` })
    .from(conferenceOrganisers)
    .innerJoin(organisations, eq(organisations.id, conferenceOrganisers.organisationId))
    .where(inArray(conferenceOrganisers.conferenceId, conferenceIds))
    .orderBy(asc(conferenceOrganisers.position));
  const byConference = new Map<string, string[]>();
  for (const r of rows) byConference.set(r.conferenceId, [...(byConference.get(r.conferenceId) ?? []), r.name]);
  return byConference;
}

export async function organisationsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: organisations.id, name: organisations.name, shortName: organisations.shortName, provinceCode: organisations.provinceCode })
    .from(organisations)
    .where(inArray(organisations.id, ids));
}

/** The stored files a conference already refers to, as materials or sources. */
export async function fileIdsOfConference(db: Db, conferenceId: string): Promise<Set<string>> {
  const [materials, sources] = await Promise.all([
    db.select({ id: conferenceMaterials.fileId }).from(conferenceMaterials).where(eq(conferenceMaterials.conferenceId, conferenceId)),
    db.select({ id: conferenceSources.fileId }).from(conferenceSources).where(eq(conferenceSources.conferenceId, conferenceId)),
  ]);
  return new Set([...materials, ...sources].flatMap((r) => (r.id ? [r.id] : [])));
}
