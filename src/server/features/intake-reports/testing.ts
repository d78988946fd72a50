import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Db } from '../../db/client.js';
import { readStarterCatalogue } from '../indicators/starter-catalogue.js';
import type { FormIndicator } from '../indicator-transfer/form-rows.js';
import { proposeFromDocument } from './propose.js';
import { bacNinhReport, uprList } from './sample-reports.js';
import { intakeReportDocuments } from './tables.js';
import { minimalPdf } from '../../test-support/minimal-pdf.js';

/*
 * Building the files provinces send, for tests and the benchmark: a Word report whose lines are
 * paragraphs and whose tab-separated lines (a results table in the samples) become a real Word
 * table, as a secretariat's report has them.
 */

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

/** A .docx of the report's text: lines with tabs are rows of one table, the other lines paragraphs. */
export async function reportDocx(text: string): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (!rows.length) return;
    children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r, i) => new TableRow({ children: r.map((c) => cell(c, i === 0)) })) }));
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) {
      rows.push(line.split('\t'));
      continue;
    }
    flush();
    const heading = /^B[ÁA]O C[ÁA]O$/u.test(line.trim());
    children.push(new Paragraph({ alignment: heading ? AlignmentType.CENTER : undefined, children: [new TextRun({ text: line, bold: heading })] }));
  }
  flush();
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** A PDF of `pages` pages that only draw lines (what a scanner's image pages look like to a text reader). */
export function scannedPdf(pages: number): Buffer {
  return minimalPdf(Array.from({ length: pages }, () => '0 0 m 500 700 l S'));
}

/**
 * A reviewed-for-nothing document of a province, inserted straight into the table (the permission
 * matrix and the hostile-text walk need one per call): a six-month report of `provinceCode`, or a
 * list of recommendations, as if uploaded by someone of `uploaderProvinceCode`.
 */
export async function insertReportDocument(db: Db, options: { provinceCode: string; kind?: 'provincial_report' | 'recommendation_list'; uploaderProvinceCode?: string | null }) {
  const list = options.kind === 'recommendation_list';
  const text = list ? uprList : bacNinhReport;
  const proposal = proposeFromDocument({ fileKind: 'txt', text, rejoinLines: false, tables: [], pageCount: null, warnings: [] }, '2026-12-01');
  if (!list) Object.assign(proposal, { provinceCode: options.provinceCode, currentProvinceCode: options.provinceCode, unitKind: 'province' });
  const [row] = await db
    .insert(intakeReportDocuments)
    .values({
      fileName: list ? 'khuyen-nghi.txt' : 'bao-cao.txt',
      fileKind: 'txt',
      documentKind: proposal.documentKind,
      sourceText: text,
      proposal,
      provinceCode: list ? null : options.provinceCode,
      uploaderProvinceCode: options.uploaderProvinceCode === undefined ? options.provinceCode : options.uploaderProvinceCode,
      period: proposal.period,
      createdBy: '00000000-0000-0000-0000-000000000000',
    })
    .returning();
  return row!;
}

/** A starter form's indicators as the server loads them (no database: read from reference-data). */
export function starterFormIndicators(formCode: string): FormIndicator[] {
  const { catalogue, forms } = readStarterCatalogue();
  const byCode = new Map(catalogue.map((c) => [c.code, c.data]));
  return forms
    .find((f) => f.code === formCode)!
    .indicators.map((i, position) => {
      const d = byCode.get(i.indicatorCode)!;
      return { code: i.indicatorCode, nameVi: d.nameVi, unit: d.unit, valueType: d.valueType, decimals: d.decimals, maxValue: d.maxValue ?? null, disaggregations: d.disaggregations, position } as FormIndicator;
    });
}
