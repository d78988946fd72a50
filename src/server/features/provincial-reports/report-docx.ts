import { AlignmentType, Packer, type Paragraph, type Table } from 'docx';
import { formatViDate, formatViNumber } from '../../../shared/text/index.js';
import { periodLabel, samePeriodLastYear } from '../../../shared/indicators/periods.js';
import { bodyParagraph, decree30Document, gridTable, line, numberedHeading, romanHeading, rule, textWidthMm, type GridCell } from '../conferences/export/docx-blocks.js';
import { closingBlock, documentHeader } from '../conferences/export/summary-docx.js';
import type { Signature } from '../conferences/export/signature.js';
import { carriedOver, notDoneItems, type FigureLine, type NationalReportData, type ProvinceReportData, type Trainings } from './report-data.js';
import { statusDay, type ProvinceRow, type ReportItemRow } from './queries.js';

/*
 * The provincial report and the national synthesis as Word documents in the layout of an
 * administrative document (Nghị định 30/2020/NĐ-CP): the conference report's header, typography
 * and closing block (conferences/export), five numbered parts, and blanks left as dots for the
 * number and the day of signing. Every figure comes from the gathered data; a part with nothing
 * to report says so.
 */

type Block = Paragraph | Table;
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
const STEERING_COMMITTEE: Signature = { onBehalfOf: 'TM. BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN' };
const STANDING_OFFICE: Signature = { onBehalfOf: null, title: 'CHÁNH VĂN PHÒNG' };
const CELL_TEXT_MAX = 400;
/**
 * "BAN CHỈ ĐẠO VỀ NHÂN QUYỀN" must stay on one line: a 72 mm column at 12 pt (the decree allows
 * 12–13 pt for the issuing body) still leaves the motto its one line on the right.
 */
const HEADER_FIT = { leftMm: 72, bodyPt: 12, numberBlank: ' ……' } as const;

export const statusLabels: Record<string, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Đã hoàn thành',
  not_done: 'Không thực hiện',
};

const n = (v: number) => formatViNumber(v);
const date = (iso: string) => formatViDate(iso);
const clip = (text: string, max = CELL_TEXT_MAX) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const empty = (text: string) => bodyParagraph({ text, italics: true });
const bullet = (text: string) => bodyParagraph(`- ${text}`);

/** "Thành phố Hồ Chí Minh" is written in full where it names a place (the decree's rule for names of persons). */
const placeOf = (p: ProvinceRow) => (p.name === 'Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : p.name);
/** The day and month are left for the signer; the year is the current one. */
const placeDate = (place: string, today: string) => `${place}, ngày …… tháng …… năm ${today.slice(0, 4)}`;

function formatFigure(v: number | null, decimals: number, signed = false): string {
  if (v === null) return '';
  const text = formatViNumber(v, { maximumFractionDigits: decimals });
  return signed && v > 0 ? `+${text}` : text;
}

function titleBlock(subject: string, recipient: string): Paragraph[] {
  const centred = { alignment: AlignmentType.CENTER, bold: true } as const;
  return [
    line('BÁO CÁO', { ...centred, spacing: { before: 480, after: 0 } }),
    line(subject, { ...centred, spacing: { before: 0, after: 60 } }),
    rule(40, textWidthMm, { beforePt: 3, afterPt: 12 }),
    line([{ text: 'Kính gửi: ' }, { text: recipient }], { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 240 } }),
  ];
}

function trainingParagraphs(t: Trainings, who: string, conferences: Array<{ title: string; startDate: string; endDate: string | null }> | null): Block[] {
  if (t.conferences === 0) return [empty('Trong kỳ không có hội nghị tập huấn nào được tổ chức.')];
  const participants =
    t.participants === null
      ? 'chưa ghi nhận số đại biểu'
      : `${n(t.participants)} lượt đại biểu tham dự${t.participantsUnrecorded ? ` (${n(t.participantsUnrecorded)} hội nghị chưa ghi nhận số đại biểu)` : ''}`;
  const blocks: Block[] = [
    numberedHeading(1, 'Kết quả tổ chức tập huấn'),
    bodyParagraph(
      `Trong kỳ, ${who} đã tổ chức ${n(t.conferences)} hội nghị tập huấn, bồi dưỡng kiến thức về quyền con người, ${participants}, với ${n(t.connectionPoints)} điểm cầu.`,
    ),
  ];
  if (conferences?.length) {
    blocks.push(...conferences.map((c, i) => bullet(`${c.title} (${c.endDate && c.endDate !== c.startDate ? `${date(c.startDate)} – ${date(c.endDate)}` : date(c.startDate)})${i === conferences.length - 1 ? '.' : ';'}`)));
  }
  blocks.push(numberedHeading(2, 'Kết quả kiểm tra nhận thức trước và sau tập huấn'));
  const tests = t.tests;
  if (tests.conferences === 0) blocks.push(empty('Trong kỳ không có bài kiểm tra nhận thức trước và sau tập huấn.'));
  else {
    const pct = (v: number | null) => (v === null ? 'chưa có' : `${formatViNumber(v, { maximumFractionDigits: 1 })}%`);
    const gain =
      tests.gain === null
        ? ''
        : ` Trên ${n(tests.pairs)} cặp phiếu của cùng người làm cả hai lần, điểm tăng bình quân ${formatViNumber(tests.gain, { maximumFractionDigits: 1 })} điểm phần trăm.`;
    blocks.push(
      bodyParagraph(`Tại ${n(tests.conferences)} hội nghị có kiểm tra nhận thức, tỷ lệ trả lời đúng bình quân trước tập huấn là ${pct(tests.averageBefore)}, sau tập huấn là ${pct(tests.averageAfter)}.${gain}`),
    );
  }
  return blocks;
}

function figuresTable(figures: FigureLine[], periodText: string, previousText: string): Block[] {
  if (figures.length === 0) return [empty('Trong kỳ không có số liệu chỉ tiêu đã được phê duyệt.')];
  const rows: GridCell[][] = figures.map((f, i) => {
    const d = f.indicator.decimals;
    return [
      { text: String(i + 1), align: 'center' },
      { text: `${f.indicator.nameVi} (${f.indicator.code})` },
      { text: f.indicator.unit, align: 'center' },
      { text: f.notAggregable ? 'Không tổng hợp được' : formatFigure(f.value, d), align: 'right' },
      { text: formatFigure(f.target, d), align: 'right' },
      { text: f.percentOfPlan === null ? '' : `${formatViNumber(f.percentOfPlan, { maximumFractionDigits: 1 })}%`, align: 'right' },
      { text: formatFigure(f.change, d, true), align: 'right' },
    ];
  });
  return [
    bodyParagraph(`Số liệu đã được phê duyệt ${periodText}; cột “Tăng, giảm” so với cùng kỳ ${previousText}:`),
    gridTable([10, 55, 18, 22, 20, 18, 22], ['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Kế hoạch', '% kế hoạch', 'Tăng, giảm'], rows),
    bodyParagraph('', { spacing: { after: 120 } }),
  ];
}

const statusText = (i: { status: string; overdue: boolean }) => `${statusLabels[i.status] ?? i.status}${i.overdue ? ' (quá hạn)' : ''}`;
const itemLabel = (i: { reference: string | null; text: string }) => clip(i.reference ? `${i.reference}: ${i.text}` : i.text);

/** The counts sentence, saying which day the statuses stand at (the period's end, or today while it runs). */
function countsSentence(c: { total: number; done: number; inProgress: number; notStarted: number; notDone: number; overdue: number }, lead: string, data: ProvinceReportData | NationalReportData) {
  const day = date(statusDay(data.period.end, data.today));
  return `${lead} ${n(c.total)} việc (trạng thái tính đến ngày ${day}): đã hoàn thành ${n(c.done)}, đang thực hiện ${n(c.inProgress)}, chưa thực hiện ${n(c.notStarted)}, không thực hiện ${n(c.notDone)}; trong đó ${n(c.overdue)} việc quá hạn.`;
}

function itemsSection(data: ProvinceReportData): Block[] {
  if (data.items.length === 0) return [empty('Trong kỳ không có chỉ đạo, kiến nghị nào cần theo dõi thực hiện.')];
  const rows: GridCell[][] = data.items.map((i, k) => [
    { text: String(k + 1), align: 'center' },
    { text: itemLabel(i) },
    { text: i.leadName ?? '' },
    { text: i.dueDate ? date(i.dueDate) : '', align: 'center' },
    { text: statusText(i), bold: i.overdue },
    { text: i.latestText ? clip(`${i.latestDate ? `${date(i.latestDate)}: ` : ''}${i.latestText}`) : '' },
  ]);
  return [
    bodyParagraph(countsSentence(data.counts, 'Trong kỳ, tỉnh theo dõi thực hiện', data)),
    gridTable([9, 48, 24, 23, 24, 37], ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Hạn', 'Tình trạng', 'Kết quả thực hiện'], rows),
    bodyParagraph('', { spacing: { after: 120 } }),
  ];
}

function limitationsSection(data: ProvinceReportData): Block[] {
  const notDone = notDoneItems(data);
  if (data.limitations.length === 0 && notDone.length === 0) return [empty('Trong kỳ không có hạn chế, khó khăn được ghi nhận.')];
  const blocks: Block[] = [];
  if (data.limitations.length) {
    blocks.push(numberedHeading(1, 'Hạn chế qua các hội nghị tập huấn'));
    blocks.push(...data.limitations.map((l) => bullet(`${clip(l.text, 1000)} (${l.conferenceTitle}, ${date(l.startDate)}).`)));
  }
  if (notDone.length) {
    blocks.push(numberedHeading(data.limitations.length ? 2 : 1, 'Việc không thực hiện được'));
    blocks.push(...notDone.map((i) => bullet(`${itemLabel(i)}. Lý do: ${i.closingNote ? clip(i.closingNote, 1000) : 'chưa nêu'}.`)));
  }
  return blocks;
}

function directionsSection(data: ProvinceReportData): Block[] {
  const open = carriedOver(data);
  if (open.length === 0) return [empty('Trong kỳ không có việc chưa hoàn thành chuyển sang kỳ sau.')];
  return [
    bodyParagraph(`Tiếp tục chỉ đạo thực hiện ${n(open.length)} việc chưa hoàn thành, chuyển sang kỳ sau:`),
    ...open.map((i) => {
      const due = i.dueDate ? `hạn ${date(i.dueDate)}${i.overdue ? ', đã quá hạn' : ''}` : 'chưa có hạn';
      return bullet(`${itemLabel(i)} (${i.leadName ? `chủ trì: ${i.leadName}; ` : ''}${due}).`);
    }),
  ];
}

function periodTexts(data: { period: ProvinceReportData['period']; periodLabel: string }) {
  const previous = samePeriodLastYear(data.period);
  return { periodText: lowerFirst(data.periodLabel), previousText: lowerFirst(periodLabel(previous)) };
}

export function buildProvinceReport(data: ProvinceReportData) {
  const { periodText, previousText } = periodTexts(data);
  const provinceName = data.province.fullName.replace(/^Tỉnh /, 'tỉnh ').replace(/^Thành phố /, 'thành phố ');
  const sections: Array<[string, Block[]]> = [
    ['Công tác tập huấn về quyền con người', trainingParagraphs(data.trainings, `Ban Chỉ đạo về nhân quyền ${provinceName}`, data.conferences)],
    ['Kết quả thực hiện các chỉ tiêu về quyền con người', figuresTable(data.figures, periodText, previousText)],
    ['Theo dõi thực hiện các chỉ đạo, kiến nghị', itemsSection(data)],
    ['Hạn chế, khó khăn', limitationsSection(data)],
    ['Phương hướng, nhiệm vụ kỳ tới', directionsSection(data)],
  ];
  const body = sections.flatMap(([title, blocks], i) => [romanHeading(ROMAN[i]!, title), ...blocks]);
  return decree30Document({ title: `Báo cáo kết quả công tác nhân quyền ${periodText} — ${data.province.name}`, description: 'Báo cáo kết quả công tác nhân quyền của tỉnh' }, [
    documentHeader({
      bodyLines: [`UBND ${data.province.fullName.toLocaleUpperCase('vi')}`, 'BAN CHỈ ĐẠO VỀ NHÂN QUYỀN'],
      symbol: 'BC-BCĐ',
      ...HEADER_FIT,
      placeDate: placeDate(placeOf(data.province), data.today),
    }),
    ...titleBlock(`Kết quả công tác nhân quyền ${periodText}`, 'Văn phòng Thường trực Ban Chỉ đạo về nhân quyền của Chính phủ.'),
    bodyParagraph(`Ban Chỉ đạo về nhân quyền ${provinceName} báo cáo kết quả công tác nhân quyền ${periodText} (từ ngày ${date(data.period.start)} đến ngày ${date(data.period.end)}) như sau:`),
    ...body,
    bodyParagraph(`Trên đây là báo cáo kết quả công tác nhân quyền ${periodText} của Ban Chỉ đạo về nhân quyền ${provinceName}./.`),
    closingBlock({
      recipients: ['- Văn phòng Thường trực BCĐNQ Chính phủ;', '- Thường trực Tỉnh ủy, HĐND, UBND tỉnh;', '- Các thành viên Ban Chỉ đạo;', '- Lưu: VT.'],
      signature: STEERING_COMMITTEE,
    }),
  ]);
}

function provincesTable(data: NationalReportData): Block[] {
  const rows: GridCell[][] = data.rows.map((r, i) => [
    { text: String(i + 1), align: 'center' },
    { text: r.province.name },
    { text: n(r.conferences), align: 'right' },
    { text: r.participants === null ? 'chưa ghi' : n(r.participants), align: 'right' },
    { text: `${n(r.items.done)}/${n(r.items.total)}`, align: 'right' },
    { text: n(r.items.overdue), align: 'right', bold: r.items.overdue > 0 },
  ]);
  const t = data.trainings;
  rows.push([
    { text: 'Tổng cộng', bold: true, span: 2, align: 'center' },
    { text: n(t.conferences), align: 'right', bold: true },
    { text: t.participants === null ? '' : n(t.participants), align: 'right', bold: true },
    { text: `${n(data.counts.done)}/${n(data.counts.total)}`, align: 'right', bold: true },
    { text: n(data.counts.overdue), align: 'right', bold: true },
  ]);
  return [gridTable([10, 45, 24, 26, 34, 26], ['TT', 'Tỉnh, thành phố', 'Hội nghị tập huấn', 'Đại biểu', 'Việc hoàn thành/tổng số', 'Việc quá hạn'], rows)];
}

function nationalItemsBlocks(data: NationalReportData): Block[] {
  if (data.nationalItems.length === 0) return [empty('Trong kỳ không có việc cấp quốc gia cần theo dõi.')];
  const rows: GridCell[][] = data.nationalItems.map((i, k) => [
    { text: String(k + 1), align: 'center' },
    { text: itemLabel(i) },
    { text: i.dueDate ? date(i.dueDate) : '', align: 'center' },
    { text: statusText(i) },
    { text: i.rollup ? `${n(i.rollup.done)}/${n(i.rollup.total)}` : 'Chưa giao', align: 'center' },
    { text: i.rollup ? n(i.rollup.overdue) : '', align: 'right' },
  ]);
  return [gridTable([9, 59, 23, 26, 28, 20], ['TT', 'Nội dung', 'Hạn', 'Tình trạng', 'Tỉnh hoàn thành/được giao', 'Tỉnh quá hạn'], rows)];
}

export function buildNationalReport(data: NationalReportData) {
  const { periodText, previousText } = periodTexts(data);
  const overdue = data.rows.filter((r) => r.items.overdue > 0);
  const open = data.counts.notStarted + data.counts.inProgress;
  const openNational = data.nationalItems.filter((i) => i.status === 'not_started' || i.status === 'in_progress');
  const sections: Array<[string, Block[]]> = [
    ['Công tác tập huấn về quyền con người', trainingParagraphs(data.trainings, 'các tỉnh, thành phố', null)],
    ['Kết quả thực hiện các chỉ tiêu về quyền con người', figuresTable(data.figures, periodText, previousText)],
    [
      'Theo dõi thực hiện các chỉ đạo, kiến nghị',
      [
        numberedHeading(1, 'Kết quả của các tỉnh, thành phố'),
        bodyParagraph(countsSentence(data.counts, 'Trong kỳ, 34 tỉnh, thành phố theo dõi thực hiện', data)),
        ...provincesTable(data),
        bodyParagraph('', { spacing: { after: 120 } }),
        numberedHeading(2, 'Việc cấp quốc gia và kết quả của các tỉnh được giao'),
        ...nationalItemsBlocks(data),
        bodyParagraph('', { spacing: { after: 120 } }),
      ],
    ],
    [
      'Hạn chế, khó khăn',
      overdue.length === 0
        ? [empty('Trong kỳ không có việc quá hạn.')]
        : [
            bodyParagraph(
              `Còn ${n(data.counts.overdue)} việc quá hạn tại ${n(overdue.length)} tỉnh, thành phố: ${overdue.map((r) => `${r.province.name} (${n(r.items.overdue)})`).join(', ')}.`,
            ),
          ],
    ],
    [
      'Phương hướng, nhiệm vụ kỳ tới',
      open === 0 && openNational.length === 0
        ? [empty('Trong kỳ không có việc chưa hoàn thành chuyển sang kỳ sau.')]
        : [
            bodyParagraph(`Đề nghị các tỉnh, thành phố tiếp tục thực hiện ${n(open)} việc chưa hoàn thành, ưu tiên các việc đã quá hạn.`),
            ...openNational.map((i) => bullet(`${itemLabel(i)} (${i.dueDate ? `hạn ${date(i.dueDate)}` : 'chưa có hạn'}).`)),
          ],
    ],
  ];
  const body = sections.flatMap(([title, blocks], i) => [romanHeading(ROMAN[i]!, title), ...blocks]);
  return decree30Document({ title: `Báo cáo tổng hợp kết quả công tác nhân quyền ${periodText}`, description: 'Báo cáo tổng hợp của các tỉnh, thành phố' }, [
    documentHeader({
      bodyLines: ['BAN CHỈ ĐẠO VỀ NHÂN QUYỀN', 'CỦA CHÍNH PHỦ', 'VĂN PHÒNG THƯỜNG TRỰC'],
      symbol: 'BC-VPTT',
      ...HEADER_FIT,
      placeDate: placeDate('Hà Nội', data.today),
    }),
    ...titleBlock(`Tổng hợp kết quả công tác nhân quyền của các tỉnh, thành phố ${periodText}`, 'Ban Chỉ đạo về nhân quyền của Chính phủ.'),
    bodyParagraph(
      `Văn phòng Thường trực Ban Chỉ đạo về nhân quyền của Chính phủ tổng hợp kết quả công tác nhân quyền ${periodText} (từ ngày ${date(data.period.start)} đến ngày ${date(data.period.end)}) của 34 tỉnh, thành phố như sau:`,
    ),
    ...body,
    bodyParagraph(`Trên đây là báo cáo tổng hợp kết quả công tác nhân quyền ${periodText} của các tỉnh, thành phố./.`),
    closingBlock({ recipients: ['- Ban Chỉ đạo về nhân quyền của Chính phủ;', '- Ban Chỉ đạo về nhân quyền các tỉnh, thành phố;', '- Lưu: VT.'], signature: STANDING_OFFICE }),
  ]);
}

export async function renderReportDocx(data: ProvinceReportData | NationalReportData): Promise<Buffer> {
  return Packer.toBuffer(data.kind === 'province' ? buildProvinceReport(data) : buildNationalReport(data));
}
