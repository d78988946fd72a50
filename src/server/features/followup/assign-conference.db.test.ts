import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConferenceInput } from '../../../shared/api/conferences.js';
import { createRouteFixture, dayFromToday, type RouteFixture } from './route-fixture.js';
import { conferenceOutcomes } from '../conferences/tables.js';
import { followupItems } from './tables.js';
import { insertFollowupItem } from './testing.js';

let f: RouteFixture;
beforeAll(async () => {
  f = await createRouteFixture();
});
afterAll(() => f.t.close());

const assign = (who: Parameters<RouteFixture['call']>[0], id: string, body: Record<string, unknown>) => f.call(who, 'POST', `/followup-items/${id}/assign`, body);

describe('assigning a national item to provinces', () => {
  it('makes one copy per province with its lead body and due date, skips those already assigned, and rolls them up', async () => {
    const parent = await insertFollowupItem(f.t.database.db, { reference: 'UPR IV 45.12', itemDate: '2024-09-01', dueDate: dayFromToday(400), cooperatingOrganisationIds: [f.orgs.ministry] });
    const first = await assign('officer', parent.id, { provinceCodes: ['01', '79'], leadOrganisationIds: { '01': f.orgs.justice01 } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ created: 2, skipped: [] });
    const again = await assign('officer', parent.id, { provinceCodes: ['79', '04'], dueDate: dayFromToday(-5) });
    expect(again.json()).toEqual({ created: 1, skipped: ['79'] });
    const copies = await f.t.database.db.select().from(followupItems).where(eq(followupItems.parentId, parent.id));
    const by = (code: string) => copies.find((c) => c.provinceCode === code)!;
    expect([by('01').leadOrganisationId, by('01').dueDate, by('79').leadOrganisationId, by('04').dueDate]).toEqual([f.orgs.justice01, dayFromToday(400), null, dayFromToday(-5)]);
    expect(by('01')).toMatchObject({ reference: 'UPR IV 45.12', kind: 'upr', uprCycle: 4, status: 'not_started' });
    // The Hà Nội lead body's reporter now finds its copy among its work.
    const mine = (await f.call('agency', 'GET', '/followup-items?waiting=true')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([by('01').id]);
    await f.call('agency', 'POST', `/followup-items/${by('01').id}/status`, { status: 'in_progress', version: 1 });
    const detail = (await f.call('officer', 'GET', `/followup-items/${parent.id}`)).json();
    // Hồ Chí Minh City's copy was given a due date already past: overdue.
    expect(detail.rollup).toEqual({ total: 3, notStarted: 2, inProgress: 1, done: 0, notDone: 0, overdue: 1 });
    expect(detail.copies.map((c: { provinceCode: string; status: string }) => [c.provinceCode, c.status])).toEqual([
      ['01', 'in_progress'],
      ['04', 'not_started'],
      ['79', 'not_started'],
    ]);
    expect(detail.timeline.filter((e: { eventKind: string }) => e.eventKind === 'assigned')).toHaveLength(2);
    // A province sees its own copy only, and the copy names its national item.
    expect((await f.call('sec01', 'GET', `/followup-items/${parent.id}`)).json().copies.map((c: { provinceCode: string }) => c.provinceCode)).toEqual(['01']);
    expect((await f.call('sec01', 'GET', `/followup-items/${by('01').id}`)).json().parent).toEqual({ id: parent.id, reference: 'UPR IV 45.12', text: parent.text });
  });

  it('refuses a province’s item, a provincial account, and a lead body of another province, saving nothing', async () => {
    const parent = await insertFollowupItem(f.t.database.db, {});
    expect((await assign('sec01', parent.id, { provinceCodes: ['01'] })).statusCode).toBe(403);
    const wrongLead = await assign('admin', parent.id, { provinceCodes: ['01'], leadOrganisationIds: { '01': f.orgs.justice79 } });
    expect([wrongLead.statusCode, wrongLead.json().errors[0].path]).toEqual([400, 'leadOrganisationIds.01']);
    const early = await assign('admin', parent.id, { provinceCodes: ['01'], dueDate: '2020-01-01' });
    expect([early.statusCode, early.json().errors[0].path]).toEqual([400, 'dueDate']);
    expect(await f.t.database.db.select().from(followupItems).where(eq(followupItems.parentId, parent.id))).toEqual([]);
    const provincial = await insertFollowupItem(f.t.database.db, { kind: 'plan', provinceCode: '01' });
    expect((await assign('admin', provincial.id, { provinceCodes: ['79'] })).statusCode).toBe(409);
  });
});

describe('items from a conference', () => {
  const conference = (): ConferenceInput => ({
    title: 'Hội nghị tập huấn công tác nhân quyền năm 2025',
    level: 'provincial',
    provinceCode: '01',
    startDate: '2025-04-10',
    format: 'in_person',
    status: 'held',
    outcomes: [
      { kind: 'limitation', text: 'Nhận thức của một bộ phận cán bộ về quyền con người chưa đầy đủ.', dueDate: '2025-06-30' },
      { kind: 'direction', text: 'Tổ chức quán triệt nội dung hội nghị tại các cơ quan, đơn vị.', responsibleOrganisationId: f.orgs.justice01, dueDate: '2025-12-31' },
    ],
  });

  it('turns outcomes into the province’s items linked to the conference, once each, and keeps the link across a conference edit', async () => {
    const created = await f.call('sec01', 'POST', '/conferences', conference());
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json();
    const outcomeIds = c.outcomes.map((o: { id: string }) => o.id);
    // An outcome whose due date lies before the conference (older records allowed it) loses it on the item.
    await f.t.database.db.update(conferenceOutcomes).set({ dueDate: '2025-01-01' }).where(eq(conferenceOutcomes.id, outcomeIds[0]));
    expect((await f.call('agency', 'POST', '/followup-items/from-conference', { conferenceId: c.id, outcomeIds })).statusCode).toBe(403);
    expect((await f.call('sec79', 'POST', '/followup-items/from-conference', { conferenceId: c.id, outcomeIds })).statusCode).toBe(404);
    const res = await f.call('sec01', 'POST', '/followup-items/from-conference', { conferenceId: c.id, outcomeIds });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ skipped: 0 });
    const items = await f.t.database.db.select().from(followupItems).where(eq(followupItems.conferenceId, c.id));
    const direction = items.find((i) => i.nature === 'direction')!;
    const limitation = items.find((i) => i.nature === 'limitation')!;
    expect(direction).toMatchObject({ kind: 'conference', provinceCode: '01', itemDate: '2025-04-10', dueDate: '2025-12-31', leadOrganisationId: f.orgs.justice01, conferenceOutcomeId: outcomeIds[1] });
    expect(limitation.dueDate).toBeNull();
    const detail = (await f.call('sec01', 'GET', `/followup-items/${direction.id}`)).json();
    expect(detail.conferenceTitle).toBe('Hội nghị tập huấn công tác nhân quyền năm 2025');
    expect((await f.call('sec01', 'POST', '/followup-items/from-conference', { conferenceId: c.id, outcomeIds })).json()).toEqual({ itemIds: [], skipped: 2 });

    // Editing the conference with its outcomes sent back keeps their ids, and so the items' link.
    const edited = await f.call('sec01', 'PUT', `/conferences/${c.id}`, {
      ...conference(),
      title: 'Hội nghị tập huấn công tác nhân quyền năm 2025 (bổ sung)',
      outcomes: c.outcomes.map((o: { id: string; kind: string; text: string; responsibleOrganisationId: string | null; dueDate: string | null }) => ({
        id: o.id,
        kind: o.kind,
        text: `${o.text} Bổ sung.`,
        responsibleOrganisationId: o.responsibleOrganisationId,
        dueDate: o.dueDate,
      })),
      version: c.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().outcomes.map((o: { id: string }) => o.id)).toEqual(outcomeIds);
    const [still] = await f.t.database.db.select().from(followupItems).where(and(eq(followupItems.id, direction.id), isNull(followupItems.parentId)));
    expect(still!.conferenceOutcomeId).toBe(outcomeIds[1]);
  });

  it('refuses an outcome of another conference, saving nothing', async () => {
    const a = (await f.call('sec01', 'POST', '/conferences', conference())).json();
    const b = (await f.call('sec01', 'POST', '/conferences', conference())).json();
    const res = await f.call('sec01', 'POST', '/followup-items/from-conference', { conferenceId: a.id, outcomeIds: [a.outcomes[0].id, b.outcomes[0].id] });
    expect([res.statusCode, res.json().errors[0]]).toEqual([400, { path: 'outcomeIds.1', message: 'Nội dung này không thuộc hội nghị đã chọn.' }]);
    expect(await f.t.database.db.select().from(followupItems).where(eq(followupItems.conferenceId, a.id))).toEqual([]);
  });
});
