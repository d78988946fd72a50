import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { recordAudit } from '../audit/record.js';
import type { Actor } from '../auth/actor.js';
import { rebuildConferenceStatCells, refreshAllConferenceFacts } from '../conference-stats/facts.js';
import { listBackupTables, listInsertTriggers, qualified, queryRows, quoteIdent, readMigrationMarker, type TableInfo } from './catalog.js';
import { BackupError, type BackupHeader } from './format.js';
import { readBackup, type ReadOptions, type ReadResult } from './read-backup.js';

export type RestoreReport = {
  tables: Array<{ name: string; rows: number }>;
  rows: number;
  verifyMs: number;
  writeMs: number;
};

/**
 * Reads the whole file and checks it (see `readBackup`) without touching any database.
 * Resolves with the header and sizes, or throws `BackupError`.
 */
export async function verifyBackup(file: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const reader = readBackup(file, { ...opts, yieldRows: false });
  for (;;) {
    const next = await reader.next();
    if (next.done) return next.value;
  }
}

export type RestoreOptions = ReadOptions & {
  /**
   * Who restores which file. When given, the restored database gets one audit entry (action
   * `restore` on `backup`, national), written in the restore's transaction after every row, so
   * the trail of the restored data itself says when, by whom and from what it came back.
   */
  audit?: { actor: Pick<Actor, 'id' | 'email'>; via: string; file: { name: string; sizeBytes: number; sha256: string } };
};

/** How one table of the file is written into the target. */
type TablePlan = { info: TableInfo; insert: (rowsJson: string) => SQL };

/**
 * Restores `file` into `db`, which must already be migrated (`prepareDatabase`) and hold no user
 * data. In order: refuse a non-empty target; verify the whole file (nothing written yet); check it
 * fits the target's schema; then, in ONE transaction, insert every row, re-verifying the file as
 * it streams (a file changed since the first pass rolls everything back), and set each sequence
 * to where the source left it. Any failure leaves the target as it was.
 *
 * INSERT triggers on the restored tables are disabled for the load (inside the transaction, so no
 * other session ever sees them off): rows arrive exactly as they were, and no trigger redoes work it
 * did at the source. Foreign keys stay enforced; the audit log's UPDATE/DELETE guard stays on.
 */
export async function restoreBackup(db: Db, file: string, opts: RestoreOptions = {}): Promise<RestoreReport> {
  const started = performance.now();
  const targetTables = await listBackupTables(db);
  // Cheap, so before reading what may be gigabytes.
  await assertEmpty(db, targetTables);
  const { header } = await verifyBackup(file, opts);
  const plans = await planRestore(db, header, targetTables);
  const verified = performance.now();

  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local timezone = 'UTC'`);
      await tx.execute(sql`set local intervalstyle = 'postgres'`);
      // Keep a running server from writing between the emptiness check and the commit.
      if (targetTables.length > 0) {
        await tx.execute(sql.raw(`lock table ${targetTables.map((t) => qualified(t.name)).join(', ')} in exclusive mode`));
      }
      await assertEmpty(tx, targetTables);
      const disabled = new Map<string, string[]>();
      for (const plan of plans.values()) {
        const triggers = await listInsertTriggers(tx, plan.info.name);
        for (const trigger of triggers) await tx.execute(sql.raw(`alter table ${qualified(plan.info.name)} disable trigger ${quoteIdent(trigger)}`));
        disabled.set(plan.info.name, triggers);
      }

      // for await: if an insert fails, the reader is closed (and its file with it).
      for await (const record of readBackup(file, opts)) {
        if (record.kind === 'header') {
          if (JSON.stringify(record.header) !== JSON.stringify(header)) {
            throw new BackupError('tệp sao lưu đã thay đổi trong lúc khôi phục / the backup file changed during the restore');
          }
        } else {
          await tx.execute(plans.get(record.table)!.insert(`[${record.rows.join(',')}]`));
        }
      }

      for (const [table, triggers] of disabled) {
        for (const trigger of triggers) await tx.execute(sql.raw(`alter table ${qualified(table)} enable trigger ${quoteIdent(trigger)}`));
      }
      await rebuildDerivedTables(tx, header);
      await restoreSequences(tx, header, [...plans.values()].map((p) => p.info));
      // After the sequences, so the entry takes the id after the restored ones.
      if (opts.audit) {
        const { actor, via, file: source } = opts.audit;
        await recordAudit(tx, actor, {
          action: 'restore',
          entityType: 'backup',
          entityId: source.sha256,
          provinceCode: null,
          after: {
            fileName: source.name,
            sizeBytes: source.sizeBytes,
            sha256: source.sha256,
            via,
            backupCreatedAt: header.createdAt,
            sourceEngine: header.sourceEngine,
            rows: header.tables.reduce((sum, t) => sum + t.rows, 0),
          },
        });
      }
    });
  } catch (err) {
    if (err instanceof BackupError) throw err;
    const message = rootMessage(err);
    throw new BackupError(`khôi phục thất bại, CSDL đích giữ nguyên: ${message} / restore failed, the target is unchanged: ${message}`);
  }

  return {
    tables: header.tables.map(({ name, rows }) => ({ name, rows })),
    rows: header.tables.reduce((sum, t) => sum + t.rows, 0),
    verifyMs: Math.round(verified - started),
    writeMs: Math.round(performance.now() - verified),
  };
}

/**
 * Tables the statistics read instead of recomputing, which a backup from an older version lacks
 * (facts since migration 0010, cells since 0016): rebuilt from what it restored, in the same
 * transaction, so the statistics of a restored database are never empty or short.
 */
async function rebuildDerivedTables(tx: Db, header: BackupHeader) {
  const carried = (table: string) => header.tables.some((t) => t.name === table);
  if (!carried('conference_stat_facts')) await refreshAllConferenceFacts(tx);
  else if (!carried('conference_stat_cells')) await rebuildConferenceStatCells(tx);
}

async function assertEmpty(db: Db, tables: TableInfo[]) {
  const filled: string[] = [];
  for (const t of tables) {
    const result = await queryRows<{ filled: boolean }>(db, sql.raw(`select exists (select 1 from ${qualified(t.name)}) as filled`));
    if (result[0]?.filled) filled.push(t.name);
  }
  if (filled.length > 0) {
    const list = filled.join(', ');
    throw new BackupError(
      `CSDL đích không trống, đã có dữ liệu trong: ${list}; hãy khôi phục vào CSDL mới (trước khi chạy serve) / target database is not empty: ${list} already hold rows; restore into a new database (before running serve)`,
    );
  }
}

/**
 * Checks the file against the target schema and prepares one INSERT per table. A backup from a
 * newer version is refused (its rows may need columns this version lacks); one from an older
 * version restores, columns added since then taking their defaults, unless a column it holds no
 * longer exists (that data would be lost silently).
 */
async function planRestore(db: Db, header: BackupHeader, targetTables: TableInfo[]): Promise<Map<string, TablePlan>> {
  const target = await readMigrationMarker(db);
  if (!target || header.migration.createdAt > target.createdAt || header.migration.count > target.count) {
    throw new BackupError(
      `tệp sao lưu từ phiên bản mới hơn (${header.migration.count} migration, CSDL đích có ${target?.count ?? 0}); hãy cập nhật rights-desk rồi khôi phục / the backup comes from a newer version (${header.migration.count} migrations, the target has ${target?.count ?? 0}); update rights-desk first`,
    );
  }
  const byName = new Map(targetTables.map((t) => [t.name, t]));
  const seen = new Set<string>();
  const plans = new Map<string, TablePlan>();
  for (const dumped of header.tables) {
    const info = byName.get(dumped.name);
    if (!info) {
      throw new BackupError(
        `bảng ${dumped.name} của tệp sao lưu không có trong CSDL đích / table ${dumped.name} of the backup does not exist in the target`,
      );
    }
    const missing = dumped.columns.filter((c) => !info.columns.some((tc) => tc.name === c));
    if (missing.length > 0) {
      const list = missing.map((c) => `${dumped.name}.${c}`).join(', ');
      throw new BackupError(`CSDL đích không có cột ${list} / the target has no column ${list}`);
    }
    const late = info.parents.filter((p) => header.tables.some((t) => t.name === p) && !seen.has(p));
    if (late.length > 0) {
      throw new BackupError(
        `thứ tự bảng trong tệp không hợp với khóa ngoại của CSDL đích (${dumped.name} trước ${late.join(', ')}) / the file's table order does not suit the target's foreign keys (${dumped.name} before ${late.join(', ')})`,
      );
    }
    seen.add(dumped.name);
    plans.set(dumped.name, { info, insert: insertStatement(info, dumped.columns) });
  }
  return plans;
}

/**
 * `INSERT … SELECT … FROM json_populate_recordset(NULL::t, $1::json)`: the JSON keys are matched to
 * columns by name, so column order never matters, and the text is parsed by PostgreSQL itself
 * (`json`, not `jsonb`, so numerics keep every digit). Generated columns are recomputed.
 */
function insertStatement(info: TableInfo, dumpedColumns: string[]): TablePlan['insert'] {
  const columns = info.columns.filter((c) => !c.generated && dumpedColumns.includes(c.name));
  const list = columns.map((c) => quoteIdent(c.name)).join(', ');
  const overriding = columns.some((c) => c.identityAlways) ? ' overriding system value' : '';
  const table = qualified(info.name);
  const head = sql.raw(`insert into ${table} (${list})${overriding} select ${list} from json_populate_recordset(null::${table}, `);
  return (rowsJson) => sql`${head}${rowsJson}::json)`;
}

/**
 * Each serial/identity sequence goes back to the source's value, or past the largest restored id
 * if that is higher (a backup from before sequences were recorded, or a hand-edited file).
 */
async function restoreSequences(tx: Db, header: BackupHeader, tables: TableInfo[]) {
  for (const table of tables) {
    for (const column of table.columns) {
      if (!column.sequence) continue;
      const saved = header.sequences.find((s) => s.table === table.name && s.column === column.name);
      const max = `(select max(${quoteIdent(column.name)}) from ${qualified(table.name)})`;
      const seq = sql.raw(`'${column.sequence.replaceAll("'", "''")}'`);
      if (saved) {
        await tx.execute(sql`select setval(${seq}, greatest(${sql.raw(max)}, ${saved.lastValue}::bigint),
          case when ${sql.raw(max)} > ${saved.lastValue}::bigint then true else ${saved.isCalled} end)`);
      } else {
        await tx.execute(sql`select setval(${seq}, m) from ${sql.raw(max)} as s(m) where m is not null`);
      }
    }
  }
}

/** The database's own words, not drizzle's "Failed query: <the whole batch>". */
function rootMessage(err: unknown): string {
  let deepest = err as { message?: unknown; cause?: unknown };
  while (deepest.cause && typeof deepest.cause === 'object') deepest = deepest.cause as typeof deepest;
  return String(deepest.message ?? err).split('\n')[0]!;
}
