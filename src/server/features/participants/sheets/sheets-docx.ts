import { AlignmentType, BorderStyle, Document, Header, HeightRule, Packer, PageNumber, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { FONT, line, page, textWidthMm, twip } from '../../conferences/export/docx-blocks.js';
import { formatViDate } from '../../../../shared/text/index.js';
import type { SheetGroup } from './sheet-rows.js';

export type SheetKind = 'list' | 'signin';

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** Columns in mm (they add up to the text width of an A4 page with the decree's margins). */
const columns: Record<SheetKind, Array<{ title: string; mm: number }>> = {
  list: [
    { title: 'STT', mm: 12 },
    { title: 'Họ và tên', mm: 50 },
    { title: 'Cơ quan, đơn vị', mm: 58 },
    { title: 'Chức vụ', mm: textWidthMm - 120 },
  ],
  signin: [
    { title: 'STT', mm: 12 },
    { title: 'Họ và tên', mm: 48 },
    { title: 'Cơ quan, đơn vị — chức vụ', mm: 62 },
    { title: 'Ký tên', mm: textWidthMm - 122 },
  ],
};

export const sheetTitles: Record<SheetKind, string> = { list: 'DANH SÁCH ĐẠI BIỂU', signin: 'DANH SÁCH ĐẠI BIỂU KÝ TÊN' };

function cell(text: string, mm: number, options: { bold?: boolean; centred?: boolean } = {}) {
  return new TableCell({
    width: { size: twip(mm), type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: twip(1), right: twip(1), top: twip(0.5), bottom: twip(0.5) },
    children: [line({ text, bold: options.bold }, { pt: 12, alignment: options.centred ? AlignmentType.CENTER : AlignmentType.LEFT })],
  });
}

function peopleTable(kind: SheetKind, group: SheetGroup): Table {
  const cols = columns[kind];
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: cols.map((c) => cell(c.title, c.mm, { bold: true, centred: true })) });
  // A signature needs room: sign-in rows are at least 12 mm high; a plain list stays compact.
  const height = kind === 'signin' ? { value: twip(12), rule: HeightRule.ATLEAST } : undefined;
  const rows = group.people.map((p, i) => {
    const texts =
      kind === 'list'
        ? [String(i + 1), p.fullName, p.agency ?? '', p.position ?? '']
        : [String(i + 1), p.fullName, [p.agency, p.position].filter(Boolean).join(' — '), ''];
    return new TableRow({ cantSplit: true, height, children: texts.map((text, c) => cell(text, cols[c]!.mm, { centred: c === 0 })) });
  });
  // Blank lines at the end of a sign-in sheet for those who come without being on the list.
  const blanks = kind === 'signin' ? Array.from({ length: 5 }, () => new TableRow({ cantSplit: true, height, children: cols.map((c) => cell('', c.mm)) })) : [];
  return new Table({
    width: { size: twip(textWidthMm), type: WidthType.DXA },
    columnWidths: cols.map((c) => twip(c.mm)),
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [header, ...rows, ...blanks],
  });
}

/**
 * The participant list or the sign-in sheet of a conference as Word: A4, one section per
 * connection point (each starts a page), the conference's name and date with the page number at
 * the top of every page, and the table's header repeated on each page.
 */
export function buildSheetsDocument(kind: SheetKind, conference: { title: string; startDate: string }, groups: SheetGroup[]): Document {
  const running = `${conference.title} — ngày ${formatViDate(conference.startDate)}`;
  const header = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: `${running} — trang `, size: 20, italics: true }), new TextRun({ children: [PageNumber.CURRENT], size: 20, italics: true })],
      }),
    ],
  });
  const sections = (groups.length ? groups : [{ pointName: null, people: [] }]).map((group) => ({
    properties: {
      page: {
        size: { width: twip(page.widthMm), height: twip(page.heightMm) },
        margin: { top: twip(page.topMm), bottom: twip(page.bottomMm), left: twip(page.leftMm), right: twip(page.rightMm), header: twip(10), footer: twip(10) },
      },
    },
    headers: { default: header },
    children: [
      line({ text: sheetTitles[kind], bold: true }, { alignment: AlignmentType.CENTER }),
      line(conference.title, { alignment: AlignmentType.CENTER, bold: true }),
      line(`Ngày ${formatViDate(conference.startDate)}${group.pointName ? ` — Điểm cầu: ${group.pointName}` : groups.length > 1 ? ' — Đại biểu chưa xếp điểm cầu' : ''}`, {
        alignment: AlignmentType.CENTER,
        italics: true,
        spacing: { after: 240 },
      }),
      peopleTable(kind, group),
      line(`Tổng số: ${group.people.length} đại biểu.`, { pt: 12, italics: true, spacing: { before: 120 } }),
    ],
  }));
  return new Document({
    creator: 'rights-desk',
    title: `${sheetTitles[kind]} — ${conference.title}`,
    styles: { default: { document: { run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: 26, language: { value: 'vi-VN' } } } } },
    sections,
  });
}

export async function renderSheetsDocx(kind: SheetKind, conference: { title: string; startDate: string }, groups: SheetGroup[]): Promise<Buffer> {
  return Packer.toBuffer(buildSheetsDocument(kind, conference, groups));
}
