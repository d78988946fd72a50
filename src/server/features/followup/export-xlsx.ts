import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.js';
import { queryRows } from '../../db/query-rows.js';
import { AppError } from '../../errors.js';
import type { FollowupListQuery, FollowupStatus } from '../../../shared/api/followup.js';
import type { Actor } from '../auth/actor.js';
import { attachmentDisposition } from '../conferences/export/file-name.js';
import { cellBorder, writeHeaderRow } from '../conferences/export/xlsx-style.js';
import { wrappedLines } from '../conferences/export/list-xlsx.js';
import { todayInVietnam } from '../indicator-reports/report-access.js';
import { listRowsSql, listWhere, type ListRow } from './list-query.js';
import { statusLabels } from './status.js';
import { formatViDate, formatViNumber } from '../../../shared/text/format.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** An export holds every matching item up to this many; more asks the user to narrow the filters. */
export const exportLimit = 50_000;

const kindLabels: Record<string, string> = { conference: 'Hội nghị', visit: 'Đoàn công tác', upr: 'Khuyến nghị UPR', treaty: 'Khuyến nghị công ước', plan: 'Nhiệm vụ kế hoạch' };
const natureLabels: Record<string, string> = { direction: 'Chỉ đạo', limitation: 'Hạn chế', finding: 'Phát hiện', recommendation: 'Kiến nghị' };

const columns = [
  { header: 'STT', width: 6 },
  { header: 'Số hiệu', width: 18 },
  { header: 'Loại việc', width: 18 },
  { header: 'Tính chất', width: 11 },
  { header: 'Nội dung', width: 60 },
  { header: 'Cơ quan chủ trì', width: 30 },
  { header: 'Tỉnh, thành phố', width: 18 },
  { header: 'Ngày giao', width: 12 },
  { header: 'Hạn hoàn thành', width: 12 },
  { header: 'Trạng thái', width: 16 },
  { header: 'Quá hạn', width: 9 },
] as const;
export const FOLLOWUP_HEADERS = columns.map((c) => c.header);
const excelDate = (isoDate: string | null) => (isoDate ? new Date(`${isoDate}T00:00:00Z`) : null);

/** The list's rows as a styled sheet: a title, the date of the export, then one row per item. */
export async function renderFollowupXlsx(rows: ListRow[], today: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // Printed as civil servants print lists: A4 landscape, every column on the page's width, the heading row on each page.
  const sheet = workbook.addWorksheet('Theo dõi thực hiện', {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.getCell('A1').value = 'Danh sách việc theo dõi thực hiện';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = `Tính đến ngày ${formatViDate(today)}: ${formatViNumber(rows.length)} việc`;
  writeHeaderRow(sheet.getRow(3), FOLLOWUP_HEADERS, 30);
  rows.forEach((r, i) => {
    const row = sheet.getRow(4 + i);
    row.values = [
      i + 1,
      r.reference ?? '',
      kindLabels[r.kind] ?? r.kind,
      r.nature ? (natureLabels[r.nature] ?? r.nature) : '',
      r.text,
      r.lead_name ?? '',
      r.province_name ?? 'Trung ương',
      excelDate(r.item_date),
      excelDate(r.due_date),
      statusLabels[r.status as FollowupStatus] ?? r.status,
      r.overdue ? 'Quá hạn' : '',
    ];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.border = cellBorder;
      cell.alignment = { vertical: 'top', wrapText: col === 5 || col === 6 };
      if (col === 8 || col === 9) cell.numFmt = 'dd/mm/yyyy';
    });
    // Excel and LibreOffice do not grow a row to its wrapped text on opening: the height is given.
    const lines = Math.max(wrappedLines(r.text, columns[4]!.width), wrappedLines(r.lead_name ?? '', columns[5]!.width));
    if (lines > 1) row.height = lines * 15;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Every item of the list's filters the actor may read, in the list's order, as an Excel file. */
export async function exportFollowupItems(db: Db, actor: Actor, query: Omit<FollowupListQuery, 'page' | 'pageSize'>, today = todayInVietnam()) {
  const rows = await queryRows<ListRow>(db, listRowsSql(listWhere(actor, query, today), today, query.sort, exportLimit + 1, 0));
  if (rows.length > exportLimit) {
    throw new AppError('BAD_REQUEST', `Có hơn ${formatViNumber(exportLimit)} việc khớp bộ lọc; hãy thu hẹp bộ lọc (loại việc, tỉnh, trạng thái) rồi xuất lại.`);
  }
  return { body: await renderFollowupXlsx(rows, today), disposition: attachmentDisposition(`Theo dõi thực hiện ${today}`, 'xlsx') };
}
