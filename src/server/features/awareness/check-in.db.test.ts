import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { participantCheckIns } from '../participants/tables.js';
import { conferenceWithPoints, POINT_HOA_AN, POINT_MAIN } from '../participants/testing.js';
import { caller, type Call } from './testing.js';

type Point = { id: string; name: string };

describe('QR check-in per connection point', () => {
  let t: TestApp;
  let call: Call;
  let caoBang: string;
  let viewer: string;
  let c: { id: string; main: string; hoaAn: string };
  let token: string;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    call = caller(t);
    caoBang = (await signedInAs(t, 'provincial_secretariat', '04')).cookie;
    viewer = (await signedInAs(t, 'viewer', '04')).cookie;
    const conf = (await call(caoBang, 'POST', '/api/conferences', conferenceWithPoints())).json();
    const point = (name: string) => (conf.connectionPoints as Point[]).find((p) => p.name === name)!.id;
    c = { id: conf.id, main: point(POINT_MAIN), hoaAn: point(POINT_HOA_AN) };
    const add = async (fullName: string, agency: string | null, connectionPointId: string) => {
      const res = await call(caoBang, 'POST', `/api/conferences/${c.id}/participants`, { fullName, agency, connectionPointId });
      expect(res.statusCode).toBe(201);
      people[`${fullName}|${agency}`] = res.json().id;
    };
    await add('Nông Thị Hòa', 'UBND xã Hòa An', c.hoaAn);
    await add('Lục Văn Minh', 'Công an xã Hòa An', c.hoaAn);
    await add('Lục Văn Minh', 'Trường THCS Hòa An', c.hoaAn);
    await add('Hoàng Văn Thái', 'Sở Tư pháp', c.main);

    expect((await call(viewer, 'GET', `/api/conferences/${c.id}/check-in-links`)).statusCode).toBe(403);
    const links = await call(caoBang, 'POST', `/api/conferences/${c.id}/check-in-links/${c.hoaAn}`);
    expect(links.statusCode).toBe(200);
    const items = links.json().items as Array<{ connectionPointId: string; token: string | null }>;
    expect(items.find((i) => i.connectionPointId === c.main)!.token).toBeNull();
    token = items.find((i) => i.connectionPointId === c.hoaAn)!.token!;
  });
  afterAll(() => t.close());

  const checkIn = (body: object, link = token) => call('', 'POST', `/api/public/check-in/${link}`, body);
  const historyOf = (id: string) => t.database.db.select().from(participantCheckIns).where(eq(participantCheckIns.participantId, id));

  it('shows the phone only the conference and the point, never the roster', async () => {
    const res = await call('', 'GET', `/api/public/check-in/${token}`);
    expect(res.json()).toEqual({ conferenceTitle: 'Hội nghị tập huấn công tác nhân quyền năm 2024', startDate: '2024-06-13', pointName: POINT_HOA_AN });
  });

  it('checks a person in by the name they type, folded as the roster folds it, with method qr in the history', async () => {
    const res = await checkIn({ fullName: '  nông thị hoà ' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ pointName: POINT_HOA_AN, alreadyCheckedIn: false });
    const history = await historyOf(people['Nông Thị Hòa|UBND xã Hòa An']!);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ method: 'qr', connectionPointId: c.hoaAn, recordedBy: null });

    const again = await checkIn({ fullName: 'Nông Thị Hòa' });
    expect(again.statusCode).toBe(201);
    expect(await historyOf(people['Nông Thị Hòa|UBND xã Hòa An']!)).toHaveLength(1);

    // The organiser's screens see it like any other check-in.
    const listed = (await call(viewer, 'GET', `/api/conferences/${c.id}/participants?checkedIn=true`)).json();
    expect(listed.items.map((p: { fullName: string; lastCheckIn: { method: string } }) => [p.fullName, p.lastCheckIn.method])).toEqual([['Nông Thị Hòa', 'qr']]);
  });

  it('records nothing and reveals nothing for a name that is not on this point’s roster', async () => {
    const before = await t.database.db.select().from(participantCheckIns);
    for (const body of [{ fullName: 'Nong Thi Hoa' }, { fullName: 'Hoàng Văn Thái' }, { fullName: 'Lục Văn Minh' }]) {
      const res = await checkIn(body);
      expect(res.statusCode).toBe(404);
      expect(res.json().detail).toMatch(/^Không tìm thấy tên trong danh sách của điểm cầu này \(Điểm cầu xã Hòa An\)\./);
      expect(res.body).not.toContain('Công an');
      expect(res.body).not.toContain('Trường THCS');
    }
    expect(await t.database.db.select().from(participantCheckIns)).toHaveLength(before.length);
  });

  it('settles two people of the same name by their agency', async () => {
    const res = await checkIn({ fullName: 'Lục Văn Minh', agency: 'trường THCS Hòa An' });
    expect(res.statusCode).toBe(201);
    expect(await historyOf(people['Lục Văn Minh|Trường THCS Hòa An']!)).toHaveLength(1);
    expect(await historyOf(people['Lục Văn Minh|Công an xã Hòa An']!)).toHaveLength(0);
  });

  it('answers a repeated check-in exactly as a first one, never with the earlier time', async () => {
    const before = Date.now();
    const first = await checkIn({ fullName: 'Lục Văn Minh', agency: 'Công an xã Hòa An' });
    expect(first.statusCode).toBe(201);
    const [recorded] = await historyOf(people['Lục Văn Minh|Công an xã Hòa An']!);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await checkIn({ fullName: 'lục văn minh', agency: 'công an xã hòa an' });
    expect(again.statusCode).toBe(201);
    const [a, b] = [first.json(), again.json()];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(a).toMatchObject({ pointName: POINT_HOA_AN, alreadyCheckedIn: false });
    expect(b).toMatchObject({ pointName: POINT_HOA_AN, alreadyCheckedIn: false });
    // The repeat is stamped with its own moment, not the recorded one.
    expect(b.at).not.toBe(recorded!.at.toISOString());
    expect(Date.parse(b.at)).toBeGreaterThan(recorded!.at.getTime());
    expect(Date.parse(b.at)).toBeGreaterThanOrEqual(before);
    expect(await historyOf(people['Lục Văn Minh|Công an xã Hòa An']!)).toHaveLength(1);
  });

  it('counts a name on the list against the limit exactly as a name that is not', async () => {
    const reissue = async () =>
      ((await call(caoBang, 'POST', `/api/conferences/${c.id}/check-in-links/${c.hoaAn}`)).json().items as Array<{ connectionPointId: string; token: string }>).find(
        (i) => i.connectionPointId === c.hoaAn,
      )!.token;
    // Only names on the list: the eleventh in a minute is refused like an eleventh miss.
    const known = await reissue();
    for (let i = 0; i < 10; i++) expect((await checkIn({ fullName: 'Nông Thị Hòa' }, known)).statusCode).toBe(201);
    const refused = await checkIn({ fullName: 'Nông Thị Hòa' }, known);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect((await checkIn({ fullName: 'Người Lạ' }, known)).statusCode).toBe(429);
    // Mixed: five hits and five misses fill the window just the same.
    const mixed = await reissue();
    for (let i = 0; i < 5; i++) {
      expect((await checkIn({ fullName: 'Nông Thị Hòa' }, mixed)).statusCode).toBe(201);
      expect((await checkIn({ fullName: `Người Lạ ${i}` }, mixed)).statusCode).toBe(404);
    }
    const last = await checkIn({ fullName: 'Nông Thị Hòa' }, mixed);
    expect(last.statusCode).toBe(429);
    expect(last.body).not.toContain('Nông');
  });

  it('revokes the old link when a new one is issued, and throttles repeated misses', async () => {
    const reissued = (await call(caoBang, 'POST', `/api/conferences/${c.id}/check-in-links/${c.hoaAn}`)).json();
    const fresh = reissued.items.find((i: { connectionPointId: string }) => i.connectionPointId === c.hoaAn).token as string;
    expect(fresh).not.toBe(token);
    expect((await call('', 'GET', `/api/public/check-in/${token}`)).statusCode).toBe(404);
    for (let i = 0; i < 10; i++) expect((await checkIn({ fullName: `Người Lạ ${i}` }, fresh)).statusCode).toBe(404);
    expect((await checkIn({ fullName: 'Nông Thị Hòa' }, fresh)).statusCode).toBe(429);
  });
});
