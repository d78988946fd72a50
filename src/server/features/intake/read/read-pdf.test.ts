import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareSourceText } from '../../../../shared/intake/source-text/index.js';
import { defaultIntakeLimits } from './limits.js';
import { readPdf } from './read-pdf.js';

const pdf = new Uint8Array(fs.readFileSync(new URL('../../../../../fixtures/intake/bac-kan.pdf', import.meta.url)));

describe('readPdf', () => {
  it('keeps the PDF’s lines and paragraphs in the source text, page by page', async () => {
    const read = await readPdf(pdf, defaultIntakeLimits);
    expect(read.rejoinLines).toBe(true);
    expect(read.pageStarts).toHaveLength(2);
    expect(read.text.startsWith('Tập huấn công tác nhân quyền tại Bắc Kạn\n\nNgày 13-6-2023, Ban Chỉ đạo Bảo vệ an ninh tỉnh Bắc Kạn tổ chức Hội nghị tập\nhuấn')).toBe(true);
    expect(read.text.slice(read.pageStarts![1]!).length).toBeGreaterThan(100);
  });

  it('gives the extractor whole sentences, mapped back to the PDF’s lines', async () => {
    const read = await readPdf(pdf, defaultIntakeLimits);
    const prepared = prepareSourceText(read.text, { rejoinLines: true });
    const sentence = 'tổ chức Hội nghị tập huấn công tác nhân quyền năm 2023.';
    const i = prepared.text.indexOf(sentence);
    expect(i).toBeGreaterThan(0);
    expect(read.text.slice(prepared.toSource(i), prepared.toSource(i + sentence.length))).toBe('tổ chức Hội nghị tập\nhuấn công tác nhân quyền năm 2023.');
  });

  it('reads only the first pages of a long PDF, with a warning', async () => {
    const read = await readPdf(pdf, { ...defaultIntakeLimits, maxPages: 1 });
    expect(read.pageStarts).toEqual([0]);
    expect(read.warnings).toEqual(['Tệp PDF có 2 trang; chỉ đọc 1 trang đầu.']);
  });

  it('says a damaged PDF is damaged', async () => {
    await expect(readPdf(new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF'), defaultIntakeLimits)).rejects.toMatchObject({ code: expect.stringMatching(/^(corrupt|no_text)$/u) });
  });
});
