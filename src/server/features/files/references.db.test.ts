import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { insertIntakeDocument } from '../intake/testing.js';
import { saveStoredFile } from './store.js';
import { removeUnreferencedFiles } from './access.js';
import { storedFiles } from './tables.js';
import { eq } from 'drizzle-orm';

const pdfBytes = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A record may point only at a file its author may read, and that exists; files nothing points at go. */
describe('files referred to by records', () => {
  let t: TestApp;
  let caoBang: { cookie: string; id: string };
  let caoBangViewer: string;
  let hanoi: string;

  beforeAll(async () => {
    t = await createTestApp();
    const cb = await signedInAs(t, 'provincial_secretariat', '04');
    caoBang = { cookie: cb.cookie, id: cb.user.id };
    caoBangViewer = (await signedInAs(t, 'viewer', '04')).cookie;
    hanoi = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
  });
  afterAll(() => t.close());

  const upload = async (cookie: string, fileName: string) =>
    (
      await t.app.inject({
        method: 'POST',
        url: '/api/files',
        headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
        payload: pdfBytes,
      })
    ).json() as { id: string };
  const conferenceWith = (province: string, refs: { materialFileId?: string; sourceFileId?: string }) => ({
    title: 'Hội nghị tập huấn công tác nhân quyền',
    level: 'provincial',
    provinceCode: province,
    startDate: '2024-06-13',
    status: 'held',
    materials: refs.materialFileId ? [{ kind: 'file', title: 'Tài liệu', fileId: refs.materialFileId }] : [],
    sources: refs.sourceFileId ? [{ title: 'Bài báo', fileId: refs.sourceFileId }] : [],
  });
  const post = (cookie: string, payload: object) => t.app.inject({ method: 'POST', url: '/api/conferences', headers: { cookie }, payload });
  const download = (cookie: string, id: string) => t.app.inject({ method: 'GET', url: `/api/files/${id}`, headers: { cookie } });

  it('refuses to attach another province’s material, and it stays unreadable there', async () => {
    const hanoiFile = await upload(hanoi, 'tai-lieu-ha-noi.pdf');
    const res = await post(caoBang.cookie, conferenceWith('04', { materialFileId: hanoiFile.id }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'materials.0.fileId' });
    expect((await download(caoBang.cookie, hanoiFile.id)).statusCode).toBe(404);
  });

  it('refuses a file id that does not exist', async () => {
    const res = await post(caoBang.cookie, conferenceWith('04', { materialFileId: '11111111-1111-4111-8111-111111111111' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('không tồn tại');
  });

  it('refuses another province’s intake original as a source', async () => {
    const doc = await insertIntakeDocument(t.database.db, { provinceCode: '01' });
    const res = await post(caoBang.cookie, conferenceWith('04', { sourceFileId: doc.fileId! }));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'sources.0.fileId' });
    expect((await download(caoBang.cookie, doc.fileId!)).statusCode).toBe(404);
  });

  it('lets the uploader attach its own file, then the conference’s readers download it; an intake original only for intake users', async () => {
    const own = await upload(caoBang.cookie, 'so-tay.pdf');
    const doc = await insertIntakeDocument(t.database.db, { provinceCode: '04', createdBy: caoBang.id });
    const res = await post(caoBang.cookie, conferenceWith('04', { materialFileId: own.id, sourceFileId: doc.fileId! }));
    expect(res.statusCode).toBe(201);
    expect((await download(caoBangViewer, own.id)).statusCode).toBe(200);
    expect((await download(caoBangViewer, doc.fileId!)).statusCode).toBe(404);
    expect((await download(caoBang.cookie, doc.fileId!)).statusCode).toBe(200);
  });

  it('checks every file of a record at once: the first unreadable one among readable ones is named', async () => {
    const mine = await upload(caoBang.cookie, 'tai-lieu-1.pdf');
    const doc = await insertIntakeDocument(t.database.db, { provinceCode: '04', createdBy: caoBang.id });
    const hanoiFile = await upload(hanoi, 'tai-lieu-ha-noi-2.pdf');
    const payload = {
      ...conferenceWith('04', {}),
      materials: [mine, hanoiFile].map((f, i) => ({ kind: 'file', title: `Tài liệu ${i + 1}`, fileId: f.id })),
      sources: [{ title: 'Bài báo', fileId: doc.fileId! }],
    };
    const res = await post(caoBang.cookie, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'materials.1.fileId' })]);
    const ok = await post(caoBang.cookie, { ...payload, materials: payload.materials.slice(0, 1) });
    expect(ok.statusCode).toBe(201);
  });

  it('removes files nothing refers to once the grace period has passed, and keeps the rest', async () => {
    const db = t.database.db;
    const stray = await saveStoredFile(db, { purpose: 'material', fileName: 'bo-quen.pdf', mediaType: 'application/pdf', bytes: pdfBytes, provinceCode: '04', uploadedBy: caoBang.id });
    const fresh = await saveStoredFile(db, { purpose: 'material', fileName: 'vua-tai.pdf', mediaType: 'application/pdf', bytes: pdfBytes, provinceCode: '04', uploadedBy: caoBang.id });
    const used = await upload(caoBang.cookie, 'dang-dung.pdf');
    expect((await post(caoBang.cookie, conferenceWith('04', { materialFileId: used.id }))).statusCode).toBe(201);
    const doc = await insertIntakeDocument(db, { provinceCode: '04' });
    const old = new Date(Date.now() - 48 * 3600_000);
    for (const id of [stray, used.id, doc.fileId!]) await db.update(storedFiles).set({ uploadedAt: old }).where(eq(storedFiles.id, id));
    const removed = await removeUnreferencedFiles(db);
    expect(removed).toBeGreaterThanOrEqual(1);
    const left = new Set((await db.select({ id: storedFiles.id }).from(storedFiles)).map((r) => r.id));
    expect(left.has(stray)).toBe(false);
    expect(left.has(fresh)).toBe(true);
    expect(left.has(used.id)).toBe(true);
    expect(left.has(doc.fileId!)).toBe(true);
  });
});
