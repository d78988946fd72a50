import { reportingUnitKinds } from '../../../shared/api/indicators.js';
import { indicatorTransferLimits, longCsvColumns, type IndicatorImportResult } from '../../../shared/api/indicator-transfer.js';
import { parsePeriod } from '../../../shared/indicators/periods.js';
import { formatViNumber } from '../../../shared/text/index.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { CsvRowLimitExceeded, parseCsv } from '../participants/import/csv.js';
import { readMachineNumber, valueTypeProblem } from './cell-numbers.js';
import { CopyBuffer } from './copy-in.js';
import { loadForm, partsOf } from './form-rows.js';
import { importResult, type Upload } from './import-common.js';
import { RowErrors } from './row-errors.js';
import { resolveTargets, targetKey, type TargetKey } from './targets.js';
import { recordImportEvents, writeStagedValues } from './write-values.js';

const COL = { unitKind: 1, unitCode: 2, period: 3, indicator: 4, part: 5, value: 6, target: 7 } as const;
const kinds = new Set<string>(reportingUnitKinds);

/** Decodes a CSV upload: UTF-8 only (a legacy encoding would spoil Vietnamese names), BOM dropped. */
export function csvText(bytes: Buffer, fileName: string | null): string {
  const named = fileName ? `Tệp “${fileName}”` : 'Tệp gửi lên';
  if (bytes.length === 0) throw new AppError('BAD_REQUEST', `${named} trống.`);
  if (bytes.includes(0) || bytes.subarray(0, 2).toString('latin1') === 'PK') {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `${named} không phải tệp CSV (văn bản). Tệp Excel hãy gửi dưới dạng .xlsx.`);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `${named} không phải văn bản UTF-8. Hãy lưu lại dưới dạng “CSV UTF-8”.`);
  }
}

/**
 * Imports a long CSV (one value per line: unit, period, indicator, part, value, target) of one
 * form: many units and periods in one file. Every line is checked, every (unit, period) must be
 * one the person may report for and still open; then the whole file is written in one
 * transaction, or nothing is and every problem is listed with its line and column.
 * `rowLimit` is the web upload's limit; a command-line or benchmark caller may pass a larger one.
 */
export async function importLongCsv(db: Db, actor: Actor, formId: string, upload: Upload, rowLimit: number = indicatorTransferLimits.csvRows): Promise<IndicatorImportResult> {
  const form = await loadForm(db, formId);
  let rows: string[][];
  try {
    rows = parseCsv(csvText(upload.bytes, upload.fileName), ',', rowLimit + 1);
  } catch (error) {
    if (error instanceof CsvRowLimitExceeded) {
      throw new AppError('PAYLOAD_TOO_LARGE', `Tệp có hơn ${formatViNumber(rowLimit)} dòng số liệu, vượt giới hạn mỗi lần nhập. Hãy chia thành nhiều tệp (ví dụ theo kỳ hoặc theo tỉnh).`);
    }
    throw error;
  }
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header.join(',') !== longCsvColumns.join(',')) {
    throw new AppError('VALIDATION', `Dòng tiêu đề của tệp CSV phải đúng là: ${longCsvColumns.join(',')}.`, {
      errors: [{ path: 'row 1, column A', message: `Dòng 1: tiêu đề phải là ${longCsvColumns.join(',')} (đang là “${(rows[0] ?? []).join(',').slice(0, 120)}”).` }],
    });
  }
  const errors = new RowErrors();
  const keys = new Map<string, TargetKey & { row: number }>();
  const seen = new Set<string>();
  type Line = { key: string; code: string; part: string; value: number | null; target: number | null };
  const lines: Line[] = [];
  for (let i = 1; i < rows.length; i += 1) {
    const f = rows[i]!;
    const row = i + 1;
    if (f.every((c) => c.trim() === '')) continue;
    if (f.length !== longCsvColumns.length) {
      errors.add(row, 1, 'dòng', `có ${f.length} cột, cần đúng ${longCsvColumns.length} cột (${longCsvColumns.join(',')}).`);
      continue;
    }
    const unitKind = f[0]!.trim();
    const unitCode = f[1]!.trim();
    const period = f[2]!.trim().toUpperCase();
    const code = f[3]!.trim().toUpperCase();
    const part = f[4]!.trim();
    let ok = true;
    const bad = (col: number, heading: string, message: string) => {
      errors.add(row, col, heading, message);
      ok = false;
    };
    if (!kinds.has(unitKind)) bad(COL.unitKind, 'unit_kind', `“${unitKind.slice(0, 30)}” không phải loại đơn vị (${reportingUnitKinds.join(', ')}).`);
    if (!unitCode) bad(COL.unitCode, 'unit_code', 'thiếu mã đơn vị.');
    if (!parsePeriod(period)) bad(COL.period, 'period', `“${period.slice(0, 20)}” không phải kỳ báo cáo (2024, 2024-Q2, 2024-M05, 2024-YTD06).`);
    const indicator = form.byCode.get(code);
    if (!indicator) bad(COL.indicator, 'indicator_code', `chỉ tiêu “${code.slice(0, 40)}” không có trong biểu mẫu ${form.code}.`);
    else if (!partsOf(indicator).includes(part)) bad(COL.part, 'part', `chỉ tiêu ${code} không có phân tổ “${part.slice(0, 30)}” (để trống cho số tổng${partsOf(indicator).length > 1 ? `; có: ${partsOf(indicator).slice(1).join(', ')}` : ''}).`);
    const numbers: (number | null)[] = [];
    for (const [col, heading] of [[COL.value, 'value'], [COL.target, 'target']] as const) {
      const n = readMachineNumber(f[col - 1]!);
      if (!n.ok) bad(col, heading, n.message);
      else if (n.value !== null && indicator) {
        const problem = valueTypeProblem(n.value, indicator);
        if (problem) bad(col, heading, problem);
      }
      numbers.push(n.ok ? n.value : null);
    }
    if (!ok) continue;
    const key = targetKey({ unitKind, unitCode, period });
    const valueKey = `${key}|${code}|${part}`;
    if (seen.has(valueKey)) {
      errors.add(row, COL.indicator, 'indicator_code', `giá trị của ${code}${part ? ` (${part})` : ''} cho ${unitCode} kỳ ${period} đã có ở dòng trên; mỗi giá trị chỉ ghi một lần.`);
      continue;
    }
    seen.add(valueKey);
    if (!keys.has(key)) keys.set(key, { unitKind, unitCode, period, row });
    lines.push({ key, code, part, value: numbers[0]!, target: numbers[1]! });
  }
  if (lines.length === 0 && errors.size === 0) throw new AppError('BAD_REQUEST', 'Tệp không có dòng số liệu nào dưới dòng tiêu đề.');

  return db.transaction(async (tx) => {
    const { targets, refusals } = await resolveTargets(tx, actor, form, [...keys.values()]);
    for (const [key, refusal] of refusals) {
      if (refusal.forbidden) errors.forbidden = true;
      const first = keys.get(key)!;
      const col = refusal.on === 'period' ? COL.period : COL.unitCode;
      errors.add(first.row, col, refusal.on === 'period' ? 'period' : 'unit_code', `${refusal.message} (mọi dòng của ${first.unitCode} kỳ ${first.period})`);
    }
    errors.throwIfAny();
    const staged = new CopyBuffer();
    const counts = new Map<string, number>();
    for (const l of lines) {
      const reportId = targets.get(l.key)!.reportId;
      staged.push([reportId, l.code, l.part, l.value, null, null, l.target, null]);
      counts.set(reportId, (counts.get(reportId) ?? 0) + 1);
    }
    const source = { kind: 'import', fileKind: 'csv', fileName: upload.fileName, at: new Date().toISOString() };
    await writeStagedValues(tx, actor, staged, ['value', 'target'], source);
    await recordImportEvents(tx, actor, counts, { fileKind: 'csv', fileName: upload.fileName });
    return importResult('csv', form, [...targets.values()], counts);
  });
}
