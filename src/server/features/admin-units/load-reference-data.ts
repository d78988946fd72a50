import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { searchKey } from '../../../shared/text/index.js';
import type { Db } from '../../db/client.js';
import { forgetReferenceRows } from './queries.js';
import { systemMeta } from '../system/tables.js';
import { communes, legacyCommunes, legacyCommuneSuccessors, legacyDistricts, legacyProvinces, provinces } from './tables.js';

/** Where scripts/build-admin-units.ts writes the project's copy of the data (committed). */
export const adminUnitsDataDir = fileURLToPath(new URL('../../../../reference-data/admin-units/', import.meta.url));

/** The `system_meta` key holding the version of the administrative units in the database. */
export const adminUnitsVersionKey = 'admin_units_version';

/** One data file: column names once, then one array per row (keeps the committed JSON small). */
export type Table = { columns: string[]; rows: Array<Array<string | number | null>> };

export type AdminUnitsManifest = {
  /** Changes whenever any data file changes (it ends with a hash of their contents). */
  version: string;
  files: Record<
    'provinces' | 'communes' | 'legacyProvinces' | 'legacyDistricts' | 'legacyCommunes' | 'legacyCommuneSuccessors',
    string
  >;
  counts: Record<string, number>;
};

const columnsOf = {
  provinces: ['code', 'name', 'fullName', 'nameEn', 'kind', 'communeCount', 'areaKm2'],
  communes: ['code', 'provinceCode', 'name', 'fullName', 'kind'],
  legacyProvinces: ['code', 'name', 'fullName', 'successorCode'],
  legacyDistricts: ['code', 'provinceCode', 'name', 'fullName'],
  legacyCommunes: ['code', 'provinceCode', 'districtCode', 'name', 'fullName'],
  legacyCommuneSuccessors: ['legacyCode', 'communeCode', 'mergeType'],
} as const satisfies Record<keyof AdminUnitsManifest['files'], readonly string[]>;

type Row<K extends keyof typeof columnsOf> = Record<(typeof columnsOf)[K][number], string | number | null>;

function readManifest(dir: string): AdminUnitsManifest {
  return JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as AdminUnitsManifest;
}

function readTable<K extends keyof typeof columnsOf>(dir: string, manifest: AdminUnitsManifest, name: K): Array<Row<K>> {
  const data = JSON.parse(fs.readFileSync(path.join(dir, manifest.files[name]), 'utf8')) as Table;
  const expected = columnsOf[name] as readonly string[];
  if (data.columns.join() !== expected.join()) {
    throw new Error(`${manifest.files[name]}: columns ${data.columns.join()} ≠ ${expected.join()}; re-run scripts/build-admin-units.ts`);
  }
  return data.rows.map((r) => Object.fromEntries(expected.map((c, i) => [c, r[i] ?? null])) as Row<K>);
}

/** The data files as rows keyed by column name (the loader's input; tests read it too). */
export function readAdminUnitsData(dir = adminUnitsDataDir) {
  const manifest = readManifest(dir);
  return {
    manifest,
    provinces: readTable(dir, manifest, 'provinces'),
    communes: readTable(dir, manifest, 'communes'),
    legacyProvinces: readTable(dir, manifest, 'legacyProvinces'),
    legacyDistricts: readTable(dir, manifest, 'legacyDistricts'),
    legacyCommunes: readTable(dir, manifest, 'legacyCommunes'),
    legacyCommuneSuccessors: readTable(dir, manifest, 'legacyCommuneSuccessors'),
  };
}

/** Bump when this file changes what it writes from the same data (a column's formula, say). */
const loaderRevision = 1;

/**
 * The version the database must carry: the data's own version, a fingerprint of `searchKey` (so a
 * change in the text core's folding rules refreshes every stored `search_key`) and the loader's revision.
 */
export function expectedAdminUnitsVersion(dir = adminUnitsDataDir): string {
  const probe = ['Thừa Thiên - Huế', 'Khánh Hoà', 'Đắk Lắk', 'TP. Hồ Chí Minh', 'Xã Ea Drông', "Ea D'Rơng", 'Quận 1', 'ĐẶC KHU'];
  const fingerprint = createHash('sha256').update(probe.map(searchKey).join('|')).digest('hex').slice(0, 8);
  return `${readManifest(dir).version}/search-key-${fingerprint}/loader-${loaderRevision}`;
}

/**
 * Rows per statement. Each chunk travels as ONE jsonb parameter expanded by `jsonb_to_recordset`, so
 * PostgreSQL's 65,535-parameter limit never applies, and PGlite (where binding thousands of separate
 * parameters is the slow part) loads about 2.5× faster than with a multi-row VALUES list.
 */
const chunkSize = 1000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += chunkSize) out.push(rows.slice(i, i + chunkSize));
  return out;
}

/**
 * `INSERT … SELECT … FROM jsonb_to_recordset($1)` for every column of the table, optionally as an
 * upsert on `conflictOn` (property names). Rows use the table's property names, as Drizzle does.
 */
async function insertRows<T extends PgTable>(db: Db, table: T, rows: Array<T['$inferInsert']>, conflictOn: string[] = []) {
  const columns = Object.entries(getTableColumns(table)) as Array<[string, PgColumn]>;
  const quoted = (c: PgColumn) => `"${c.name}"`;
  const list = sql.raw(columns.map(([, c]) => quoted(c)).join(', '));
  const recordType = sql.raw(columns.map(([, c]) => `${quoted(c)} ${c.getSQLType()}`).join(', '));
  const keys = columns.filter(([prop]) => conflictOn.includes(prop)).map(([, c]) => quoted(c));
  const updates = columns.filter(([prop]) => !conflictOn.includes(prop)).map(([, c]) => `${quoted(c)} = excluded.${quoted(c)}`);
  const onConflict = keys.length ? sql.raw(` on conflict (${keys.join(', ')}) do update set ${updates.join(', ')}`) : sql``;
  for (const chunk of chunks(rows)) {
    const json = JSON.stringify(
      chunk.map((row) => Object.fromEntries(columns.map(([prop, c]) => [c.name, (row as Record<string, unknown>)[prop] ?? null]))),
    );
    await db.execute(sql`insert into ${table} (${list}) select ${list} from jsonb_to_recordset(${json}::jsonb) as x(${recordType})${onConflict}`);
  }
}

/**
 * Removes units the data no longer has. Other tables reference these codes by foreign key, so when
 * one is still in use the table's stale rows stay (the savepoint keeps the rest of the load) and a
 * line is logged; refusing to start over a vanished code would be worse.
 */
async function deleteStale(db: Db, table: PgTable & { code: PgColumn }, keep: string[], log: (msg: string) => void) {
  try {
    await db.transaction(async (sp) => {
      await sp.delete(table).where(sql`${table.code} not in (select jsonb_array_elements_text(${JSON.stringify(keep)}::jsonb))`);
    });
  } catch (err) {
    if (!isForeignKeyViolation(err)) throw err;
    log(`admin units: rows of ${getTableName(table)} no longer in the data are still referenced, so they stay`);
  }
}

function isForeignKeyViolation(err: unknown): boolean {
  for (let e = err; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23503') return true;
  }
  return false;
}

/**
 * A province's stored search key covers its full name ("thanh pho ho chi minh") and its English one
 * ("ho chi minh city", written as the source's FullNameEn is: City for municipalities, else Province).
 */
export function provinceSearchKey(fullName: string, nameEn: string | null, kind: string): string {
  const english = nameEn ? `${nameEn} ${kind === 'municipality' ? 'City' : 'Province'}` : '';
  return searchKey(`${fullName} ${english}`);
}

const str = (v: string | number | null): string => String(v ?? '');
const strOrNull = (v: string | number | null): string | null => (v === null ? null : String(v));
const intOrNull = (v: string | number | null): number | null => (v === null ? null : Math.round(Number(v)));

/**
 * Loads Vietnam's administrative units (34 provinces, 3,321 communes since 1 July 2025, plus the 63
 * provinces, 696 districts and 10,047 communes before, and the old → new links) from
 * reference-data/admin-units into the database, when the database's version marker differs from the
 * data's. Runs at every start and in the test suite's global setup: when nothing changed it costs one
 * query. Everything is written in one transaction; current and legacy units are upserted, never
 * deleted wholesale, because other tables reference their codes.
 */
export async function loadAdminUnits(
  db: Db,
  opts: { dir?: string; log?: (msg: string) => void } = {},
): Promise<{ loaded: boolean }> {
  const dir = opts.dir ?? adminUnitsDataDir;
  // A rare event worth seeing in the server's output; the loader has no Fastify logger at hand.
  const log = opts.log ?? ((msg: string) => console.warn(msg));
  const version = expectedAdminUnitsVersion(dir);
  if ((await storedVersion(db)) === version) return { loaded: false };

  const { manifest, ...data } = readAdminUnitsData(dir);

  const result = await db.transaction(async (tx) => {
    // Two servers starting together against one PostgreSQL: the second waits here, then finds the work done.
    await tx.execute(sql`select pg_advisory_xact_lock(${adminUnitsLockId})`);
    if ((await storedVersion(tx)) === version) return { loaded: false };

    await insertRows(
      tx,
      provinces,
      data.provinces.map((r) => ({
        code: str(r.code),
        name: str(r.name),
        fullName: str(r.fullName),
        nameEn: strOrNull(r.nameEn),
        kind: str(r.kind),
        searchKey: provinceSearchKey(str(r.fullName), strOrNull(r.nameEn), str(r.kind)),
        communeCount: Number(r.communeCount),
        areaKm2: intOrNull(r.areaKm2),
      })),
      ['code'],
    );
    await insertRows(
      tx,
      communes,
      data.communes.map((r) => ({
        code: str(r.code),
        provinceCode: str(r.provinceCode),
        name: str(r.name),
        fullName: str(r.fullName),
        kind: str(r.kind),
        searchKey: searchKey(str(r.fullName)),
      })),
      ['code'],
    );
    await insertRows(
      tx,
      legacyProvinces,
      data.legacyProvinces.map((r) => ({
        code: str(r.code),
        name: str(r.name),
        fullName: str(r.fullName),
        searchKey: searchKey(str(r.fullName)),
        successorCode: str(r.successorCode),
      })),
      ['code'],
    );
    await insertRows(
      tx,
      legacyDistricts,
      data.legacyDistricts.map((r) => ({
        code: str(r.code),
        provinceCode: str(r.provinceCode),
        name: str(r.name),
        fullName: str(r.fullName),
        searchKey: searchKey(str(r.fullName)),
      })),
      ['code'],
    );
    await insertRows(
      tx,
      legacyCommunes,
      data.legacyCommunes.map((r) => ({
        code: str(r.code),
        provinceCode: str(r.provinceCode),
        districtCode: strOrNull(r.districtCode),
        name: str(r.name),
        fullName: str(r.fullName),
        searchKey: searchKey(str(r.fullName)),
      })),
      ['code'],
    );

    // Nothing references the links, so they are simply replaced.
    await tx.delete(legacyCommuneSuccessors);
    await insertRows(
      tx,
      legacyCommuneSuccessors,
      data.legacyCommuneSuccessors.map((r) => ({
        legacyCode: str(r.legacyCode),
        communeCode: str(r.communeCode),
        mergeType: str(r.mergeType),
      })),
    );

    // Children before parents, for the foreign keys between these tables.
    await deleteStale(tx, legacyCommunes, data.legacyCommunes.map((r) => str(r.code)), log);
    await deleteStale(tx, legacyDistricts, data.legacyDistricts.map((r) => str(r.code)), log);
    await deleteStale(tx, legacyProvinces, data.legacyProvinces.map((r) => str(r.code)), log);
    await deleteStale(tx, communes, data.communes.map((r) => str(r.code)), log);
    await deleteStale(tx, provinces, data.provinces.map((r) => str(r.code)), log);

    const value = { version, counts: manifest.counts };
    await tx
      .insert(systemMeta)
      .values({ key: adminUnitsVersionKey, value })
      .onConflictDoUpdate({ target: systemMeta.key, set: { value, updatedAt: sql`now()` } });
    return { loaded: true };
  });
  forgetReferenceRows(db);
  return result;
}

/** An arbitrary constant naming this loader's advisory lock. */
const adminUnitsLockId = 7_305_202_507;

async function storedVersion(db: Db): Promise<string | undefined> {
  const rows = await db.select({ value: systemMeta.value }).from(systemMeta).where(eq(systemMeta.key, adminUnitsVersionKey));
  const value = rows[0]?.value as { version?: unknown } | undefined;
  return typeof value?.version === 'string' ? value.version : undefined;
}
