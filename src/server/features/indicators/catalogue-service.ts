import { refreshAggregatesOfIndicator } from './aggregates.js';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import {
  indicatorInputSchema,
  indicatorUpdateSchema,
  type Indicator,
  type IndicatorInput,
  type IndicatorListQuery,
} from '../../../shared/api/indicators.js';
import { searchKey } from '../../../shared/text/index.js';
import { recordAudit } from '../audit/record.js';
import type { Actor } from '../auth/actor.js';
import { checkIndicatorDefinition, type IndicatorData } from './catalogue-rules.js';
import { findIndicatorRow, indicatorHasValues, listIndicatorRows } from './queries.js';
import { indicators } from './tables.js';
import { toIndicator } from './to-indicator.js';

const invalid = (issues: Array<{ path: string; message: string }>) =>
  new AppError('VALIDATION', issues.map((i) => i.message).join(' '), { errors: issues });

/** The folded text a search matches: code, both names, unit and SDG target. */
export const indicatorSearchKey = (code: string, d: Pick<IndicatorData, 'nameVi' | 'nameEn' | 'unit' | 'sdgTarget'>) =>
  searchKey([code, code.replaceAll('_', ' '), d.nameVi, d.nameEn ?? '', d.unit, d.sdgTarget ?? ''].join(' '));

/** The table's columns for a definition, maxValue as the numeric column's text. */
export const indicatorColumns = (code: string, data: IndicatorData) => ({
  ...data,
  maxValue: data.maxValue === null ? null : String(data.maxValue),
  searchKey: indicatorSearchKey(code, data),
});

function definitionOf(raw: unknown, schema: typeof indicatorInputSchema | typeof indicatorUpdateSchema): IndicatorData {
  const { data, issues } = checkIndicatorDefinition(schema.parse(raw) as IndicatorData);
  if (issues.length) throw invalid(issues);
  return data;
}

export async function listIndicators(db: Db, query: IndicatorListQuery): Promise<{ items: Indicator[]; total: number }> {
  const words = query.q ? searchKey(query.q).split(' ').filter(Boolean) : [];
  const { items, total } = await listIndicatorRows(db, { words, domain: query.domain, active: query.active }, query.page, query.pageSize);
  return { items: items.map(toIndicator), total };
}

export async function getIndicator(db: Db, code: string): Promise<Indicator> {
  const row = await findIndicatorRow(db, code);
  if (!row) throw notFound(`Chỉ tiêu mã ${code}`);
  return toIndicator(row);
}

/** Adds an indicator to the catalogue; 409 when its code is taken (codes are never reused for another meaning). */
export async function createIndicator(db: Db, actor: Actor, raw: IndicatorInput): Promise<Indicator> {
  const code = indicatorInputSchema.shape.code.parse(raw.code);
  const data = definitionOf(raw, indicatorInputSchema);
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx.insert(indicators).values({ code, ...indicatorColumns(code, data) }).onConflictDoNothing().returning();
    if (!inserted) {
      const existing = await findIndicatorRow(tx, code);
      const message = `Mã chỉ tiêu ${code} đã có trong danh mục${existing ? ` („${existing.nameVi}”)` : ''}. Mã chỉ tiêu không đổi được và không dùng lại; hãy chọn mã khác.`;
      throw new AppError('CONFLICT', message, { errors: [{ path: 'code', message }] });
    }
    await recordAudit(tx, actor, { action: 'create', entityType: 'indicator', entityId: code, provinceCode: null, after: { code, ...data } });
    return inserted;
  });
  return toIndicator(row);
}

/**
 * Corrects an indicator's definition while `version` is current (409 when someone saved first).
 * The code stays: it is how forms, values and other systems' files refer to the indicator.
 */
export async function updateIndicator(db: Db, actor: Actor, code: string, raw: unknown): Promise<Indicator> {
  const parsed = indicatorUpdateSchema.parse(raw);
  const data = definitionOf(raw, indicatorUpdateSchema);
  const row = await db.transaction(async (tx) => {
    const before = await findIndicatorRow(tx, code);
    if (!before) throw notFound(`Chỉ tiêu mã ${code}`);
    const { version: _v, ...definition } = data as IndicatorData & { version?: number };
    // Stored values were entered as counts, money or parts of a ratio: changing what they are
    // would silently change every figure already reported.
    const changesMeaning = before.valueType !== definition.valueType || before.ratioScale !== definition.ratioScale;
    if (changesMeaning && (await indicatorHasValues(tx, code))) {
      const message = `Chỉ tiêu ${code} đã có số liệu báo cáo nên không đổi được kiểu giá trị hay hệ số; hãy tạo chỉ tiêu mới với mã khác và ngừng dùng chỉ tiêu này.`;
      throw new AppError('CONFLICT', message, { errors: [{ path: before.valueType !== definition.valueType ? 'valueType' : 'ratioScale', message }] });
    }
    const [updated] = await tx
      .update(indicators)
      .set({ ...indicatorColumns(code, definition), version: parsed.version + 1, updatedAt: new Date() })
      .where(and(eq(indicators.code, code), eq(indicators.version, parsed.version)))
      .returning();
    if (!updated) {
      throw new AppError('CONFLICT', `Chỉ tiêu ${code} vừa được người khác sửa. Hãy tải lại để xem thay đổi rồi sửa tiếp.`);
    }
    // Dashboards read the kept aggregates: a new way of rolling up applies to what is already reported, now.
    if (before.aggregation !== definition.aggregation) await refreshAggregatesOfIndicator(tx, code);
    await recordAudit(tx, actor, { action: 'update', entityType: 'indicator', entityId: code, provinceCode: null, before: toIndicator(before), after: { code, ...definition } });
    return updated;
  });
  return toIndicator(row);
}
