import { AlignmentType, Document, Header, Packer, Paragraph } from 'docx';
import type { Conference } from '../../../../shared/api/conferences.js';
import { formatViDate } from '../../../../shared/text/index.js';
import { signatureOf, type Signature } from './signature.js';
import { decree30Document, layoutTable, line, plainCell, romanHeading, rule, textWidthMm, type RunSpec } from './docx-blocks.js';
import {
  agendaSection,
  connectionPointsSection,
  generalSection,
  materialsSection,
  officialsSection,
  outcomesSection,
  sourcesSection,
  type Block,
} from './summary-sections.js';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const SLOGAN = 'Độc lập - Tự do - Hạnh phúc';
/** Header columns: issuing body on the left, motto on the right (the motto must fit one line at 12 pt). */
const HEADER_COLUMNS_MM = [62, textWidthMm - 62] as const;
/** Rule under "Độc lập - Tự do - Hạnh phúc" at 13 pt bold: as long as the slogan itself. */
const SLOGAN_RULE_MM = 57;

/**
 * "Cao Bằng, ngày 05 tháng 02 năm 2024": the decree pads days below 10 and the months
 * January and February with a zero, and no other month.
 */
export function placeDateLine(place: string, today: Date): string {
  const [day, month, year] = formatViDate(today).split('/').map(Number) as [number, number, number];
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/**
 * Where the report is signed: the host province (province names carrying a person's name are
 * written in full, as the decree asks), or Hà Nội for national conferences.
 */
function placeOf(c: Conference): string {
  if (!c.province) return 'Hà Nội';
  return c.province.name === 'Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : c.province.name;
}

function issuingBody(c: Conference) {
  const first = c.organisers.find((o) => o.role === 'organizer') ?? c.organisers[0];
  // The short name goes into the document symbol ("Số: …/BC-BCĐNQ") only when it is one token.
  const symbol = first?.shortName && /^[\p{L}\d-]{2,20}$/u.test(first.shortName) ? first.shortName.toLocaleUpperCase('vi') : '……';
  return { name: (first?.name ?? 'Ban Chỉ đạo về nhân quyền').toLocaleUpperCase('vi'), symbol };
}

/** The two-column header: issuing body and document number | motto, slogan and place-date. */
export function headerTable(c: Conference, today: Date) {
  const body = issuingBody(c);
  return documentHeader({ bodyLines: [body.name], symbol: `BC-${body.symbol}`, placeDate: placeDateLine(placeOf(c), today) });
}

/**
 * The decree's header for any issuing body: on the left the body (a parent body above it in
 * regular capitals, the issuing body itself in bold), a short rule and "Số: …/<symbol>"; on the
 * right the national motto, the slogan with its rule, and the place and date in italics.
 */
export function documentHeader(h: { bodyLines: string[]; symbol: string; placeDate: string; leftMm?: number; bodyPt?: number; numberBlank?: string }) {
  const left = h.leftMm ?? HEADER_COLUMNS_MM[0];
  const right = textWidthMm - left;
  const centred = { alignment: AlignmentType.CENTER } as const;
  const last = h.bodyLines.length - 1;
  return layoutTable(
    [left, right],
    [
      [
        plainCell(left, [
          ...h.bodyLines.map((text, i) => line(text, { ...centred, bold: i === last, pt: h.bodyPt ?? 13 })),
          rule(Math.min(30, left / 2), left, { beforePt: 1 }),
        ]),
        plainCell(right, [line(MOTTO, { ...centred, bold: true, pt: 12 }), line(SLOGAN, { ...centred, bold: true, pt: 13 }), rule(SLOGAN_RULE_MM, right)]),
      ],
      [
        plainCell(left, [line(`Số:${h.numberBlank ?? '        '}/${h.symbol}`, { ...centred, pt: 13, spacing: { before: 120 } })]),
        plainCell(right, [line(h.placeDate, { ...centred, italics: true, pt: 14, spacing: { before: 120 } })]),
      ],
    ],
  );
}

function titleBlock(c: Conference): Paragraph[] {
  const centred = { alignment: AlignmentType.CENTER, bold: true } as const;
  return [
    line('BÁO CÁO', { ...centred, spacing: { before: 480, after: 0 } }),
    line(`Kết quả tổ chức ${c.title}`, { ...centred, spacing: { before: 0, after: 60 } }),
    rule(40, textWidthMm, { beforePt: 3, afterPt: 18 }),
  ];
}

/** "Nơi nhận:" on the left (bold italic 12 pt, entries 11 pt) and the issuing body's signature on the right. */
export function closingTable(c: Pick<Conference, 'organisers'>): ReturnType<typeof layoutTable> {
  return closingBlock({ recipients: ['- Văn phòng Thường trực BCĐNQ Chính phủ;', '- Lưu: VT.'], signature: signatureOf(c) });
}

/** The decree's closing block for any issuing body: recipients on the left, the signature on the right. */
export function closingBlock(k: { recipients: string[]; signature: Signature }): ReturnType<typeof layoutTable> {
  const left = 75;
  const right = textWidthMm - left;
  const centred = { alignment: AlignmentType.CENTER, bold: true } as const;
  const first = { ...centred, spacing: { before: 120 } };
  const { onBehalfOf, title } = k.signature;
  const signatureLines = onBehalfOf ? [line(onBehalfOf, first), line(title, centred)] : [line(title, first)];
  const recipients: RunSpec[] = k.recipients;
  return layoutTable(
    [left, right],
    [
      [
        plainCell(left, [
          line('Nơi nhận:', { bold: true, italics: true, pt: 12, spacing: { before: 120 } }),
          ...recipients.map((r) => line(r, { pt: 11 })),
        ]),
        plainCell(right, [
          ...signatureLines,
          line('(Ký tên, đóng dấu)', { alignment: AlignmentType.CENTER, italics: true, pt: 13, spacing: { after: 1440 } }),
          line('……………………………', { alignment: AlignmentType.CENTER }),
        ]),
      ],
    ],
  );
}

/**
 * The report on one conference, laid out as a Vietnamese administrative document
 * (Nghị định 30/2020/NĐ-CP). Sections with nothing to say are left out (II, V) or say
 * "Không có thông tin" (III, IV, VI, VII); the numerals are counted over those shown.
 * `today` dates the report (in Vietnam's time zone).
 */
export function buildSummaryDocument(c: Conference, today: Date): Document {
  const sections = [
    generalSection(c),
    connectionPointsSection(c),
    officialsSection(c),
    agendaSection(c),
    materialsSection(c),
    outcomesSection(c),
    sourcesSection(c),
  ].filter((s) => !(s.optional && s.blocks.length === 0));
  const body: Block[] = sections.flatMap((s, i) => [romanHeading(ROMAN[i]!, s.title), ...s.blocks]);

  return decree30Document(
    { title: `Báo cáo kết quả tổ chức ${c.title}`, description: 'Báo cáo tóm tắt hội nghị tập huấn công tác nhân quyền' },
    [headerTable(c, today), ...titleBlock(c), ...body, closingTable(c)],
  );
}

export async function renderSummaryDocx(c: Conference, today: Date): Promise<Buffer> {
  return Packer.toBuffer(buildSummaryDocument(c, today));
}
