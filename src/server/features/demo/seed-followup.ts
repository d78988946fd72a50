import fs from 'node:fs';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { searchKey } from '../../../shared/text/index.js';
import { followupItemFieldsSchema } from '../../../shared/api/followup.js';
import type { OrganisationKind } from '../../../shared/api/organisations.js';
import type { Actor } from '../auth/actor.js';
import { resolveProvinceName } from '../admin-units/resolve-place.js';
import { conferenceOutcomes, conferences } from '../conferences/tables.js';
import { followupItems } from '../followup/tables.js';
import { addFollowupProgress } from '../followup/progress.js';
import { changeFollowupStatus } from '../followup/status.js';
import { insertFollowupItems, type FollowupItemWrite } from '../followup/write-item.js';
import { createOrganisation } from '../organisations/service.js';
import { organisations } from '../organisations/tables.js';
import { workingVisits } from '../working-visits/tables.js';

/*
 * Follow-up demo data: the seed conferences' directions and limitations become follow-up items
 * (linked to their outcome), the Standing Office's working visit to Bình Định's provincial police
 * on 20/04/2023 (seed article 001) is recorded with its guidance as an item, and a few UPR-style
 * recommendations marked as sample data (`sample`, shown with a "dữ liệu mẫu" badge) show the
 * national items, assignment to provinces and linked figures. Safe to run again.
 */

type SampleItem = Omit<Partial<FollowupItemWrite>, 'kind' | 'text' | 'itemDate'> & {
  kind: FollowupItemWrite['kind'];
  text: string;
  itemDate: string;
  /** Provinces (by current name) the national item is assigned to. */
  assignTo?: string[];
  /** What a province's copy went through: progress (linked figures), then possibly a new status. */
  progress?: Array<{ province: string; entryDate: string; text: string; indicators?: Array<{ indicatorCode: string; period: string }>; status?: 'done' | 'not_done'; note?: string }>;
};

const standingOffice = 'Văn phòng Thường trực Ban Chỉ đạo Nhân quyền của Chính phủ';

async function organisationId(db: Db, actor: Actor, name: string, provinceCode: string | null, kind: OrganisationKind, shortName: string | null = null): Promise<string> {
  const [existing] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.name, name), provinceCode ? eq(organisations.provinceCode, provinceCode) : isNull(organisations.provinceCode)));
  if (existing) return existing.id;
  return (await createOrganisation(db, actor, { name, shortName, kind, provinceCode })).id;
}

/** Every outcome of the seed conferences not yet tracked becomes an item of the conference's province. */
async function seedConferenceItems(db: Db, actor: Actor): Promise<number> {
  const rows = await db
    .select({
      outcomeId: conferenceOutcomes.id,
      kind: conferenceOutcomes.kind,
      text: conferenceOutcomes.text,
      lead: conferenceOutcomes.responsibleOrganisationId,
      dueDate: conferenceOutcomes.dueDate,
      conferenceId: conferences.id,
      provinceCode: conferences.provinceCode,
      startDate: conferences.startDate,
      tracked: followupItems.id,
    })
    .from(conferenceOutcomes)
    .innerJoin(conferences, eq(conferences.id, conferenceOutcomes.conferenceId))
    .leftJoin(followupItems, and(eq(followupItems.conferenceOutcomeId, conferenceOutcomes.id), isNull(followupItems.parentId)))
    .orderBy(conferences.startDate, conferenceOutcomes.position);
  const items = rows
    .filter((r) => r.tracked === null)
    .map(
      (r): FollowupItemWrite => ({
        ...followupItemFieldsSchema.parse({ kind: 'conference', nature: r.kind, text: r.text, provinceCode: r.provinceCode, itemDate: r.startDate }),
        leadOrganisationId: r.lead,
        dueDate: r.dueDate && r.dueDate >= r.startDate ? r.dueDate : null,
        conferenceId: r.conferenceId,
        conferenceOutcomeId: r.outcomeId,
      }),
    );
  await insertFollowupItems(db, items, actor.id, 'Tạo từ kết luận của hội nghị.');
  return items.length;
}

/** Seed article 001: "Chiều cùng ngày, Đoàn công tác VPTT BCĐNQ Chính phủ làm việc với Công an tỉnh…". */
async function seedBinhDinhVisit(db: Db, actor: Actor): Promise<number> {
  const title = 'Đoàn công tác Văn phòng Thường trực khảo sát, kiểm tra, hướng dẫn công tác nhân quyền tại Công an tỉnh Bình Định';
  const [already] = await db.select({ id: workingVisits.id }).from(workingVisits).where(and(eq(workingVisits.title, title), eq(workingVisits.startDate, '2023-04-20')));
  if (already) return 0;
  const place = await resolveProvinceName(db, 'Bình Định', '2023-04-20');
  if (!place) throw new Error('demo data: province not found: Bình Định');
  const lead = await organisationId(db, actor, standingOffice, null, 'standing_office', 'VPTT');
  const police = await organisationId(db, actor, 'Công an tỉnh Bình Định', place.province.code, 'police');
  const purpose = 'Khảo sát, kiểm tra, hướng dẫn việc triển khai công tác nhân quyền tại Công an tỉnh nhằm đánh giá kết quả, những khó khăn, hạn chế, vướng mắc và nguyên nhân của những tồn tại, hạn chế.';
  const findings = 'Đoàn công tác đã góp ý, định hướng cho công tác nhân quyền của Công an tỉnh trong thời gian tới.';
  const [visit] = await db
    .insert(workingVisits)
    .values({
      title,
      startDate: '2023-04-20',
      endDate: '2023-04-20',
      provinceCode: place.province.code,
      leadOrganisationId: lead,
      visitedUnits: [{ organisationId: police, name: 'Công an tỉnh Bình Định' }],
      members: [],
      purpose,
      findings,
      searchKey: searchKey(`${title} ${purpose} ${findings}`),
      createdBy: actor.id,
    })
    .returning({ id: workingVisits.id });
  await insertFollowupItems(
    db,
    [
      {
        ...followupItemFieldsSchema.parse({
          kind: 'visit',
          nature: 'recommendation',
          text: 'Triển khai công tác nhân quyền của Công an tỉnh theo góp ý, định hướng của Đoàn công tác Văn phòng Thường trực trong thời gian tới.',
          provinceCode: place.province.code,
          itemDate: '2023-04-20',
        }),
        leadOrganisationId: police,
        visitId: visit!.id,
      },
    ],
    actor.id,
    'Kiến nghị của đoàn công tác.',
  );
  return 1;
}

/** The sample UPR-style items (followup-sample.json), national, some assigned to the seed provinces. */
async function seedSampleItems(db: Db, actor: Actor): Promise<number> {
  const samples = JSON.parse(fs.readFileSync(new URL('./followup-sample.json', import.meta.url), 'utf8')) as { items: SampleItem[] };
  const existing = await db
    .select({ text: followupItems.text })
    .from(followupItems)
    .where(and(eq(followupItems.sample, true), isNull(followupItems.parentId)));
  const known = new Set(existing.map((e) => e.text));
  const lead = await organisationId(db, actor, standingOffice, null, 'standing_office', 'VPTT');
  let created = 0;
  for (const { assignTo = [], progress = [], ...sample } of samples.items) {
    if (known.has(sample.text)) continue;
    const data = { ...followupItemFieldsSchema.parse(sample), leadOrganisationId: lead, sample: true };
    const [parentId] = await insertFollowupItems(db, [data], actor.id, 'Dữ liệu mẫu.');
    created++;
    if (!assignTo.length) continue;
    const provinceCodes: string[] = [];
    for (const name of assignTo) {
      const place = await resolveProvinceName(db, name, '2025-07-01');
      if (place) provinceCodes.push(place.province.code);
    }
    const copies = provinceCodes.map((provinceCode): FollowupItemWrite => ({ ...data, leadOrganisationId: null, provinceCode, parentId: parentId! }));
    const copyIds = await insertFollowupItems(db, copies, actor.id, 'Giao cho tỉnh (dữ liệu mẫu).');
    // Through the services, as a person would: the figures, status and timeline are the real thing.
    for (const step of progress) {
      const place = await resolveProvinceName(db, step.province, '2025-07-01');
      const copyId = place ? copyIds[provinceCodes.indexOf(place.province.code)] : undefined;
      if (!copyId) continue;
      const item = await addFollowupProgress(db, actor, copyId, { entryDate: step.entryDate, text: step.text, fileIds: [], indicators: step.indicators ?? [] });
      if (step.status) await changeFollowupStatus(db, actor, copyId, { status: step.status, note: step.note ?? '', entryDate: step.entryDate, version: item.version });
    }
  }
  return created;
}

export async function seedDemoFollowup(db: Db, actor: Actor): Promise<{ conferenceItems: number; visits: number; sampleItems: number }> {
  const conferenceItems = await seedConferenceItems(db, actor);
  const visits = await seedBinhDinhVisit(db, actor);
  const sampleItems = await seedSampleItems(db, actor);
  return { conferenceItems, visits, sampleItems };
}
