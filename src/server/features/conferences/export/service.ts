import { PassThrough, type Readable } from 'node:stream';
import type { Db } from '../../../db/client.js';
import { AppError } from '../../../errors.js';
import type { ConferenceListQuery } from '../../../../shared/api/conferences.js';
import { formatViDate, formatViDateTime, formatViNumber, searchKey } from '../../../../shared/text/index.js';
import type { Actor } from '../../auth/actor.js';
import { listConditions } from '../queries.js';
import { getConference, visibilityFor } from '../service.js';
import { attachmentDisposition } from './file-name.js';
import { formatLabels, levelLabels, sortLabels, statusLabels, themeLabel } from './labels.js';
import { writeListWorkbook } from './list-xlsx.js';
import { findExportIds, findExportRows, findProvinceNames } from './queries.js';
import { renderSummaryDocx } from './summary-docx.js';

/** Above this the export is refused: a workbook that large is no longer something a person reads. */
export const MAX_EXPORT_ROWS = 100_000;
const BATCH_SIZE = 1000;

export type ConferenceExportQuery = Omit<ConferenceListQuery, 'page' | 'pageSize'>;

/**
 * The Word report on one conference. Visibility is checked by `getConference`: a conference of
 * another province is a 404, as on the detail screen.
 */
export async function exportConferenceSummary(db: Db, actor: Actor, id: string, now = new Date()) {
  const conference = await getConference(db, actor, id);
  const body = await renderSummaryDocx(conference, now);
  const day = formatViDate(conference.startDate).replaceAll('/', '-');
  return { body, disposition: attachmentDisposition(`Báo cáo ${conference.title} ${day}`, 'docx') };
}

/** "Bộ lọc: Tỉnh: Thái Nguyên (…); Năm: 2023. Sắp xếp: … Xuất lúc: 13/06/2025 08:30. Tổng số: 12 hội nghị." */
export function describeFilters(
  query: ConferenceExportQuery,
  names: { province: string | null; legacy: string | null },
  now: Date,
  total: number,
): string {
  const parts: string[] = [];
  if (query.province) parts.push(`Tỉnh: ${names.province ?? query.province} (gồm cả hội nghị ghi theo tỉnh cũ đã hợp nhất)`);
  if (query.legacyProvince) parts.push(`Tỉnh cũ: ${names.legacy ?? query.legacyProvince}`);
  if (query.year) parts.push(query.month ? `Tháng: ${query.month}/${query.year}` : `Năm: ${query.year}`);
  if (query.level) parts.push(`Cấp: ${levelLabels[query.level]}`);
  if (query.format) parts.push(`Hình thức: ${formatLabels[query.format]}`);
  if (query.theme) parts.push(`Chủ đề: ${themeLabel(query.theme)}`);
  if (query.status) parts.push(`Trạng thái: ${statusLabels[query.status]}`);
  if (query.q) parts.push(`Từ khóa: “${query.q}”`);
  return [
    `Bộ lọc: ${parts.length ? parts.join('; ') : 'không (mọi hội nghị tài khoản được xem)'}.`,
    `Sắp xếp: ${sortLabels[query.sort]}.`,
    `Xuất lúc: ${formatViDateTime(now)}.`,
    `Tổng số: ${formatViNumber(total)} hội nghị.`,
  ].join(' ');
}

/**
 * The Excel workbook of every conference matching the list filters (not one page), streamed.
 *
 * The ids are read first, in one query, which fixes both the count (refused with a 400 above
 * `maxRows`, before any byte is sent) and the order; the rows are then read a thousand at a
 * time and written as they come, so neither the database result nor the workbook is held
 * whole in memory. An error after the first byte can only cut the download short (the status
 * line is gone by then), so everything that can be refused is checked before.
 */
export async function exportConferenceList(
  db: Db,
  actor: Actor,
  query: ConferenceExportQuery,
  options: { now?: Date; maxRows?: number } = {},
): Promise<{ stream: Readable; disposition: string; total: number }> {
  const now = options.now ?? new Date();
  const maxRows = options.maxRows ?? MAX_EXPORT_ROWS;
  const words = query.q ? searchKey(query.q).split(' ').filter(Boolean) : [];
  const where = listConditions({ ...query, words }, visibilityFor(actor));
  const ids = await findExportIds(db, where, query.sort, maxRows + 1);
  if (ids.length > maxRows) {
    throw new AppError(
      'BAD_REQUEST',
      `Bộ lọc khớp hơn ${formatViNumber(maxRows)} hội nghị, quá nhiều để xuất một tệp. Hãy thu hẹp bộ lọc (theo năm, tỉnh, cấp…) rồi xuất lại.`,
    );
  }
  const names = await findProvinceNames(db, query.province, query.legacyProvince);
  const filtersLine = describeFilters(query, names, now, ids.length);

  const stream = new PassThrough();
  async function* batches() {
    for (let i = 0; i < ids.length; i += BATCH_SIZE) {
      // The client went away: stop reading the database for nobody.
      if (stream.destroyed) throw new Error('export stream closed by the client');
      yield await findExportRows(db, ids.slice(i, i + BATCH_SIZE));
    }
  }
  writeListWorkbook(stream, { title: 'Danh sách hội nghị tập huấn công tác nhân quyền', filtersLine, total: ids.length, batches: batches() }).catch(
    (error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))),
  );

  const scope = names.province ?? names.legacy;
  const fileName = `Hội nghị tập huấn${scope ? ` ${scope}` : ''} ${formatViDate(now).replaceAll('/', '-')}`;
  return { stream, disposition: attachmentDisposition(fileName, 'xlsx'), total: ids.length };
}
