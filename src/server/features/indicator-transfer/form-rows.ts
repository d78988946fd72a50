import { asc, eq } from 'drizzle-orm';
import { disaggregations, type Disaggregation } from '../../../shared/api/indicators.js';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { indicators, reportFormIndicators, reportForms } from '../indicators/tables.js';

export type FormIndicator = {
  code: string;
  nameVi: string;
  unit: string;
  valueType: string;
  decimals: number;
  maxValue: number | null;
  disaggregations: string[];
  position: number;
};
export type LoadedForm = {
  id: string;
  code: string;
  name: string;
  unitKind: string;
  frequency: string;
  deadlineDays: number;
  version: number;
  indicators: FormIndicator[];
  /** Indicators by code, for checking files. */
  byCode: Map<string, FormIndicator>;
};

/** One line of a report: an indicator's total ('') or one of its disaggregated parts. */
export type FormRow = { indicator: FormIndicator; part: string };

export const partLabels: Record<string, string> = {
  'sex:female': 'Nữ',
  'sex:male': 'Nam',
  'ethnicity:minority': 'Dân tộc thiểu số',
  'ethnicity:kinh': 'Dân tộc Kinh',
};

/** The form with its indicators in the form's order; 404 when there is no such form. */
export async function loadForm(db: Db, formId: string): Promise<LoadedForm> {
  const [form] = await db.select().from(reportForms).where(eq(reportForms.id, formId));
  if (!form) throw new AppError('NOT_FOUND', 'Biểu mẫu báo cáo không tồn tại.');
  const rows = await db
    .select({
      code: indicators.code,
      nameVi: indicators.nameVi,
      unit: indicators.unit,
      valueType: indicators.valueType,
      decimals: indicators.decimals,
      maxValue: indicators.maxValue,
      disaggregations: indicators.disaggregations,
      position: reportFormIndicators.position,
    })
    .from(reportFormIndicators)
    .innerJoin(indicators, eq(indicators.code, reportFormIndicators.indicatorCode))
    .where(eq(reportFormIndicators.formId, formId))
    .orderBy(asc(reportFormIndicators.position), asc(indicators.code));
  const list = rows.map((r) => ({ ...r, maxValue: r.maxValue === null ? null : Number(r.maxValue) }));
  return { ...form, indicators: list, byCode: new Map(list.map((i) => [i.code, i])) };
}

/** The parts an indicator is reported by: the total, then each disaggregation's parts. */
export function partsOf(indicator: FormIndicator): string[] {
  return ['', ...indicator.disaggregations.flatMap((d) => [...(disaggregations[d as Disaggregation] ?? [])])];
}

export function formRows(form: LoadedForm): FormRow[] {
  return form.indicators.flatMap((indicator) => partsOf(indicator).map((part) => ({ indicator, part })));
}
