import { asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import type { ConferenceListQuery } from '../../../../shared/api/conferences.js';
import { legacyProvinces, provinces } from '../../admin-units/tables.js';
import { organiserNamesOf, pointCountOfConference } from '../queries.js';
import { conferences } from '../tables.js';

/**
 * The list screen's orderings with the id as a last key, so that the order is total and the
 * same on PGlite and PostgreSQL even between conferences with the same date or title.
 */
const orderings: Record<ConferenceListQuery['sort'], SQL[]> = {
  date_desc: [desc(conferences.startDate), desc(conferences.createdAt), asc(conferences.id)],
  date_asc: [asc(conferences.startDate), asc(conferences.createdAt), asc(conferences.id)],
  title: [asc(conferences.title), asc(conferences.id)],
  participants_desc: [
    sql`coalesce(${conferences.participantsActual}, ${conferences.participantsPlanned}) desc nulls last`,
    desc(conferences.startDate),
    asc(conferences.id),
  ],
};

/** The ids of the matching conferences in list order, at most `limit` of them. */
export async function findExportIds(db: Db, where: SQL | undefined, sort: ConferenceListQuery['sort'], limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: conferences.id })
    .from(conferences)
    .where(where)
    .orderBy(...orderings[sort])
    .limit(limit);
  return rows.map((r) => r.id);
}

/** One line of the exported list. */
export type ExportRow = {
  id: string;
  date: string;
  title: string;
  provinceCode: string | null;
  provinceName: string | null;
  legacyProvinceName: string | null;
  level: string;
  format: string | null;
  status: string;
  participants: number | null;
  qualifier: string;
  connectionPoints: number;
  themes: string[];
  organisers: string[];
};

/** The rows for these ids, in the order of `ids`; ids deleted meanwhile are skipped. */
export async function findExportRows(db: Db, ids: string[]): Promise<ExportRow[]> {
  if (ids.length === 0) return [];
  const [rows, organisers] = await Promise.all([
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
      .where(inArray(conferences.id, ids)),
    organiserNamesOf(db, ids),
  ]);
  const byId = new Map(rows.map((r) => [r.row.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        id,
        date: r.row.startDate,
        title: r.row.title,
        provinceCode: r.row.provinceCode,
        provinceName: r.provinceName,
        legacyProvinceName: r.legacyProvinceName,
        level: r.row.level,
        format: r.row.format,
        status: r.row.status,
        participants: r.row.participantsActual ?? r.row.participantsPlanned,
        qualifier: r.row.participantsQualifier ?? 'exact',
        connectionPoints: Number(r.connectionPoints),
        themes: r.row.themes,
        organisers: organisers.get(id) ?? [],
      },
    ];
  });
}

/** Names of a current and an old province code, for the line stating the filters. */
export async function findProvinceNames(db: Db, provinceCode: string | undefined, legacyCode: string | undefined) {
  const [province, legacy] = await Promise.all([
    provinceCode ? db.select({ name: provinces.name }).from(provinces).where(eq(provinces.code, provinceCode)) : [],
    legacyCode ? db.select({ name: legacyProvinces.name }).from(legacyProvinces).where(eq(legacyProvinces.code, legacyCode)) : [],
  ]);
  return { province: province[0]?.name ?? null, legacy: legacy[0]?.name ?? null };
}
