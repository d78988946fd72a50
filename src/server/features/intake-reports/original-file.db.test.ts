import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { removeUnreferencedFiles, unreferencedFileGraceHours } from '../files/access.js';
import { saveStoredFile } from '../files/store.js';
import { storedFiles } from '../files/tables.js';
import { bacNinhReport, uprList } from './sample-reports.js';
import { reportDocx } from './testing.js';

/** The uploaded report or list is kept as it came, for those who may read its document, and the clean-up leaves it. */
describe('the original file of a provincial report or recommendation list', () => {
  let t: TestApp;
  let bacNinh: { cookie: string; id: string };
  let bacNinhViewer: string;
  let hanoi: string;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    const b = await signedInAs(t, 'provincial_secretariat', '24');
    bacNinh = { cookie: b.cookie, id: b.user.id };
    bacNinhViewer = (await signedInAs(t, 'viewer', '24')).cookie;
    hanoi = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
    officer = (await signedInAs(t, 'national_officer')).cookie;
  });
  afterAll(() => t.close());

  const upload = async (cookie: string, bytes: Buffer, fileName: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/intake-reports/documents',
      headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
      payload: bytes,
    });
    expect(res.statusCode, res.body).toBe(201);
    const doc = await t.app.inject({ method: 'GET', url: `/api/intake-reports/documents/${res.json().id}`, headers: { cookie } });
    return doc.json() as { id: string; fileId: string | null };
  };
  const download = (cookie: string, id: string) => t.app.inject({ method: 'GET', url: `/api/files/${id}`, headers: { cookie } });

  it('keeps the uploaded Word report byte for byte and hands it back to the province, never to another province or a viewer', async () => {
    const bytes = await reportDocx(bacNinhReport);
    const doc = await upload(bacNinh.cookie, bytes, 'bao-cao-so-ket.docx');
    expect(doc.fileId).toEqual(expect.any(String));
    const own = await download(bacNinh.cookie, doc.fileId!);
    expect(own.statusCode).toBe(200);
    expect(own.rawPayload.equals(bytes)).toBe(true);
    expect(own.headers['content-type']).toContain('wordprocessingml');
    expect(own.headers['content-disposition']).toContain('.docx');
    // Another province's secretariat cannot see the document, so not its file either; the Standing Office can.
    expect((await t.app.inject({ method: 'GET', url: `/api/intake-reports/documents/${doc.id}`, headers: { cookie: hanoi } })).statusCode).toBe(404);
    expect([403, 404]).toContain((await download(hanoi, doc.fileId!)).statusCode);
    expect([403, 404]).toContain((await download(bacNinhViewer, doc.fileId!)).statusCode);
    expect((await download(officer, doc.fileId!)).statusCode).toBe(200);
  });

  it('keeps a file named without extension under the type it was read as', async () => {
    const doc = await upload(officer, Buffer.from(uprList), 'khuyen-nghi');
    const file = await download(officer, doc.fileId!);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('.txt');
    expect(file.rawPayload.toString('utf8')).toBe(uprList);
  });

  it('survives the clean-up of unreferenced uploads, which still removes a file nothing refers to', async () => {
    const doc = await upload(bacNinh.cookie, await reportDocx(bacNinhReport.replace('47/BC-BCĐ', '51/BC-BCĐ')), 'bao-cao-lan-3.docx');
    const orphan = await saveStoredFile(t.database.db, { purpose: 'material', fileName: 'mo-coi.pdf', mediaType: 'application/pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n'), provinceCode: '24', uploadedBy: bacNinh.id });
    const later = new Date(Date.now() + (unreferencedFileGraceHours + 1) * 3600_000);
    expect(await removeUnreferencedFiles(t.database.db, later)).toBeGreaterThanOrEqual(1);
    const left = new Set((await t.database.db.select({ id: storedFiles.id }).from(storedFiles)).map((r) => r.id));
    expect(left.has(doc.fileId!)).toBe(true);
    expect(left.has(orphan)).toBe(false);
    expect((await download(bacNinh.cookie, doc.fileId!)).statusCode).toBe(200);
    const [kept] = await t.database.db.select({ purpose: storedFiles.purpose, provinceCode: storedFiles.provinceCode }).from(storedFiles).where(eq(storedFiles.id, doc.fileId!));
    expect(kept).toEqual({ purpose: 'intake_report', provinceCode: '24' });
  });
});
