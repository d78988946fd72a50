import { describe, expect, it, vi } from 'vitest';
import { participantLimits } from '../../../../shared/api/participants.js';
import { readZipDirectory } from '../../files/guarded-zip.js';
import { xlsxBomb, xlsxWithRows } from './hostile-xlsx-fixtures.js';
import { runJob, type XlsxJob } from './read-xlsx-job.js';
import { SheetRowCounter } from '../../files/sheet-row-counter.js';

const job = (bytes: Uint8Array): XlsxJob => ({
  bytes,
  fileName: 'danh-sach.xlsx',
  zip: { maxInflatedBytes: 100 * 1024 * 1024, maxEntries: 5000, maxCompressionRatio: 200 },
  maxFilledRows: participantLimits.importRows + 10,
  rowLimit: participantLimits.importRows,
});

describe('reading an .xlsx in the upload worker', () => {
  it('stops inflating a sheet of 300.000 rows soon after the 50.000th, not at its end', async () => {
    const bytes = xlsxWithRows(300_000);
    const sheetSize = readZipDirectory(bytes).find((e) => e.name === 'xl/worksheets/sheet1.xml')!.originalSize;
    let seen = 0;
    const realPush = SheetRowCounter.prototype.push;
    const spy = vi.spyOn(SheetRowCounter.prototype, 'push').mockImplementation(function (this: SheetRowCounter, chunk: Uint8Array) {
      seen += chunk.length;
      return realPush.call(this, chunk);
    });
    const result = await runJob(job(bytes));
    spy.mockRestore();
    expect(result).toEqual({ ok: false, code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/^Tệp “danh-sach\.xlsx” có hơn 50\.000 dòng, vượt giới hạn 50\.000 dòng/u) });
    // The limit is a sixth of the sheet; stopping there (give or take one inflated chunk) reads well under a third of it.
    expect(seen).toBeLessThan(sheetSize / 3);
  });

  it('reads a list at the limit whole', async () => {
    const result = await runJob(job(xlsxWithRows(participantLimits.importRows)));
    expect(result.ok && result.rows.length).toBe(participantLimits.importRows + 1);
  });

  it('refuses a bomb whose headers lie, after inflating a few megabytes', async () => {
    const result = await runJob(job(xlsxBomb(2000, 'lie')));
    expect(result).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('lớn hơn kích thước khai báo') });
  });
});
