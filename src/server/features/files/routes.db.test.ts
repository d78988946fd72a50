import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { storedFiles } from './tables.js';

const pdfBytes = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const pngBytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('conference material files', () => {
  let t: TestApp;
  let caoBang: string;
  let caoBangViewer: string;
  let hanoi: string;

  beforeAll(async () => {
    t = await createTestApp();
    caoBang = (await signedInAs(t, 'provincial_secretariat', '04')).cookie;
    caoBangViewer = (await signedInAs(t, 'viewer', '04')).cookie;
    hanoi = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
  });
  afterAll(() => t.close());

  const upload = (cookie: string, fileName: string, bytes: Buffer, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName), ...headers },
      payload: bytes,
    });

  it('keeps a PDF and a Word file whose bytes match their names', async () => {
    const pdf = await upload(caoBang, 'Chuyên đề quyền con người.pdf', pdfBytes);
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json()).toMatchObject({ fileName: 'Chuyên đề quyền con người.pdf', mediaType: 'application/pdf', sizeBytes: pdfBytes.length });
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Tài liệu tập huấn')] }] }));
    const word = await upload(caoBang, 'tai-lieu.docx', docx);
    expect(word.statusCode).toBe(201);
    expect(word.json().mediaType).toContain('wordprocessingml');
  });

  it('refuses a file that is not of its declared type, an unknown type and an oversized one, storing nothing', async () => {
    const before = (await t.database.db.select().from(storedFiles)).length;
    const renamed = await upload(caoBang, 'bao-cao.pdf', pngBytes);
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().detail).toContain('không phải PDF');
    const exe = await upload(caoBang, 'setup.exe', Buffer.from('MZ'));
    expect(exe.statusCode).toBe(415);
    expect(exe.json().detail).toContain('.pdf');
    const huge = await upload(caoBang, 'phim.mp4', Buffer.alloc(10), { 'content-length': String(25 * 1024 * 1024) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().detail).toMatch(/25 MB.*20 MB/);
    expect((await t.database.db.select().from(storedFiles)).length).toBe(before);
  });

  it('lets the uploader, then the conference’s readers, download it; never another province', async () => {
    const file = (await upload(caoBang, 'so-tay.pdf', pdfBytes)).json();
    const download = (cookie: string) => t.app.inject({ method: 'GET', url: `/api/files/${file.id}`, headers: { cookie } });
    expect((await download(caoBang)).statusCode).toBe(200);
    expect((await download(caoBangViewer)).statusCode).toBe(404);

    const conference = await t.app.inject({
      method: 'POST',
      url: '/api/conferences',
      headers: { cookie: caoBang },
      payload: {
        title: 'Hội nghị tập huấn công tác nhân quyền',
        level: 'provincial',
        provinceCode: '04',
        startDate: '2024-09-23',
        status: 'held',
        materials: [{ kind: 'file', title: 'Sổ tay', fileId: file.id }],
      },
    });
    expect(conference.statusCode).toBe(201);
    const res = await download(caoBangViewer);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.equals(pdfBytes)).toBe(true);
    expect((await download(hanoi)).statusCode).toBe(404);
  });
});
