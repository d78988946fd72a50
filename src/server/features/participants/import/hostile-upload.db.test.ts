import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../../test-support/test-app.js';
import { conferenceWithPoints, mappingQuery, TEMPLATE_MAPPING, upload, xlsxOf } from '../testing.js';
import { xlsxBomb, xlsxWithRows } from './hostile-xlsx-fixtures.js';

describe('hostile participant lists', () => {
  let t: TestApp;
  let caoBang: string;
  let id: string;
  const base = () => `/api/conferences/${id}/participants`;
  const total = async () => (await t.app.inject({ method: 'GET', url: `${base()}?pageSize=1`, headers: { cookie: caoBang } })).json().total as number;

  beforeAll(async () => {
    t = await createTestApp();
    caoBang = (await signedInAs(t, 'provincial_secretariat', '04')).cookie;
    id = (await t.app.inject({ method: 'POST', url: '/api/conferences', headers: { cookie: caoBang }, payload: conferenceWithPoints() })).json().id;
    // The first upload starts the reading worker; the tests below time uploads, not that.
    await t.app.inject(upload(`${base()}/import/preview`, caoBang, await xlsxOf([['Họ và tên'], ['Nguyễn Văn An']]), 'xlsx'));
  });
  afterAll(() => t.close());

  it('refuses a 2 GB zip bomb named .xlsx with 413 within seconds, truthful headers or lying ones, importing nobody', async () => {
    for (const declare of ['honest', 'lie'] as const) {
      for (const url of [`${base()}/import/preview`, `${base()}/import?${mappingQuery(TEMPLATE_MAPPING)}`]) {
        const started = performance.now();
        const res = await t.app.inject(upload(url, caoBang, Buffer.from(xlsxBomb(2000, declare)), 'xlsx', 'danh-sach.xlsx'));
        expect(res.statusCode, declare).toBe(413);
        expect(res.json().detail).toMatch(/^Tệp “danh-sach\.xlsx” bị từ chối: .*(nén hơn 200 lần|lớn hơn kích thước khai báo)/u);
        expect(performance.now() - started).toBeLessThan(10_000);
      }
    }
    expect(await total()).toBe(0);
  });

  it('refuses a sheet of 800.000 rows (9 MB) with 413 naming the limit, while reading it', async () => {
    const bytes = Buffer.from(xlsxWithRows(800_000));
    const started = performance.now();
    const res = await t.app.inject(upload(`${base()}/import?${mappingQuery(TEMPLATE_MAPPING)}`, caoBang, bytes, 'xlsx', 'danh-sach.xlsx'));
    expect(res.statusCode).toBe(413);
    expect(res.json().detail).toBe('Tệp “danh-sach.xlsx” có hơn 50.000 dòng, vượt giới hạn 50.000 dòng mỗi lần nhập. Hãy chia thành nhiều tệp.');
    // Parsing it whole took 14,5 s on a quiet machine; stopping at the limit takes well under that (loaded CI included).
    expect(performance.now() - started).toBeLessThan(8_000);
    expect(await total()).toBe(0);
  }, 60_000);

  it('refuses a CSV of a million lines while reading it', async () => {
    const lines = ['Họ và tên'];
    for (let i = 0; i < 1_000_000; i += 1) lines.push(`N${i}`);
    const res = await t.app.inject(upload(`${base()}/import/preview`, caoBang, lines.join('\n'), 'csv', 'danh-sach.csv'));
    expect(res.statusCode).toBe(413);
    expect(res.json().detail).toContain('có hơn 50.000 dòng');
  });

  it('keeps answering the health check while four hostile spreadsheets are being read', async () => {
    const long = Buffer.from(xlsxWithRows(800_000));
    const hostile = [long, Buffer.from(xlsxBomb(2000, 'lie')), long, Buffer.from(xlsxBomb(2000, 'honest'))];
    let uploadsDone = 0;
    const uploads = hostile.map((bytes) =>
      t.app.inject(upload(`${base()}/import/preview`, caoBang, bytes, 'xlsx')).then((res) => {
        uploadsDone += 1;
        return res.statusCode;
      }),
    );
    const latencies: number[] = [];
    let answeredWhileBusy = 0;
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      latencies.push(performance.now() - started);
      expect(health.statusCode).toBe(200);
      if (uploadsDone < hostile.length) answeredWhileBusy += 1;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await Promise.all(uploads)).toEqual([413, 413, 413, 413]);
    // The reading happens in a worker thread: the server's own thread stays free for other requests.
    expect(answeredWhileBusy).toBeGreaterThan(0);
    expect(Math.max(...latencies)).toBeLessThan(1_000);
  }, 120_000);
});
