import type { Db } from '../../db/client.js';
import type { FollowupList, FollowupListItem, FollowupListQuery, FollowupRollup } from '../../../shared/api/followup.js';
import type { Actor } from '../auth/actor.js';
import { todayInVietnam } from '../indicator-reports/report-access.js';
import { listCountParts, listPage, listWhere, rollupsOf, searchWords, type ListRow } from './list-query.js';

const iso = (v: string | Date) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

/** A list row as the contract has it (the roll-up looked up separately). */
export function toListItem(r: ListRow, rollup: FollowupRollup | null): FollowupListItem {
  return {
    id: r.id,
    kind: r.kind as FollowupListItem['kind'],
    nature: r.nature as FollowupListItem['nature'],
    reference: r.reference,
    text: r.text,
    leadOrganisation: r.lead_id ? { id: r.lead_id, name: r.lead_name ?? '' } : null,
    provinceCode: r.province_code,
    provinceName: r.province_name,
    itemDate: r.item_date,
    dueDate: r.due_date,
    status: r.status as FollowupListItem['status'],
    overdue: Boolean(r.overdue),
    dueSoon: Boolean(r.due_soon),
    parentId: r.parent_id,
    conferenceOutcomeId: r.conference_outcome_id,
    rollup,
    uprCycle: r.upr_cycle,
    uprPosition: r.upr_position as FollowupListItem['uprPosition'],
    treaty: r.treaty as FollowupListItem['treaty'],
    themes: r.themes ?? [],
    sample: r.sample,
    version: r.version,
    updatedAt: iso(r.updated_at),
  };
}

/**
 * The items the actor may read, filtered, searched and paged in SQL (a provincial account sees
 * national items and its own province's; asking for another province finds nothing). National
 * items of the page carry the roll-up of their provincial copies.
 */
export async function listFollowupItems(db: Db, actor: Actor, query: FollowupListQuery, today = todayInVietnam()): Promise<FollowupList> {
  const searched = searchWords(query.q).length > 0;
  const { rows, total, totalIsLowerBound } = await listPage(db, listWhere(actor, query, today), listCountParts(actor, query, today), today, { ...query, searched });
  const nationalIds = rows.filter((r) => r.province_code === null).map((r) => r.id);
  const rollups = await rollupsOf(db, nationalIds, today);
  return { items: rows.map((r) => toListItem(r, rollups.get(r.id) ?? null)), total, totalIsLowerBound };
}
