import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import type { ValidationIssue } from '../../../shared/api/indicator-reports.js';
import { disaggregations, type Disaggregation } from '../../../shared/api/indicators.js';
import { canReadUnit, reportRefusal } from '../../../shared/auth/indicator-access.js';
import { ratioValue } from '../../../shared/indicators/figures.js';
import type { Actor } from '../auth/actor.js';
import { indicatorReportEvents, indicatorReports, indicatorValues } from '../indicators/tables.js';
import { checkedIndicators } from './queries.js';
import type { ValidationIndicator } from '../../../shared/indicators/validation.js';
import { readableReport, staleVersion, statusName, unitOfReport, invalidField as invalid } from './report-access.js';
import { issuesOfReport } from './report-issues.js';
import { toArray } from '../../db/sql-array.js';

/** In an upsert's update: whether the figure itself (not its target or comment) differs from the one stored. */
const changedFigure = sql.raw(['value', 'numerator', 'denominator'].map((c) => `indicator_values.${c} is distinct from excluded.${c}`).join(' or '));

/** Consecutive saves by the same person within this time make one history entry, so the history stays readable. */
export const saveCollapseMs = 10 * 60_000;

export type CellInput = {
  indicatorCode: string;
  part: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  comment: string | null;
};

const isEmpty = (c: CellInput) => c.value === null && c.numerator === null && c.denominator === null && c.target === null && !c.comment;

/** Only draft and returned reports take new figures; approved data is locked until the approver reopens it. */
export function assertEditable(status: string) {
  if (status === 'draft' || status === 'returned') return;
  throw new AppError(
    'CONFLICT',
    status === 'approved'
      ? 'Báo cáo đã được phê duyệt nên số liệu bị khóa; cấp phê duyệt cần mở lại (nêu lý do) trước khi sửa.'
      : `Báo cáo ${statusName(status)}, không sửa được; chờ cấp trên phê duyệt hoặc trả lại.`,
  );
}

/** Each cell's indicator must be on the form and its part one of the indicator's disaggregations'; the same cell twice is refused. */
function checkCells(cells: CellInput[], indicators: ValidationIndicator[]): Map<string, ValidationIndicator> {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const seen = new Set<string>();
  cells.forEach((c, i) => {
    const ind = byCode.get(c.indicatorCode.toUpperCase()) ?? byCode.get(c.indicatorCode);
    if (!ind) throw invalid(`values.${i}.indicatorCode`, `Chỉ tiêu mã ${c.indicatorCode} không có trong biểu mẫu của báo cáo này.`);
    c.indicatorCode = ind.code;
    const allowed = new Set<string>(['', ...ind.disaggregations.flatMap((d) => disaggregations[d as Disaggregation] ?? [])]);
    if (!allowed.has(c.part)) {
      throw invalid(`values.${i}.part`, ind.disaggregations.length ? `Chỉ tiêu ${ind.code} không phân tổ theo "${c.part}".` : `Chỉ tiêu ${ind.code} không phân tổ; chỉ ghi tổng số.`);
    }
    const key = `${ind.code}|${c.part}`;
    if (seen.has(key)) throw invalid(`values.${i}`, `Ô của chỉ tiêu ${ind.code}${c.part ? ` (${c.part})` : ''} được gửi hai lần trong một lần lưu.`);
    seen.add(key);
  });
  return byCode;
}

/**
 * Saves the cells sent, in one transaction with one multi-row upsert and one delete: a cell whose
 * fields are all empty is removed, a ratio given by its numerator and denominator alone gets its
 * value computed. Checks the version (409 when someone else saved first), the status and who
 * may report. Returns the new version and the report's issues after the save.
 */
export async function saveValues(
  db: Db,
  actor: Actor,
  reportId: string,
  input: { version: number; values: CellInput[] },
): Promise<{ version: number; issues: ValidationIssue[]; updatedAt: string }> {
  const { report, indicators } = await db.transaction(async (tx) => {
    const now = new Date();
    // The version check and the row lock in one statement (a save must be fast); whatever is
    // refused after it (status, who may report) rolls the bump back with the transaction.
    const [bumped] = await tx
      .update(indicatorReports)
      .set({ version: sql`${indicatorReports.version} + 1`, updatedAt: now })
      .where(and(eq(indicatorReports.id, reportId), eq(indicatorReports.version, input.version)))
      .returning();
    const row = bumped ?? (await readableReport(tx, actor, reportId));
    if (!canReadUnit(actor, unitOfReport(row))) throw notFound('Báo cáo chỉ tiêu');
    const refusal = reportRefusal(actor, unitOfReport(row));
    if (refusal) throw new AppError('FORBIDDEN', refusal);
    assertEditable(row.status);
    if (!bumped) throw staleVersion();
    const indicators = await checkedIndicators(tx, row.formId);
    const byCode = checkCells(input.values, indicators);

    const keep = input.values.filter((c) => !isEmpty(c));
    const remove = input.values.filter(isEmpty);
    if (remove.length) {
      const keys = sql.join(remove.map((c) => sql`(${c.indicatorCode}, ${c.part})`), sql`, `);
      await tx.execute(sql`delete from ${indicatorValues} where report_id = ${reportId} and (indicator_code, part) in (${keys})`);
    }
    if (keep.length) {
      // One array parameter per column instead of ten parameters per cell: Drizzle's multi-row
      // insert built and bound 500 parameters for a 50-cell save, most of a save's time in Node.
      const str = (v: number | null) => (v === null ? null : String(v));
      const column = (f: (c: CellInput) => string | null) => toArray(keep.map(f));
      await tx.execute(sql`
        insert into ${indicatorValues} (report_id, indicator_code, part, value, numerator, denominator, target, comment, updated_by, updated_at)
        select ${reportId}::uuid, c.indicator_code, c.part, c.value, c.numerator, c.denominator, c.target, c.comment, ${actor.id}::uuid, ${now.toISOString()}::timestamptz
        from unnest(${column((c) => c.indicatorCode)}::text[], ${column((c) => c.part)}::text[],
          ${column((c) => {
            const ind = byCode.get(c.indicatorCode)!;
            const computed = c.value === null && (ind.valueType === 'ratio' || ind.valueType === 'percent') ? ratioValue(c.numerator, c.denominator, ind.ratioScale, ind.decimals) : null;
            return str(c.value ?? computed);
          })}::numeric[],
          ${column((c) => str(c.numerator))}::numeric[], ${column((c) => str(c.denominator))}::numeric[], ${column((c) => str(c.target))}::numeric[],
          ${column((c) => c.comment)}::text[]) as c(indicator_code, part, value, numerator, denominator, target, comment)
        on conflict (report_id, indicator_code, part) do update set value = excluded.value, numerator = excluded.numerator,
          denominator = excluded.denominator, target = excluded.target, comment = excluded.comment,
          updated_by = excluded.updated_by, updated_at = excluded.updated_at,
          -- A figure typed over is no longer the article's or the file's: it loses that source.
          -- A target or a comment added beside it keeps it.
          source = case when ${changedFigure} then null else ${indicatorValues}.source end,
          import_id = case when ${changedFigure} then null else ${indicatorValues}.import_id end`);
    }
    await recordSaveEvent(tx, actor, reportId, input.values.length, now);
    return { report: row, indicators };
  });
  const { issues } = await issuesOfReport(db, report, { indicators });
  return { version: report.version, issues, updatedAt: report.updatedAt.toISOString() };
}

/** One 'values_saved' entry per sitting: a save right after the same person's previous one adds to it. */
async function recordSaveEvent(db: Db, actor: Actor, reportId: string, cells: number, now: Date) {
  // One statement in the usual case: add to the latest entry when it is this person's save of a moment ago.
  const since = new Date(now.getTime() - saveCollapseMs);
  const added = await db
    .update(indicatorReportEvents)
    .set({
      at: now,
      details: sql`jsonb_build_object('cells', coalesce((${indicatorReportEvents.details} ->> 'cells')::int, 0) + ${cells}::int, 'saves', coalesce((${indicatorReportEvents.details} ->> 'saves')::int, 1) + 1)`,
    })
    .where(
      and(
        eq(
          indicatorReportEvents.id,
          sql`(select id from ${indicatorReportEvents} where report_id = ${reportId} order by at desc limit 1)`,
        ),
        eq(indicatorReportEvents.action, 'values_saved'),
        eq(indicatorReportEvents.actorId, actor.id),
        gt(indicatorReportEvents.at, since),
      ),
    )
    .returning({ id: indicatorReportEvents.id });
  if (added.length) return;
  await db.insert(indicatorReportEvents).values({ reportId, action: 'values_saved', actorId: actor.id, actorName: actor.fullName, details: { cells, saves: 1 }, at: now });
}
