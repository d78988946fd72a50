import ExcelJS from 'exceljs';
import type { AwarenessResults, SurveyComment } from '../../../../shared/api/awareness.js';
import { formatViDateTime } from '../../../../shared/text/index.js';
import { themeLabel } from '../../conferences/export/labels.js';
import { wrappedLines } from '../../conferences/export/list-xlsx.js';
import { pointLabel, surveyItemLabels } from './labels.js';
import { cellBorder, writeHeaderRow } from '../../conferences/export/xlsx-style.js';

export const SURVEY_SHEETS = { scores: 'Điểm kiểm tra', questions: 'Theo câu hỏi', ratings: 'Khảo sát', comments: 'Ý kiến' } as const;

/** Figures stay numbers (a Vietnamese Excel shows them with its own separators). */
const INT = '#,##0';
const ONE = '#,##0.0';
const TWO = '#,##0.00';

type Column = { header: string; width: number; format?: string; wrap?: boolean };
type Cell = string | number | null;

function addTable(workbook: ExcelJS.Workbook, name: string, title: string, columns: Column[], rows: Cell[][]) {
  // Printed on A4 landscape, one page wide: an officer prints these sheets for the meeting file.
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 2, topLeftCell: 'A3', activeCell: 'A3' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.getCell('A1').value = title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  const header = sheet.getRow(2);
  writeHeaderRow(header, columns.map((c) => c.header), 32);
  for (const values of rows) {
    const row = sheet.addRow(values);
    // Wrapped text gets an explicit height: LibreOffice and Excel do not grow a generated row themselves.
    const lines = Math.max(1, ...columns.map((c, i) => (c.wrap && typeof values[i] === 'string' ? wrappedLines(values[i] as string, c.width) : 1)));
    if (lines > 1) row.height = lines * 15;
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.border = cellBorder;
      if (c.format) cell.numFmt = c.format;
      if (c.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return sheet;
}

/** The survey summary as a workbook: scores by group, by question, the rating table and every comment (newest first). */
export async function renderSurveyWorkbook(r: AwarenessResults, comments: SurveyComment[], exportedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'rights-desk';
  workbook.title = `Kết quả kiểm tra nhận thức và khảo sát — ${r.conference.title}`;
  const heading = `${r.conference.title} — xuất lúc ${formatViDateTime(exportedAt)}`;

  const scoreRow = (label: string, s: AwarenessResults['overall']): Cell[] => [label, s.preResponses, s.postResponses, s.meanBefore, s.meanAfter, s.pairs, s.pairedGain];
  addTable(
    workbook,
    SURVEY_SHEETS.scores,
    heading,
    [
      { header: 'Nhóm', width: 44 },
      { header: 'Số bài đầu vào', width: 12, format: INT },
      { header: 'Số bài đầu ra', width: 12, format: INT },
      { header: 'Điểm TB trước (%)', width: 14, format: ONE },
      { header: 'Điểm TB sau (%)', width: 14, format: ONE },
      { header: 'Số cặp trước–sau', width: 14, format: INT },
      { header: 'Mức tăng bình quân (điểm %)', width: 16, format: ONE },
    ],
    [
      scoreRow('Toàn hội nghị', r.overall),
      ...r.byPoint.map((p) => scoreRow(`Điểm cầu: ${pointLabel(p)}`, p)),
      ...r.byTheme.map((t) => scoreRow(`Chủ đề: ${themeLabel(t.theme)}`, t)),
      [],
      ['Mã đã phát', r.codesIssued],
      ['Mã đã dùng', r.codesUsed],
      ['Đại biểu thực tế', r.attendance],
    ],
  );
  addTable(
    workbook,
    SURVEY_SHEETS.questions,
    heading,
    [
      { header: 'STT', width: 6, format: INT },
      { header: 'Câu hỏi', width: 70, wrap: true },
      { header: 'Chủ đề', width: 26, wrap: true },
      { header: 'Trả lời đúng trước (%)', width: 14, format: ONE },
      { header: 'Trả lời đúng sau (%)', width: 14, format: ONE },
    ],
    r.byQuestion.map((q, i) => [i + 1, q.text, themeLabel(q.theme), q.correctBefore, q.correctAfter]),
  );
  addTable(
    workbook,
    SURVEY_SHEETS.ratings,
    `${heading} — ${r.survey.responses} phiếu`,
    [{ header: 'Mục đánh giá', width: 32 }, ...[1, 2, 3, 4, 5].map((v) => ({ header: `${v} điểm`, width: 10, format: INT })), { header: 'Điểm TB', width: 10, format: TWO }],
    r.survey.ratings.map((d) => [surveyItemLabels[d.item], ...d.counts, d.mean]),
  );
  addTable(
    workbook,
    SURVEY_SHEETS.comments,
    heading,
    [
      { header: 'STT', width: 6, format: INT },
      { header: 'Ý kiến', width: 90, wrap: true },
      { header: 'Thời điểm', width: 18 },
      { header: 'Điểm cầu', width: 30, wrap: true },
    ],
    comments.map((c, i) => [i + 1, c.text, formatViDateTime(c.at), c.connectionPointName ?? 'Chung cho hội nghị']),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
