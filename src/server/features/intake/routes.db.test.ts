import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceSchema, type IntakeDocument } from '../../../shared/api/intake.js';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { conferences, conferenceSources } from '../conferences/tables.js';
import { intakeDocuments, reportedFigures } from './tables.js';

const seed = readFileSync(new URL('../../../../fixtures/corpus/seeds/001_37f80b64868d9e50.txt', import.meta.url));
const secondOutlet = readFileSync(new URL('../../../../fixtures/intake-api/binh-dinh-second-outlet.txt', import.meta.url));

describe('document intake API', () => {
  let t: TestApp;
  let gialai: string;
  let hanoi: string;

  beforeAll(async () => {
    t = await createTestApp();
    // Bình Định merged into Gia Lai (52) on 1 July 2025: its secretariat reviews Bình Định's articles.
    gialai = (await signedInAs(t, 'provincial_secretariat', '52')).cookie;
    hanoi = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
  });
  afterAll(() => t.close());

  const upload = (cookie: string, bytes: Buffer, fileName: string, query = '') =>
    t.app.inject({
      method: 'POST',
      url: `/api/intake/documents${query}`,
      headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
      payload: bytes,
    });
  const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const queueTotal = async () => (await call(gialai, 'GET', '/api/intake/documents')).json().total as number;

  let firstId: string;
  let conferenceId: string;

  it('reads an uploaded article into a draft whose evidence points into the text shown', async () => {
    const res = await upload(gialai, seed, 'Bình Định tập huấn.txt', '?sourceUrl=https%3A%2F%2Fcongan.binhdinh.gov.vn%2Fbai-viet');
    expect(res.statusCode).toBe(201);
    const summary = res.json();
    expect(summary).toMatchObject({ fileName: 'Bình Định tập huấn.txt', kind: 'txt', status: 'ready', eventDate: '2023-04-20', provinceName: 'Gia Lai' });
    expect(summary.fieldCount).toBeGreaterThan(5);
    firstId = summary.id;

    const doc = (await call(gialai, 'GET', `/api/intake/documents/${firstId}`)).json() as IntakeDocument;
    expect(doc.sourceText).toBe(seed.toString('utf8'));
    expect(doc.hasOriginal).toBe(true);
    expect(doc.sourceUrl).toBe('https://congan.binhdinh.gov.vn/bai-viet');
    const evidence = (doc.extraction as { evidence: Record<string, { spans: Array<{ start: number; end: number }>; rule: string }> }).evidence;
    const dateSpan = evidence.event_date!.spans[0]!;
    expect(doc.sourceText!.slice(dateSpan.start, dateSpan.end)).toContain('20/4/2023');
    expect(evidence.event_date!.rule).toBeTruthy();
    // Every proposed field reaches the review screen with its confidence.
    for (const e of Object.values(evidence)) expect(evidenceSchema.parse(e).confidence).toMatch(/^(high|medium|low)$/);
    // The old province is kept and rolled up to the current one.
    expect(doc.proposal).toMatchObject({ startDate: '2023-04-20', provinceCode: '52', status: 'held', participantsActual: 120, participantsQualifier: 'about' });
    expect(doc.proposal!.legacyProvinceCode).not.toBeNull();
    expect(doc.proposal!.officials!.map((o) => o.name)).toContain('Lâm Hải Giang');
    expect(doc.proposalEvidence.startDate).toBe('event_date');
  });

  it('hands the original file back, and keeps another province out', async () => {
    const doc = (await call(gialai, 'GET', `/api/intake/documents/${firstId}`)).json() as IntakeDocument;
    expect((await call(hanoi, 'GET', `/api/intake/documents/${firstId}`)).statusCode).toBe(404);
    const [row] = await t.database.db.select().from(intakeDocuments).where(eq(intakeDocuments.id, doc.id));
    const file = await call(gialai, 'GET', `/api/files/${row!.fileId}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(seed)).toBe(true);
    expect(file.headers['content-disposition']).toContain('.txt');
  });

  it('refuses bad files with a clear message and stores nothing', async () => {
    const before = await queueTotal();
    const empty = await upload(gialai, Buffer.alloc(0), 'trong.txt');
    expect(empty.statusCode).toBe(422);
    expect(empty.json().detail).toMatch(/trống/i);
    const binary = await upload(gialai, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]), 'bao-cao.docx');
    expect([415, 422]).toContain(binary.statusCode);
    expect(binary.json().detail).toBeTruthy();
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/intake/documents',
      headers: { cookie: gialai, 'content-type': 'application/octet-stream', 'content-length': String(50 * 1024 * 1024) },
      payload: Buffer.alloc(10),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().detail).toContain('MB');
    expect(await queueTotal()).toBe(before);
  });

  it('saves nothing when the corrected conference is invalid', async () => {
    const doc = (await call(gialai, 'GET', `/api/intake/documents/${firstId}`)).json() as IntakeDocument;
    const bad = await call(gialai, 'POST', `/api/intake/documents/${firstId}/confirm`, {
      mode: 'create',
      version: doc.version,
      conference: { ...doc.proposal, title: doc.proposal!.title ?? 'Hội nghị tập huấn', level: 'provincial', startDate: '2023-04-20', endDate: '2023-04-19' },
      figures: [],
    });
    expect(bad.statusCode).toBe(400);
    const [row] = await t.database.db.select().from(intakeDocuments).where(eq(intakeDocuments.id, firstId));
    expect(row!.status).toBe('ready');
    expect(await t.database.db.select().from(conferences)).toHaveLength(0);
  });

  it('creates the conference with the document as its source and the accepted figures with their evidence', async () => {
    const doc = (await call(gialai, 'GET', `/api/intake/documents/${firstId}`)).json() as IntakeDocument;
    const res = await call(gialai, 'POST', `/api/intake/documents/${firstId}/confirm`, {
      mode: 'create',
      version: doc.version,
      conference: { ...doc.proposal, title: doc.proposal!.title ?? 'Hội nghị tập huấn công tác nhân quyền', level: 'provincial' },
      figures: [{ label: 'Đại biểu tham dự', value: 120, unit: 'người', qualifier: 'about', target: 100, percentOfTarget: 121, indicatorIndex: null }],
    });
    expect(res.statusCode).toBe(200);
    conferenceId = res.json().conferenceId;
    expect(res.json().document.status).toBe('confirmed');

    const conference = (await call(gialai, 'GET', `/api/conferences/${conferenceId}`)).json();
    expect(conference.province.code).toBe('52');
    expect(conference.sources).toHaveLength(1);
    expect(conference.sources[0]).toMatchObject({ url: 'https://congan.binhdinh.gov.vn/bai-viet' });
    expect(conference.sources[0].fileId).toBeTruthy();
    const figures = await t.database.db.select().from(reportedFigures).where(eq(reportedFigures.conferenceId, conferenceId));
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ value: 120, target: 100, percentOfTarget: 121, computedPercent: 120 });
    expect(figures[0]!.inconsistency).toContain('120');

    const again = await call(gialai, 'POST', `/api/intake/documents/${firstId}/confirm`, { mode: 'create', version: doc.version, conference: conference, figures: [] });
    expect(again.statusCode).toBe(409);
  });

  it('recognises a second outlet reporting the same event and adds it as a second source, filling only empty fields', async () => {
    const res = await upload(gialai, secondOutlet, 'bao-gia-lai.txt');
    expect(res.statusCode).toBe(201);
    const secondId = res.json().id;
    const doc = (await call(gialai, 'GET', `/api/intake/documents/${secondId}`)).json() as IntakeDocument;
    expect(doc.matchedConference?.id).toBe(conferenceId);
    expect(doc.duplicates.map((d) => d.id)).toContain(firstId);

    const before = (await call(gialai, 'GET', `/api/conferences/${conferenceId}`)).json();
    const attach = await call(gialai, 'POST', `/api/intake/documents/${secondId}/confirm`, {
      mode: 'attach',
      version: doc.version,
      conferenceId,
      conferenceVersion: before.version,
      fill: { venue: 'Hội trường Công an tỉnh', title: 'Tên khác không được ghi đè' },
      figures: [],
    });
    expect(attach.statusCode).toBe(200);
    const after = (await call(gialai, 'GET', `/api/conferences/${conferenceId}`)).json();
    expect(after.sources).toHaveLength(2);
    expect(after.sources.every((s: { fileId: string | null }) => s.fileId)).toBe(true);
    expect(after.title).toBe(before.title);
    expect(after.venue).toBe(before.venue ?? 'Hội trường Công an tỉnh');
    expect(await t.database.db.select().from(conferenceSources).where(eq(conferenceSources.conferenceId, conferenceId))).toHaveLength(2);
  });

  it('drops a pasted text from the queue', async () => {
    const pasted = await call(gialai, 'POST', '/api/intake/paste', { text: 'Sáng 14/9/2024, tỉnh Gia Lai tổ chức hội nghị tập huấn công tác nhân quyền cho cán bộ cấp xã.' });
    expect(pasted.statusCode).toBe(201);
    expect(pasted.json()).toMatchObject({ kind: 'pasted', status: 'ready' });
    const id = pasted.json().id;
    const dropped = await call(gialai, 'POST', `/api/intake/documents/${id}/drop`, { version: 1 });
    expect(dropped.json().status).toBe('dropped');
    const queue = (await call(gialai, 'GET', '/api/intake/documents')).json();
    expect(queue.items.map((d: { id: string }) => d.id)).not.toContain(id);
    expect((await call(gialai, 'POST', `/api/intake/documents/${id}/drop`, { version: 2 })).statusCode).toBe(409);
  });
});
