import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp, systemActor } from '../../test-support/test-app.js';
import { createConference } from '../conferences/service.js';
import { intakeDocuments } from './tables.js';
import { draftWith, insertIntakeDocument } from './testing.js';


/**
 * A Hà Nội officer brings in an article about a training in Cao Bằng. Cao Bằng already has that
 * conference and a queued report of it: the hints ("matches conference …", "repeats document …")
 * must not name them to Hà Nội, who may not read them; the Standing Office sees both.
 */
describe('intake hints name only what the reader may see', () => {
  let t: TestApp;
  let hanoi: { cookie: string; id: string };
  let national: string;
  let caoBangConference: string;
  let caoBangDoc: string;
  let hanoiDoc: string;

  const draft = draftWith({
    event_name: 'Hội nghị tập huấn công tác nhân quyền năm 2024',
    event_date: '2024-06-13',
    province: 'Cao Bằng',
    officials: [{ name: 'Nguyễn Văn Thành', title: 'Phó Chủ tịch UBND tỉnh', rank: null, role: 'chair' }],
  });

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const h = await signedInAs(t, 'provincial_secretariat', '01');
    hanoi = { cookie: h.cookie, id: h.user.id };
    national = (await signedInAs(t, 'national_admin')).cookie;
    caoBangConference = (
      await createConference(db, systemActor, {
        title: 'Hội nghị tập huấn công tác nhân quyền năm 2024 (Cao Bằng)',
        level: 'provincial',
        provinceCode: '04',
        startDate: '2024-06-13',
        status: 'held',
        officials: [{ name: 'Nguyễn Văn Thành', title: 'Phó Chủ tịch UBND tỉnh', role: 'chair' }],
      })
    ).id;
    caoBangDoc = (await insertIntakeDocument(db, { provinceCode: '04', extraction: draft, text: 'Bài của báo Cao Bằng.' })).id;
    // Written as an upload would have stored it, with the hints found at the time.
    const doc = await insertIntakeDocument(db, { provinceCode: null, createdBy: hanoi.id, extraction: draft, text: 'Bài của báo Hà Nội.' });
    await db.update(intakeDocuments).set({ matchedConferenceId: caoBangConference, duplicateOfDocumentId: caoBangDoc }).where(eq(intakeDocuments.id, doc.id));
    hanoiDoc = doc.id;
  });
  afterAll(() => t.close());

  const read = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

  it('shows Hà Noi its document without the other province’s conference or document', async () => {
    const one = (await read(hanoi.cookie, `/api/intake/documents/${hanoiDoc}`)).json();
    expect(one.matchedConference).toBeNull();
    expect(one.duplicateOfDocumentId).toBeNull();
    expect(one.duplicates).toEqual([]);
    expect(JSON.stringify(one)).not.toContain(caoBangConference);
    expect(JSON.stringify(one)).not.toContain(caoBangDoc);
    const queue = (await read(hanoi.cookie, '/api/intake/documents?pageSize=100')).json();
    const row = queue.items.find((i: { id: string }) => i.id === hanoiDoc);
    expect(row.matchedConference).toBeNull();
    expect(row.duplicateOfDocumentId).toBeNull();
    expect(JSON.stringify(queue)).not.toContain(caoBangConference);
  });

  it('shows the Standing Office the same hints, since it may read both records', async () => {
    const one = (await read(national, `/api/intake/documents/${hanoiDoc}`)).json();
    expect(one.matchedConference?.id).toBe(caoBangConference);
    expect(one.duplicates.map((d: { id: string }) => d.id)).toContain(caoBangDoc);
  });
});
