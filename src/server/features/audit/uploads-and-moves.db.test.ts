import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { sha256Hex } from '../files/store.js';
import { conferenceWithPoints } from '../participants/testing.js';

const pdfBytes = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const article = readFileSync(new URL('../../../../fixtures/corpus/seeds/001_37f80b64868d9e50.txt', import.meta.url));

type Entry = { action: string; entityType: string; entityId: string; provinceCode: string | null; actorEmail: string | null; before: unknown; after: unknown };

describe('audit of uploads and of conferences moved between provinces', () => {
  let t: TestApp;
  let national: string;
  let caoBang: { cookie: string; email: string };
  let hanoi: string;
  let gialai: { cookie: string; email: string };

  beforeAll(async () => {
    t = await createTestApp();
    national = (await signedInAs(t, 'national_admin')).cookie;
    const cb = await signedInAs(t, 'provincial_secretariat', '04');
    caoBang = { cookie: cb.cookie, email: cb.user.email };
    hanoi = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
    // Bình Định merged into Gia Lai (52): its secretariat takes the seed article.
    const gl = await signedInAs(t, 'provincial_secretariat', '52');
    gialai = { cookie: gl.cookie, email: gl.user.email };
  });
  afterAll(() => t.close());

  const upload = (cookie: string, url: string, fileName: string, bytes: Buffer) =>
    t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) }, payload: bytes });
  const auditOf = async (cookie: string, query: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/audit?pageSize=100&${query}`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    return res.json().items as Entry[];
  };

  it('records a material upload under the uploader’s province with its name, type, size and checksum, never its bytes', async () => {
    const res = await upload(caoBang.cookie, '/api/files', 'Chuyên đề quyền con người.pdf', pdfBytes);
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    const entries = await auditOf(caoBang.cookie, `entityType=stored_file&entityId=${id}`);
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'upload',
        provinceCode: '04',
        actorEmail: caoBang.email,
        after: { purpose: 'material', fileName: 'Chuyên đề quyền con người.pdf', mediaType: 'application/pdf', sizeBytes: pdfBytes.length, sha256: sha256Hex(pdfBytes) },
      }),
    ]);
    // Another province's view does not show it.
    expect(await auditOf(hanoi, `entityType=stored_file&entityId=${id}`)).toEqual([]);
  });

  it('records nothing for a refused upload', async () => {
    const before = (await auditOf(caoBang.cookie, 'action=upload')).length;
    expect((await upload(caoBang.cookie, '/api/files', 'bao-cao.pdf', Buffer.from('không phải PDF'))).statusCode).toBe(415);
    expect(await auditOf(caoBang.cookie, 'action=upload')).toHaveLength(before);
  });

  it('records the stored original of an intake upload beside the queued document', async () => {
    const res = await upload(gialai.cookie, '/api/intake/documents', 'Bình Định tập huấn.txt', article);
    expect(res.statusCode).toBe(201);
    const documentId = res.json().id as string;
    const [created] = await auditOf(gialai.cookie, `entityType=intake_document&entityId=${documentId}`);
    const fileId = (created!.after as { fileId: string }).fileId;
    expect(fileId).toBeTruthy();
    expect(await auditOf(gialai.cookie, `entityType=stored_file&entityId=${fileId}`)).toEqual([
      expect.objectContaining({
        action: 'upload',
        provinceCode: '52',
        actorEmail: gialai.email,
        after: expect.objectContaining({ purpose: 'intake', fileName: 'Bình Định tập huấn.txt', sizeBytes: article.length, sha256: sha256Hex(article) }),
      }),
    ]);
  });

  it('shows a conference moved from one province to another in both provinces’ audit views', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/conferences', headers: { cookie: national }, payload: conferenceWithPoints() });
    expect(created.statusCode).toBe(201);
    const c = created.json();
    const points = c.connectionPoints.map(({ hostOrganisationName: _, ...p }: Record<string, unknown>) => p);
    const moved = await t.app.inject({
      method: 'PUT',
      url: `/api/conferences/${c.id}`,
      headers: { cookie: national },
      payload: { ...conferenceWithPoints(), provinceCode: '01', connectionPoints: points, version: c.version },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().province.code).toBe('01');

    // Cao Bằng sees it arrive and leave, and learns where it went.
    const left = await auditOf(caoBang.cookie, `entityType=conference&entityId=${c.id}`);
    expect(left.map((e) => [e.action, e.provinceCode])).toEqual([
      ['move_out', '04'],
      ['create', '04'],
    ]);
    expect(left[0]!.after).toEqual({ provinceCode: '01' });
    expect(left[0]!.before).toMatchObject({ id: c.id, province: { code: '04' } });
    // Hà Nội sees the update that brought it in.
    const arrived = await auditOf(hanoi, `entityType=conference&entityId=${c.id}`);
    expect(arrived.map((e) => [e.action, e.provinceCode])).toEqual([['update', '01']]);

    // An update within one province records no move.
    const again = await t.app.inject({
      method: 'PUT',
      url: `/api/conferences/${c.id}`,
      headers: { cookie: national },
      payload: { ...conferenceWithPoints(), provinceCode: '01', title: 'Hội nghị (đã sửa)', connectionPoints: points, version: moved.json().version },
    });
    expect(again.statusCode).toBe(200);
    expect((await auditOf(national, `entityType=conference&entityId=${c.id}`)).map((e) => e.action)).toEqual(['update', 'update', 'move_out', 'create']);
  });
});
