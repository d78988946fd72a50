import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { communes, legacyCommunes, legacyCommuneSuccessors, legacyDistricts, legacyProvinces, provinces } from './tables.js';

export type ProvinceRow = typeof provinces.$inferSelect;
export type LegacyProvinceRow = typeof legacyProvinces.$inferSelect & { successorName: string };
export type CommuneRow = Pick<typeof communes.$inferSelect, 'code' | 'provinceCode' | 'name' | 'fullName' | 'kind'>;
export type LegacyCommuneRow = Pick<typeof legacyCommunes.$inferSelect, 'code' | 'provinceCode' | 'districtCode' | 'name' | 'fullName'>;

/**
 * The province lists change only when the reference-data loader runs, which then calls
 * `forgetReferenceRows`; so each database handle keeps them in memory instead of asking the
 * database on every search-box keystroke (the embedded database answers one query at a time).
 */
const referenceRows = new WeakMap<Db, { provinces?: Promise<ProvinceRow[]>; legacy?: Promise<LegacyProvinceRow[]> }>();

export function forgetReferenceRows(db: Db): void {
  referenceRows.delete(db);
}

function memo(db: Db) {
  let entry = referenceRows.get(db);
  if (!entry) referenceRows.set(db, (entry = {}));
  return entry;
}

/** All 34 current provinces, by code (small enough to rank in memory). */
export async function listProvinceRows(db: Db): Promise<ProvinceRow[]> {
  const entry = memo(db);
  entry.provinces ??= db.select().from(provinces).orderBy(asc(provinces.code));
  return entry.provinces.catch((error: unknown) => {
    entry.provinces = undefined;
    throw error;
  });
}

export async function findProvinceRow(db: Db, code: string): Promise<ProvinceRow | undefined> {
  const rows = await db.select().from(provinces).where(eq(provinces.code, code));
  return rows[0];
}

/** The 63 old provinces with their successor's name, by code; only those merged into `successorCode` when given. */
export async function listLegacyProvinceRows(db: Db, successorCode?: string): Promise<LegacyProvinceRow[]> {
  const entry = memo(db);
  entry.legacy ??= selectLegacyProvinceRows(db);
  const all = await entry.legacy.catch((error: unknown) => {
    entry.legacy = undefined;
    throw error;
  });
  return successorCode ? all.filter((r) => r.successorCode === successorCode) : all;
}

async function selectLegacyProvinceRows(db: Db): Promise<LegacyProvinceRow[]> {
  return db
    .select({
      code: legacyProvinces.code,
      name: legacyProvinces.name,
      fullName: legacyProvinces.fullName,
      searchKey: legacyProvinces.searchKey,
      successorCode: legacyProvinces.successorCode,
      successorName: provinces.name,
    })
    .from(legacyProvinces)
    .innerJoin(provinces, eq(provinces.code, legacyProvinces.successorCode))
    .orderBy(asc(legacyProvinces.code));
}

const communeColumns = {
  code: communes.code,
  provinceCode: communes.provinceCode,
  name: communes.name,
  fullName: communes.fullName,
  kind: communes.kind,
};

/** A province's communes with their search keys (at most 168: filtered and sorted by the service). */
export async function listCommuneRows(db: Db, provinceCode: string): Promise<Array<CommuneRow & { searchKey: string }>> {
  return db
    .select({ ...communeColumns, searchKey: communes.searchKey })
    .from(communes)
    .where(eq(communes.provinceCode, provinceCode))
    .orderBy(asc(communes.code));
}

/** Current communes whose full-name key is one of `keys`, in one province or nationwide. */
export async function findCommunesByKeys(db: Db, keys: string[], provinceCode?: string): Promise<CommuneRow[]> {
  if (!keys.length) return [];
  return db
    .select(communeColumns)
    .from(communes)
    .where(and(inArray(communes.searchKey, keys), provinceCode ? eq(communes.provinceCode, provinceCode) : undefined))
    .orderBy(asc(communes.code));
}

export async function findCommuneByCode(db: Db, code: string): Promise<CommuneRow | undefined> {
  const rows = await db.select(communeColumns).from(communes).where(eq(communes.code, code));
  return rows[0];
}

/**
 * Old communes whose full-name key is one of `keys`, within some old provinces (all when none given),
 * optionally only in an old district whose full-name key is one of `districtKeys`.
 */
export async function findLegacyCommunesByKeys(
  db: Db,
  keys: string[],
  opts: { provinceCodes?: string[]; districtKeys?: string[] } = {},
): Promise<LegacyCommuneRow[]> {
  if (!keys.length) return [];
  const inDistrict = opts.districtKeys?.length
    ? sql`exists (select 1 from ${legacyDistricts} where ${legacyDistricts.code} = ${legacyCommunes.districtCode} and ${inArray(legacyDistricts.searchKey, opts.districtKeys)})`
    : undefined;
  return db
    .select({
      code: legacyCommunes.code,
      provinceCode: legacyCommunes.provinceCode,
      districtCode: legacyCommunes.districtCode,
      name: legacyCommunes.name,
      fullName: legacyCommunes.fullName,
    })
    .from(legacyCommunes)
    .where(
      and(
        inArray(legacyCommunes.searchKey, keys),
        opts.provinceCodes ? inArray(legacyCommunes.provinceCode, opts.provinceCodes) : undefined,
        inDistrict,
      ),
    )
    .orderBy(asc(legacyCommunes.code));
}

export async function findLegacyCommuneByCode(db: Db, code: string): Promise<LegacyCommuneRow | undefined> {
  const rows = await db
    .select({
      code: legacyCommunes.code,
      provinceCode: legacyCommunes.provinceCode,
      districtCode: legacyCommunes.districtCode,
      name: legacyCommunes.name,
      fullName: legacyCommunes.fullName,
    })
    .from(legacyCommunes)
    .where(eq(legacyCommunes.code, code));
  return rows[0];
}

/** Old districts whose full-name key is one of `keys`, optionally within some old provinces. */
export async function findLegacyDistrictsByKeys(db: Db, keys: string[], provinceCodes?: string[]) {
  if (!keys.length) return [];
  return db
    .select({ code: legacyDistricts.code, provinceCode: legacyDistricts.provinceCode, name: legacyDistricts.name })
    .from(legacyDistricts)
    .where(and(inArray(legacyDistricts.searchKey, keys), provinceCodes ? inArray(legacyDistricts.provinceCode, provinceCodes) : undefined))
    .orderBy(asc(legacyDistricts.code));
}

/** The new commune(s) an old commune went into, with the merge type. */
export async function listCommuneSuccessors(db: Db, legacyCode: string) {
  return db
    .select({ ...communeColumns, mergeType: legacyCommuneSuccessors.mergeType })
    .from(legacyCommuneSuccessors)
    .innerJoin(communes, eq(communes.code, legacyCommuneSuccessors.communeCode))
    .where(eq(legacyCommuneSuccessors.legacyCode, legacyCode))
    .orderBy(asc(communes.code));
}

/** Row counts of every administrative-unit table. */
export async function countAdminUnits(db: Db) {
  const [p, c, lp, ld, lc, lcs] = await Promise.all([
    db.$count(provinces),
    db.$count(communes),
    db.$count(legacyProvinces),
    db.$count(legacyDistricts),
    db.$count(legacyCommunes),
    db.$count(legacyCommuneSuccessors),
  ]);
  return { provinces: p, communes: c, legacyProvinces: lp, legacyDistricts: ld, legacyCommunes: lc, legacyCommuneSuccessors: lcs };
}

export type CommuneMatchRow = CommuneRow & { searchKey: string; provinceName: string };
export type LegacyCommuneMatchRow = CommuneMatchRow & { legacyFullName: string; legacySearchKey: string; districtName: string | null; legacyProvinceName: string };

/**
 * Current communes whose search key, spaces ignored, contains `compactNeedle` (a first cut the
 * service ranks precisely), with their province's name; in one province when given.
 */
export async function findCommunesContaining(db: Db, compactNeedle: string, provinceCode?: string): Promise<CommuneMatchRow[]> {
  return db
    .select({ ...communeColumns, searchKey: communes.searchKey, provinceName: provinces.name })
    .from(communes)
    .innerJoin(provinces, eq(provinces.code, communes.provinceCode))
    .where(and(sql`replace(${communes.searchKey}, ' ', '') like ${`%${compactNeedle}%`}`, provinceCode ? eq(communes.provinceCode, provinceCode) : undefined))
    .orderBy(asc(communes.code));
}

/** The same over the communes before 1 July 2025, each with the current commune(s) it went into. */
export async function findLegacyCommunesContaining(db: Db, compactNeedle: string, provinceCode?: string): Promise<LegacyCommuneMatchRow[]> {
  return db
    .select({
      ...communeColumns,
      searchKey: communes.searchKey,
      provinceName: provinces.name,
      legacyFullName: legacyCommunes.fullName,
      legacySearchKey: legacyCommunes.searchKey,
      districtName: legacyDistricts.fullName,
      legacyProvinceName: legacyProvinces.name,
    })
    .from(legacyCommunes)
    .innerJoin(legacyCommuneSuccessors, eq(legacyCommuneSuccessors.legacyCode, legacyCommunes.code))
    .innerJoin(communes, eq(communes.code, legacyCommuneSuccessors.communeCode))
    .innerJoin(provinces, eq(provinces.code, communes.provinceCode))
    .innerJoin(legacyProvinces, eq(legacyProvinces.code, legacyCommunes.provinceCode))
    .leftJoin(legacyDistricts, eq(legacyDistricts.code, legacyCommunes.districtCode))
    .where(and(sql`replace(${legacyCommunes.searchKey}, ' ', '') like ${`%${compactNeedle}%`}`, provinceCode ? eq(communes.provinceCode, provinceCode) : undefined))
    .orderBy(asc(legacyCommunes.code), asc(communes.code));
}
