/**
 * The rows a delete of some parent rows would remove (ON DELETE CASCADE, transitively) and the links
 * it would clear (ON DELETE SET NULL), read from the database's own foreign keys, so a table added
 * later by any feature (a new child of conferences, a new follow-up link) is captured without
 * changing this file. `restoreRowGraph` puts them back as they were. Plain SQL for PGlite and PostgreSQL.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { orderByDependencies, quoteIdent as quote } from '../backup/catalog.js';

type ForeignKey = { child: string; parent: string; action: string; childCols: string[]; parentCols: string[] };
type TableInfo = { primaryKey: string[]; insertable: string[]; identity: boolean };
type Row = Record<string, unknown>;

/**
 * Table → rows as `to_jsonb` wrote them (JSON text, so numbers keep every digit: they are never
 * parsed into JavaScript numbers on the way back), in an order where every parent table comes first.
 */
export type CapturedRows = Array<{ table: string; rows: string[] }>;
/** One link a delete would clear: the row (by primary key) and the columns' old values. */
export type ClearedLink = { table: string; key: Row; values: Row };

async function foreignKeys(db: Db): Promise<ForeignKey[]> {
  const rows = await queryRows<{ child: string; parent: string; action: string; child_cols: string[] | string; parent_cols: string[] | string }>(
    db,
    sql`select cr.relname as child, pr.relname as parent, c.confdeltype as action,
          to_json(array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i)) as child_cols,
          to_json(array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i)
                        join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i)) as parent_cols
        from pg_constraint c
        join pg_class cr on cr.oid = c.conrelid
        join pg_class pr on pr.oid = c.confrelid
        join pg_namespace n on n.oid = cr.relnamespace
        where c.contype = 'f' and n.nspname = current_schema()`,
  );
  const list = (v: string[] | string) => (typeof v === 'string' ? (JSON.parse(v) as string[]) : v);
  return rows.map((r) => ({ child: r.child, parent: r.parent, action: r.action, childCols: list(r.child_cols), parentCols: list(r.parent_cols) }));
}

async function tableInfo(db: Db, table: string): Promise<TableInfo> {
  const columns = await queryRows<{ name: string; generated: string; identity: string; pk: boolean }>(
    db,
    sql`select a.attname::text as name, a.attgenerated::text as generated, a.attidentity::text as identity,
          exists (select 1 from pg_index i where i.indrelid = a.attrelid and i.indisprimary and a.attnum = any(i.indkey)) as pk
        from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        where c.relname = ${table} and n.nspname = current_schema() and a.attnum > 0 and not a.attisdropped
        order by a.attnum`,
  );
  return {
    primaryKey: columns.filter((c) => c.pk).map((c) => c.name),
    insertable: columns.filter((c) => !c.generated).map((c) => c.name),
    identity: columns.some((c) => Boolean(c.identity)),
  };
}

type Captured = { text: string; row: Row };

/** Rows of `table` whose `cols` equal one of the value tuples (compared as text). */
async function rowsMatching(db: Db, table: string, cols: string[], tuples: unknown[][]): Promise<Captured[]> {
  if (!tuples.length) return [];
  const lhs = cols.map((c) => `t.${quote(c)}::text`).join(', ');
  const rhs = cols.map((_, i) => `x ->> ${i}`).join(', ');
  const json = JSON.stringify(tuples.map((t) => t.map((v) => (v === null ? null : typeof v === 'string' ? v : JSON.stringify(v)))));
  const rows = await queryRows<{ r: string }>(
    db,
    sql`select to_jsonb(t)::text as r from ${sql.raw(quote(table))} t
        where (${sql.raw(lhs)}) in (select ${sql.raw(rhs)} from jsonb_array_elements(${json}::jsonb) x)`,
  );
  return rows.map(({ r }) => ({ text: r, row: JSON.parse(r) as Row }));
}

/**
 * Everything deleting the rows of `table` whose `keyColumn` is `key` would take with it. Call it in
 * the delete's transaction, just before the delete.
 */
export async function captureRowGraph(db: Db, table: string, keyColumn: string, key: string): Promise<{ rows: CapturedRows; links: ClearedLink[] }> {
  const fks = await foreignKeys(db);
  const captured = new Map<string, Map<string, Captured>>();
  const infos = new Map<string, TableInfo>();
  const info = async (t: string) => infos.get(t) ?? infos.set(t, await tableInfo(db, t)).get(t)!;
  const keyOf = (row: Row, cols: string[]) => JSON.stringify(cols.map((c) => row[c] ?? null));

  const add = async (t: string, rows: Captured[]): Promise<Row[]> => {
    const { primaryKey } = await info(t);
    const seen = captured.get(t) ?? captured.set(t, new Map()).get(t)!;
    const fresh: Row[] = [];
    for (const c of rows) {
      const k = primaryKey.length ? keyOf(c.row, primaryKey) : c.text;
      if (!seen.has(k)) {
        seen.set(k, c);
        fresh.push(c.row);
      }
    }
    return fresh;
  };

  const queue: Array<{ table: string; rows: Row[] }> = [{ table, rows: await add(table, await rowsMatching(db, table, [keyColumn], [[key]])) }];
  const nulled: Array<{ fk: ForeignKey; rows: Captured[] }> = [];
  while (queue.length) {
    const { table: parent, rows } = queue.shift()!;
    if (!rows.length) continue;
    for (const fk of fks.filter((f) => f.parent === parent && (f.action === 'c' || f.action === 'n'))) {
      const children = await rowsMatching(db, fk.child, fk.childCols, rows.map((r) => fk.parentCols.map((c) => r[c] ?? null)));
      if (fk.action === 'c') queue.push({ table: fk.child, rows: await add(fk.child, children) });
      else nulled.push({ fk, rows: children });
    }
  }

  // A link cleared on a row that goes too comes back with the row itself.
  const links: ClearedLink[] = [];
  for (const { fk, rows } of nulled) {
    const { primaryKey } = await info(fk.child);
    for (const { row } of rows) {
      const k = keyOf(row, primaryKey);
      if (captured.get(fk.child)?.has(k)) continue;
      links.push({
        table: fk.child,
        key: Object.fromEntries(primaryKey.map((c) => [c, row[c]])),
        values: Object.fromEntries(fk.childCols.map((c) => [c, row[c]])),
      });
    }
  }
  const tables = [...captured].map(([t, m]) => ({ table: t, rows: [...m.values()].map((c) => c.text) }));
  // Parents first, so a restore inserts them before the rows that point at them.
  const ordered = orderByDependencies(
    tables.map((t) => ({ ...t, name: t.table, parents: [...new Set(fks.filter((fk) => fk.child === t.table && fk.parent !== t.table).map((fk) => fk.parent))] })),
  );
  return { rows: ordered.map(({ table: t, rows }) => ({ table: t, rows })), links };
}

/** The captured rows as one JSON document (the row texts spliced in as they are). */
export function capturedRowsJson(captured: CapturedRows): string {
  return `[${captured.map((t) => `{"table":${JSON.stringify(t.table)},"rows":[${t.rows.join(',')}]}`).join(',')}]`;
}

/**
 * Inserts the captured rows again (same ids, same values) and sets the cleared links back on the
 * rows that still exist and have not been linked to something else since. `captured` is an SQL
 * expression giving the `capturedRowsJson` document (read where it is stored, so its numbers never
 * pass through JavaScript). A foreign-key error (something the rows pointed at is gone) is left to
 * the caller.
 */
export async function restoreRowGraph(db: Db, captured: SQL, links: ClearedLink[]): Promise<void> {
  const tables = await queryRows<{ name: string }>(db, sql`select e ->> 'table' as name from jsonb_array_elements(${captured}) with ordinality x(e, i) order by i`);
  for (const { name: table } of tables) {
    const { insertable, identity } = await tableInfo(db, table);
    const list = insertable.map(quote).join(', ');
    const overriding = identity ? 'overriding system value' : '';
    await db.execute(
      sql`insert into ${sql.raw(quote(table))} (${sql.raw(list)}) ${sql.raw(overriding)}
          select ${sql.raw(list)} from jsonb_populate_recordset(null::${sql.raw(quote(table))},
            (select e -> 'rows' from jsonb_array_elements(${captured}) e where e ->> 'table' = ${table}))`,
    );
  }
  for (const link of links) {
    const keyCols = Object.keys(link.key);
    const valueCols = Object.keys(link.values);
    if (!keyCols.length) continue;
    const set = valueCols.map((c) => `${quote(c)} = r.${quote(c)}`).join(', ');
    const where = [...keyCols.map((c) => `t.${quote(c)} = r.${quote(c)}`), ...valueCols.map((c) => `t.${quote(c)} is null`)].join(' and ');
    await db.execute(
      sql`update ${sql.raw(quote(link.table))} t set ${sql.raw(set)}
          from jsonb_populate_record(null::${sql.raw(quote(link.table))}, ${JSON.stringify({ ...link.key, ...link.values })}::jsonb) r
          where ${sql.raw(where)}`,
    );
  }
}
