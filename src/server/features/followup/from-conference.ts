import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { notFound } from '../../errors.js';
import { editRefusal } from '../../../shared/auth/followup-access.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import { assertCanManageConference, canSeeConference } from '../conferences/access.js';
import { findConferenceTree } from '../conferences/queries.js';
import { conferenceOutcomes } from '../conferences/tables.js';
import { forbidden, invalid } from './guards.js';
import { followupItems } from './tables.js';
import { assertFollowupReferences, emptyFollowupFields, insertFollowupItems, type FollowupItemWrite } from './write-item.js';

/**
 * Turns a conference's directions and limitations into follow-up items, keeping the link to the
 * conference and the outcome (outcome ids survive conference edits). Those of a province's
 * conference are that province's items; a national conference's are national. Outcomes already
 * tracked are skipped, so the button may be pressed twice.
 */
export async function createFromConference(db: Db, actor: Actor, input: { conferenceId: string; outcomeIds: string[] }): Promise<{ itemIds: string[]; skipped: number }> {
  const tree = await findConferenceTree(db, input.conferenceId);
  const target = tree && { level: tree.row.level, provinceCode: tree.row.provinceCode, organisers: tree.organisers };
  if (!tree || !target || !canSeeConference(actor, target)) throw notFound('Hội nghị');
  assertCanManageConference(actor, target);
  const conference = tree.row;
  forbidden(editRefusal(actor, { provinceCode: conference.provinceCode }));
  return db.transaction(async (tx) => {
    const ids = [...new Set(input.outcomeIds)];
    const outcomes = await tx.select().from(conferenceOutcomes).where(and(eq(conferenceOutcomes.conferenceId, conference.id), inArray(conferenceOutcomes.id, ids)));
    const found = new Set(outcomes.map((o) => o.id));
    const stray = input.outcomeIds.findIndex((o) => !found.has(o));
    if (stray >= 0) throw invalid(`outcomeIds.${stray}`, 'Nội dung này không thuộc hội nghị đã chọn.');
    const tracked = new Set(
      (await tx.select({ id: followupItems.conferenceOutcomeId }).from(followupItems).where(and(inArray(followupItems.conferenceOutcomeId, ids), isNull(followupItems.parentId)))).map((r) => r.id),
    );
    const fresh = outcomes.filter((o) => !tracked.has(o.id)).sort((a, b) => a.position - b.position);
    const items: FollowupItemWrite[] = fresh.map((o) => ({
      ...emptyFollowupFields('conference', o.text, conference.startDate),
      nature: o.kind === 'limitation' ? 'limitation' : 'direction',
      leadOrganisationId: o.responsibleOrganisationId,
      provinceCode: conference.provinceCode,
      dueDate: o.dueDate && o.dueDate >= conference.startDate ? o.dueDate : null,
      conferenceId: conference.id,
      conferenceOutcomeId: o.id,
    }));
    if (!items.length) return { itemIds: [], skipped: ids.length };
    await assertFollowupReferences(tx, items, (i) => `outcomeIds.${input.outcomeIds.indexOf(items[i]!.conferenceOutcomeId!)}.`);
    const itemIds = await insertFollowupItems(tx, items, actor.id, `Từ hội nghị "${conference.title}".`);
    for (const [i, itemId] of itemIds.entries()) {
      await recordAudit(tx, actor, { action: 'create', entityType: 'followup_item', entityId: itemId, provinceCode: conference.provinceCode, after: items[i] });
    }
    return { itemIds, skipped: ids.length - itemIds.length };
  });
}
