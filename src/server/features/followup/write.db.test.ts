import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/tables.js';
import { createRouteFixture, type RouteFixture } from './route-fixture.js';
import { followupItems } from './tables.js';
import { insertFollowupItem, insertFollowupProgress } from './testing.js';

let f: RouteFixture;
beforeAll(async () => {
  f = await createRouteFixture();
});
afterAll(() => f.t.close());

const plan = (over: Record<string, unknown> = {}) => ({
  kind: 'plan',
  text: 'Tổ chức tập huấn pháp luật về quyền của người khuyết tật cho cán bộ cấp xã',
  reference: 'KH 45 nhiệm vụ 2',
  planNumber: '45/KH-UBND',
  provinceCode: '01',
  itemDate: '2025-03-01',
  dueDate: '2025-12-31',
  leadOrganisationId: null as string | null,
  cooperatingOrganisationIds: [] as string[],
  ...over,
});
const count = async () => (await f.t.database.db.select({ id: followupItems.id }).from(followupItems)).length;

describe('creating an item', () => {
  it('saves it with its bodies, a created entry and an audit record', async () => {
    const res = await f.call('sec01', 'POST', '/followup-items', plan({ leadOrganisationId: f.orgs.justice01, cooperatingOrganisationIds: [f.orgs.labour01, f.orgs.ministry] }));
    expect(res.statusCode, res.body).toBe(201);
    const item = res.json();
    expect(item).toMatchObject({ kind: 'plan', status: 'not_started', provinceName: 'Hà Nội', leadOrganisation: { name: 'Sở Tư pháp thành phố Hà Nội' }, version: 1 });
    expect(item.cooperatingOrganisations.map((o: { name: string }) => o.name)).toEqual(['Bộ Tư pháp', 'Sở Nội vụ thành phố Hà Nội']);
    expect(item.timeline.map((e: { eventKind: string }) => e.eventKind)).toEqual(['created']);
    expect(item.refusals).toEqual({ edit: null, status: null, progress: null });
    const audit = await f.t.database.db.select().from(auditLog).where(eq(auditLog.entityId, item.id));
    expect(audit.map((a) => [a.action, a.entityType, a.provinceCode])).toEqual([['create', 'followup_item', '01']]);
  });

  it('refuses a due date before the item’s date with a Vietnamese field error, saving nothing', async () => {
    const before = await count();
    const res = await f.call('sec01', 'POST', '/followup-items', plan({ dueDate: '2025-01-01' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({ path: 'dueDate', message: 'Hạn hoàn thành không được trước ngày giao việc.' });
    expect(await count()).toBe(before);
  });

  it('refuses an unknown body and another province’s body, saving nothing', async () => {
    const before = await count();
    const unknown = await f.call('sec01', 'POST', '/followup-items', plan({ leadOrganisationId: '7d1f4f0e-2b52-4c1a-9a55-0f4a3b2c1d00' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toContainEqual({ path: 'leadOrganisationId', message: 'Cơ quan chủ trì không có trong danh bạ cơ quan.' });
    const other = await f.call('sec01', 'POST', '/followup-items', plan({ cooperatingOrganisationIds: [f.orgs.justice79] }));
    expect(other.statusCode).toBe(400);
    expect(other.json().errors[0].path).toBe('cooperatingOrganisationIds.0');
    expect(await count()).toBe(before);
  });

  it('lets a province create only its own items; national items are the Standing Office’s', async () => {
    expect((await f.call('sec01', 'POST', '/followup-items', plan({ provinceCode: '79' }))).statusCode).toBe(403);
    expect((await f.call('sec01', 'POST', '/followup-items', plan({ provinceCode: null }))).statusCode).toBe(403);
    expect((await f.call('agency', 'POST', '/followup-items', plan())).statusCode).toBe(403);
    expect((await f.call('officer', 'POST', '/followup-items', plan({ provinceCode: null, kind: 'upr', uprCycle: 4 }))).statusCode).toBe(201);
  });
});

describe('editing an item', () => {
  it('replaces the fields and bodies, refreshes the search key and moves the version on', async () => {
    const item = await insertFollowupItem(f.t.database.db, { kind: 'plan', provinceCode: '01', itemDate: '2025-03-01', cooperatingOrganisationIds: [f.orgs.labour01] });
    const res = await f.call('sec01', 'PUT', `/followup-items/${item.id}`, { ...plan({ text: 'Rà soát chính sách trợ giúp xã hội tại Hòa Bình', leadOrganisationId: f.orgs.justice01, cooperatingOrganisationIds: [f.orgs.ministry] }), version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, text: 'Rà soát chính sách trợ giúp xã hội tại Hòa Bình' });
    expect(res.json().cooperatingOrganisations.map((o: { id: string }) => o.id)).toEqual([f.orgs.ministry]);
    const [row] = await f.t.database.db.select().from(followupItems).where(eq(followupItems.id, item.id));
    expect(row!.searchKey).toContain('hoa binh');
    expect(row!.searchKey).toContain('so tu phap');
    const stale = await f.call('sec01', 'PUT', `/followup-items/${item.id}`, { ...plan(), version: 1 });
    expect(stale.statusCode).toBe(409);
  });

  it('keeps the kind, and refuses to edit a closed item until it is reopened', async () => {
    const item = await insertFollowupItem(f.t.database.db, { kind: 'plan', provinceCode: '01', itemDate: '2025-03-01' });
    const kind = await f.call('sec01', 'PUT', `/followup-items/${item.id}`, { ...plan({ kind: 'treaty', treaty: 'CAT' }), version: 1 });
    expect([kind.statusCode, kind.json().errors[0].path]).toEqual([400, 'kind']);
    const closed = await insertFollowupItem(f.t.database.db, { kind: 'plan', provinceCode: '01', itemDate: '2025-03-01', status: 'done', closingNote: 'Đã xong' });
    const res = await f.call('sec01', 'PUT', `/followup-items/${closed.id}`, { ...plan(), version: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('mở lại trước');
  });

  it('answers 404 to a province asking for another province’s item', async () => {
    const other = await insertFollowupItem(f.t.database.db, { kind: 'plan', provinceCode: '79', itemDate: '2025-03-01' });
    expect((await f.call('sec01', 'GET', `/followup-items/${other.id}`)).statusCode).toBe(404);
    expect((await f.call('sec01', 'PUT', `/followup-items/${other.id}`, { ...plan(), version: 1 })).statusCode).toBe(404);
    expect((await f.call('sec01', 'DELETE', `/followup-items/${other.id}`)).statusCode).toBe(404);
    expect((await f.call('sec79', 'GET', `/followup-items/${other.id}`)).statusCode).toBe(200);
  });
});

describe('deleting an item', () => {
  it('deletes an item nobody worked on, and refuses once its timeline holds more', async () => {
    const fresh = await insertFollowupItem(f.t.database.db, { kind: 'plan', provinceCode: '01' });
    expect((await f.call('sec01', 'DELETE', `/followup-items/${fresh.id}`)).statusCode).toBe(204);
    expect(await f.t.database.db.select().from(followupItems).where(eq(followupItems.id, fresh.id))).toEqual([]);
    const worked = await insertFollowupItem(f.t.database.db, { kind: 'plan', provinceCode: '01' });
    await insertFollowupProgress(f.t.database.db, worked.id);
    const res = await f.call('sec01', 'DELETE', `/followup-items/${worked.id}`);
    expect(res.statusCode).toBe(409);
    expect((await f.t.database.db.select().from(followupItems).where(eq(followupItems.id, worked.id))).length).toBe(1);
  });
});
