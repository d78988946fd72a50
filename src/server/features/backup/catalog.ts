import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { BackupError, type MigrationMarker } from './format.js';
import { queryRows } from '../../db/query-rows.js';

/**
 * Tables of the `public` schema that a backup leaves out. Everything else in `public` is user
 * data and is backed up, so a table added by a later feature is included without touching this file.
 * (drizzle's own bookkeeping lives in the `drizzle` schema and is never read as data.)
 */
export const excludedTables: ReadonlyMap<string, 'reference' | 'ephemeral'> = new Map([
  // Reference data: `prepareDatabase` loads it into every database, the restore target included,
  // from reference-data/ at the version this code ships with; user rows reference its codes.
  ['provinces', 'reference'],
  ['communes', 'reference'],
  ['legacy_provinces', 'reference'],
  ['legacy_districts', 'reference'],
  ['legacy_communes', 'reference'],
  ['legacy_commune_successors', 'reference'],
  // The installation's own facts (reference-data version…), written by `prepareDatabase` on the target.
  ['system_meta', 'reference'],
  // Sign-ins expire within hours, and restoring them would revive cookies issued to the old server:
  // after a restore everyone signs in again.
  ['sessions', 'ephemeral'],
  // Attempts counted by the throttles (digests of e-mails and addresses), gone within minutes.
  ['throttle_attempts', 'ephemeral'],
]);

export type ColumnInfo = {
  name: string;
  /** GENERATED ALWAYS AS (…) STORED: computed by the database, never inserted. */
  generated: boolean;
  /** GENERATED ALWAYS AS IDENTITY: inserting a value needs OVERRIDING SYSTEM VALUE. */
  identityAlways: boolean;
  /** Qualified name of the sequence behind a serial or identity column. */
  sequence: string | null;
};

export type TableInfo = {
  name: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  /** Other backed-up tables this one references; they are written first. */
  parents: string[];
  /** Foreign keys from the table to itself (organisations.parent_id): rows are written parents first. */
  selfReferences: Array<{ columns: string[]; refColumns: string[] }>;
};

type ForeignKey = { table: string; refSchema: string; refTable: string; columns: string[]; refColumns: string[] };

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `public."name"`, for splicing a catalog-checked table name into SQL. */
export function qualified(table: string): string {
  return `public.${quoteIdent(table)}`;
}

export { queryRows };

const parseList = (json: string | null): string[] => (json ? (JSON.parse(json) as string[]) : []);

/**
 * The tables a backup holds, read from the catalog of `db`, in an order that inserts parents
 * before children. Throws when that order cannot exist (two tables referencing each other) or a
 * backed-up table references one the backup leaves out: better a loud failure at backup time
 * than a file nobody can restore.
 */
export async function listBackupTables(db: Db): Promise<TableInfo[]> {
  const tables = await queryRows<{ name: string }>(db, sql`
    select c.relname as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
    order by c.relname`);
  const names = tables.map((r) => r.name).filter((n) => !excludedTables.has(n));
  if (names.length === 0) return [];

  const columns = await queryRows<{ table: string; name: string; generated: boolean; identity: string; sequence: string | null }>(db, sql`
    select c.relname as "table", a.attname as name, a.attgenerated <> '' as generated, a.attidentity::text as identity,
      pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) as sequence
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
    order by c.relname, a.attnum`);
  const primaryKeys = await queryRows<{ table: string; columns: string }>(db, sql`
    select c.relname as "table",
      (select json_agg(a.attname::text order by k.ord) from unnest(i.indkey::int2[]) with ordinality k(attnum, ord)
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum)::text as columns
    from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and i.indisprimary`);
  const foreignKeys = await queryRows<{ table: string; refSchema: string; refTable: string; columns: string; refColumns: string }>(db, sql`
    select src.relname as "table", dn.nspname as "refSchema", dst.relname as "refTable",
      (select json_agg(a.attname::text order by k.ord) from unnest(con.conkey) with ordinality k(attnum, ord)
        join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum)::text as columns,
      (select json_agg(a.attname::text order by k.ord) from unnest(con.confkey) with ordinality k(attnum, ord)
        join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum)::text as "refColumns"
    from pg_constraint con
      join pg_class src on src.oid = con.conrelid join pg_namespace sn on sn.oid = src.relnamespace
      join pg_class dst on dst.oid = con.confrelid join pg_namespace dn on dn.oid = dst.relnamespace
    where con.contype = 'f' and sn.nspname = 'public'
    order by src.relname, con.conname`);

  const fks: ForeignKey[] = foreignKeys.map((r) => ({ ...r, columns: parseList(r.columns), refColumns: parseList(r.refColumns) }));
  const infos = names.map((name): TableInfo => {
    const own = fks.filter((fk) => fk.table === name);
    for (const fk of own) {
      if (fk.refSchema === 'public' && excludedTables.get(fk.refTable) === 'ephemeral') {
        throw new BackupError(
          `bảng ${name} tham chiếu bảng ${fk.refTable} vốn không được sao lưu / table ${name} references ${fk.refTable}, which backups leave out`,
        );
      }
    }
    return {
      name,
      columns: columns
        .filter((c) => c.table === name)
        .map((c) => ({ name: c.name, generated: c.generated, identityAlways: c.identity === 'a', sequence: c.sequence })),
      primaryKey: parseList(primaryKeys.find((p) => p.table === name)?.columns ?? null),
      parents: [...new Set(own.filter((fk) => fk.refSchema === 'public' && fk.refTable !== name && names.includes(fk.refTable)).map((fk) => fk.refTable))],
      selfReferences: own
        .filter((fk) => fk.refSchema === 'public' && fk.refTable === name)
        .map((fk) => ({ columns: fk.columns, refColumns: fk.refColumns })),
    };
  });
  return orderByDependencies(infos);
}

/** Parents before children (Kahn's algorithm, alphabetical among equals so dumps are reproducible). */
export function orderByDependencies<T extends { name: string; parents: string[] }>(tables: T[]): T[] {
  const pending = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const ordered: T[] = [];
  while (pending.size > 0) {
    const ready = [...pending.values()]
      .filter((t) => t.parents.every((p) => done.has(p) || !pending.has(p)))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (ready.length === 0) {
      const stuck = [...pending.keys()].sort().join(', ');
      throw new BackupError(
        `các bảng tham chiếu vòng lẫn nhau, không có thứ tự chèn hợp lệ: ${stuck} / foreign keys form a cycle between tables: ${stuck}`,
      );
    }
    for (const t of ready) {
      pending.delete(t.name);
      done.add(t.name);
      ordered.push(t);
    }
  }
  return ordered;
}

/** The latest migration drizzle has applied, or null when the database was never migrated. */
export async function readMigrationMarker(db: Db): Promise<MigrationMarker | null> {
  const exists = await queryRows<{ present: boolean }>(db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  if (!exists[0]?.present) return null;
  const result = await queryRows<{ count: string; createdAt: string; hash: string }>(db, sql`
    select count(*)::text as count, coalesce(max(created_at), 0)::text as "createdAt",
      coalesce((select hash from drizzle.__drizzle_migrations order by created_at desc, id desc limit 1), '') as hash
    from drizzle.__drizzle_migrations`);
  const row = result[0];
  if (!row || row.count === '0') return null;
  return { count: Number(row.count), createdAt: Number(row.createdAt), hash: row.hash };
}

/**
 * Enabled user triggers that fire on INSERT into a table. Foreign-key triggers are internal and not
 * listed; neither are UPDATE/DELETE-only triggers such as the audit log's append-only guard.
 */
export async function listInsertTriggers(db: Db, table: string): Promise<string[]> {
  const result = await queryRows<{ name: string }>(db, sql`
    select t.tgname as name from pg_trigger t
    where t.tgrelid = ${qualified(table)}::regclass and not t.tgisinternal and t.tgenabled <> 'D'
      and (t.tgtype::int & 4) <> 0 -- TRIGGER_TYPE_INSERT
    order by t.tgname`);
  return result.map((r) => r.name);
}
