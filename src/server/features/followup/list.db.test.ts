import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowupListItem } from '../../../shared/api/followup.js';
import { createRouteFixture, dayFromToday, type RouteFixture } from './route-fixture.js';
import { insertFollowupItem } from './testing.js';

let f: RouteFixture;
const ref = (items: FollowupListItem[]) => items.map((i) => i.reference).sort();
const list = async (who: Parameters<RouteFixture['call']>[0], query = '') => {
  const res = await f.call(who, 'GET', `/followup-items?pageSize=200${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: FollowupListItem[]; total: number };
};

beforeAll(async () => {
  f = await createRouteFixture();
  const db = f.t.database.db;
  const national = await insertFollowupItem(db, { reference: 'N1', text: 'Bảo đảm quyền của đồng bào dân tộc Hòa Bình', themes: ['ethnic_minorities'], dueDate: dayFromToday(-3), itemDate: dayFromToday(-30) });
  await insertFollowupItem(db, { reference: 'N2', kind: 'treaty', treaty: 'CAT', uprCycle: null, uprPosition: null, dueDate: dayFromToday(5), itemDate: dayFromToday(-30) });
  await insertFollowupItem(db, { reference: 'H1', kind: 'plan', provinceCode: '01', leadOrganisationId: f.orgs.justice01, cooperatingOrganisationIds: [f.orgs.labour01], parentId: national.id, dueDate: dayFromToday(-1), itemDate: dayFromToday(-30) });
  await insertFollowupItem(db, { reference: 'H2', kind: 'plan', provinceCode: '01', leadOrganisationId: f.orgs.labour01, status: 'done', dueDate: dayFromToday(-10), itemDate: dayFromToday(-30) });
  await insertFollowupItem(db, { reference: 'S1', kind: 'plan', provinceCode: '79', leadOrganisationId: f.orgs.justice79, parentId: national.id, status: 'in_progress', dueDate: dayFromToday(10), itemDate: dayFromToday(-30) });
});
afterAll(() => f.t.close());

describe('the follow-up list', () => {
  it('shows a national role every item and a province only national items and its own', async () => {
    expect(ref((await list('officer')).items)).toEqual(['H1', 'H2', 'N1', 'N2', 'S1']);
    expect(ref((await list('sec01')).items)).toEqual(['H1', 'H2', 'N1', 'N2']);
    expect(ref((await list('viewer')).items)).toEqual(['H1', 'H2', 'N1', 'N2']);
    expect(ref((await list('sec79')).items)).toEqual(['N1', 'N2', 'S1']);
  });

  it('finds nothing when a province asks for another province’s items', async () => {
    expect(await list('sec01', '&provinceCode=79')).toEqual({ items: [], total: 0, totalIsLowerBound: false });
    expect(ref((await list('admin', '&provinceCode=79')).items)).toEqual(['S1']);
  });

  it('computes overdue and due soon from today, only for open items', async () => {
    const all = (await list('admin')).items;
    const by = (r: string) => all.find((i) => i.reference === r)!;
    expect([by('N1').overdue, by('H1').overdue, by('H2').overdue, by('N2').overdue]).toEqual([true, true, false, false]);
    expect([by('N2').dueSoon, by('S1').dueSoon, by('N1').dueSoon]).toEqual([true, true, false]);
    expect(ref((await list('admin', '&overdue=true')).items)).toEqual(['H1', 'N1']);
    expect(ref((await list('admin', '&overdue=false')).items)).toEqual(['H2', 'N2', 'S1']);
    expect(ref((await list('admin', '&dueSoon=true')).items)).toEqual(['N2', 'S1']);
  });

  it('filters by kind, status, treaty, theme, lead body, level and parent', async () => {
    expect(ref((await list('admin', '&kind=plan')).items)).toEqual(['H1', 'H2', 'S1']);
    expect(ref((await list('admin', '&status=done')).items)).toEqual(['H2']);
    expect(ref((await list('admin', '&treaty=CAT')).items)).toEqual(['N2']);
    expect(ref((await list('admin', '&uprCycle=4')).items)).toEqual(['N1']);
    expect(ref((await list('admin', '&theme=ethnic_minorities')).items)).toEqual(['N1']);
    expect(ref((await list('admin', `&leadOrganisationId=${f.orgs.justice01}`)).items)).toEqual(['H1']);
    expect(ref((await list('admin', '&level=national')).items)).toEqual(['N1', 'N2']);
    expect(ref((await list('admin', '&level=provincial')).items)).toEqual(['H1', 'H2', 'S1']);
    const n1 = (await list('admin', '&level=national')).items.find((i) => i.reference === 'N1')!;
    expect(ref((await list('sec01', `&parentId=${n1.id}`)).items)).toEqual(['H1']);
  });

  it('searches without diacritics, every word', async () => {
    expect(ref((await list('sec01', '&q=hoa binh')).items)).toEqual(['N1']);
    expect(ref((await list('sec01', '&q=HÒA   Bình')).items)).toEqual(['N1']);
    expect(ref((await list('sec01', '&q=tu phap ha noi')).items)).toEqual(['H1']);
    expect((await list('sec01', '&q=hoa binh xyz')).total).toBe(0);
  });

  it('lists “Việc của tôi”: open items whose status the reader may change', async () => {
    expect(ref((await list('agency', '&waiting=true')).items)).toEqual(['H1']);
    expect(ref((await list('partner', '&waiting=true')).items)).toEqual([]);
    expect(ref((await list('sec01', '&waiting=true')).items)).toEqual(['H1']);
    expect(ref((await list('officer', '&waiting=true')).items)).toEqual(['N1', 'N2']);
    expect((await list('viewer', '&waiting=true')).total).toBe(0);
  });

  it('pages and sorts, with names of lead bodies and provinces and the national roll-up', async () => {
    const page = await f.call('admin', 'GET', '/followup-items?pageSize=2&page=2&sort=due_asc');
    expect(page.json().total).toBe(5);
    const dueOrder = (await list('admin', '&sort=due_asc')).items.map((i) => i.reference);
    expect(dueOrder).toEqual(['H2', 'N1', 'H1', 'N2', 'S1']);
    expect(ref(page.json().items)).toEqual(['H1', 'N2']);
    const all = (await list('admin')).items;
    const h1 = all.find((i) => i.reference === 'H1')!;
    expect(h1).toMatchObject({ leadOrganisation: { id: f.orgs.justice01, name: 'Sở Tư pháp thành phố Hà Nội' }, provinceName: 'Hà Nội', rollup: null });
    expect(all.find((i) => i.reference === 'N1')!.rollup).toEqual({ total: 2, notStarted: 1, inProgress: 1, done: 0, notDone: 0, overdue: 1 });
    expect(all.find((i) => i.reference === 'N2')!.rollup).toBeNull();
  });
});
