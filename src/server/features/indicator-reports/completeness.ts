import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { ReportingUnitKind } from '../../../shared/api/indicators.js';
import type { ReportStatus } from '../../../shared/api/indicator-reports.js';
import { canReadUnit } from '../../../shared/auth/indicator-access.js';
import { isNationalRole } from '../../../shared/auth/permissions.js';
import { dueDate, parsePeriod } from '../../../shared/indicators/periods.js';
import type { Actor } from '../auth/actor.js';
import { indicatorReports } from '../indicators/tables.js';
import { findForm } from './queries.js';
import { vietnamDay, invalidField as invalid } from './report-access.js';
import { allUnits, mergerDay } from './units.js';


/**
 * Who has reported a form for a period: every unit expected to (the 34 provinces, or the 63 old
 * ones for periods that ended before 1 July 2025; a province's communes or agencies; the
 * national level), its report's status ('missing' when it has none), when it was submitted and
 * whether on time. Counted apart: submitted (on time or late), approved, not submitted but being
 * prepared (a draft or a returned report: `inProgress`) and with no report at all (`missing`).
 * Only units the actor may read.
 */
export async function reportCompleteness(db: Db, actor: Actor, query: { formId: string; period: string; provinceCode?: string }) {
  const form = await findForm(db, query.formId);
  if (!form) throw invalid('formId', 'Biểu mẫu báo cáo không tồn tại.');
  const period = parsePeriod(query.period);
  if (!period) throw invalid('period', 'Kỳ báo cáo không hợp lệ.');
  if (period.frequency !== form.frequency) throw invalid('period', `Kỳ ${query.period} không phải kỳ báo cáo của biểu mẫu "${form.name}".`);
  const national = isNationalRole(actor.role);
  if (!national && query.provinceCode && query.provinceCode !== actor.provinceCode) throw new AppError('FORBIDDEN', 'Bạn chỉ xem được tình hình báo cáo của tỉnh mình.');

  let kind: ReportingUnitKind = form.unitKind as ReportingUnitKind;
  if (kind === 'province' && period.end < mergerDay) kind = 'legacy_province';
  const provinceCode = national ? query.provinceCode : (actor.provinceCode ?? undefined);
  if ((kind === 'commune' || kind === 'agency') && !provinceCode) {
    throw invalid('provinceCode', kind === 'commune' ? 'Chọn tỉnh để xem tình hình báo cáo của các xã.' : 'Chọn tỉnh để xem tình hình báo cáo của các cơ quan, sở, ngành.');
  }
  const units = (await allUnits(db, { kinds: [kind], provinceCode: kind === 'national' ? null : provinceCode })).filter((u) => canReadUnit(actor, u));
  const due = dueDate(period, form.deadlineDays);
  const reports = units.length
    ? await db
        .select()
        .from(indicatorReports)
        .where(
          and(
            eq(indicatorReports.formId, form.id),
            eq(indicatorReports.period, period.code),
            eq(indicatorReports.unitKind, kind),
            inArray(
              indicatorReports.unitCode,
              units.map((u) => u.unitCode),
            ),
          ),
        )
    : [];
  const byUnit = new Map(reports.map((r) => [r.unitCode, r]));
  const rows = units.map((u) => {
    const r = byUnit.get(u.unitCode);
    const status: ReportStatus | 'missing' = r ? (r.status as ReportStatus) : 'missing';
    const submitted = status === 'submitted' || status === 'approved';
    const submittedAt = submitted && r?.submittedAt ? r.submittedAt : null;
    return {
      unitKind: u.unitKind,
      unitCode: u.unitCode,
      unitName: u.unitName,
      provinceCode: u.provinceCode,
      reportId: r?.id ?? null,
      status,
      submittedAt: submittedAt ? submittedAt.toISOString() : null,
      onTime: submittedAt ? vietnamDay(submittedAt) <= due : null,
    };
  });
  const count = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length;
  return {
    formId: form.id,
    period: period.code,
    dueDate: due,
    units: rows,
    counts: {
      expected: rows.length,
      submitted: count((r) => r.status === 'submitted' || r.status === 'approved'),
      approved: count((r) => r.status === 'approved'),
      onTime: count((r) => r.onTime === true),
      late: count((r) => r.onTime === false),
      // A draft or a returned report is not submitted, but its unit is at work on it: counted
      // apart from the units that have not even opened one.
      inProgress: count((r) => r.status === 'draft' || r.status === 'returned'),
      missing: count((r) => r.status === 'missing'),
    },
  };
}
