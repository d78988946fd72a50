import ExcelJS from 'exceljs';
import type { ConferenceStats } from '../../../shared/api/conference-stats.js';
import { formatViDateTime } from '../../../shared/text/index.js';
import { themeLabel } from '../conferences/export/labels.js';
import { wrappedLines } from '../conferences/export/list-xlsx.js';
import { cellBorder, writeHeaderRow } from '../conferences/export/xlsx-style.js';
import { sumDelegates } from './delegates.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const STATS_SHEETS = { province: 'Theo tỉnh', month: 'Theo tháng', theme: 'Theo chủ đề', year: 'Theo năm', testGains: 'Kiểm tra nhận thức', notes: 'Ghi chú' } as const;

/** Excel shows `#,##0` with the reader's separators: a Vietnamese Excel shows 3.100, and the cell still sums. */
const NUMBER_FORMAT = '#,##0';
const SHARE_FORMAT = '0.0%';

type Column = { header: string; width: number; format?: string };
/** `null` leaves the cell empty (its number format kept): an unknown figure, which must not read as 0. */
type Cell = string | number | null;

/**
 * One table per sheet: a bold header on row 1, frozen so it stays while scrolling, then the
 * rows as numbers (never pre-formatted text, so the figures can be summed and charted), then an
 * optional bold total row.
 */
function addTable(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][], total?: Cell[]) {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    // Printed: A4 landscape, one page wide, the heading row on every page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const header = sheet.getRow(1);
  writeHeaderRow(header, columns.map((c) => c.header), 32);
  const write = (values: Cell[], bold: boolean) => {
    const row = sheet.addRow(values);
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.border = cellBorder;
      if (c.format) cell.numFmt = c.format;
      if (bold) cell.font = { bold: true };
    });
  };
  for (const r of rows) write(r, false);
  if (total) write(total, true);
  return sheet;
}

export type StatsWorkbookMeta = { scope: string; exportedAt: Date };

/** The statistics as an Excel workbook: one sheet per table of the statistics page, and a sheet of notes. */
export async function renderStatsWorkbook(stats: ConferenceStats, meta: StatsWorkbookMeta): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'rights-desk';
  workbook.title = `Thống kê hội nghị tập huấn — ${meta.scope}`;
  const n = (header: string, width = 14): Column => ({ header, width, format: NUMBER_FORMAT });
  const delegatesColumns = [n('Lượt đại biểu'), n('Hội nghị chưa ghi số đại biểu', 14)];

  addTable(
    workbook,
    STATS_SHEETS.province,
    [
      { header: 'STT', width: 6 },
      { header: 'Mã tỉnh', width: 8 },
      { header: 'Tỉnh, thành phố', width: 24 },
      n('Số hội nghị', 12),
      ...delegatesColumns,
      n('Số điểm cầu', 12),
      n('Số xã được phủ', 12),
      n('Tổng số xã', 12),
      { header: 'Tỷ lệ xã được phủ', width: 12, format: SHARE_FORMAT },
    ],
    [
      ...stats.byProvince.map((p, i) => [
        i + 1,
        p.code,
        p.name,
        p.conferences,
        p.delegates,
        p.delegatesUnrecorded,
        p.connectionPoints,
        p.communesReached,
        p.communeCount,
        p.share,
      ]),
      [
        '',
        '',
        'Trung ương, khu vực (không gắn tỉnh)',
        stats.central.conferences,
        stats.central.delegates,
        stats.central.delegatesUnrecorded,
        stats.central.connectionPoints,
        '',
        '',
        '',
      ],
    ],
    [
      '',
      '',
      'Tổng cộng',
      stats.totals.conferences,
      stats.totals.delegates,
      stats.totals.delegatesUnrecorded,
      stats.totals.connectionPoints,
      stats.totals.communesReached,
      stats.totals.communeCount,
      stats.totals.communesReachedShare,
    ],
  );

  const totalRow = (rows: ConferenceStats['byMonth'] | ConferenceStats['byYear']): Cell[] => {
    const { delegates, delegatesUnrecorded } = sumDelegates(rows);
    return ['Tổng cộng', rows.reduce((a, r) => a + r.conferences, 0), delegates, delegatesUnrecorded];
  };
  addTable(
    workbook,
    STATS_SHEETS.month,
    [{ header: 'Tháng', width: 10 }, n('Số hội nghị', 12), ...delegatesColumns],
    stats.byMonth.map((m) => [m.month, m.conferences, m.delegates, m.delegatesUnrecorded]),
    totalRow(stats.byMonth),
  );

  addTable(
    workbook,
    STATS_SHEETS.theme,
    [{ header: 'STT', width: 6 }, { header: 'Chủ đề', width: 40 }, n('Số chuyên đề', 12), n('Số hội nghị', 12)],
    stats.byTheme.map((t, i) => [i + 1, themeLabel(t.theme), t.topics, t.conferences]),
  );

  addTable(
    workbook,
    STATS_SHEETS.year,
    [{ header: 'Năm', width: 10 }, n('Số hội nghị', 12), ...delegatesColumns],
    stats.byYear.map((y) => [y.year, y.conferences, y.delegates, y.delegatesUnrecorded]),
    totalRow(stats.byYear),
  );

  // Awareness tests per province and year: mean % right before and after, and the paired gain.
  addTable(
    workbook,
    STATS_SHEETS.testGains,
    [
      { header: 'Tỉnh – năm', width: 26 },
      n('Số hội nghị có kiểm tra', 14),
      n('Bài đầu vào', 12),
      n('Bài đầu ra', 12),
      { header: 'Điểm TB trước (%)', width: 12, format: '0.0' },
      { header: 'Điểm TB sau (%)', width: 12, format: '0.0' },
      n('Số cặp trước–sau', 12),
      { header: 'Mức tăng bình quân (điểm %)', width: 14, format: '0.0' },
    ],
    stats.testGains.map((g) => [g.label, g.tests, g.responsesBefore, g.responsesAfter, g.averageBefore ?? '', g.averageAfter ?? '', g.pairs, g.pairedGain ?? '']),
  );

  const notes = workbook.addWorksheet(STATS_SHEETS.notes, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  notes.columns = [{ width: 110 }];
  const lines: [string, boolean][] = [
    [`Thống kê hội nghị tập huấn — ${meta.scope}`, true],
    [`Xuất lúc: ${formatViDateTime(meta.exportedAt)}.`, false],
    ['Chỉ tính các hội nghị đã tổ chức mà tài khoản xuất tệp được xem.', false],
    ['Lượt đại biểu của một hội nghị: tổng số đại biểu thực tế đã ghi; nếu chưa ghi, cộng số đại biểu thực tế tại các điểm cầu; không cộng cả hai.', false],
    [
      'Ô trống: chưa ghi số đại biểu (không phải 0). Lượt đại biểu của một nhóm chỉ cộng các hội nghị đã ghi số; cột “Hội nghị chưa ghi số đại biểu” cho biết bao nhiêu hội nghị không được cộng.',
      false,
    ],
    ['Một người dự hai hội nghị được tính hai lượt. Số liệu ước lượng (“khoảng”, “hơn”) được cộng như số chính xác.', false],
    ['Xã được phủ: xã, phường, đặc khu có điểm cầu của hội nghị hoặc nơi tổ chức hội nghị cấp xã; tính cho tỉnh có xã đó.', false],
    ['Hội nghị ghi theo tỉnh cũ được tính vào tỉnh hiện hành đã hợp nhất. Bảng “Theo năm” gồm mọi năm, không theo bộ lọc năm.', false],
    ['Kiểm tra nhận thức: điểm là tỷ lệ câu trả lời đúng; mức tăng tính trên các mã phiếu làm cả bài đầu vào và đầu ra.', false],
  ];
  lines.forEach(([text, bold], i) => {
    const cell = notes.getCell(i + 1, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (bold) cell.font = { bold: true, size: 13 };
    // An explicit height: LibreOffice and Excel do not grow a generated row to its wrapped text.
    notes.getRow(i + 1).height = wrappedLines(text, 110) * (bold ? 18 : 15);
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
