import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { FollowupItem } from '../../../shared/api/followup.js';
import { progressRefusal, statusRefusal } from '../../../shared/auth/followup-access.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import { readableFileIds } from '../files/access.js';
import { indicators } from '../indicators/tables.js';
import { assertOpen, forbidden, invalid } from './guards.js';
import { getFollowupItem, readableItem } from './read.js';
import { assertEntryDate } from './status.js';
import { followupItems, followupProgress, followupProgressFiles, followupProgressIndicators } from './tables.js';

export type ProgressData = { entryDate: string; text: string; fileIds: string[]; indicators: Array<{ indicatorCode: string; period: string }> };

/**
 * Records progress on an open item (the lead body, a co-operating body, or the level above), with
 * files the actor may read and indicators of the catalogue. The first progress on an item not yet
 * started starts it, in the same entry, when the actor may change its status.
 */
export async function addFollowupProgress(db: Db, actor: Actor, id: string, input: ProgressData): Promise<FollowupItem> {
  await db.transaction(async (tx) => {
    const item = await readableItem(tx, actor, id, true);
    forbidden(progressRefusal(actor, item));
    assertOpen(item.status, 'ghi nhận tiến độ');
    assertEntryDate(item, input.entryDate);
    const fileIds = [...new Set(input.fileIds)];
    const readable = await readableFileIds(tx, actor, fileIds);
    const unreadable = input.fileIds.findIndex((f) => !readable.has(f));
    if (unreadable >= 0) throw invalid(`fileIds.${unreadable}`, 'Tệp đính kèm không tồn tại hoặc bạn không có quyền dùng tệp này; hãy tải tệp lên lại.');
    const codes = [...new Set(input.indicators.map((i) => i.indicatorCode))];
    const known = new Set(codes.length ? (await tx.select({ code: indicators.code }).from(indicators).where(inArray(indicators.code, codes))).map((r) => r.code) : []);
    const unknown = input.indicators.findIndex((i) => !known.has(i.indicatorCode));
    if (unknown >= 0) throw invalid(`indicators.${unknown}.indicatorCode`, `Không có chỉ tiêu mã ${input.indicators[unknown]!.indicatorCode} trong danh mục.`);
    const starts = item.status === 'not_started' && statusRefusal(actor, item) === null;
    const [entry] = await tx
      .insert(followupProgress)
      .values({ itemId: id, entryDate: input.entryDate, eventKind: 'progress', text: input.text, createdBy: actor.id, ...(starts ? { fromStatus: 'not_started', toStatus: 'in_progress' } : {}) })
      .returning({ id: followupProgress.id });
    if (fileIds.length) await tx.insert(followupProgressFiles).values(fileIds.map((fileId) => ({ progressId: entry!.id, fileId })));
    const links = [...new Map(input.indicators.map((l) => [`${l.indicatorCode}|${l.period}`, l])).values()];
    if (links.length) await tx.insert(followupProgressIndicators).values(links.map((l) => ({ progressId: entry!.id, indicatorCode: l.indicatorCode, period: l.period })));
    await tx
      .update(followupItems)
      .set({ ...(starts ? { status: 'in_progress' } : {}), version: item.version + 1, updatedAt: new Date() })
      .where(eq(followupItems.id, id));
    await recordAudit(tx, actor, {
      action: 'progress',
      entityType: 'followup_item',
      entityId: id,
      provinceCode: item.provinceCode,
      after: { progressId: entry!.id, entryDate: input.entryDate, text: input.text, fileIds, indicators: links, ...(starts ? { status: 'in_progress' } : {}) },
    });
  });
  return getFollowupItem(db, actor, id);
}
