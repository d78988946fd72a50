import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError, notFound, type FieldIssue } from '../../errors.js';
import { followupItemFieldsSchema, dueSoonDays } from '../../../shared/api/followup.js';
import type {
  VisitCreateInput,
  VisitDetail,
  VisitFields,
  VisitListItem,
  VisitListQuery,
  VisitRecommendationsInput,
  VisitUpdateInput,
} from '../../../shared/api/working-visits.js';
import { visitCreateSchema, visitRecommendationsSchema, visitUpdateSchema } from '../../../shared/api/working-visits.js';
import { canReadFollowup, editRefusal, isClosedStatus } from '../../../shared/auth/followup-access.js';
import { searchKey } from '../../../shared/text/search.js';
import { provinces } from '../admin-units/tables.js';
import { recordAudit } from '../audit/record.js';
import { provinceScope, type Actor } from '../auth/actor.js';
import { assertFollowupReferences, insertFollowupItems, type FollowupItemWrite } from '../followup/write-item.js';
import { followupItems } from '../followup/tables.js';
import { findVisit, itemCountOfVisit, listVisitRows, organisationNames, visitConditions, visitItems, workedItemCount, type VisitRow } from './queries.js';
import { workingVisits } from './tables.js';
import { todayInVietnam } from '../../../shared/text/calendar.js';

/*
 * Working visits: who may read and change them follows the follow-up rules
 * (shared/auth/followup-access.ts) with the visited province as the item's province. Every id a
 * request carries is checked before anything is written, and a visit with its recommendations is
 * written in one transaction, so a bad recommendation saves nothing.
 */

export { todayInVietnam };
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const what = 'Đoàn công tác';

function isoOf(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

function assertMayEdit(actor: Actor, provinceCode: string | null) {
  const refusal = editRefusal(actor, { provinceCode });
  if (refusal) throw new AppError('FORBIDDEN', refusal);
}

async function loadReadable(db: Db, actor: Actor, id: string) {
  const found = await findVisit(db, id);
  if (!found || !canReadFollowup(actor, { provinceCode: found.row.provinceCode })) throw notFound(what);
  return found;
}

/** Field issues of the ids a visit carries (province, bodies), or []. */
async function referenceIssues(db: Db, data: VisitFields): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const orgIds = [data.leadOrganisationId, ...data.visitedUnits.map((u) => u.organisationId), ...data.members.map((m) => m.organisationId)].filter((x): x is string => Boolean(x));
  const names = await organisationNames(db, orgIds);
  if (data.provinceCode) {
    const [p] = await db.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, data.provinceCode));
    if (!p) issues.push({ path: 'provinceCode', message: `Không có tỉnh mã ${data.provinceCode}.` });
  }
  if (data.leadOrganisationId && !names.has(data.leadOrganisationId)) issues.push({ path: 'leadOrganisationId', message: 'Cơ quan chủ trì đoàn không có trong danh bạ cơ quan.' });
  data.visitedUnits.forEach((u, i) => {
    if (u.organisationId && !names.has(u.organisationId)) issues.push({ path: `visitedUnits.${i}.organisationId`, message: 'Đơn vị được làm việc không có trong danh bạ cơ quan.' });
  });
  data.members.forEach((m, i) => {
    if (m.organisationId && !names.has(m.organisationId)) issues.push({ path: `members.${i}.organisationId`, message: 'Cơ quan của thành viên đoàn không có trong danh bạ cơ quan.' });
  });
  return issues;
}

function throwIssues(issues: FieldIssue[]): void {
  if (issues.length) throw new AppError('VALIDATION', issues.slice(0, 5).map((i) => i.message).join(' '), { errors: issues });
}

/** The row's stored fields: visited units named from the registry when only chosen there, and the search key. */
async function storedFields(db: Db, data: VisitFields) {
  const names = await organisationNames(db, [data.leadOrganisationId, ...data.visitedUnits.map((u) => u.organisationId)].filter((x): x is string => Boolean(x)));
  const visitedUnits = data.visitedUnits.map((u) => ({ organisationId: u.organisationId, name: u.name || (u.organisationId ? (names.get(u.organisationId) ?? '') : '') }));
  const leadName = data.leadOrganisationId ? (names.get(data.leadOrganisationId) ?? null) : null;
  return {
    title: data.title,
    startDate: data.startDate,
    endDate: data.endDate,
    provinceCode: data.provinceCode,
    leadOrganisationId: data.leadOrganisationId,
    visitedUnits,
    members: data.members.map((m) => ({ name: m.name, position: m.position, organisationId: m.organisationId })),
    purpose: data.purpose,
    findings: data.findings,
    searchKey: searchKey([data.title, leadName, ...visitedUnits.map((u) => u.name), data.purpose].filter(Boolean).join(' ')),
  };
}

type Recommendation = VisitRecommendationsInput['recommendations'][number];

/** The follow-up items a visit's recommendations become: kind 'visit', the visit's province and start date. */
function itemsOf(visit: Pick<VisitRow, 'provinceCode' | 'startDate'>, visitId: string | null, recommendations: readonly Recommendation[]): FollowupItemWrite[] {
  return recommendations.map((r) =>
    followupItemFieldsSchema.parse({
      kind: 'visit',
      nature: r.nature,
      text: r.text,
      leadOrganisationId: r.leadOrganisationId ?? null,
      provinceCode: visit.provinceCode,
      itemDate: visit.startDate,
      dueDate: r.dueDate ?? null,
      visitId,
    }),
  );
}

/** What the list and the page both say of a visit. */
function headOf(v: VisitRow, provinceName: string | null, leadName: string | null) {
  return {
    id: v.id,
    title: v.title,
    startDate: v.startDate,
    endDate: v.endDate,
    provinceCode: v.provinceCode,
    provinceName,
    leadOrganisation: v.leadOrganisationId && leadName ? { id: v.leadOrganisationId, name: leadName } : null,
    sample: v.sample,
    version: v.version,
  };
}

function toListItem(r: Awaited<ReturnType<typeof listVisitRows>>['rows'][number]): VisitListItem {
  return {
    ...headOf(r.row, r.provinceName, r.leadName),
    visitedUnitNames: r.row.visitedUnits.map((u) => u.name),
    itemCount: Number(r.itemCount),
    openCount: Number(r.openCount),
    overdueCount: Number(r.overdueCount),
  };
}

export async function listVisits(db: Db, actor: Actor, query: VisitListQuery): Promise<{ items: VisitListItem[]; total: number }> {
  const words = query.q ? searchKey(query.q).split(' ').filter(Boolean) : [];
  const where = visitConditions({ provinceScope: provinceScope(actor), provinceCode: query.provinceCode, level: query.level, year: query.year, words });
  const { rows, total } = await listVisitRows(db, where, todayInVietnam(), query.page, query.pageSize);
  return { items: rows.map(toListItem), total };
}

export async function getVisit(db: Db, actor: Actor, id: string): Promise<VisitDetail> {
  const { row: v, provinceName, leadName } = await loadReadable(db, actor, id);
  const today = todayInVietnam();
  const soon = addDays(today, dueSoonDays);
  const items = (await visitItems(db, id)).filter((i) => canReadFollowup(actor, { provinceCode: i.provinceCode }));
  const memberOrgs = await organisationNames(db, v.members.flatMap((m) => (m.organisationId ? [m.organisationId] : [])));
  const editRefused = editRefusal(actor, { provinceCode: v.provinceCode });
  const worked = editRefused ? 0 : await workedItemCount(db, id);
  return {
    ...headOf(v, provinceName, leadName),
    visitedUnits: v.visitedUnits,
    members: v.members.map((m) => ({ ...m, organisationName: m.organisationId ? (memberOrgs.get(m.organisationId) ?? null) : null })),
    purpose: v.purpose,
    findings: v.findings,
    createdAt: isoOf(v.createdAt),
    updatedAt: isoOf(v.updatedAt),
    items: items.map((i) => {
      const open = !isClosedStatus(i.status);
      return {
        id: i.id,
        nature: i.nature as VisitDetail['items'][number]['nature'],
        reference: i.reference,
        text: i.text,
        leadOrganisation: i.leadId && i.leadName ? { id: i.leadId, name: i.leadName } : null,
        provinceCode: i.provinceCode,
        dueDate: i.dueDate,
        status: i.status as VisitDetail['items'][number]['status'],
        overdue: open && i.dueDate !== null && i.dueDate < today,
        dueSoon: open && i.dueDate !== null && i.dueDate >= today && i.dueDate <= soon,
      };
    }),
    refusals: {
      edit: editRefused,
      delete: editRefused ?? (worked ? deleteRefusalText(worked) : null),
    },
  };
}

const deleteRefusalText = (worked: number) =>
  `Không xóa được đoàn công tác: ${worked} việc theo dõi từ kiến nghị của đoàn đã được cập nhật tiến độ hoặc trạng thái. Giữ đoàn công tác để không mất lịch sử.`;

export async function createVisit(db: Db, actor: Actor, input: VisitCreateInput): Promise<VisitDetail> {
  const { recommendations, ...data } = visitCreateSchema.parse(input);
  assertMayEdit(actor, data.provinceCode);
  throwIssues(await referenceIssues(db, data));
  const drafts = itemsOf(data, null, recommendations);
  if (drafts.length) await assertFollowupReferences(db, drafts, (i) => `recommendations.${i}.`);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(workingVisits)
      .values({ ...(await storedFields(tx, data)), createdBy: actor.id })
      .returning();
    const itemIds = drafts.length ? await insertFollowupItems(tx, drafts.map((d) => ({ ...d, visitId: row!.id })), actor.id) : [];
    await recordAudit(tx, actor, { action: 'create', entityType: 'working_visit', entityId: row!.id, provinceCode: row!.provinceCode, after: { ...row, itemIds } });
    return row!.id;
  });
  return getVisit(db, actor, id);
}

export async function updateVisit(db: Db, actor: Actor, id: string, input: VisitUpdateInput): Promise<VisitDetail> {
  const { version, ...data } = visitUpdateSchema.parse(input);
  const { row: before } = await loadReadable(db, actor, id);
  assertMayEdit(actor, before.provinceCode);
  assertMayEdit(actor, data.provinceCode);
  throwIssues(await referenceIssues(db, data));
  if (data.provinceCode !== before.provinceCode && (await itemCountOfVisit(db, id)) > 0) {
    throwIssues([{ path: 'provinceCode', message: 'Đoàn công tác đã có việc theo dõi của tỉnh được khảo sát: không đổi được tỉnh. Tạo đoàn công tác mới nếu đã chọn nhầm tỉnh.' }]);
  }
  const conflict = () => new AppError('CONFLICT', 'Đoàn công tác vừa được người khác sửa. Tải lại trang để xem bản mới rồi sửa lại.');
  if (before.version !== version) throw conflict();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(workingVisits)
      .set({ ...(await storedFields(tx, data)), version: version + 1, updatedAt: new Date() })
      .where(and(eq(workingVisits.id, id), eq(workingVisits.version, version)))
      .returning();
    if (!row) throw conflict();
    await recordAudit(tx, actor, { action: 'update', entityType: 'working_visit', entityId: id, provinceCode: row.provinceCode, before, after: row });
  });
  return getVisit(db, actor, id);
}

export async function deleteVisit(db: Db, actor: Actor, id: string): Promise<void> {
  const { row: before } = await loadReadable(db, actor, id);
  assertMayEdit(actor, before.provinceCode);
  await db.transaction(async (tx) => {
    const worked = await workedItemCount(tx, id);
    if (worked) throw new AppError('CONFLICT', deleteRefusalText(worked));
    const removed = await tx.delete(followupItems).where(eq(followupItems.visitId, id)).returning({ id: followupItems.id });
    await tx.delete(workingVisits).where(eq(workingVisits.id, id));
    await recordAudit(tx, actor, { action: 'delete', entityType: 'working_visit', entityId: id, provinceCode: before.provinceCode, before: { ...before, removedItemIds: removed.map((r) => r.id) } });
  });
}

export async function addRecommendations(db: Db, actor: Actor, id: string, input: VisitRecommendationsInput): Promise<{ itemIds: string[] }> {
  const { recommendations } = visitRecommendationsSchema.parse(input);
  const { row: visit } = await loadReadable(db, actor, id);
  assertMayEdit(actor, visit.provinceCode);
  const drafts = itemsOf(visit, id, recommendations);
  await assertFollowupReferences(db, drafts, (i) => `recommendations.${i}.`);
  return db.transaction(async (tx) => {
    const itemIds = await insertFollowupItems(tx, drafts, actor.id);
    await recordAudit(tx, actor, { action: 'add_recommendations', entityType: 'working_visit', entityId: id, provinceCode: visit.provinceCode, after: { itemIds } });
    return { itemIds };
  });
}
