import { AlignmentType, Document, Packer } from 'docx';
import type { AwarenessResults, SurveyComment } from '../../../../shared/api/awareness.js';
import type { Conference } from '../../../../shared/api/conferences.js';
import { formatViDate } from '../../../../shared/text/index.js';
import { bodyParagraph, decree30Document, gridTable, labelled, line, noInformation, romanHeading, rule, textWidthMm, type GridCell } from '../../conferences/export/docx-blocks.js';
import { themeLabel } from '../../conferences/export/labels.js';
import { closingTable, headerTable } from '../../conferences/export/summary-docx.js';
import { mean, n, pct, pointLabel, ratio, SCORE_HEADERS, scoreCells, surveyItemLabels } from './labels.js';

const cells = (values: string[]): GridCell[] => values.map((text, i) => ({ text, align: i === 0 ? 'left' : 'right' }));
/** Seven columns on 165 mm: the group name gets what the six figures leave. */
const SCORE_COLUMNS = [51, 19, 19, 19, 19, 16, 22];

/**
 * The survey summary of one conference as an administrative report (Nghị định 30/2020/NĐ-CP),
 * with the same header, typography and signature block as the conference report.
 */
export function buildSurveyDocument(c: Conference, r: AwarenessResults, comments: SurveyComment[], today: Date): Document {
  const centred = { alignment: AlignmentType.CENTER, bold: true } as const;
  const title = [
    line('BÁO CÁO', { ...centred, spacing: { before: 480, after: 0 } }),
    line(`Kết quả kiểm tra nhận thức và khảo sát ý kiến đại biểu ${c.title}`, { ...centred, spacing: { before: 0, after: 60 } }),
    rule(40, textWidthMm, { beforePt: 3, afterPt: 18 }),
  ];

  const general = [
    romanHeading('I', 'Thông tin chung'),
    labelled('1.', 'Thời gian', formatViDate(c.startDate)),
    labelled('2.', 'Số câu hỏi kiểm tra', `${n(r.questions)} câu, dùng chung cho bài đầu vào và bài đầu ra`),
    labelled('3.', 'Mã phiếu', `đã phát ${n(r.codesIssued)}, đã dùng ${n(r.codesUsed)} (tỷ lệ phản hồi ${ratio(r.responseRate)})`),
    labelled('4.', 'Đại biểu thực tế', `${n(r.attendance)} người; mã đã dùng trên số đại biểu: ${ratio(r.attendanceRate)}`),
    bodyParagraph({
      text: 'Mỗi đại biểu nhận một mã phiếu ngẫu nhiên, không gắn với họ tên; điểm trước và sau của cùng một mã được ghép cặp để tính mức tăng, nên kết quả vẫn ẩn danh.',
      italics: true,
    }),
  ];

  const tests = [
    romanHeading('II', 'Kết quả kiểm tra nhận thức'),
    ...(r.overall.preResponses + r.overall.postResponses === 0
      ? [noInformation()]
      : [
          bodyParagraph(
            `Điểm trung bình (tỷ lệ câu trả lời đúng) trước tập huấn ${pct(r.overall.meanBefore)}, sau tập huấn ${pct(r.overall.meanAfter)}; ` +
              `${n(r.overall.pairs)} đại biểu làm cả hai bài, mức tăng bình quân ${r.overall.pairedGain === null ? '—' : pct(r.overall.pairedGain).replace('%', ' điểm %')}.`,
          ),
          gridTable(SCORE_COLUMNS, SCORE_HEADERS, [
            [{ text: 'Toàn hội nghị', bold: true }, ...cells(scoreCells('', r.overall)).slice(1)],
            ...r.byPoint.map((p) => cells(scoreCells(pointLabel(p), p))),
            ...r.byTheme.map((t) => cells(scoreCells(`Chủ đề: ${themeLabel(t.theme)}`, t))),
          ]),
        ]),
  ];

  const itemColumns = [55, 16, 16, 16, 16, 16, 30];
  const survey = [
    romanHeading('III', 'Khảo sát ý kiến đại biểu'),
    ...(r.survey.responses === 0
      ? [noInformation()]
      : [
          bodyParagraph(`Có ${n(r.survey.responses)} phiếu khảo sát. Mỗi mục chấm từ 1 (kém) đến 5 (rất tốt).`),
          gridTable(
            itemColumns,
            ['Mục đánh giá', '1', '2', '3', '4', '5', 'Điểm TB'],
            r.survey.ratings.map((d) => cells([surveyItemLabels[d.item], ...d.counts.map(n), mean(d.mean)])),
          ),
        ]),
  ];

  const commentSection = [
    romanHeading('IV', 'Ý kiến góp ý'),
    ...(comments.length === 0 ? [noInformation()] : comments.map((cm, i) => bodyParagraph(`${i + 1}. ${cm.text}${cm.connectionPointName ? ` (${cm.connectionPointName})` : ''}`))),
  ];

  return decree30Document({ title: `Báo cáo kết quả kiểm tra nhận thức và khảo sát ${c.title}` }, [
    headerTable(c, today),
    ...title,
    ...general,
    ...tests,
    ...survey,
    ...commentSection,
    closingTable(c),
  ]);
}

export async function renderSurveyDocx(c: Conference, r: AwarenessResults, comments: SurveyComment[], today: Date): Promise<Buffer> {
  return Packer.toBuffer(buildSurveyDocument(c, r, comments, today));
}
