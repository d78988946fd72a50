import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocx, seedParagraphs, toTcvn3 } from './docx-test-fixtures.js';
import { defaultIntakeLimits } from './limits.js';
import { readDocx } from './read-docx.js';
import { docxBomb } from './zip-bomb-fixtures.js';

const limits = defaultIntakeLimits;

async function refusal(bytes: Uint8Array) {
  const t0 = performance.now();
  const error = await readDocx(bytes, limits).then(
    () => null,
    (e: unknown) => e,
  );
  return { error, ms: performance.now() - t0 };
}

describe('readDocx', () => {
  it('reads a Word report paragraph by paragraph', async () => {
    const paragraphs = seedParagraphs('004');
    const read = await readDocx(await buildDocx(paragraphs), limits);
    expect(read.text).toBe(paragraphs.join('\n\n'));
    expect(read.warnings).toEqual([]);
  });

  it('converts a report typed in .VnTime (TCVN3) to Unicode and says so', async () => {
    const sentence = 'Sáng ngày 13/6/2024, Văn phòng Thường trực về Nhân quyền Chính phủ phối hợp tổ chức Hội nghị tập huấn công tác nhân quyền cấp cơ sở năm 2024.';
    const paragraphs = ['Ban ChØ ®¹o vÒ Nh©n quyÒn tØnh Hoµ B×nh', toTcvn3(sentence)];
    const read = await readDocx(await buildDocx(paragraphs, '.VnTime'), limits);
    expect(read.text).toBe(`Ban Chỉ đạo về Nhân quyền tỉnh Hoà Bình\n\n${sentence}`);
    expect(read.warnings).toEqual([expect.stringContaining('TCVN3 (.VnTime)')]);
  });

  it('refuses quickly a zip bomb whose headers admit 1 GB of zeros', async () => {
    const { error, ms } = await refusal(docxBomb(1024, 'honest'));
    expect(error).toMatchObject({ code: 'archive_too_large', message: expect.stringMatching(/^Tệp Word bị từ chối: /u) });
    expect(ms).toBeLessThan(2_000);
  });

  it('refuses quickly a zip bomb whose headers lie about its size, while inflating', async () => {
    const { error, ms } = await refusal(docxBomb(1024, 'lie'));
    expect(error).toMatchObject({ code: 'archive_too_large', message: expect.stringContaining('lớn hơn kích thước khai báo') });
    expect(ms).toBeLessThan(2_000);
  });

  it('refuses an archive of too many parts, and one that is not a Word document', async () => {
    const many = Object.fromEntries(Array.from({ length: 2_100 }, (_, i) => [`word/p${i}.xml`, new Uint8Array(1)]));
    expect((await refusal(zipSync({ ...many, 'word/document.xml': new Uint8Array(1) }))).error).toMatchObject({ code: 'archive_too_large' });
    const workbook = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') });
    expect((await refusal(workbook)).error).toMatchObject({ code: 'unsupported_type', message: expect.stringContaining('bảng tính Excel (.xlsx)') });
  });

  it('says a damaged Word file is damaged', async () => {
    const bytes = await buildDocx(['Hội nghị tập huấn']);
    expect((await refusal(bytes.subarray(0, bytes.length / 2))).error).toMatchObject({ code: 'corrupt' });
  });
});
