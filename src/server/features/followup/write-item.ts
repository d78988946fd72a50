import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError, type FieldIssue } from '../../errors.js';
import { provinces } from '../admin-units/tables.js';
import { organisations } from '../organisations/tables.js';
import { workingVisits } from '../working-visits/tables.js';
import { searchKey } from '../../../shared/text/search.js';
import { followupFieldIssues, type FollowupItemData } from '../../../shared/api/followup.js';
import { followupItemBodies, followupItems, followupProgress } from './tables.js';

/*
 * The one way an item is written, whoever writes it: the item form, assignment to provinces,
 * conference outcomes, working visits, the UPR matrix and plan imports, and seed-demo. Callers
 * check the actor's rights first (shared/auth/followup-access.ts); these functions check that
 * every id the item carries exists, and keep the search key and the timeline's first entry.
 */

/** What an item is written with: the form's fields plus the links only the server sets. */
export type FollowupItemWrite = FollowupItemData & {
  parentId?: string | null;
  conferenceId?: string | null;
  conferenceOutcomeId?: string | null;
  sample?: boolean;
};

/** Text, reference, plan, recommending States and the lead body's name, folded: what the list's search looks in. */
export function followupSearchKey(item: Pick<FollowupItemWrite, 'text' | 'reference' | 'planNumber' | 'planTitle' | 'recommendingStates'>, leadName: string | null): string {
  return searchKey([item.reference, item.text, item.planNumber, item.planTitle, ...item.recommendingStates, leadName].filter(Boolean).join(' '));
}

/**
 * Field issues of an item's references (organisations, province, working visit) and cross-field
 * rules, or [] when all hold. Several items (an import) are checked with one query per table.
 */
export async function followupReferenceIssues(db: Db, items: readonly FollowupItemWrite[], pathPrefix = (_i: number) => ''): Promise<FieldIssue[]> {
  const orgIds = [...new Set(items.flatMap((i) => [i.leadOrganisationId, ...i.cooperatingOrganisationIds].filter((x): x is string => Boolean(x))))];
  const provinceCodes = [...new Set(items.flatMap((i) => (i.provinceCode ? [i.provinceCode] : [])))];
  const visitIds = [...new Set(items.flatMap((i) => (i.visitId ? [i.visitId] : [])))];
  const foundOrgs = new Set(orgIds.length ? (await db.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, orgIds))).map((r) => r.id) : []);
  const foundProvinces = new Set(
    provinceCodes.length ? (await db.select({ code: provinces.code }).from(provinces).where(inArray(provinces.code, provinceCodes))).map((r) => r.code) : [],
  );
  const foundVisits = new Set(visitIds.length ? (await db.select({ id: workingVisits.id }).from(workingVisits).where(inArray(workingVisits.id, visitIds))).map((r) => r.id) : []);
  const issues: FieldIssue[] = [];
  items.forEach((item, index) => {
    const at = (field: string) => `${pathPrefix(index)}${field}`;
    for (const issue of followupFieldIssues(item)) issues.push({ path: at(issue.path), message: issue.message });
    if (item.leadOrganisationId && !foundOrgs.has(item.leadOrganisationId)) issues.push({ path: at('leadOrganisationId'), message: 'Cơ quan chủ trì không có trong danh bạ cơ quan.' });
    item.cooperatingOrganisationIds.forEach((id, i) => {
      if (!foundOrgs.has(id)) issues.push({ path: at(`cooperatingOrganisationIds.${i}`), message: 'Cơ quan phối hợp không có trong danh bạ cơ quan.' });
    });
    if (item.provinceCode && !foundProvinces.has(item.provinceCode)) issues.push({ path: at('provinceCode'), message: `Không có tỉnh mã ${item.provinceCode}.` });
    if (item.visitId && !foundVisits.has(item.visitId)) issues.push({ path: at('visitId'), message: 'Đoàn công tác không tồn tại.' });
  });
  return issues;
}

/** Throws a VALIDATION problem naming every issue, so nothing is saved. */
export async function assertFollowupReferences(db: Db, items: readonly FollowupItemWrite[], pathPrefix?: (i: number) => string): Promise<void> {
  const issues = await followupReferenceIssues(db, items, pathPrefix);
  if (issues.length) throw new AppError('VALIDATION', issues.slice(0, 5).map((i) => i.message).join(' '), { errors: issues });
}

async function leadNames(db: Db, items: readonly FollowupItemWrite[]): Promise<Map<string, string>> {
  const ids = [...new Set(items.flatMap((i) => (i.leadOrganisationId ? [i.leadOrganisationId] : [])))];
  if (!ids.length) return new Map();
  const rows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * Inserts items (already checked) with their co-operating bodies and a 'created' timeline entry,
 * inside the caller's transaction; returns their ids in order. Imports call it with thousands of
 * items: rows go in batches.
 */
export async function insertFollowupItems(db: Db, items: readonly FollowupItemWrite[], actorId: string | null, createdNote = ''): Promise<string[]> {
  const names = await leadNames(db, items);
  const ids: string[] = [];
  const batch = 500;
  for (let start = 0; start < items.length; start += batch) {
    const slice = items.slice(start, start + batch);
    const rows = await db
      .insert(followupItems)
      .values(
        slice.map(({ cooperatingOrganisationIds: _bodies, ...item }) => ({
          ...item,
          searchKey: followupSearchKey(item, item.leadOrganisationId ? (names.get(item.leadOrganisationId) ?? null) : null),
          createdBy: actorId,
        })),
      )
      .returning({ id: followupItems.id });
    const sliceIds = rows.map((r) => r.id);
    const bodies = slice.flatMap((item, i) => item.cooperatingOrganisationIds.map((organisationId) => ({ itemId: sliceIds[i]!, organisationId })));
    if (bodies.length) await db.insert(followupItemBodies).values(bodies).onConflictDoNothing();
    await db.insert(followupProgress).values(
      slice.map((item, i) => ({ itemId: sliceIds[i]!, entryDate: item.itemDate, eventKind: 'created', text: createdNote, toStatus: 'not_started', createdBy: actorId })),
    );
    ids.push(...sliceIds);
  }
  return ids;
}

/** Rewrites an item's search key after its text or lead body changed (inside the caller's transaction). */
export async function refreshFollowupSearchKey(db: Db, itemId: string): Promise<void> {
  const [row] = await db
    .select({
      text: followupItems.text,
      reference: followupItems.reference,
      planNumber: followupItems.planNumber,
      planTitle: followupItems.planTitle,
      recommendingStates: followupItems.recommendingStates,
      leadName: organisations.name,
    })
    .from(followupItems)
    .leftJoin(organisations, eq(organisations.id, followupItems.leadOrganisationId))
    .where(eq(followupItems.id, itemId));
  if (!row) return;
  await db.update(followupItems).set({ searchKey: followupSearchKey(row, row.leadName) }).where(eq(followupItems.id, itemId));
}

/** An item of `kind` with every optional field empty: what imports and conversions start from. */
export function emptyFollowupFields(kind: FollowupItemData['kind'], text: string, itemDate: string): FollowupItemData {
  return {
    kind,
    nature: null,
    reference: null,
    text,
    leadOrganisationId: null,
    cooperatingOrganisationIds: [],
    provinceCode: null,
    itemDate,
    dueDate: null,
    visitId: null,
    uprCycle: null,
    uprPosition: null,
    recommendingStates: [],
    treaty: null,
    session: null,
    paragraph: null,
    planNumber: null,
    planDate: null,
    planTitle: null,
    themes: [],
    sdgs: [],
    affectedPersons: [],
  };
}
