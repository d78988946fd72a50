import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp, systemActor } from '../../test-support/test-app.js';
import { createConference } from '../conferences/service.js';
import { createParticipant } from './service.js';
import { conferenceWithPoints } from './testing.js';


/**
 * A roster holds people's data: contacts only for those who manage the conference; a national
 * conference's roster is not every province's; no answer carrying it may be cached.
 */
describe('who sees participants and their contacts', () => {
  let t: TestApp;
  let secretariat: string;
  let viewer: string;
  let officer: string;
  let otherViewer: string;
  let provincial: string;
  let national: string;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    secretariat = (await signedInAs(t, 'provincial_secretariat', '04')).cookie;
    viewer = (await signedInAs(t, 'viewer', '04')).cookie;
    officer = (await signedInAs(t, 'national_officer')).cookie;
    otherViewer = (await signedInAs(t, 'viewer', '01')).cookie;
    provincial = (await createConference(db, systemActor, conferenceWithPoints())).id;
    national = (
      await createConference(db, systemActor, { title: 'Hội nghị tập huấn toàn quốc', level: 'national', provinceCode: null, startDate: '2024-06-20', status: 'held' })
    ).id;
    for (const id of [provincial, national]) {
      await createParticipant(db, systemActor, id, { fullName: 'Trần Thị Lan', agency: 'Sở Tư pháp', position: 'Chuyên viên', contact: '0912 345 678' });
    }
  });
  afterAll(() => t.close());

  const list = (cookie: string, id: string) => t.app.inject({ method: 'GET', url: `/api/conferences/${id}/participants`, headers: { cookie } });

  it('shows the contact to the province’s secretariat, who manages the conference', async () => {
    const res = await list(secretariat, provincial);
    expect(res.json().items[0].contact).toBe('0912 345 678');
  });

  it('hides the contact from the province’s viewer and the Standing Office’s officer, who still see the names', async () => {
    for (const cookie of [viewer, officer]) {
      const res = await list(cookie, provincial);
      expect(res.statusCode).toBe(200);
      expect(res.json().items[0]).toMatchObject({ fullName: 'Trần Thị Lan', contact: null });
      expect(res.body).not.toContain('0912');
    }
  });

  it('keeps a national conference’s roster from every province’s viewer, not from the Standing Office', async () => {
    const res = await list(otherViewer, national);
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toContain('Danh sách đại biểu');
    expect((await t.app.inject({ method: 'GET', url: `/api/conferences/${national}`, headers: { cookie: otherViewer } })).statusCode).toBe(200);
    expect((await list(officer, national)).statusCode).toBe(200);
  });

  it('marks every API answer with personal data as not to be stored by any cache', async () => {
    const res = await list(secretariat, provincial);
    expect(res.headers['cache-control']).toBe('no-store');
    const accounts = await t.app.inject({ method: 'GET', url: '/api/accounts', headers: { cookie: secretariat } });
    expect(accounts.headers['cache-control']).toBe('no-store');
  });
});
