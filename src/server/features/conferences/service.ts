import { eq, and } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError, notFound } from '../../errors.js';
import {
  conferenceInputSchema,
  type Conference,
  type ConferenceData,
  type ConferenceInput,
  type ConferenceListItem,
  type ConferenceListQuery,
} from '../../../shared/api/conferences.js';
import { searchKey } from '../../../shared/text/index.js';
import { recordAudit } from '../audit/record.js';
import type { Actor } from '../auth/actor.js';
import { communes, legacyProvinces, provinces } from '../admin-units/tables.js';
import {
  fileIdsOfConference,
  findConferenceTree,
  listConditions,
  listConferenceRows,
  organisationsByIds,
  organiserNamesOf,
  type ConferenceTree,
} from './queries.js';
import { assertCanManageConference, canSeeConference, visibilityFor, type ConferenceAccessTarget } from './access.js';
import { readableFileIds } from '../files/access.js';
import { conferenceRuleIssues } from './rules.js';
import { conferences } from './tables.js';
import { toConference } from './to-conference.js';
import { connectionPointIdsOf, writeConferenceChildren } from './write-children.js';

const todayInVietnam = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

export { visibilityFor } from './access.js';
export { deleteConference, restoreConference } from './trash.js';

const accessTargetOf = (tree: ConferenceTree): ConferenceAccessTarget => ({
  level: tree.row.level,
  provinceCode: tree.row.provinceCode,
  organisers: tree.organisers,
});

async function loadVisibleTree(db: Db, actor: Actor, id: string): Promise<ConferenceTree> {
  const tree = await findConferenceTree(db, id);
  if (!tree || !canSeeConference(actor, accessTargetOf(tree))) throw notFound('Hội nghị');
  return tree;
}

/**
 * Checks every reference the input carries (provinces, communes, registry bodies, stored files,
 * connection points) and derives the current province from an old one. Returns the data with
 * its province and the organisers with the province each belongs to, for the manage rule.
 */
async function resolveReferences(
  db: Db,
  actor: Actor,
  data: ConferenceData,
  conferenceId: string | null,
): Promise<{ data: ConferenceData; organisers: ConferenceAccessTarget['organisers'] }> {
  const invalid = (path: string, message: string) => new AppError('VALIDATION', message, { errors: [{ path, message }] });
  let provinceCode = data.provinceCode;
  if (data.legacyProvinceCode) {
    const [legacy] = await db.select().from(legacyProvinces).where(eq(legacyProvinces.code, data.legacyProvinceCode));
    if (!legacy) throw invalid('legacyProvinceCode', `Không có tỉnh cũ mã ${data.legacyProvinceCode}.`);
    if (provinceCode && provinceCode !== legacy.successorCode) {
      throw invalid('provinceCode', `${legacy.name} đã hợp nhất vào tỉnh mã ${legacy.successorCode}, không phải ${provinceCode}.`);
    }
    provinceCode = legacy.successorCode;
  }
  const provinceCodes = new Set([provinceCode, ...data.connectionPoints.map((p) => p.provinceCode)].filter((c): c is string => Boolean(c)));
  for (const code of provinceCodes) {
    const [p] = await db.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, code));
    if (!p) throw invalid(code === provinceCode ? 'provinceCode' : 'connectionPoints', `Không có tỉnh mã ${code}.`);
  }
  const communeRefs: Array<[string, string | null]> = [
    ['communeCode', data.communeCode],
    ...data.connectionPoints.map((p, i): [string, string | null] => [`connectionPoints.${i}.communeCode`, p.communeCode]),
  ];
  for (const [path, code] of communeRefs) {
    if (!code) continue;
    const [c] = await db.select({ provinceCode: communes.provinceCode }).from(communes).where(eq(communes.code, code));
    if (!c) throw invalid(path, `Không có xã mã ${code}.`);
    if (path === 'communeCode' && c.provinceCode !== provinceCode) throw invalid(path, `Xã mã ${code} không thuộc tỉnh đã chọn.`);
  }
  // Every reference to the registry, with the field it came from, so the form can point at it.
  const orgRefs: Array<[string, string | null]> = [
    ...data.organisers.map((o, i): [string, string | null] => [`organisers.${i}.organisationId`, o.organisationId]),
    ...data.connectionPoints.map((p, i): [string, string | null] => [`connectionPoints.${i}.hostOrganisationId`, p.hostOrganisationId]),
    ...data.officials.map((o, i): [string, string | null] => [`officials.${i}.organisationId`, o.organisationId]),
    ...data.agenda.map((a, i): [string, string | null] => [`agenda.${i}.speakerOrganisationId`, a.speakerOrganisationId]),
    ...data.outcomes.map((o, i): [string, string | null] => [`outcomes.${i}.responsibleOrganisationId`, o.responsibleOrganisationId]),
  ];
  const orgIds = [...new Set(orgRefs.flatMap(([, id]) => (id ? [id] : [])))];
  const foundOrgs = await organisationsByIds(db, orgIds);
  const found = new Set(foundOrgs.map((o) => o.id));
  const missing = orgRefs.find(([, id]) => id && !found.has(id));
  if (missing) throw invalid(missing[0], `Cơ quan mã ${missing[1]} không có trong danh bạ.`);
  await checkFileReferences(db, actor, data, conferenceId);
  const sentPointIds = data.connectionPoints.flatMap((p) => (p.id ? [p.id] : []));
  if (sentPointIds.length) {
    const own = conferenceId ? await connectionPointIdsOf(db, conferenceId, sentPointIds) : new Set<string>();
    if (sentPointIds.some((id) => !own.has(id))) throw invalid('connectionPoints', 'Điểm cầu không thuộc hội nghị này.');
  }
  const organisers = data.organisers.map((o) => ({ id: o.organisationId, provinceCode: foundOrgs.find((f) => f.id === o.organisationId)!.provinceCode }));
  return { data: { ...data, provinceCode }, organisers };
}

/**
 * A material or source may point at a stored file only when the file exists and the actor may
 * read it; a file the conference already refers to stays, whoever uploaded it.
 */
async function checkFileReferences(db: Db, actor: Actor, data: ConferenceData, conferenceId: string | null) {
  const fileRefs: Array<[string, string]> = [
    ...data.materials.flatMap((m, i): Array<[string, string]> => (m.fileId ? [[`materials.${i}.fileId`, m.fileId]] : [])),
    ...data.sources.flatMap((s, i): Array<[string, string]> => (s.fileId ? [[`sources.${i}.fileId`, s.fileId]] : [])),
  ];
  if (!fileRefs.length) return;
  const already = conferenceId ? await fileIdsOfConference(db, conferenceId) : new Set<string>();
  const readable = await readableFileIds(db, actor, fileRefs.map(([, fileId]) => fileId).filter((id) => !already.has(id)));
  for (const [path, fileId] of fileRefs) {
    if (already.has(fileId) || readable.has(fileId)) continue;
    const message = 'Tệp đính kèm không tồn tại hoặc bạn không có quyền dùng tệp này. Hãy tải tệp lên lại.';
    throw new AppError('VALIDATION', message, { errors: [{ path, message }] });
  }
}

function parseInput(raw: ConferenceInput): ConferenceData {
  const data = conferenceInputSchema.parse(raw);
  const issues = conferenceRuleIssues(data, todayInVietnam());
  if (issues.length) throw new AppError('VALIDATION', issues.map((i) => i.message).join(' '), { errors: issues });
  return data;
}

async function buildSearchKey(db: Db, data: ConferenceData): Promise<string> {
  const orgs = await organisationsByIds(db, data.organisers.map((o) => o.organisationId));
  const names = [provinces, legacyProvinces];
  const placeNames: string[] = [];
  for (const [table, code] of [[names[0]!, data.provinceCode], [names[1]!, data.legacyProvinceCode]] as const) {
    if (!code) continue;
    const [row] = await db.select({ name: table.name }).from(table).where(eq(table.code, code));
    if (row) placeNames.push(row.name);
  }
  return searchKey(
    [
      data.title,
      data.venue ?? '',
      ...placeNames,
      ...orgs.flatMap((o) => [o.name, o.shortName ?? '']),
      ...data.agenda.flatMap((a) => [a.title, a.speakerName ?? '', a.speakerTitle ?? '']),
      ...data.officials.map((o) => o.name),
      ...data.audiences,
    ].join(' '),
  );
}

const columnsOf = (data: ConferenceData, key: string) => ({
  title: data.title,
  level: data.level,
  provinceCode: data.provinceCode,
  legacyProvinceCode: data.legacyProvinceCode,
  communeCode: data.communeCode,
  startDate: data.startDate,
  startTime: data.startTime,
  partOfDay: data.partOfDay,
  endDate: data.endDate,
  venue: data.venue,
  format: data.format,
  status: data.status,
  participantsPlanned: data.participantsPlanned,
  participantsActual: data.participantsActual,
  participantsQualifier: data.participantsQualifier,
  audiences: data.audiences,
  summary: data.summary,
  searchKey: key,
  themes: [...new Set(data.agenda.flatMap((a) => a.themes))],
});

/**
 * Work another feature must commit together with the conference (intake adds the source
 * document and its reported figures): it runs inside the same transaction, so either all of it
 * is saved or none.
 */
export type AlongsideWrite = (tx: Db, conferenceId: string) => Promise<void>;

/** Creates a conference and all its children in one transaction. */
export async function createConference(db: Db, actor: Actor, raw: ConferenceInput, alongside?: AlongsideWrite): Promise<Conference> {
  const { data, organisers } = await resolveReferences(db, actor, parseInput(raw), null);
  assertCanManageConference(actor, { ...data, organisers });
  const key = await buildSearchKey(db, data);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(conferences).values({ ...columnsOf(data, key), createdBy: actor.id }).returning();
    await writeConferenceChildren(tx, row!.id, data);
    await alongside?.(tx, row!.id);
    await recordAudit(tx, actor, { action: 'create', entityType: 'conference', entityId: row!.id, provinceCode: row!.provinceCode, after: data });
    return row!.id;
  });
  return toConference((await findConferenceTree(db, id))!);
}

/** Replaces a conference's content when `version` is still current; 409 when someone saved first. */
export async function updateConference(
  db: Db,
  actor: Actor,
  id: string,
  raw: ConferenceInput & { version: number },
  alongside?: AlongsideWrite,
): Promise<Conference> {
  const before = await loadVisibleTree(db, actor, id);
  assertCanManageConference(actor, accessTargetOf(before));
  const { data, organisers } = await resolveReferences(db, actor, parseInput(raw), id);
  assertCanManageConference(actor, { ...data, organisers });
  const key = await buildSearchKey(db, data);
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(conferences)
      .set({ ...columnsOf(data, key), version: raw.version + 1, updatedAt: new Date() })
      .where(and(eq(conferences.id, id), eq(conferences.version, raw.version)))
      .returning({ id: conferences.id });
    if (updated.length === 0) {
      throw new AppError('CONFLICT', 'Hội nghị này vừa được người khác cập nhật. Hãy tải lại để xem thay đổi rồi sửa tiếp.');
    }
    await writeConferenceChildren(tx, id, data);
    await alongside?.(tx, id);
    // A province's audit view filters by province: a conference moved away is recorded under the
    // province it left too, saying where it went, so that province sees it go.
    if (before.row.provinceCode && before.row.provinceCode !== data.provinceCode) {
      await recordAudit(tx, actor, { action: 'move_out', entityType: 'conference', entityId: id, provinceCode: before.row.provinceCode, before: toConference(before), after: { provinceCode: data.provinceCode } });
    }
    await recordAudit(tx, actor, { action: 'update', entityType: 'conference', entityId: id, provinceCode: data.provinceCode, before: toConference(before), after: data });
  });
  return toConference((await findConferenceTree(db, id))!);
}

export async function getConference(db: Db, actor: Actor, id: string): Promise<Conference> {
  return toConference(await loadVisibleTree(db, actor, id));
}

export async function listConferences(db: Db, actor: Actor, query: ConferenceListQuery): Promise<{ items: ConferenceListItem[]; total: number }> {
  const words = query.q ? searchKey(query.q).split(' ').filter(Boolean) : [];
  const where = listConditions({ ...query, words }, visibilityFor(actor));
  const { items, total } = await listConferenceRows(db, where, query.sort, query.page, query.pageSize);
  const organisers = await organiserNamesOf(db, items.map((i) => i.row.id));
  return {
    total,
    items: items.map(({ row, provinceName, legacyProvinceName, connectionPoints }) => ({
      id: row.id,
      title: row.title,
      date: row.startDate,
      endDate: row.endDate,
      province: row.provinceCode,
      provinceName,
      legacyProvince: row.legacyProvinceCode,
      legacyProvinceName,
      level: row.level as ConferenceListItem['level'],
      format: row.format as ConferenceListItem['format'],
      status: row.status as ConferenceListItem['status'],
      participants: row.participantsActual ?? row.participantsPlanned,
      participantsQualifier: row.participantsQualifier as ConferenceListItem['participantsQualifier'],
      connectionPoints,
      themes: row.themes,
      organisers: organisers.get(row.id) ?? [],
    })),
  };
}

