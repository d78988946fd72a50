import { createHash } from 'node:crypto';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { DatabaseKind, Db } from '../../db/client.js';
import { listBackupTables, qualified, queryRows, quoteIdent, readMigrationMarker, type TableInfo } from './catalog.js';
import { BackupError, backupFormat, backupFormatVersion, rowLinePrefix, type BackupHeader } from './format.js';

export type BackupSummary = {
  tables: Array<{ name: string; rows: number }>;
  rows: number;
  /**
   * Rows of self-referencing tables that no chain of parents leads to from a root: a parent cycle
   * (A under B under A), which the application should not allow. They are written last and restore
   * fine (see `cyclicRows` in format.ts); reported so that someone repairs the data.
   */
  cyclic: Array<{ table: string; rows: number }>;
};

/** Rows fetched from the cursor at a time: bounds memory whatever the table size. */
const fetchSize = 2000;

/**
 * Writes a backup of every user-data table of `db` (see `excludedTables`) to `output`, as
 * described in format.ts, and ends `output`. Everything is read in one REPEATABLE READ, read-only
 * transaction, so the file is one consistent snapshot even while the server keeps writing,
 * and streamed through server-side cursors, so memory stays flat for tables of any size.
 */
export async function writeBackup(db: Db, kind: DatabaseKind, output: Writable): Promise<BackupSummary> {
  try {
    return await snapshotTo(db, kind, output);
  } catch (err) {
    output.destroy();
    throw err;
  }
}

function snapshotTo(db: Db, kind: DatabaseKind, output: Writable): Promise<BackupSummary> {
  return db.transaction(
    async (tx) => {
      // Fixed output settings, so the same data gives the same bytes on either engine.
      await tx.execute(sql`set local timezone = 'UTC'`);
      await tx.execute(sql`set local intervalstyle = 'postgres'`);
      const marker = await readMigrationMarker(tx);
      if (!marker) {
        throw new BackupError('CSDL chưa được khởi tạo (chưa chạy migrate) / the database has no migrations applied');
      }
      const tables = await listBackupTables(tx);
      const header: BackupHeader = {
        format: backupFormat,
        formatVersion: backupFormatVersion,
        createdAt: new Date().toISOString(),
        sourceEngine: kind,
        serverVersion: await serverVersion(tx),
        migration: marker,
        tables: [],
        sequences: await readSequences(tx, tables),
      };
      for (const t of tables) header.tables.push({ name: t.name, ...(await countRows(tx, t)), columns: t.columns.map((c) => c.name) });
      const summary: BackupSummary = {
        tables: header.tables.map(({ name, rows }) => ({ name, rows })),
        rows: 0,
        cyclic: header.tables.filter((t) => t.cyclicRows > 0).map((t) => ({ table: t.name, rows: t.cyclicRows })),
      };
      await pipeline(Readable.from(backupLines(tx, header, tables, summary)), createGzip(), output);
      return summary;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

async function* backupLines(tx: Db, header: BackupHeader, tables: TableInfo[], summary: BackupSummary): AsyncGenerator<string> {
  const hash = createHash('sha256');
  const emit = (text: string) => {
    hash.update(text);
    return text;
  };
  yield emit(`${JSON.stringify(header)}\n`);
  for (const [i, table] of tables.entries()) {
    const expected = header.tables[i]!;
    const prefix = rowLinePrefix(table.name);
    let written = 0;
    let cyclic = 0;
    await tx.execute(sql.raw(`declare backup_rows no scroll cursor for ${selectRows(table)}`));
    for (;;) {
      const batch = await queryRows<{ r: string; cyclic: boolean }>(tx, sql.raw(`fetch forward ${fetchSize} from backup_rows`));
      if (batch.length === 0) break;
      let text = '';
      for (const row of batch) {
        text += `${prefix}${row.r}}\n`;
        if (row.cyclic) cyclic++;
      }
      written += batch.length;
      yield emit(text);
    }
    await tx.execute(sql`close backup_rows`);
    // Cannot happen inside one snapshot; checked because a file that lies about its counts is refused at restore.
    if (written !== expected.rows || cyclic !== expected.cyclicRows) {
      throw new Error(`backup: ${table.name} gave ${written} rows (${cyclic} cyclic), counted ${expected.rows} (${expected.cyclicRows})`);
    }
    summary.rows += written;
  }
  yield `${JSON.stringify({ end: true, rows: summary.rows, sha256: hash.digest('hex') })}\n`;
}

/**
 * The query a table is read with. Plain tables go in primary-key order (reproducible files).
 * A self-referencing table goes parents first: a recursive walk down from the roots gives each row
 * its depth (its longest chain of parents), and rows are written by depth, so a restore can load
 * them in batches. Rows the walk never reaches sit in a parent cycle; they come last, flagged.
 */
function selectRows(table: TableInfo): string {
  const t = qualified(table.name);
  const byKey = table.primaryKey.map((c) => `x.${quoteIdent(c)}`);
  if (table.selfReferences.length === 0) {
    return `select row_to_json(x)::text as r, false as cyclic from ${t} x${byKey.length ? ` order by ${byKey.join(', ')}` : ''}`;
  }
  const col = (alias: string, c: string) => `${alias}.${quoteIdent(c)}`;
  // A row is a root when each self-reference is empty (any column null: MATCH SIMPLE) or points at the row itself.
  const isRoot = table.selfReferences
    .map((ref) => {
      const empty = ref.columns.map((c) => `${col('x', c)} is null`).join(' or ');
      const self = ref.columns.map((c, i) => `${col('x', c)} = ${col('x', ref.refColumns[i] ?? c)}`).join(' and ');
      return `(${empty} or (${self}))`;
    })
    .join(' and ');
  const isChild = table.selfReferences
    .map((ref) => `(${ref.columns.map((c, i) => `${col('c', c)} = ${col('p', ref.refColumns[i] ?? c)}`).join(' and ')})`)
    .join(' or ');
  return `with recursive walk(rid, depth) as (
      select x.ctid, 0 from ${t} x where ${isRoot}
      union all
      select c.ctid, w.depth + 1 from walk w join ${t} p on p.ctid = w.rid join ${t} c on (${isChild}) and c.ctid <> p.ctid
    ) cycle rid set in_cycle using path
    select row_to_json(x)::text as r, d.depth is null as cyclic
    from ${t} x left join (select rid, max(depth) as depth from walk group by rid) d on d.rid = x.ctid
    order by d.depth nulls last${byKey.length ? `, ${byKey.join(', ')}` : ''}`;
}

async function countRows(tx: Db, table: TableInfo): Promise<{ rows: number; cyclicRows: number }> {
  const query =
    table.selfReferences.length === 0
      ? `select count(*)::text as n, '0' as cyclic from ${qualified(table.name)}`
      : `select count(*)::text as n, count(*) filter (where s.cyclic)::text as cyclic from (${selectRows(table)}) s`;
  const result = await queryRows<{ n: string; cyclic: string }>(tx, sql.raw(query));
  return { rows: Number(result[0]?.n ?? 0), cyclicRows: Number(result[0]?.cyclic ?? 0) };
}

async function serverVersion(tx: Db): Promise<string> {
  const result = await queryRows<{ v: string }>(tx, sql`select current_setting('server_version') as v`);
  return result[0]?.v ?? '';
}

async function readSequences(tx: Db, tables: TableInfo[]): Promise<BackupHeader['sequences']> {
  const out: BackupHeader['sequences'] = [];
  for (const table of tables) {
    for (const column of table.columns) {
      if (!column.sequence) continue;
      // The name comes from pg_get_serial_sequence, already quoted and qualified.
      const result = await queryRows<{ lastValue: string; isCalled: boolean }>(
        tx,
        sql.raw(`select last_value::text as "lastValue", is_called as "isCalled" from ${column.sequence}`),
      );
      const row = result[0];
      if (row) out.push({ table: table.name, column: column.name, lastValue: row.lastValue, isCalled: row.isCalled });
    }
  }
  return out;
}
