import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeIntakePipeline, readAndExtract, readAndExtractText } from './pipeline.js';
import { buildDocx, seedParagraphs } from './read/docx-test-fixtures.js';
import { docxBomb } from './read/zip-bomb-fixtures.js';

const fixture = (path: string) => new Uint8Array(fs.readFileSync(new URL(`../../../../${path}`, import.meta.url)));
const seed = fixture('fixtures/corpus/seeds/000_1c2753803be3d397.txt');
const pdf = fixture('fixtures/intake/bac-kan.pdf');

afterAll(() => closeIntakePipeline());

/** Every evidence span must point at source text that is really there (never past the end). */
function expectSpansInside(sourceText: string, evidence: Record<string, { spans: { start: number; end: number }[] }>) {
  for (const [path, e] of Object.entries(evidence)) {
    for (const s of e.spans) {
      expect(s.start, path).toBeGreaterThanOrEqual(0);
      expect(s.end, path).toBeLessThanOrEqual(sourceText.length);
      expect(s.start, path).toBeLessThanOrEqual(s.end);
    }
  }
}

describe('readAndExtract (worker threads)', () => {
  it('reads and extracts a seed article, with its hash and evidence into the source text', async () => {
    const result = await readAndExtract({ bytes: seed, fileName: 'bac-kan.txt' });
    if (!result.ok) throw new Error(result.message);
    expect(result).toMatchObject({ kind: 'txt', sourceText: new TextDecoder().decode(seed), textSha256: expect.stringMatching(/^[0-9a-f]{64}$/u) });
    expect(result.extraction.event_date).toBe('2023-06-13');
    expectSpansInside(result.sourceText, result.extraction.evidence);
  });

  it('reads the same article from a PDF: spans land on the PDF’s own lines', async () => {
    const result = await readAndExtract({ bytes: pdf, fileName: 'bac-kan.pdf' });
    if (!result.ok) throw new Error(result.message);
    expect(result.kind).toBe('pdf');
    expect(result.extraction.event_date).toBe('2023-06-13');
    const date = result.extraction.evidence.event_date?.spans[0];
    expect(date && result.sourceText.slice(date.start, date.end)).toContain('13-6-2023');
    expectSpansInside(result.sourceText, result.extraction.evidence);
  });

  it('reads a Word report and a pasted web page', async () => {
    const docx = await readAndExtract({ bytes: await buildDocx(seedParagraphs('004')), fileName: 'hoa-binh.docx' });
    expect(docx).toMatchObject({ ok: true, kind: 'docx', extraction: { event_date: '2024-06-13' } });
    const html = fs.readFileSync(new URL('../../../../fixtures/intake/bao-mau-cao-bang.html', import.meta.url), 'utf8');
    const page = await readAndExtractText({ text: html, format: 'html' });
    expect(page).toMatchObject({ ok: true, kind: 'html', published: '2023-09-23', title: 'Cao Bằng: Tập huấn công tác nhân quyền năm 2023' });
  });

  it('gives English or French text an empty draft with a Vietnamese warning', async () => {
    const english = 'The provincial committee held a training conference on human rights in June 2023. Officials from every district attended the sessions, which covered reporting, the follow-up of recommendations and the rights of ethnic minorities.';
    const result = await readAndExtractText({ text: english });
    expect(result).toMatchObject({ ok: true, extraction: { event_date: null, officials: [], evidence: {} } });
    expect(result.ok && result.warnings[0]).toMatch(/^Văn bản không phải tiếng Việt/u);
  });

  it('answers each bad input with its code, quickly, and keeps working afterwards', async () => {
    const t0 = performance.now();
    const bad = await Promise.all([
      readAndExtract({ bytes: new Uint8Array(0), fileName: 'trong.txt' }),
      readAndExtract({ bytes: Object.assign(new Uint8Array(50 * 1024 * 1024), { 0: 0x25, 1: 0x50, 2: 0x44, 3: 0x46 }), fileName: 'lon.pdf' }),
      readAndExtract({ bytes: docxBomb(1024, 'lie'), fileName: 'bao-cao.docx' }),
      readAndExtract({ bytes: docxBomb(1024, 'honest'), fileName: 'bao-cao.docx' }),
      readAndExtract({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), fileName: 'anh.docx' }),
      readAndExtractText({ text: '<!doctype html><html><body><nav><a href="/">Trang chủ</a></nav></body></html>', format: 'html' }),
    ]);
    expect(bad.map((r) => (r.ok ? 'ok' : r.code))).toEqual(['empty', 'too_large', 'archive_too_large', 'archive_too_large', 'unsupported_type', 'no_article']);
    for (const r of bad) expect(!r.ok && r.message).toMatch(/^[^\n]+$/u);
    expect(bad[1]).toMatchObject({ message: 'Tệp quá lớn: 50,0 MB, tối đa 20 MB.' });
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(await readAndExtract({ bytes: seed, fileName: 'bac-kan.txt' })).toMatchObject({ ok: true });
  });

  it('stops a document that overruns its time limit, replaces the worker, and reads the next one', async () => {
    const report = await buildDocx(Array.from({ length: 30 }, () => seedParagraphs('000')).flat());
    const slow = await readAndExtract({ bytes: report, fileName: 'dai.docx' }, { timeLimitMs: 1 });
    expect(slow).toMatchObject({ ok: false, code: 'timeout', message: expect.stringMatching(/^Đọc tài liệu quá 0 giây/u) });
    expect(await readAndExtract({ bytes: seed, fileName: 'bac-kan.txt' })).toMatchObject({ ok: true, kind: 'txt' });
  });
});
