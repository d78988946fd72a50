import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client.js';
import { indicators, reportFormIndicators, reportForms } from '../indicators/tables.js';

/*
 * Arranging transfer tests: a small catalogue and forms inserted straight into the tables (the
 * catalogue's API is another feature's), and files built the way people and systems send them.
 */

export const TEST_INDICATORS = [
  { code: 'TX_JOBS', nameVi: 'Số lao động được giải quyết việc làm', unit: 'người', valueType: 'count', disaggregations: ['sex'] },
  { code: 'TX_BHXH', nameVi: 'Tỷ lệ tham gia bảo hiểm xã hội bắt buộc', unit: '%', valueType: 'percent', decimals: 1, disaggregations: [] },
  { code: 'TX_TRAIN', nameVi: 'Tỷ lệ lao động qua đào tạo nghề', unit: '%', valueType: 'ratio', decimals: 2, maxValue: '200', disaggregations: [] },
  { code: 'TX_HOUSE', nameVi: 'Kinh phí hỗ trợ nhà ở', unit: 'đồng', valueType: 'money', disaggregations: [] },
] as const;

export async function insertTestCatalogue(db: Db) {
  await db
    .insert(indicators)
    .values(TEST_INDICATORS.map((i, position) => ({ ...i, disaggregations: [...i.disaggregations], domain: 'work', aggregation: 'sum', searchKey: i.code.toLowerCase(), position })))
    .onConflictDoNothing();
}

/** A form of the unit kind and frequency holding the test indicators. */
export async function insertTestForm(db: Db, unitKind: string, frequency: string, codes: readonly string[] = TEST_INDICATORS.map((i) => i.code)) {
  const [row] = await db
    .insert(reportForms)
    .values({ code: `TF_${randomBytes(3).toString('hex').toUpperCase()}`, name: `Biểu mẫu thử ${unitKind} ${frequency}`, unitKind, frequency })
    .returning();
  await db.insert(reportFormIndicators).values(codes.map((indicatorCode, position) => ({ formId: row!.id, indicatorCode, position })));
  return row!;
}

/** Fills cells of a downloaded template: `fill(sheet)` writes what a person would type. */
export async function fillTemplate(bytes: Buffer, fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  fill(workbook.getWorksheet('Báo cáo')!);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The sheet row of an indicator's line (its total, or a part) in a template. */
export function rowOf(sheet: ExcelJS.Worksheet, code: string, part = ''): number {
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    if (sheet.getCell(r, 1).value === code && String(sheet.getCell(r, 9).value ?? '') === part) return r;
  }
  throw new Error(`no row for ${code} ${part}`);
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
