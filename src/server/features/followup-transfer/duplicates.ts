import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { DraftItem } from '../../../shared/api/followup-transfer.js';
import type { Db } from '../../db/client.js';
import { followupItems } from '../followup/tables.js';
import { sameTextKey } from './drafts.js';

/*
 * What makes an imported item "already there": the same source (UPR cycle, treaty, or plan
 * number), the same province (or national), the same paragraph and the same text, folded. Only
 * tracked originals count, not the copies assigned to provinces.
 */

type Keyed = Pick<DraftItem, 'kind' | 'uprCycle' | 'treaty' | 'planNumber' | 'paragraph' | 'text' | 'provinceCode'>;

const groupKey = (i: Keyed) => JSON.stringify([i.kind, i.provinceCode, i.uprCycle, i.treaty, i.planNumber]);
export const duplicateKey = (i: Keyed) => `${groupKey(i)}|${i.paragraph ?? ''}|${sameTextKey(i.text)}`;

/** The keys among `items` that are already saved. One query per source (a cycle, a treaty, a plan) and province. */
export async function existingKeys(db: Db, items: readonly Keyed[]): Promise<Set<string>> {
  const groups = new Map<string, Keyed>();
  for (const item of items) groups.set(groupKey(item), item);
  const found = new Set<string>();
  for (const g of groups.values()) {
    const where: SQL[] = [eq(followupItems.kind, g.kind), isNull(followupItems.parentId)];
    where.push(g.provinceCode === null ? isNull(followupItems.provinceCode) : eq(followupItems.provinceCode, g.provinceCode));
    if (g.uprCycle !== null) where.push(eq(followupItems.uprCycle, g.uprCycle));
    if (g.treaty !== null) where.push(eq(followupItems.treaty, g.treaty));
    if (g.planNumber !== null) where.push(eq(followupItems.planNumber, g.planNumber));
    const rows = await db
      .select({ paragraph: followupItems.paragraph, text: followupItems.text })
      .from(followupItems)
      .where(and(...where));
    for (const r of rows) found.add(duplicateKey({ ...g, paragraph: r.paragraph, text: r.text }));
  }
  return found;
}

/** Marks rows already saved, and rows repeating one higher in the file, as duplicates. */
export async function markDuplicates<R extends { item: Keyed; duplicate: boolean; warnings: string[]; rowNumber: number }>(db: Db, rows: R[]): Promise<R[]> {
  const saved = await existingKeys(db, rows.map((r) => r.item));
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!row.item.text) continue;
    const key = duplicateKey(row.item);
    if (saved.has(key)) {
      row.duplicate = true;
      row.warnings.push('Đã nhập trước đây (cùng số hiệu và nội dung): sẽ bỏ qua.');
    } else if (seen.has(key)) {
      row.duplicate = true;
      row.warnings.push(`Trùng với dòng ${seen.get(key)}: sẽ bỏ qua.`);
    } else seen.set(key, row.rowNumber);
  }
  return rows;
}
