import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { FollowupItem, FollowupItemData } from '../../../shared/api/followup.js';
import { editRefusal } from '../../../shared/auth/followup-access.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import { assertOpen, assertReachableReferences, assertVersion, forbidden, invalid } from './guards.js';
import { getFollowupItem, readableItem } from './read.js';
import { followupItemBodies, followupItems, followupProgress } from './tables.js';
import { assertFollowupReferences, insertFollowupItems, refreshFollowupSearchKey } from './write-item.js';

/** Creates an item from the form (the actor must manage its province, or the nation for a national item). */
export async function createFollowupItem(db: Db, actor: Actor, data: FollowupItemData): Promise<FollowupItem> {
  forbidden(editRefusal(actor, data));
  await assertFollowupReferences(db, [data]);
  await assertReachableReferences(db, actor, data);
  const id = await db.transaction(async (tx) => {
    const [created] = await insertFollowupItems(tx, [data], actor.id);
    await recordAudit(tx, actor, { action: 'create', entityType: 'followup_item', entityId: created!, provinceCode: data.provinceCode, after: data });
    return created!;
  });
  return getFollowupItem(db, actor, id);
}

/**
 * Replaces an open item's fields when `version` is still current. Its kind stays (a UPR
 * recommendation does not become a plan task), a province's copy stays in its province, and a
 * closed item must be reopened first.
 */
export async function updateFollowupItem(db: Db, actor: Actor, id: string, body: FollowupItemData & { version: number }): Promise<FollowupItem> {
  const { version, ...data } = body;
  await db.transaction(async (tx) => {
    const before = await readableItem(tx, actor, id, true);
    forbidden(editRefusal(actor, before));
    forbidden(editRefusal(actor, data));
    assertVersion(before.version, version);
    assertOpen(before.status, 'sửa nội dung');
    if (data.kind !== before.kind) throw invalid('kind', 'Không đổi được loại của việc theo dõi đã tạo; hãy tạo việc mới.');
    if (before.parentId && data.provinceCode !== before.provinceCode) throw invalid('provinceCode', 'Việc được giao cho tỉnh không chuyển được sang tỉnh khác.');
    if (data.provinceCode !== before.provinceCode && (await tx.select({ id: followupItems.id }).from(followupItems).where(eq(followupItems.parentId, id)).limit(1)).length) {
      throw invalid('provinceCode', 'Việc đã giao cho các tỉnh phải giữ là việc cấp quốc gia.');
    }
    await assertFollowupReferences(tx, [data]);
    await assertReachableReferences(tx, actor, data);
    const { cooperatingOrganisationIds, ...columns } = data;
    await tx
      .update(followupItems)
      .set({ ...columns, version: before.version + 1, updatedAt: new Date() })
      .where(eq(followupItems.id, id));
    await tx.delete(followupItemBodies).where(eq(followupItemBodies.itemId, id));
    if (cooperatingOrganisationIds.length) await tx.insert(followupItemBodies).values(cooperatingOrganisationIds.map((organisationId) => ({ itemId: id, organisationId })));
    await refreshFollowupSearchKey(tx, id);
    const { searchKey: _key, ...kept } = before;
    await recordAudit(tx, actor, { action: 'update', entityType: 'followup_item', entityId: id, provinceCode: data.provinceCode, before: kept, after: data });
  });
  return getFollowupItem(db, actor, id);
}

/** Deletes an item entered by mistake: only while its timeline holds nothing but its creation. */
export async function deleteFollowupItem(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await readableItem(tx, actor, id, true);
    forbidden(editRefusal(actor, before));
    const [worked] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(followupProgress)
      .where(and(eq(followupProgress.itemId, id), ne(followupProgress.eventKind, 'created')));
    if (Number(worked?.n ?? 0) > 0) {
      throw new AppError('CONFLICT', 'Việc đã có tiến độ, thay đổi trạng thái hoặc đã giao cho tỉnh nên không xóa được; nếu không thực hiện, hãy chuyển trạng thái "Không thực hiện" kèm lý do.');
    }
    await tx.delete(followupItems).where(eq(followupItems.id, id));
    const { searchKey: _key, ...kept } = before;
    await recordAudit(tx, actor, { action: 'delete', entityType: 'followup_item', entityId: id, provinceCode: before.provinceCode, before: kept });
  });
}
