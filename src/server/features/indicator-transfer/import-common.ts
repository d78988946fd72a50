import type { IndicatorImportResult } from '../../../shared/api/indicator-transfer.js';
import type { UploadReadLimits } from '../files/upload-limits.js';
import type { LoadedForm } from './form-rows.js';
import type { Target } from './targets.js';

/** An uploaded file: its bytes, declared kind and name, and what reading it may cost. */
export type Upload = { bytes: Buffer; kind: 'xlsx' | 'csv'; fileName: string | null; limits?: UploadReadLimits };

export function importResult(fileKind: 'xlsx' | 'csv' | 'intake', form: LoadedForm, targets: Target[], counts: Map<string, number>): IndicatorImportResult {
  const reports = targets
    .map((t) => ({ reportId: t.reportId, formCode: form.code, unitKind: t.unitKind, unitCode: t.unitCode, unitName: t.unitName, period: t.period, created: t.created, values: counts.get(t.reportId) ?? 0 }))
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi') || a.period.localeCompare(b.period));
  return { fileKind, values: [...counts.values()].reduce((a, b) => a + b, 0), reports };
}
