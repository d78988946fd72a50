import ExcelJS from 'exceljs';
import type { InjectOptions } from 'fastify';
import type { ConferenceInput } from '../../../shared/api/conferences.js';
import { CSV_CONTENT_TYPE, FILE_NAME_HEADER, XLSX_CONTENT_TYPE } from '../../../shared/api/participants.js';

export const POINT_MAIN = 'Điểm cầu chính - Hội trường UBND tỉnh';
export const POINT_HOA_AN = 'Điểm cầu xã Hòa An';
export const POINT_OFFLINE = 'Điểm cầu xã Quảng Lâm';

/** A hybrid conference in Cao Bằng (04) with three points; the third has no internet and reports 40 people. */
export const conferenceWithPoints = (): ConferenceInput => ({
  title: 'Hội nghị tập huấn công tác nhân quyền năm 2024',
  level: 'provincial',
  provinceCode: '04',
  startDate: '2024-06-13',
  format: 'hybrid',
  status: 'held',
  connectionPoints: [
    { name: POINT_MAIN, level: 'province', provinceCode: '04', isMain: true },
    { name: POINT_HOA_AN, level: 'commune', provinceCode: '04' },
    { name: POINT_OFFLINE, level: 'commune', provinceCode: '04', actualAttendance: 40, hasInternet: false },
  ],
});

/** An .xlsx file whose first sheet holds `rows` (the first row is the header). */
export async function xlsxOf(rows: string[][], sheetName = 'Danh sách'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads back every row of the first sheet of an .xlsx as strings (for checking the template). */
export async function rowsOfXlsx(bytes: Buffer, sheet = 1): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[sheet - 1]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

export const csvOf = (rows: string[][], separator = ',') =>
  rows.map((r) => r.map((c) => (/[",;\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(separator)).join('\r\n');

/** The inject options of an upload to `url` (a raw body with its type and name). */
export function upload(url: string, cookie: string, body: Buffer | string, kind: 'xlsx' | 'csv', fileName = `danh-sach.${kind}`): InjectOptions {
  return {
    method: 'POST',
    url,
    headers: { cookie, 'content-type': kind === 'xlsx' ? XLSX_CONTENT_TYPE : `${CSV_CONTENT_TYPE}; charset=utf-8`, [FILE_NAME_HEADER]: encodeURIComponent(fileName) },
    payload: body,
  };
}

export const TEMPLATE_SHAPED_HEADERS = ['Họ và tên', 'Cơ quan, đơn vị', 'Chức vụ', 'Điểm cầu', 'Liên hệ (không bắt buộc)'];
export const TEMPLATE_MAPPING = { name: 0, agency: 1, position: 2, connectionPoint: 3, contact: 4 };
export const mappingQuery = (mapping: object) => `mapping=${encodeURIComponent(JSON.stringify(mapping))}`;
