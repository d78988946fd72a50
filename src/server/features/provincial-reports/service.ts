import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import { isNationalRole } from '../../../shared/auth/permissions.js';
import { parsePeriod, makePeriod, type Period } from '../../../shared/indicators/periods.js';
import type { ProvincialReportPreview, ProvincialReportQuery } from '../../../shared/api/provincial-reports.js';
import { assertProvinceAccess, type Actor } from '../auth/actor.js';
import { attachmentDisposition } from '../conferences/export/file-name.js';
import { todayInVietnam } from '../indicator-reports/report-access.js';
import { findAllProvinces, findProvince } from './queries.js';
import { gatherNationalReport, gatherProvinceReport, previewOf } from './report-data.js';
import { renderReportDocx } from './report-docx.js';

/*
 * The provincial report and the national synthesis. Permission followup.read is checked by the
 * route; here: a provincial account reads only its own province (another is a 404, as for every
 * record of another province), and only national roles read the synthesis.
 */

/** The report's period: `period` when given, else the whole `year`; neither is a 400. */
export function reportPeriod(query: ProvincialReportQuery): Period {
  if (query.period) return parsePeriod(query.period)!;
  if (query.year) return makePeriod('year', query.year);
  const message = 'Chọn kỳ báo cáo: năm (year=2024) hoặc mã kỳ (period=2024-YTD06 cho 6 tháng đầu năm).';
  throw new AppError('VALIDATION', message, { errors: [{ path: 'period', message }] });
}

async function readableProvince(db: Db, actor: Actor, provinceCode: string) {
  assertProvinceAccess(actor, provinceCode, 'Tỉnh');
  const province = await findProvince(db, provinceCode);
  if (!province) throw notFound('Tỉnh');
  return province;
}

function assertNational(actor: Actor) {
  if (!isNationalRole(actor.role)) throw new AppError('FORBIDDEN', 'Chỉ Văn phòng Thường trực (tài khoản cấp quốc gia) lập được báo cáo tổng hợp toàn quốc.');
}

async function provinceData(db: Db, actor: Actor, provinceCode: string, query: ProvincialReportQuery, today: string) {
  const period = reportPeriod(query);
  const province = await readableProvince(db, actor, provinceCode);
  return gatherProvinceReport(db, province, period, today);
}

async function nationalData(db: Db, actor: Actor, query: ProvincialReportQuery, today: string) {
  assertNational(actor);
  const period = reportPeriod(query);
  return gatherNationalReport(db, await findAllProvinces(db), period, today);
}

export async function previewProvinceReport(db: Db, actor: Actor, provinceCode: string, query: ProvincialReportQuery): Promise<ProvincialReportPreview> {
  return previewOf(await provinceData(db, actor, provinceCode, query, todayInVietnam()));
}

export async function previewNationalReport(db: Db, actor: Actor, query: ProvincialReportQuery): Promise<ProvincialReportPreview> {
  return previewOf(await nationalData(db, actor, query, todayInVietnam()));
}

/** The province's report as a Word document, named after the province and the period. */
export async function exportProvinceReport(db: Db, actor: Actor, provinceCode: string, query: ProvincialReportQuery, today = todayInVietnam()) {
  const data = await provinceData(db, actor, provinceCode, query, today);
  const body = await renderReportDocx(data);
  return { body, disposition: attachmentDisposition(`Báo cáo công tác nhân quyền ${data.province.name} ${data.periodLabel.replaceAll('/', '-')}`, 'docx') };
}

export async function exportNationalReport(db: Db, actor: Actor, query: ProvincialReportQuery, today = todayInVietnam()) {
  const data = await nationalData(db, actor, query, today);
  const body = await renderReportDocx(data);
  return { body, disposition: attachmentDisposition(`Báo cáo tổng hợp công tác nhân quyền ${data.periodLabel.replaceAll('/', '-')}`, 'docx') };
}
