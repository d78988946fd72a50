import type { Disaggregation, Indicator, IndicatorRule, ReportForm } from '../../../shared/api/indicators.js';
import type { FormWithIndicators, IndicatorRow, IndicatorRuleRow } from './queries.js';

/** A catalogue row as the API answers it (numeric columns as numbers, times as ISO text). */
export function toIndicator(row: IndicatorRow): Indicator {
  return {
    code: row.code,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    unit: row.unit,
    valueType: row.valueType as Indicator['valueType'],
    decimals: row.decimals,
    domain: row.domain as Indicator['domain'],
    aggregation: row.aggregation as Indicator['aggregation'],
    higherIsBetter: row.higherIsBetter,
    maxValue: row.maxValue === null ? null : Number(row.maxValue),
    ratioScale: row.ratioScale,
    numeratorLabel: row.numeratorLabel,
    denominatorLabel: row.denominatorLabel,
    sdgTarget: row.sdgTarget,
    disaggregations: row.disaggregations as Disaggregation[],
    description: row.description,
    active: row.active,
    position: row.position,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toRule(row: IndicatorRuleRow): IndicatorRule {
  return {
    id: row.id,
    leftCode: row.leftCode,
    operator: row.operator as IndicatorRule['operator'],
    rightCode: row.rightCode,
    factor: Number(row.factor),
    severity: row.severity as IndicatorRule['severity'],
    message: row.message,
  };
}

export function toReportForm({ row, indicators }: FormWithIndicators): ReportForm {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    unitKind: row.unitKind as ReportForm['unitKind'],
    frequency: row.frequency as ReportForm['frequency'],
    deadlineDays: row.deadlineDays,
    active: row.active,
    version: row.version,
    indicators,
  };
}
