import { sql } from 'drizzle-orm';
import type { ReportingUnitKind } from '../../../shared/api/indicators.js';
import { reportRefusal } from '../../../shared/auth/indicator-access.js';
import { dueDate, hasStarted, parsePeriod, periodLabel, type PeriodFrequency } from '../../../shared/indicators/periods.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../auth/actor.js';
import type { LoadedForm } from './form-rows.js';
import { resolveUnits, unitKey, type ResolvedUnit } from './units.js';
import { toArray } from '../../db/sql-array.js';
import { unitKindRefusal } from '../indicator-reports/units.js';
import { todayInVietnam } from '../indicator-reports/report-access.js';

/** A (unit, period) a file writes into, and the first line that names it (for error messages). */
export type TargetKey = { unitKind: string; unitCode: string; period: string };
/** The report figures go into: an existing draft/returned report, or a draft created for them. */
/** Why figures may not go there, and what the file got wrong: the unit, the period, or the report is no longer open. */
export type Refusal = { on: 'unit' | 'period' | 'status'; message: string; forbidden?: boolean };
export type Target = ResolvedUnit & { period: string; reportId: string; created: boolean };

const writable = new Set(['draft', 'returned']);
const statusText: Record<string, string> = { submitted: 'đã nộp', approved: 'đã được phê duyệt' };

type ReportRow = { id: string; unit_kind: string; unit_code: string; period: string };

export const targetKey = (k: TargetKey) => `${k.unitKind}|${k.unitCode}|${k.period}`;

/** Why this form may not be reported by this unit for this period (the same rules as opening a report), or null. */
export function periodRefusal(form: LoadedForm, unit: ResolvedUnit, periodCode: string, todayIso = todayInVietnam()): string | null {
  const period = parsePeriod(periodCode);
  if (!period) return `Kỳ “${periodCode}” không hợp lệ: dùng 2024, 2024-Q2, 2024-M05 hoặc 2024-YTD06.`;
  const kindRefusal = unitKindRefusal(form.unitKind, unit.unitKind, period);
  if (kindRefusal) return `${unit.unitName}: ${kindRefusal}`;
  if (period.frequency !== (form.frequency as PeriodFrequency)) return `Biểu mẫu ${form.code} báo cáo theo ${frequencyText[form.frequency] ?? form.frequency}; kỳ “${period.code}” không phải kỳ của biểu mẫu này.`;
  if (!hasStarted(period, todayIso)) return `Kỳ ${periodLabel(period)} chưa bắt đầu: không thể báo cáo số liệu của kỳ tương lai.`;
  return null;
}

const frequencyText: Record<string, string> = { month: 'tháng', quarter: 'quý', ytd5: '5 tháng đầu năm', ytd6: '6 tháng đầu năm', ytd9: '9 tháng đầu năm', year: 'năm' };

/**
 * Finds, for each (unit, period) of a file, the report its figures go into, creating the missing
 * drafts. Refusals are returned per key, not thrown, so the caller lists every one with its row;
 * the caller runs this inside the import's transaction, so drafts created for a file that is
 * then refused are rolled back with it.
 */
export async function resolveTargets(
  tx: Db,
  actor: Actor,
  form: LoadedForm,
  keys: TargetKey[],
): Promise<{ targets: Map<string, Target>; refusals: Map<string, Refusal> }> {
  const refusals = new Map<string, Refusal>();
  const units = await resolveUnits(tx, keys);
  const allowed: (TargetKey & { unit: ResolvedUnit })[] = [];
  for (const k of keys) {
    const unit = units.get(unitKey(k.unitKind, k.unitCode));
    if (!unit) {
      refusals.set(targetKey(k), { on: 'unit', message: `Không có đơn vị “${k.unitCode}” loại ${k.unitKind} trong danh mục.` });
      continue;
    }
    const unitRefusal = reportRefusal(actor, unit);
    const refusal = unitRefusal ?? periodRefusal(form, unit, k.period);
    if (refusal) refusals.set(targetKey(k), { on: unitRefusal ? 'unit' : 'period', message: refusal, forbidden: Boolean(unitRefusal) });
    else allowed.push({ ...k, unit });
  }
  const targets = new Map<string, Target>();
  if (allowed.length === 0) return { targets, refusals };

  const kinds = allowed.map((k) => k.unitKind);
  const codes = allowed.map((k) => k.unitCode);
  const periods = allowed.map((k) => k.period);
  const existing = await tx.execute(sql`
    select r.id, r.unit_kind, r.unit_code, r.period, r.status
    from indicator_reports r
    join unnest(${toArray(kinds)}::text[], ${toArray(codes)}::text[], ${toArray(periods)}::text[]) as k(unit_kind, unit_code, period)
      on r.unit_kind = k.unit_kind and r.unit_code = k.unit_code and r.period = k.period
    where r.form_id = ${form.id}`);
  const found = new Map(rowsOf<ReportRow & { status: string }>(existing).map((r) => [targetKey({ unitKind: r.unit_kind, unitCode: r.unit_code, period: r.period }), r]));

  const missing = allowed.filter((k) => !found.has(targetKey(k)));
  if (missing.length) {
    const created = await tx.execute(sql`
      insert into indicator_reports (form_id, unit_kind, unit_code, province_code, period, period_year, period_end, due_date, status, created_by)
      select ${form.id}::uuid, m.unit_kind, m.unit_code, m.province_code, m.period, m.period_year, m.period_end::date, m.due_date::date, 'draft', ${actor.id}::uuid
      from unnest(${toArray(missing.map((m) => m.unitKind))}::text[], ${toArray(missing.map((m) => m.unitCode))}::text[],
                  ${toArray(missing.map((m) => m.unit.provinceCode))}::text[], ${toArray(missing.map((m) => m.period))}::text[],
                  ${toArray(missing.map((m) => String(parsePeriod(m.period)!.year)))}::int[],
                  ${toArray(missing.map((m) => parsePeriod(m.period)!.end))}::text[],
                  ${toArray(missing.map((m) => dueDate(parsePeriod(m.period)!, form.deadlineDays)))}::text[])
        as m(unit_kind, unit_code, province_code, period, period_year, period_end, due_date)
      on conflict (form_id, unit_kind, unit_code, period) do nothing
      returning id, unit_kind, unit_code, period`);
    const ids = rowsOf<ReportRow>(created);
    await tx.execute(sql`
      insert into indicator_report_events (report_id, action, actor_id, actor_name, details)
      select id, 'created', ${actor.id}::uuid, ${actor.fullName}, '{"via":"import"}'::jsonb from unnest(${toArray(ids.map((r) => r.id))}::uuid[]) as t(id)`);
    for (const r of ids) found.set(targetKey({ unitKind: r.unit_kind, unitCode: r.unit_code, period: r.period }), { ...r, status: 'draft', created: true } as never);
    // Another import created some of them at the same moment: read those now.
    if (ids.length < missing.length) return resolveTargets(tx, actor, form, keys);
  }
  for (const k of allowed) {
    const r = found.get(targetKey(k)) as { id: string; status: string; created?: boolean } | undefined;
    if (!r) continue;
    if (!writable.has(r.status)) {
      refusals.set(targetKey(k), { on: 'status', message: `Báo cáo của ${k.unit.unitName} kỳ ${k.period} ${statusText[r.status] ?? r.status}; chỉ nhập được vào báo cáo đang soạn hoặc bị trả lại.` });
      continue;
    }
    targets.set(targetKey(k), { ...k.unit, unitKind: k.unit.unitKind as ReportingUnitKind, period: k.period, reportId: r.id, created: r.created === true });
  }
  return { targets, refusals };
}

export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
