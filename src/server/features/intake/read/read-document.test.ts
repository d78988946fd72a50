import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocx } from './docx-test-fixtures.js';
import { defaultIntakeLimits } from './limits.js';
import { readDocument, readPastedText } from './read-document.js';

const limits = defaultIntakeLimits;
const seed = fs.readFileSync(new URL('../../../../../fixtures/corpus/seeds/004_04b5a35aa006dd66.txt', import.meta.url));
const pdf = fs.readFileSync(new URL('../../../../../fixtures/intake/bac-kan.pdf', import.meta.url));

const read = (bytes: Uint8Array, fileName: string) => readDocument({ bytes, fileName }, limits);
const refusal = (bytes: Uint8Array, fileName: string) =>
  read(bytes, fileName).then(
    () => null,
    (e: { code: string; message: string }) => ({ code: e.code, message: e.message }),
  );

describe('readDocument: text files', () => {
  it('reads UTF-8, with or without a byte-order mark, as it is', async () => {
    const text = seed.toString('utf8');
    expect((await read(seed, 'bai.txt')).text).toBe(text);
    expect((await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seed]), 'bai.txt')).text).toBe(text);
  });

  it('reads UTF-16 with a byte-order mark (Notepad’s “Unicode”)', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed.toString('utf8'), 'utf16le')]);
    expect((await read(utf16, 'bai.txt')).text).toBe(seed.toString('utf8'));
  });

  it('falls back to windows-1258 for old Vietnamese Windows files, and says so', async () => {
    // "Việt Nam" in windows-1258: ê + combining dot below (0xF2).
    const bytes = new Uint8Array([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d, 0x20, 0x6e, 0xe3, 0x6d, 0x20, 0xf0, 0xf5, 0xfd, 0x63]);
    const result = await read(bytes, 'cu.txt');
    expect(result.text.normalize('NFC')).toBe('Việt Nam năm đơưc');
    expect(result.warnings[0]).toContain('windows-1258');
  });

  it('turns a TCVN3 text saved as ANSI into Unicode', async () => {
    const bytes = new Uint8Array(Buffer.from('Ban ChØ ®¹o vÒ Nh©n quyÒn tØnh B¾c K¹n', 'latin1'));
    const result = await read(bytes, 'cu.txt');
    expect(result.text).toBe('Ban Chỉ đạo về Nhân quyền tỉnh Bắc Kạn');
    expect(result.warnings).toEqual([expect.stringContaining('TCVN3')]);
  });
});

describe('readDocument: the bytes decide, not the name', () => {
  it('reads a .pdf that is really text as text, with a warning', async () => {
    const result = await read(seed, 'bao-cao.pdf');
    expect(result).toMatchObject({ kind: 'txt', text: seed.toString('utf8') });
    expect(result.warnings[0]).toBe('Tệp “bao-cao.pdf” thực chất là văn bản thuần (.txt); đã đọc theo đúng định dạng đó.');
  });

  it('reads a Word document named .pdf as Word, and a PDF named .docx as PDF', async () => {
    expect(await read(await buildDocx(['Hội nghị tập huấn công tác nhân quyền năm 2024']), 'x.pdf')).toMatchObject({ kind: 'docx' });
    expect(await read(pdf, 'x.docx')).toMatchObject({ kind: 'pdf' });
  });

  it('reads a saved page named .txt as a web page, without a warning', async () => {
    const html = fs.readFileSync(new URL('../../../../../fixtures/intake/bao-mau-cao-bang.html', import.meta.url));
    expect(await read(html, 'trang.txt')).toMatchObject({ kind: 'html', warnings: [], published: '2023-09-23' });
  });
});

describe('readDocument: bad inputs get one clear Vietnamese line', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'trong.txt', 'empty', /^Tệp trống/u],
    ['a PNG named .docx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'bao-cao.docx', 'unsupported_type', /^Tệp “bao-cao\.docx” không phải tài liệu Word \(\.docx\) mà là một ảnh PNG\./u],
    ['an old .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'bao-cao.doc', 'unsupported_type', /Word\/Excel 97–2003.*lưu thành \.docx/u],
    ['a binary file', new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'du-lieu.txt', 'unsupported_type', /tệp nhị phân/u],
    ['a 50 MB PDF', Object.assign(new Uint8Array(50 * 1024 * 1024), { 0: 0x25, 1: 0x50, 2: 0x44, 3: 0x46, 4: 0x2d }), 'lon.pdf', 'too_large', /^Tệp quá lớn: 50,0 MB, tối đa 20 MB\.$/u],
    ['a PDF with no text layer', new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF'), 'scan.pdf', 'no_text', /không có lớp chữ/u],
  ])('%s', async (_what, bytes, fileName, code, message) => {
    expect(await refusal(bytes, fileName)).toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('refuses text longer than the limit', async () => {
    await expect(readDocument({ bytes: seed, fileName: 'bai.txt' }, { ...limits, maxTextChars: 1000 })).rejects.toMatchObject({ code: 'too_long' });
  });
});

describe('readPastedText', () => {
  it('reads pasted HTML with Readability and pasted text as it is', () => {
    const html = fs.readFileSync(new URL('../../../../../fixtures/intake/bao-mau-cao-bang.html', import.meta.url), 'utf8');
    expect(readPastedText(html, 'auto', limits)).toMatchObject({ kind: 'html', sourceUrl: expect.stringContaining('bao-mau.example.vn') });
    expect(readPastedText('Hội nghị <b>tập huấn</b>', 'text', limits)).toMatchObject({ kind: 'txt', text: 'Hội nghị <b>tập huấn</b>' });
  });
});
