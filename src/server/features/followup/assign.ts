import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { editRefusal } from '../../../shared/auth/followup-access.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/record.js';
import { provinces } from '../admin-units/tables.js';
import { todayInVietnam } from '../indicator-reports/report-access.js';
import { organisations } from '../organisations/tables.js';
import { assertOpen, forbidden, invalid } from './guards.js';
import { readableItem, type ItemRow } from './read.js';
import { followupItems, followupProgress } from './tables.js';
import { insertFollowupItems, type FollowupItemWrite } from './write-item.js';

export type AssignInput = { provinceCodes: string[]; dueDate: string | null; leadOrganisationIds: Record<string, string> };

/** The copy of a national item for one province: the same content, its own lead body, status and timeline. */
function copyFor(parent: ItemRow, bodies: string[], provinceCode: string, leadOrganisationId: string | null, dueDate: string | null): FollowupItemWrite {
  return {
    kind: parent.kind as FollowupItemWrite['kind'],
    nature: parent.nature as FollowupItemWrite['nature'],
    reference: parent.reference,
    text: parent.text,
    leadOrganisationId,
    cooperatingOrganisationIds: bodies.filter((b) => b !== leadOrganisationId),
    provinceCode,
    itemDate: parent.itemDate,
    dueDate,
    visitId: parent.visitId,
    uprCycle: parent.uprCycle,
    uprPosition: parent.uprPosition as FollowupItemWrite['uprPosition'],
    recommendingStates: parent.recommendingStates,
    treaty: parent.treaty as FollowupItemWrite['treaty'],
    session: parent.session,
    paragraph: parent.paragraph,
    planNumber: parent.planNumber,
    planDate: parent.planDate,
    planTitle: parent.planTitle,
    themes: parent.themes as FollowupItemWrite['themes'],
    sdgs: parent.sdgs,
    affectedPersons: parent.affectedPersons,
    parentId: parent.id,
    conferenceId: parent.conferenceId,
    conferenceOutcomeId: parent.conferenceOutcomeId,
    sample: parent.sample,
  };
}

/**
 * Assigns a national item to provinces (the Standing Office): one tracked copy per province, each
 * with its own status, rolled up on the national item; provinces that already have a copy are
 * skipped. Each province's lead body, when given, must be a national body or one of that province.
 */
export async function assignFollowupItem(db: Db, actor: Actor, id: string, input: AssignInput): Promise<{ created: number; skipped: string[] }> {
  return db.transaction(async (tx) => {
    const parent = await readableItem(tx, actor, id, true);
    forbidden(editRefusal(actor, parent));
    if (parent.provinceCode !== null || parent.parentId !== null) throw new AppError('CONFLICT', 'Chỉ giao được việc cấp quốc gia cho các tỉnh; việc này đã là việc của một tỉnh.');
    assertOpen(parent.status, 'giao cho các tỉnh');
    const codes = [...new Set(input.provinceCodes)];
    const known = new Set((await tx.select({ code: provinces.code }).from(provinces).where(inArray(provinces.code, codes))).map((p) => p.code));
    const unknown = input.provinceCodes.findIndex((c) => !known.has(c));
    if (unknown >= 0) throw invalid(`provinceCodes.${unknown}`, `Không có tỉnh mã ${input.provinceCodes[unknown]}.`);
    const dueDate = input.dueDate ?? parent.dueDate;
    if (dueDate && dueDate < parent.itemDate) throw invalid('dueDate', 'Hạn hoàn thành không được trước ngày giao việc.');
    const leadIds = [...new Set(Object.values(input.leadOrganisationIds))];
    const leads = new Map(
      (leadIds.length ? await tx.select({ id: organisations.id, provinceCode: organisations.provinceCode }).from(organisations).where(inArray(organisations.id, leadIds)) : []).map((o) => [o.id, o.provinceCode]),
    );
    for (const [code, orgId] of Object.entries(input.leadOrganisationIds)) {
      const path = `leadOrganisationIds.${code}`;
      if (!codes.includes(code)) throw invalid(path, `Tỉnh mã ${code} không nằm trong các tỉnh được giao.`);
      if (!leads.has(orgId)) throw invalid(path, 'Cơ quan chủ trì không có trong danh bạ cơ quan.');
      const orgProvince = leads.get(orgId);
      if (orgProvince !== null && orgProvince !== code) throw invalid(path, 'Cơ quan chủ trì phải là cơ quan trung ương hoặc cơ quan của tỉnh được giao.');
    }
    const existing = new Set((await tx.select({ code: followupItems.provinceCode }).from(followupItems).where(eq(followupItems.parentId, id))).map((r) => r.code));
    const skipped = codes.filter((c) => existing.has(c));
    const toCreate = codes.filter((c) => !existing.has(c));
    if (toCreate.length) {
      const bodies = parent.cooperatingOrganisationIds.length
        ? await tx.select({ id: organisations.id, provinceCode: organisations.provinceCode }).from(organisations).where(inArray(organisations.id, parent.cooperatingOrganisationIds))
        : [];
      const bodiesOf = (code: string) => bodies.filter((b) => b.provinceCode === null || b.provinceCode === code).map((b) => b.id);
      const copies = toCreate.map((code) => copyFor(parent, bodiesOf(code), code, input.leadOrganisationIds[code] ?? null, dueDate));
      await insertFollowupItems(tx, copies, actor.id, 'Được giao từ việc theo dõi cấp quốc gia.');
      const today = todayInVietnam();
      const names = (await tx.select({ name: provinces.name }).from(provinces).where(inArray(provinces.code, toCreate)).orderBy(provinces.code)).map((p) => p.name);
      await tx.insert(followupProgress).values({
        itemId: id,
        entryDate: today < parent.itemDate ? parent.itemDate : today,
        eventKind: 'assigned',
        text: `Giao cho ${toCreate.length} tỉnh, thành phố: ${names.join(', ')}.`,
        createdBy: actor.id,
      });
      await tx.update(followupItems).set({ version: parent.version + 1, updatedAt: new Date() }).where(eq(followupItems.id, id));
      await recordAudit(tx, actor, { action: 'assign', entityType: 'followup_item', entityId: id, provinceCode: null, after: { provinceCodes: toCreate, dueDate, leadOrganisationIds: input.leadOrganisationIds } });
    }
    return { created: toCreate.length, skipped };
  });
}
