import { reportingUnitKinds } from '../../../shared/api/indicators.js';
import { indicatorTransferLimits, longCsvColumns, type IndicatorImportResult } from '../../../shared/api/indicator-transfer.js';
import { parsePeriod } from '../../../shared/indicators/periods.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { Actor } from '../auth/actor.js';
import { csvRecords } from './csv-records.js';
import { readMachineNumber, valueTypeProblem } from './cell-numbers.js';
import { CopyBuffer, LineChunks } from './copy-in.js';
import { loadForm, partsOf } from './form-rows.js';
import { importResult, type Upload } from './import-common.js';
import { RowErrors } from './row-errors.js';
import { resolveTargets, type TargetKey } from './targets.js';
import { copyFreshValues, finishImport, freshLineTail, recordImportEvents, startImport, writeStagedValues } from './write-values.js';

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
  const text = csvText(upload.bytes, upload.fileName);
  const records = csvRecords(text, rowLimit);
  const header = (records.next().value ?? []).map((h) => h.trim().toLowerCase());
  if (header.join(',') !== longCsvColumns.join(',')) {
    throw new AppError('VALIDATION', `Dòng tiêu đề của tệp CSV phải đúng là: ${longCsvColumns.join(',')}.`, {
      errors: [{ path: 'row 1, column A', message: `Dòng 1: tiêu đề phải là ${longCsvColumns.join(',')} (đang là “${header.join(',').slice(0, 120)}”).` }],
    });
  }
  // Looked up once per indicator and per period, not per line: a million lines name 50 of each.
  const slots = new Map<string, number>();
  const slotCodes: string[] = [];
  const slotParts: string[] = [];
  for (const indicator of form.indicators) {
    for (const part of partsOf(indicator)) {
      slots.set(`${indicator.code}|${part}`, slotCodes.length);
      slotCodes.push(indicator.code);
      slotParts.push(part);
    }
  }
  const periodOk = new Map<string, boolean>();
  const errors = new RowErrors();
  const keys = new Map<string, TargetKey & { row: number; index: number; filled: Uint8Array }>();
  const keyList: string[] = [];
  // One entry per accepted line: which (unit, period), which indicator part, and the numbers as written.
  const lineKey: number[] = [];
  const lineSlot: number[] = [];
  const lineValue: string[] = [];
  const lineTarget: string[] = [];
  let row = 1;
  for (const f of records) {
    row += 1;
    if (f[0]!.trim() === '' && f.every((c) => c.trim() === '')) continue;
    if (f.length !== longCsvColumns.length) {
      errors.add(row, 1, 'dòng', `có ${f.length} cột, cần đúng ${longCsvColumns.length} cột (${longCsvColumns.join(',')}).`);
      continue;
    }
    const unitKind = f[0]!.trim();
    const unitCode = f[1]!.trim();
    const period = f[2]!.trim().toUpperCase();
    const code = f[3]!.trim().toUpperCase();
    const part = f[4]!.trim();
    const before = errors.size;
    if (!kinds.has(unitKind)) errors.add(row, COL.unitKind, 'unit_kind', `“${unitKind.slice(0, 30)}” không phải loại đơn vị (${reportingUnitKinds.join(', ')}).`);
    if (!unitCode) errors.add(row, COL.unitCode, 'unit_code', 'thiếu mã đơn vị.');
    let validPeriod = periodOk.get(period);
    if (validPeriod === undefined) periodOk.set(period, (validPeriod = parsePeriod(period) !== null));
    if (!validPeriod) errors.add(row, COL.period, 'period', `“${period.slice(0, 20)}” không phải kỳ báo cáo (2024, 2024-Q2, 2024-M05, 2024-YTD06).`);
    const indicator = form.byCode.get(code);
    const slot = slots.get(`${code}|${part}`);
    if (!indicator) errors.add(row, COL.indicator, 'indicator_code', `chỉ tiêu “${code.slice(0, 40)}” không có trong biểu mẫu ${form.code}.`);
    else if (slot === undefined) {
      const parts = partsOf(indicator);
      errors.add(row, COL.part, 'part', `chỉ tiêu ${code} không có phân tổ “${part.slice(0, 30)}” (để trống cho số tổng${parts.length > 1 ? `; có: ${parts.slice(1).join(', ')}` : ''}).`);
    }
    const value = f[COL.value - 1]!.trim();
    const target = f[COL.target - 1]!.trim();
    for (const [col, heading, written] of [[COL.value, 'value', value], [COL.target, 'target', target]] as const) {
      const n = readMachineNumber(written);
      if (!n.ok) errors.add(row, col, heading, n.message);
      else if (n.value !== null && indicator) {
        const problem = valueTypeProblem(n.value, indicator);
        if (problem) errors.add(row, col, heading, problem);
      }
    }
    if (errors.size > before) continue;
    const key = `${unitKind}|${unitCode}|${period}`;
    let entry = keys.get(key);
    if (!entry) {
      entry = { unitKind, unitCode, period, row, index: keyList.length, filled: new Uint8Array(slotCodes.length) };
      keys.set(key, entry);
      keyList.push(key);
    }
    if (entry.filled[slot!]) {
      errors.add(row, COL.indicator, 'indicator_code', `giá trị của ${code}${part ? ` (${part})` : ''} cho ${unitCode} kỳ ${period} đã có ở dòng trên; mỗi giá trị chỉ ghi một lần.`);
      continue;
    }
    entry.filled[slot!] = 1;
    lineKey.push(entry.index);
    lineSlot.push(slot!);
    lineValue.push(value);
    lineTarget.push(target);
  }
  if (lineKey.length === 0 && errors.size === 0) throw new AppError('BAD_REQUEST', 'Tệp không có dòng số liệu nào dưới dòng tiêu đề.');

  return db.transaction(async (tx) => {
    const { targets, refusals } = await resolveTargets(tx, actor, form, [...keys.values()]);
    for (const [key, refusal] of refusals) {
      if (refusal.forbidden) errors.forbidden = true;
      const first = keys.get(key)!;
      const col = refusal.on === 'period' ? COL.period : COL.unitCode;
      errors.add(first.row, col, refusal.on === 'period' ? 'period' : 'unit_code', `${refusal.message} (mọi dòng của ${first.unitCode} kỳ ${first.period})`);
    }
    errors.throwIfAny();
    const importId = await startImport(tx, actor, form.id, 'csv', upload.fileName);
    const reportOf = keyList.map((k) => targets.get(k)!.reportId);
    const createdOf = keyList.map((k) => targets.get(k)!.created);
    const tail = freshLineTail(importId);
    // COPY lines written directly: codes, parts and numbers were checked above and need no escaping.
    // Values of drafts created by this file go straight into indicator_values; the others are staged and upserted.
    const fresh = new LineChunks();
    const staged = new CopyBuffer();
    const existing = new LineChunks();
    for (let i = 0; i < lineKey.length; i += 1) {
      const k = lineKey[i]!;
      const line = `${reportOf[k]}\t${slotCodes[lineSlot[i]!]}\t${slotParts[lineSlot[i]!]}\t${lineValue[i] || '\\N'}\t\\N\t\\N\t${lineTarget[i] || '\\N'}\t\\N`;
      if (createdOf[k]) fresh.push(line + tail);
      else existing.push(`${line}\n`);
    }
    staged.chunks.push(...existing.done());
    await copyFreshValues(tx, fresh.done());
    await writeStagedValues(tx, actor, staged, ['value', 'target'], importId);
    const counts = new Map<string, number>();
    for (const key of keyList) counts.set(targets.get(key)!.reportId, keys.get(key)!.filled.reduce((a, b) => a + b, 0));
    const created = new Set([...targets.values()].filter((t) => t.created).map((t) => t.reportId));
    await finishImport(tx, importId, counts);
    await recordImportEvents(tx, actor, counts, { fileKind: 'csv', fileName: upload.fileName, importId }, created);
    return importResult('csv', form, [...targets.values()], counts);
  });
}
