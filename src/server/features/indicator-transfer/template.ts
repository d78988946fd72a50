import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import type { TemplateQuery } from '../../../shared/api/indicator-transfer.js';
import { reportRefusal } from '../../../shared/auth/indicator-access.js';
import { parsePeriod, periodLabel } from '../../../shared/indicators/periods.js';
import { formatViDate } from '../../../shared/text/index.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { indicatorReports, indicatorValues } from '../indicators/tables.js';
import { formRows, loadForm, partLabels } from './form-rows.js';
import { COLUMNS, HEADER_ROW, MARKER_SHEET, TEMPLATE_SHEET, type TemplateMarker } from './template-layout.js';
import { periodRefusal } from './targets.js';
import { resolveUnits, unitKey } from './units.js';
import { and } from 'drizzle-orm';

const GREY = 'FFF2F2F2';
const HEADER_FILL = 'FFDDEBF7';
const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const vnNumber = '#,##0.##;-#,##0.##';

/**
 * The Excel template of one report: the unit and period written on top, one line per indicator
 * and per disaggregated part, the current draft's figures filled in. Everything but the figures
 * and the comment is locked (sheet protection without a password: it prevents slips, not
 * tampering, which the hidden marker and the import's checks catch). 403 when the person may
 * not report for the unit; 400 naming the field when the period does not fit the form.
 */
export async function renderTemplate(db: Db, actor: Actor, query: TemplateQuery): Promise<{ fileName: string; bytes: Buffer }> {
  const form = await loadForm(db, query.formId);
  const unit = (await resolveUnits(db, [query])).get(unitKey(query.unitKind, query.unitCode));
  if (!unit) throw new AppError('VALIDATION', 'Đơn vị báo cáo không có trong danh mục.', { errors: [{ path: 'unitCode', message: 'Đơn vị báo cáo không có trong danh mục.' }] });
  const refusal = reportRefusal(actor, unit);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  const periodProblem = periodRefusal(form, unit, query.period);
  if (periodProblem) throw new AppError('VALIDATION', periodProblem, { errors: [{ path: 'period', message: periodProblem }] });
  const period = parsePeriod(query.period)!;

  const [report] = await db
    .select({ id: indicatorReports.id, status: indicatorReports.status })
    .from(indicatorReports)
    .where(and(eq(indicatorReports.formId, form.id), eq(indicatorReports.unitKind, unit.unitKind), eq(indicatorReports.unitCode, unit.unitCode), eq(indicatorReports.period, period.code)));
  if (report && report.status !== 'draft' && report.status !== 'returned') {
    throw new AppError('CONFLICT', `Báo cáo của ${unit.unitName} kỳ ${periodLabel(period)} đã ${report.status === 'approved' ? 'được phê duyệt' : 'nộp'}; không còn nhập số liệu được.`);
  }
  const values = report ? await db.select().from(indicatorValues).where(eq(indicatorValues.reportId, report.id)) : [];
  const valueOf = new Map(values.map((v) => [`${v.indicatorCode}|${v.part}`, v]));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'rights-desk';
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  for (const c of Object.values(COLUMNS)) sheet.getColumn(c.n).width = c.width;
  sheet.getColumn(COLUMNS.part.n).hidden = true;

  const top: [string, string][] = [
    ['BÁO CÁO CHỈ TIÊU BẢO ĐẢM QUYỀN CON NGƯỜI', ''],
    ['Biểu mẫu:', `${form.code} — ${form.name}`],
    ['Đơn vị báo cáo:', unit.unitName],
    ['Kỳ báo cáo:', `${periodLabel(period)} (${period.code}), từ ${formatViDate(period.start)} đến ${formatViDate(period.end)}`],
    ['Cách nhập:', 'Chỉ nhập vào các ô nền trắng. Số viết kiểu Việt Nam: dấu chấm ngăn hàng nghìn, dấu phẩy thập phân (1.234,5). Để trống ô chưa có số liệu.'],
  ];
  top.forEach(([label, text], i) => {
    const row = sheet.getRow(i + 1);
    row.getCell(1).value = label;
    row.getCell(2).value = text;
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: 'top' };
    if (i === 0) {
      sheet.mergeCells(1, 1, 1, COLUMNS.comment.n);
      row.getCell(1).font = { bold: true, size: 14 };
      row.getCell(1).alignment = { horizontal: 'center' };
      row.height = 24;
    } else {
      sheet.mergeCells(i + 1, 2, i + 1, COLUMNS.comment.n);
      row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      row.height = i === 4 ? 32 : 18;
    }
  });

  const header = sheet.getRow(HEADER_ROW);
  for (const c of Object.values(COLUMNS)) {
    const cell = header.getCell(c.n);
    cell.value = c.heading;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = border;
  }
  header.height = 32;

  let r = HEADER_ROW + 1;
  for (const { indicator, part } of formRows(form)) {
    const row = sheet.getRow(r);
    const v = valueOf.get(`${indicator.code}|${part}`);
    const ratio = indicator.valueType === 'ratio';
    row.getCell(COLUMNS.code.n).value = indicator.code;
    row.getCell(COLUMNS.name.n).value = part ? `    Trong đó: ${partLabels[part] ?? part}` : indicator.nameVi;
    row.getCell(COLUMNS.unit.n).value = indicator.unit;
    row.getCell(COLUMNS.part.n).value = part;
    const num = (x: string | null | undefined) => (x === null || x === undefined ? null : Number(x));
    row.getCell(COLUMNS.target.n).value = num(v?.target);
    row.getCell(COLUMNS.value.n).value = num(v?.value);
    row.getCell(COLUMNS.numerator.n).value = num(v?.numerator);
    row.getCell(COLUMNS.denominator.n).value = num(v?.denominator);
    row.getCell(COLUMNS.comment.n).value = v?.comment ?? null;
    const editable: number[] = [COLUMNS.target.n, COLUMNS.value.n, COLUMNS.comment.n, ...(ratio ? [COLUMNS.numerator.n, COLUMNS.denominator.n] : [])];
    for (let c = 1; c <= COLUMNS.comment.n; c += 1) {
      const cell = row.getCell(c);
      cell.border = border;
      cell.alignment = { vertical: 'top', wrapText: c === COLUMNS.name.n || c === COLUMNS.comment.n };
      if (editable.includes(c)) {
        cell.protection = { locked: false };
        if (c !== COLUMNS.comment.n) {
          cell.numFmt = indicator.decimals > 0 ? `#,##0.${'0'.repeat(indicator.decimals)}` : vnNumber;
          cell.dataValidation = numberRule(indicator.valueType, indicator.maxValue, c === COLUMNS.value.n || c === COLUMNS.target.n);
        } else {
          cell.dataValidation = { type: 'textLength', operator: 'lessThanOrEqual', formulae: [2000], allowBlank: true, showErrorMessage: true, errorTitle: 'Ghi chú quá dài', error: 'Ghi chú tối đa 2.000 ký tự.' };
        }
      } else {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GREY } };
      }
    }
    if (!part) row.getCell(COLUMNS.name.n).font = { bold: true };
    // Long names wrap in column B: give the line room for them (about 60 characters a line).
    row.height = Math.max(18, Math.ceil(String(row.getCell(COLUMNS.name.n).value).length / 60) * 16);
    r += 1;
  }
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  const marker: TemplateMarker = { app: 'rights-desk', kind: 'indicator-template', formCode: form.code, formVersion: form.version, unitKind: unit.unitKind, unitCode: unit.unitCode, period: period.code };
  const hidden = workbook.addWorksheet(MARKER_SHEET, { state: 'veryHidden' });
  hidden.getCell('A1').value = JSON.stringify(marker);

  const fileName = `Mẫu ${form.code} - ${unit.unitName} - ${period.code}`;
  return { fileName, bytes: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

/** Excel's own check while typing: a number, whole and not negative for a count, within 0–max for a percentage. */
function numberRule(valueType: string, maxValue: number | null, bounded: boolean): ExcelJS.DataValidation {
  const message = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Giá trị không hợp lệ' } as const;
  if (valueType === 'count') return { ...message, type: 'whole', operator: 'between', formulae: [0, 1e15], error: 'Nhập số nguyên không âm (ví dụ 17.670).' };
  if ((valueType === 'percent' || valueType === 'ratio') && bounded) {
    const max = maxValue ?? 100;
    return { ...message, type: 'decimal', operator: 'between', formulae: [0, max], error: `Nhập tỷ lệ từ 0 đến ${String(max).replace('.', ',')} (ví dụ 97,5).` };
  }
  return { ...message, type: 'decimal', operator: 'between', formulae: [valueType === 'number' ? -1e15 : 0, 1e15], error: 'Nhập một số (ví dụ 1.234,5).' };
}
