import ExcelJS from 'exceljs';
import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import { longCsvColumns, type ExportQuery } from '../../../shared/api/indicator-transfer.js';
import { canReadUnit } from '../../../shared/auth/indicator-access.js';
import { isNationalRole } from '../../../shared/auth/permissions.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { indicatorReports, indicatorValues, indicators, reportForms } from '../indicators/tables.js';
import { loadForm, partLabels } from './form-rows.js';
import { resolveUnits, unitKey } from './units.js';
import type { ReportingUnitKind } from '../../../shared/api/indicators.js';

const statusLabels: Record<string, string> = { draft: 'Đang soạn', submitted: 'Đã nộp', returned: 'Bị trả lại', approved: 'Đã phê duyệt' };
type ExportRow = {
  unitKind: string;
  unitCode: string;
  period: string;
  status: string;
  indicatorCode: string;
  nameVi: string;
  unit: string;
  part: string;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  target: string | null;
  comment: string | null;
};
export type ExportFile = { fileName: string; contentType: 'csv' | 'xlsx'; bytes: Buffer };

async function rowsWhere(db: Db, where: SQL | undefined): Promise<ExportRow[]> {
  return db
    .select({
      unitKind: indicatorReports.unitKind,
      unitCode: indicatorReports.unitCode,
      period: indicatorReports.period,
      status: indicatorReports.status,
      indicatorCode: indicatorValues.indicatorCode,
      nameVi: indicators.nameVi,
      unit: indicators.unit,
      part: indicatorValues.part,
      value: indicatorValues.value,
      numerator: indicatorValues.numerator,
      denominator: indicatorValues.denominator,
      target: indicatorValues.target,
      comment: indicatorValues.comment,
    })
    .from(indicatorValues)
    .innerJoin(indicatorReports, eq(indicatorReports.id, indicatorValues.reportId))
    .innerJoin(indicators, eq(indicators.code, indicatorValues.indicatorCode))
    .where(where)
    .orderBy(indicatorReports.unitKind, indicatorReports.unitCode, indicatorReports.period, indicatorValues.indicatorCode, indicatorValues.part);
}

/**
 * Every value of the reports a filter selects, of one form, as the long CSV (the same columns the
 * import reads, so an export imports back unchanged) or as a workbook for people. Only what the
 * person may read: outside the national roles, their own province's units and the national unit.
 */
export async function exportReports(db: Db, actor: Actor, query: ExportQuery): Promise<ExportFile> {
  const form = await loadForm(db, query.formId);
  const filters: (SQL | undefined)[] = [eq(indicatorReports.formId, form.id)];
  if (query.period) filters.push(eq(indicatorReports.period, query.period));
  if (query.provinceCode) filters.push(eq(indicatorReports.provinceCode, query.provinceCode));
  if (query.unitKind) filters.push(eq(indicatorReports.unitKind, query.unitKind));
  if (query.status) filters.push(eq(indicatorReports.status, query.status));
  if (!isNationalRole(actor.role)) {
    filters.push(or(eq(indicatorReports.unitKind, 'national'), actor.provinceCode ? eq(indicatorReports.provinceCode, actor.provinceCode) : sql`false`));
  }
  const rows = await rowsWhere(db, and(...filters));
  const name = `Số liệu ${form.code}${query.period ? ` ${query.period}` : ''}${query.provinceCode ? ` tỉnh ${query.provinceCode}` : ''}`;
  return render(db, rows, name, query.format);
}

/** One report's values; 404 when it does not exist or the person may not read its unit. */
export async function exportReport(db: Db, actor: Actor, reportId: string, format: 'csv' | 'xlsx'): Promise<ExportFile> {
  const [report] = await db
    .select({ unitKind: indicatorReports.unitKind, unitCode: indicatorReports.unitCode, provinceCode: indicatorReports.provinceCode, period: indicatorReports.period, formCode: reportForms.code })
    .from(indicatorReports)
    .innerJoin(reportForms, eq(reportForms.id, indicatorReports.formId))
    .where(eq(indicatorReports.id, reportId));
  if (!report || !canReadUnit(actor, { ...report, unitKind: report.unitKind as ReportingUnitKind })) throw notFound('Báo cáo');
  const rows = await rowsWhere(db, eq(indicatorReports.id, reportId));
  return render(db, rows, `Báo cáo ${report.formCode} ${report.unitCode} ${report.period}`, format);
}

async function render(db: Db, rows: ExportRow[], name: string, format: 'csv' | 'xlsx'): Promise<ExportFile> {
  if (format === 'csv') {
    const lines = [longCsvColumns.join(',')];
    for (const r of rows) lines.push([r.unitKind, csvField(r.unitCode), r.period, r.indicatorCode, r.part, r.value ?? '', r.target ?? ''].join(','));
    return { fileName: name, contentType: 'csv', bytes: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8') };
  }
  const units = await resolveUnits(db, rows);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'rights-desk';
  const sheet = workbook.addWorksheet('Số liệu', { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns: [string, number][] = [
    ['Đơn vị', 32], ['Mã đơn vị', 12], ['Kỳ', 10], ['Trạng thái', 14], ['Mã chỉ tiêu', 14], ['Chỉ tiêu', 50], ['Phân tổ', 16], ['Đơn vị tính', 12],
    ['Chỉ tiêu/kế hoạch', 16], ['Giá trị', 16], ['Tử số', 14], ['Mẫu số', 14], ['Ghi chú', 40],
  ];
  sheet.columns = columns.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  const num = (x: string | null) => (x === null ? null : Number(x));
  for (const r of rows) {
    sheet.addRow([
      units.get(unitKey(r.unitKind, r.unitCode))?.unitName ?? r.unitCode, r.unitCode, r.period, statusLabels[r.status] ?? r.status, r.indicatorCode, r.nameVi,
      r.part ? (partLabels[r.part] ?? r.part) : 'Tổng số', r.unit, num(r.target), num(r.value), num(r.numerator), num(r.denominator), r.comment,
    ]);
  }
  for (const c of [9, 10, 11, 12]) sheet.getColumn(c).numFmt = '#,##0.##';
  return { fileName: name, contentType: 'xlsx', bytes: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

const csvField = (s: string) => (/[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);
