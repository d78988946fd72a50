import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxBomb } from '../intake/read/zip-bomb-fixtures.js';
import { pptxBomb, xlsxBomb } from '../participants/import/hostile-xlsx-fixtures.js';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { storedFiles } from './tables.js';

describe('conference materials that are zip bombs', () => {
  let t: TestApp;
  let caoBang: string;

  beforeAll(async () => {
    t = await createTestApp();
    caoBang = (await signedInAs(t, 'provincial_secretariat', '04')).cookie;
  });
  afterAll(() => t.close());

  const upload = (fileName: string, bytes: Uint8Array) =>
    t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { cookie: caoBang, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
      payload: Buffer.from(bytes),
    });

  it('refuses a 2 GB bomb named .docx, .xlsx or .pptx, whether its headers tell the truth or lie, storing nothing', async () => {
    const before = (await t.database.db.select().from(storedFiles)).length;
    const bombs: Array<[string, Uint8Array]> = [
      ['tai-lieu.docx', docxBomb(2000, 'honest')],
      ['tai-lieu-2.docx', docxBomb(2000, 'lie')],
      ['bang.xlsx', xlsxBomb(2000, 'honest')],
      ['bang-2.xlsx', xlsxBomb(2000, 'lie')],
      ['trinh-chieu.pptx', pptxBomb(2000, 'honest')],
      ['trinh-chieu-2.pptx', pptxBomb(2000, 'lie')],
    ];
    for (const [name, bytes] of bombs) {
      const started = performance.now();
      const res = await upload(name, bytes);
      expect(res.statusCode, name).toBe(413);
      expect(res.json().detail, name).toMatch(new RegExp(`^Tệp «${name.replace('.', '\\.')}» bị từ chối: .*(nén hơn 200 lần|lớn hơn kích thước khai báo)`, 'u'));
      // Refused after inflating a few megabytes at most, not 2 GB (generous for a loaded machine).
      expect(performance.now() - started, name).toBeLessThan(10_000);
    }
    expect((await t.database.db.select().from(storedFiles)).length).toBe(before);
  });

  it('refuses an Office material that inflates past the total limit even when every part is honest and modest', async () => {
    // 300 parts of 1 MB of zeros: each under the ratio floor, 300 MB in all (limit 256 MB).
    const { zipWithEntries, deflatedZeros } = await import('../intake/read/zip-bomb-fixtures.js');
    const part = deflatedZeros(1);
    const bytes = zipWithEntries([
      { name: 'word/document.xml', data: new TextEncoder().encode('<w:document/>'), method: 0, declaredSize: 13 },
      ...Array.from({ length: 300 }, (_, i) => ({ name: `word/media/image${i}.bin`, data: part, declaredSize: 1024 * 1024 })),
    ]);
    const res = await upload('nhieu-anh.docx', bytes);
    expect(res.statusCode).toBe(413);
    expect(res.json().detail).toContain('tối đa 256 MB');
  });
});
