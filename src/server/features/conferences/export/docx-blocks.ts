import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';

/**
 * The typography of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * Times New Roman; body text 13–14 pt, justified, first line indented 1–1,27 cm, at least
 * 6 pt between paragraphs; A4 with margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
 */
export const FONT = 'Times New Roman';
export const BODY_PT = 14;
export const page = { widthMm: 210, heightMm: 297, topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } as const;
/** The width text may use: 165 mm on A4 with these margins. */
export const textWidthMm = page.widthMm - page.leftMm - page.rightMm;
/** Millimetres to twips, rounded (docx's own converter truncates: A4 would be 11905 × 16837). */
export const twip = (mm: number) => Math.round((mm * 1440) / 25.4);

const FIRST_LINE_INDENT = twip(10);
/** 1,2 lines: within the decree's range (single to 1,5 lines). */
const LINE_SPACING = 288;

export type RunSpec = string | (Omit<IRunOptions, 'size'> & { text: string; pt?: number });

/** One run; `pt` is the size in points (docx counts half-points). */
export function run(spec: RunSpec, defaults: { pt?: number; bold?: boolean; italics?: boolean } = {}): TextRun {
  const s = typeof spec === 'string' ? { text: spec } : spec;
  const { pt, ...rest } = s;
  return new TextRun({ bold: defaults.bold, italics: defaults.italics, ...rest, size: (pt ?? defaults.pt ?? BODY_PT) * 2 });
}

type ParaOptions = Omit<IParagraphOptions, 'children' | 'text'> & { pt?: number; bold?: boolean; italics?: boolean };

/** A paragraph with no indent, e.g. inside the header and signature tables. */
export function line(runs: RunSpec | RunSpec[], options: ParaOptions = {}): Paragraph {
  const { pt, bold, italics, ...paragraph } = options;
  return new Paragraph({
    spacing: { before: 0, after: 0 },
    ...paragraph,
    children: [runs].flat().map((r) => run(r, { pt, bold, italics })),
  });
}

/** A body paragraph: justified, first line indented, 6 pt after. */
export function bodyParagraph(runs: RunSpec | RunSpec[], options: ParaOptions = {}): Paragraph {
  return line(runs, {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: 0, after: 120, line: LINE_SPACING },
    ...options,
  });
}

/** "I. THÔNG TIN CHUNG": a section heading, kept with what follows it. */
export function romanHeading(numeral: string, title: string): Paragraph {
  return bodyParagraph(`${numeral}. ${title.toLocaleUpperCase('vi')}`, { bold: true, keepNext: true, spacing: { before: 120, after: 120, line: LINE_SPACING } });
}

/** "1. Hạn chế": a numbered sub-heading. */
export function numberedHeading(n: number, title: string): Paragraph {
  return bodyParagraph(`${n}. ${title}`, { bold: true, keepNext: true });
}

/** "1. Thời gian: …" with the label in bold and the value in plain text. */
export function labelled(prefix: string, label: string, value: string | RunSpec[]): Paragraph {
  return bodyParagraph([{ text: `${prefix} ${label}: `, bold: true }, ...(typeof value === 'string' ? [value] : value)]);
}

export const noInformation = (options: ParaOptions = {}) => bodyParagraph({ text: 'Không có thông tin.', italics: true }, options);

/**
 * A horizontal rule of `lengthMm`, centred in a column `columnMm` wide: an empty 1 pt paragraph
 * whose bottom border is narrowed by equal indents. The decree asks for a solid line under the
 * issuing body (a third to half of its line) and under the motto (as long as the motto), which a
 * text underline cannot draw (it would also underline the spaces and follow each wrapped line).
 */
export function rule(lengthMm: number, columnMm: number, space: { beforePt?: number; afterPt?: number } = {}): Paragraph {
  const side = twip(Math.max(0, (columnMm - lengthMm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    keepNext: true,
    spacing: { before: (space.beforePt ?? 0) * 20, after: (space.afterPt ?? 0) * 20, line: 20, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

/** A cell of a table without borders, for the header and signature blocks. */
export function plainCell(widthMm: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: twip(widthMm), type: WidthType.DXA },
    margins: { left: twip(0.5), right: twip(0.5), top: 0, bottom: 0 },
    verticalAlign: VerticalAlign.TOP,
    children,
  });
}

/** A borderless layout table with fixed column widths (in mm) spanning the text width. */
export function layoutTable(columnsMm: number[], rows: TableCell[][]): Table {
  return new Table({
    width: { size: twip(columnsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: columnsMm.map(twip),
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map((children) => new TableRow({ children, cantSplit: true })),
  });
}

export type GridCell = { text: string; bold?: boolean; align?: 'left' | 'center' | 'right'; span?: number };

const gridBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/**
 * A data table with thin borders: a bold header row repeated on every page, rows that never
 * split across pages, 12 pt text (the decree sets no size for tables; 12 pt keeps six columns
 * readable on 165 mm).
 */
export function gridTable(columnsMm: number[], header: string[], rows: GridCell[][]): Table {
  const cell = (c: GridCell, widthMm: number, shaded = false) =>
    new TableCell({
      width: { size: twip(widthMm), type: WidthType.DXA },
      columnSpan: c.span,
      verticalAlign: VerticalAlign.CENTER,
      shading: shaded ? { fill: 'F2F2F2', type: 'clear', color: 'auto' } : undefined,
      children: [
        // `bold` only when set: an explicit false writes <w:b w:val="false"/> into every cell.
        line(c.bold ? { text: c.text, bold: true } : c.text, {
          pt: 12,
          alignment: c.align === 'center' ? AlignmentType.CENTER : c.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        }),
      ],
    });
  const spanWidth = (start: number, span = 1) => columnsMm.slice(start, start + span).reduce((a, b) => a + b, 0);
  const toRow = (cells: GridCell[], options: { header?: boolean } = {}) => {
    let column = 0;
    const children = cells.map((c) => {
      const made = cell(c, spanWidth(column, c.span), options.header);
      column += c.span ?? 1;
      return made;
    });
    return new TableRow({ children, cantSplit: true, tableHeader: options.header });
  };
  return new Table({
    width: { size: twip(columnsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: columnsMm.map(twip),
    layout: TableLayoutType.FIXED,
    // The cells' margins once for the table (tblCellMar), not on each cell: a report's table of
    // hundreds of rows then packs in a fraction of the time, and looks the same.
    margins: { left: twip(1), right: twip(1), top: twip(0.5), bottom: twip(0.5) },
    borders: {
      top: gridBorder,
      bottom: gridBorder,
      left: gridBorder,
      right: gridBorder,
      insideHorizontal: gridBorder,
      insideVertical: gridBorder,
    },
    rows: [toRow(header.map((text) => ({ text, bold: true, align: 'center' })), { header: true }), ...rows.map((r) => toRow(r))],
  });
}

/**
 * A whole administrative document: A4 with the decree's margins and typography, pages numbered
 * from the second one, centred in the top margin.
 */
export function decree30Document(meta: { title: string; description?: string }, children: FileChild[]): Document {
  const pageNumber = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 28 })] })],
  });
  return new Document({
    creator: 'rights-desk',
    title: meta.title,
    ...(meta.description ? { description: meta.description } : {}),
    styles: {
      default: {
        document: {
          run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: BODY_PT * 2, language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(page.widthMm), height: twip(page.heightMm) },
            margin: { top: twip(page.topMm), bottom: twip(page.bottomMm), left: twip(page.leftMm), right: twip(page.rightMm), header: twip(10), footer: twip(10) },
          },
        },
        headers: { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children,
      },
    ],
  });
}
