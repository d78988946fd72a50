import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../auth/actor.js';
import { copyField, copyIn, type CopyBuffer } from './copy-in.js';
import { toArray } from '../../db/sql-array.js';
import { indicatorImports } from '../indicators/tables.js';

/** The columns a staged line carries, in COPY order. */
export const stagedColumns = ['report_id', 'indicator_code', 'part', 'value', 'numerator', 'denominator', 'target', 'comment'] as const;
type ValueColumn = 'value' | 'numerator' | 'denominator' | 'target' | 'comment';

/**
 * Writes an import's values in three statements whatever its size: COPY into a temporary table
 * dropped at commit, then one insert … select … on conflict into indicator_values, then the
 * removal of values a template row left empty. `columns` are those the file carries: a long CSV
 * (value, target) leaves the comment and the numerator/denominator entered in the grid alone.
 * Runs inside the import's transaction.
 */
export async function writeStagedValues(
  tx: Db,
  actor: Actor,
  staged: CopyBuffer,
  columns: readonly ValueColumn[],
  importId: number,
): Promise<void> {
  if (staged.flush().length === 0) return;
  await tx.execute(sql`create temporary table indicator_import_staging (
      report_id uuid not null, indicator_code text not null, part text not null,
      value numeric, numerator numeric, denominator numeric, target numeric, comment text) on commit drop`);
  await copyIn(tx, `copy indicator_import_staging (${stagedColumns.join(', ')})`, staged.flush());
  const anyFilled = sql.raw(columns.map((c) => `s.${c} is not null`).join(' or '));
  const updates = sql.raw(columns.map((c) => `${c} = excluded.${c}`).join(', '));
  await tx.execute(sql`
    insert into indicator_values (report_id, indicator_code, part, ${sql.raw(columns.join(', '))}, source, import_id, updated_by, updated_at)
    select s.report_id, s.indicator_code, s.part, ${sql.raw(columns.map((c) => `s.${c}`).join(', '))}, null, ${importId}::int, ${actor.id}::uuid, now()
    from indicator_import_staging s
    where ${anyFilled}
    on conflict (report_id, indicator_code, part) do update set ${updates}, source = null, import_id = excluded.import_id, updated_by = excluded.updated_by, updated_at = excluded.updated_at`);
  await tx.execute(sql`
    delete from indicator_values v using indicator_import_staging s
    where v.report_id = s.report_id and v.indicator_code = s.indicator_code and v.part = s.part and not (${anyFilled})`);
  await tx.execute(sql`drop table indicator_import_staging`);
}

/**
 * Records an import before its values are written and returns the id every value it writes
 * carries (`indicator_values.import_id`): the file's name and kind, the time and the sender are
 * kept here once. `finishImport` adds the counts when the file has been written.
 */
export async function startImport(tx: Db, actor: Actor, formId: string, fileKind: 'csv' | 'xlsx', fileName: string | null): Promise<number> {
  const [row] = await tx
    .insert(indicatorImports)
    .values({ formId, fileKind, fileName, actorId: actor.id, actorName: actor.fullName })
    .returning({ id: indicatorImports.id });
  return row!.id;
}

export async function finishImport(tx: Db, importId: number, counts: Map<string, number>): Promise<void> {
  const values = [...counts.values()].reduce((a, b) => a + b, 0);
  await tx.update(indicatorImports).set({ values, reports: counts.size }).where(eq(indicatorImports.id, importId));
}

/**
 * The end of a COPY line into indicator_values itself (see `copyFreshValues`): the import it
 * belongs to, after the eight staged columns. Who sent it and when are on the import, not here.
 */
export const freshLineTail = (importId: number) => `\t${importId}\n`;

/**
 * Values of drafts this import created: COPYed straight into indicator_values, as nothing can be
 * there to update (the drafts exist only inside this transaction). Lines are the staged columns
 * followed by `freshLineTail`.
 */
export async function copyFreshValues(tx: Db, chunks: string[]): Promise<void> {
  if (chunks.length === 0) return;
  await copyIn(tx, `copy indicator_values (${stagedColumns.join(', ')}, import_id)`, chunks);
}

/**
 * One 'imported' entry in each report's history, with how many values the file gave it, and a new
 * version for the reports that existed before. Drafts the import created (`created`) keep their
 * first version: nobody can have read them before this transaction commits, and a file of 20.000
 * new commune drafts would otherwise rewrite every one of them a second time.
 */
export async function recordImportEvents(
  tx: Db,
  actor: Actor,
  counts: Map<string, number>,
  details: Record<string, unknown>,
  created: ReadonlySet<string> = new Set(),
): Promise<void> {
  const ids = [...counts.keys()];
  if (ids.length === 0) return;
  await tx.execute(sql`
    insert into indicator_report_events (report_id, action, actor_id, actor_name, details)
    select t.id, 'imported', ${actor.id}::uuid, ${actor.fullName}, ${JSON.stringify(details)}::jsonb || jsonb_build_object('values', t.n)
    from unnest(${toArray(ids)}::uuid[], ${toArray(ids.map((id) => String(counts.get(id))))}::int[]) as t(id, n)`);
  const existing = ids.filter((id) => !created.has(id));
  if (existing.length) await tx.execute(sql`update indicator_reports set version = version + 1, updated_at = now() where id = any(${toArray(existing)}::uuid[])`);
}
