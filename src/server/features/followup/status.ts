import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { FollowupItem, FollowupStatus } from '../../../shared/api/followup.js';
import { isClosedStatus, statusRefusal } from '../../../shared/auth/followup-access.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import { todayInVietnam } from '../indicator-reports/report-access.js';
import { assertVersion, forbidden, invalid } from './guards.js';
import { getFollowupItem, readableItem, type ItemRow } from './read.js';
import { followupItems, followupProgress } from './tables.js';

export const statusLabels: Record<FollowupStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Đã hoàn thành',
  not_done: 'Không thực hiện',
};

/** A timeline entry's day: given by the person (work recorded later), never in the future nor before the item was given. */
export function assertEntryDate(item: Pick<ItemRow, 'itemDate'>, entryDate: string, path = 'entryDate', today = todayInVietnam()) {
  if (entryDate > today) throw invalid(path, 'Ngày ghi nhận không được sau ngày hôm nay.');
  if (entryDate < item.itemDate) throw invalid(path, 'Ngày ghi nhận không được trước ngày giao việc.');
}

/** The note a change needs: what was achieved on closing, why not on 'not_done', why on reopening. */
function requiredNote(from: string, to: FollowupStatus): string | null {
  if (to === 'done') return 'Nhập ghi chú kết quả khi đánh dấu đã hoàn thành.';
  if (to === 'not_done') return 'Nêu lý do không thực hiện.';
  if (isClosedStatus(from)) return 'Nêu lý do mở lại việc đã đóng.';
  return null;
}

export type StatusChange = { status: FollowupStatus; note: string; entryDate?: string | undefined; version: number };

/**
 * Moves an item to another status (the lead body, its province's secretariat, or the Standing
 * Office): closing writes the closing note, reopening clears it; each change is a timeline entry,
 * so reopening keeps the history.
 */
export async function changeFollowupStatus(db: Db, actor: Actor, id: string, change: StatusChange): Promise<FollowupItem> {
  await db.transaction(async (tx) => {
    const item = await readableItem(tx, actor, id, true);
    forbidden(statusRefusal(actor, item));
    assertVersion(item.version, change.version);
    if (change.status === item.status) throw new AppError('CONFLICT', `Việc đã ở trạng thái "${statusLabels[change.status]}".`);
    const needs = requiredNote(item.status, change.status);
    if (needs && !change.note) throw invalid('note', needs);
    const entryDate = change.entryDate ?? todayInVietnam();
    assertEntryDate(item, entryDate);
    const closing = isClosedStatus(change.status);
    const reopening = isClosedStatus(item.status) && !closing;
    const now = new Date();
    await tx
      .update(followupItems)
      .set({
        status: change.status,
        ...(closing ? { closingNote: change.note, closedAt: now, closedBy: actor.id } : reopening ? { closingNote: null, closedAt: null, closedBy: null } : {}),
        version: item.version + 1,
        updatedAt: now,
      })
      .where(eq(followupItems.id, id));
    await tx.insert(followupProgress).values({
      itemId: id,
      entryDate,
      eventKind: closing ? 'closed' : reopening ? 'reopened' : 'status',
      text: change.note,
      fromStatus: item.status,
      toStatus: change.status,
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: 'status',
      entityType: 'followup_item',
      entityId: id,
      provinceCode: item.provinceCode,
      before: { status: item.status, version: item.version },
      after: { status: change.status, version: item.version + 1, note: change.note },
    });
  });
  return getFollowupItem(db, actor, id);
}
