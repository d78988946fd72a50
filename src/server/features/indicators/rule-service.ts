import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import { indicatorRuleInputSchema, type IndicatorRule, type IndicatorRuleInput } from '../../../shared/api/indicators.js';
import { recordAudit } from '../audit/record.js';
import type { Actor } from '../auth/actor.js';
import { findRuleRow, indicatorRowsByCodes, listRuleRows } from './queries.js';
import { indicatorRules } from './tables.js';
import { toRule } from './to-indicator.js';

export async function listRules(db: Db): Promise<{ items: IndicatorRule[] }> {
  return { items: (await listRuleRows(db)).map(toRule) };
}

/** Adds a rule `left op right × factor` between two different indicators of the catalogue. */
export async function createRule(db: Db, actor: Actor, raw: IndicatorRuleInput): Promise<IndicatorRule> {
  const data = indicatorRuleInputSchema.parse(raw);
  const invalid = (path: string, message: string) => new AppError('VALIDATION', message, { errors: [{ path, message }] });
  if (data.leftCode === data.rightCode) throw invalid('rightCode', 'Quy tắc so sánh hai chỉ tiêu khác nhau; hãy chọn chỉ tiêu thứ hai khác chỉ tiêu thứ nhất.');
  const found = new Set((await indicatorRowsByCodes(db, [data.leftCode, data.rightCode])).map((r) => r.code));
  for (const [path, code] of [['leftCode', data.leftCode], ['rightCode', data.rightCode]] as const) {
    if (!found.has(code)) throw invalid(path, `Không có chỉ tiêu mã ${code} trong danh mục.`);
  }
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx.insert(indicatorRules).values({ ...data, factor: String(data.factor) }).returning();
    await recordAudit(tx, actor, { action: 'create', entityType: 'indicator_rule', entityId: inserted!.id, provinceCode: null, after: data });
    return inserted!;
  });
  return toRule(row);
}

export async function deleteRule(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await findRuleRow(tx, id);
    if (!before) throw notFound('Quy tắc kiểm tra');
    await tx.delete(indicatorRules).where(eq(indicatorRules.id, id));
    await recordAudit(tx, actor, { action: 'delete', entityType: 'indicator_rule', entityId: id, provinceCode: null, before: toRule(before) });
  });
}
