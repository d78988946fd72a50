import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConferenceStats } from '../../../shared/api/conference-stats.js';
import type { ConferenceInput } from '../../../shared/api/conferences.js';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { STATS_SHEETS } from './stats-xlsx.js';

/**
 * Six conferences, four of them counted in 2024:
 * - Thái Nguyên (19), 3.000 delegates recorded, two points in communes 01840 and 01843 (300 there);
 * - Bắc Kạn (old 06, now part of Thái Nguyên), no total, two points (01849: 40, 01840: 60);
 * - Cao Bằng (04), a commune-level conference in 01273, 120 delegates;
 * - a national conference, 1.000 delegates, one point in Cao Bằng's 01279 and one central point;
 * and, not counted in 2024: a cancelled one in Cao Bằng, a planned one in Hồ Chí Minh, and a
 * 2023 one in Thái Nguyên (70 delegates).
 */
describe('conference statistics', () => {
  let t: TestApp;
  let admin: string;
  let caoBang: string;

  const post = async (payload: ConferenceInput) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/conferences', headers: { cookie: admin }, payload });
    if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  };
  const stats = async (cookie: string, query = ''): Promise<ConferenceStats> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/conference-stats${query}`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const provinceRow = (s: ConferenceStats, code: string) => s.byProvince.find((p) => p.code === code)!;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedInAs(t, 'national_admin')).cookie;
    caoBang = (await signedInAs(t, 'provincial_secretariat', '04')).cookie;
    const title = 'Hội nghị tập huấn công tác nhân quyền';
    await post({
      title,
      level: 'provincial',
      provinceCode: '19',
      startDate: '2024-03-10',
      format: 'hybrid',
      status: 'held',
      participantsActual: 3000,
      connectionPoints: [
        { name: 'Điểm cầu xã Đức Xuân', level: 'commune', provinceCode: '19', communeCode: '01840', actualAttendance: 100 },
        { name: 'Điểm cầu phường Bắc Kạn', level: 'commune', provinceCode: '19', communeCode: '01843', actualAttendance: 200 },
      ],
      agenda: [
        { title: 'Quyền tự do tín ngưỡng, tôn giáo', themes: ['belief_religion'] },
        { title: 'Tôn giáo và không gian mạng', themes: ['belief_religion', 'cyberspace'] },
      ],
    });
    await post({
      title,
      level: 'provincial',
      legacyProvinceCode: '06',
      startDate: '2024-05-20',
      format: 'online',
      status: 'held',
      connectionPoints: [
        { name: 'Điểm cầu xã Phong Quang', level: 'commune', communeCode: '01849', actualAttendance: 40 },
        { name: 'Điểm cầu xã Đức Xuân', level: 'commune', communeCode: '01840', actualAttendance: 60 },
      ],
      agenda: [{ title: 'Bảo vệ quyền trẻ em', themes: ['children'] }],
    });
    await post({
      title,
      level: 'commune',
      provinceCode: '04',
      communeCode: '01273',
      startDate: '2024-05-02',
      format: 'in_person',
      status: 'held',
      participantsActual: 120,
      agenda: [{ title: 'Tự do tôn giáo ở cơ sở', themes: ['belief_religion'] }],
    });
    await post({
      title: 'Hội nghị trực tuyến toàn quốc về công tác nhân quyền',
      level: 'national',
      startDate: '2024-09-02',
      format: 'online',
      status: 'held',
      participantsActual: 1000,
      connectionPoints: [
        { name: 'Điểm cầu Trung ương', level: 'central', isMain: true, actualAttendance: 200 },
        { name: 'Điểm cầu xã Nùng Trí Cao', level: 'commune', provinceCode: '04', communeCode: '01279', actualAttendance: 50 },
      ],
    });
    await post({ title, level: 'provincial', provinceCode: '04', startDate: '2024-06-01', status: 'cancelled', participantsActual: 999 });
    await post({ title, level: 'provincial', provinceCode: '79', startDate: '2024-07-01', status: 'planned', participantsPlanned: 500 });
    await post({ title, level: 'provincial', provinceCode: '19', startDate: '2023-11-11', status: 'held', participantsActual: 70 });
  });
  afterAll(() => t.close());

  it('sums a year nationally: held conferences only, the total or else the points, never both', async () => {
    const s = await stats(admin, '?year=2024');
    expect(s.year).toBe(2024);
    expect(s.province).toBeNull();
    expect(s.totals).toMatchObject({ conferences: 4, delegates: 3000 + 100 + 120 + 1000, connectionPoints: 6, communesReached: 5, communeCount: 3321 });
    expect(s.totals.communesReachedShare).toBeCloseTo(5 / 3321, 10);
    expect(s.central).toEqual({ conferences: 1, delegates: 1000, delegatesUnrecorded: 0, connectionPoints: 2 });
    expect(s.testGains).toEqual([]);
  });

  it('lists all 34 provinces, rolling an old province up into its successor', async () => {
    const s = await stats(admin, '?year=2024');
    expect(s.byProvince).toHaveLength(34);
    expect(provinceRow(s, '19')).toEqual({
      code: '19',
      name: 'Thái Nguyên',
      conferences: 2,
      delegates: 3100,
      delegatesUnrecorded: 0,
      connectionPoints: 4,
      communesReached: 3,
      communeCount: 92,
      share: 3 / 92,
    });
    // The national conference's point reaches a Cao Bằng commune; its delegates stay with the central row.
    expect(provinceRow(s, '04')).toMatchObject({ conferences: 1, delegates: 120, connectionPoints: 0, communesReached: 2, communeCount: 56 });
    expect(provinceRow(s, '79')).toMatchObject({ conferences: 0, delegates: 0, communesReached: 0, share: 0 });
  });

  it('groups by month, theme, level, format and connection-point level', async () => {
    const s = await stats(admin, '?year=2024');
    expect(s.byMonth).toHaveLength(12);
    expect(s.byMonth.filter((m) => m.conferences > 0)).toEqual([
      { month: 3, conferences: 1, delegates: 3000, delegatesUnrecorded: 0 },
      { month: 5, conferences: 2, delegates: 220, delegatesUnrecorded: 0 },
      { month: 9, conferences: 1, delegates: 1000, delegatesUnrecorded: 0 },
    ]);
    expect(s.byTheme.slice(0, 3)).toEqual([
      { theme: 'belief_religion', topics: 3, conferences: 2 },
      { theme: 'children', topics: 1, conferences: 1 },
      { theme: 'cyberspace', topics: 1, conferences: 1 },
    ]);
    expect(s.byTheme).toHaveLength(14);
    expect(s.byLevel).toEqual([
      { level: 'national', conferences: 1, delegates: 1000, delegatesUnrecorded: 0 },
      { level: 'regional', conferences: 0, delegates: 0, delegatesUnrecorded: 0 },
      { level: 'provincial', conferences: 2, delegates: 3100, delegatesUnrecorded: 0 },
      { level: 'commune', conferences: 1, delegates: 120, delegatesUnrecorded: 0 },
    ]);
    expect(s.byFormat).toEqual([
      { format: 'in_person', conferences: 1, delegates: 120, delegatesUnrecorded: 0 },
      { format: 'online', conferences: 2, delegates: 1100, delegatesUnrecorded: 0 },
      { format: 'hybrid', conferences: 1, delegates: 3000, delegatesUnrecorded: 0 },
      { format: 'unknown', conferences: 0, delegates: 0, delegatesUnrecorded: 0 },
    ]);
    expect(s.byPointLevel.filter((l) => l.connectionPoints > 0)).toEqual([
      { level: 'central', connectionPoints: 1, attendance: 200 },
      { level: 'commune', connectionPoints: 5, attendance: 450 },
    ]);
  });

  it('filters by year, and keeps every year in the trend', async () => {
    const s = await stats(admin, '?year=2023');
    expect(s.totals).toMatchObject({ conferences: 1, delegates: 70, connectionPoints: 0, communesReached: 0 });
    expect(s.byYear).toEqual([
      { year: 2023, conferences: 1, delegates: 70, delegatesUnrecorded: 0 },
      { year: 2024, conferences: 4, delegates: 4220, delegatesUnrecorded: 0 },
    ]);
    const all = await stats(admin);
    expect(all.year).toBeNull();
    expect(all.totals).toMatchObject({ conferences: 5, delegates: 4290 });
  });

  it('filters by current province, old-province records included, with that province as the share base', async () => {
    const s = await stats(admin, '?year=2024&province=19');
    expect(s.province).toEqual({ code: '19', name: 'Thái Nguyên' });
    expect(s.totals).toEqual({ conferences: 2, delegates: 3100, delegatesUnrecorded: 0, connectionPoints: 4, communesReached: 3, communeCount: 92, communesReachedShare: 3 / 92 });
    expect(s.central.conferences).toBe(0);
    expect(s.byYear).toEqual([
      { year: 2023, conferences: 1, delegates: 70, delegatesUnrecorded: 0 },
      { year: 2024, conferences: 2, delegates: 3100, delegatesUnrecorded: 0 },
    ]);
  });

  it('shows a province user only its own province and national conferences', async () => {
    const s = await stats(caoBang, '?year=2024');
    expect(s.totals).toMatchObject({ conferences: 2, delegates: 1120, connectionPoints: 2, communesReached: 2 });
    expect(provinceRow(s, '19')).toMatchObject({ conferences: 0, delegates: 0, communesReached: 0 });
    const elsewhere = await stats(caoBang, '?year=2024&province=19');
    expect(elsewhere.totals).toMatchObject({ conferences: 0, delegates: 0 });
  });

  it('refuses an unknown province code', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/conference-stats?province=99', headers: { cookie: admin } });
    expect(res.statusCode).toBe(400);
  });

  it('exports the same figures to Excel, one sheet per table, with numbers under a bold frozen header', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/conference-stats/export.xlsx?year=2024', headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const utf8Name = /filename\*=UTF-8''(.+)$/.exec(String(res.headers['content-disposition']))?.[1];
    expect(decodeURIComponent(utf8Name ?? '')).toBe('Thống kê tập huấn năm 2024, toàn quốc.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(Object.values(STATS_SHEETS));

    const provinces = workbook.getWorksheet(STATS_SHEETS.province)!;
    expect(provinces.getRow(1).getCell(3).value).toBe('Tỉnh, thành phố');
    expect(provinces.getRow(1).getCell(3).font?.bold).toBe(true);
    expect(provinces.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rows = provinces.getSheetValues().slice(2) as unknown[][];
    const thaiNguyen = rows.find((r) => r[2] === '19')!;
    expect(thaiNguyen.slice(3, 11)).toEqual(['Thái Nguyên', 2, 3100, 0, 4, 3, 92, 3 / 92]);
    expect(provinces.getCell(`E${rows.indexOf(thaiNguyen) + 2}`).numFmt).toBe('#,##0');
    const total = rows.find((r) => r[3] === 'Tổng cộng')!;
    expect(total.slice(4, 10)).toEqual([4, 4220, 0, 6, 5, 3321]);
    expect(rows.filter((r) => /^\d{2}$/.test(String(r[2])))).toHaveLength(34);

    const months = workbook.getWorksheet(STATS_SHEETS.month)!;
    expect(months.getRow(6).values).toEqual([undefined, 5, 2, 220, 0]);
    const themes = workbook.getWorksheet(STATS_SHEETS.theme)!;
    expect(themes.getRow(2).values).toEqual([undefined, 1, 'Tự do tín ngưỡng, tôn giáo', 3, 2]);
    const years = workbook.getWorksheet(STATS_SHEETS.year)!;
    expect(years.getRow(3).values).toEqual([undefined, 2024, 4, 4220, 0]);
  });

  it('counts a row recorded as a group of points ("10 điểm cầu cấp huyện và 161 điểm cầu xã") as that many points', async () => {
    await post({
      title: 'Hội nghị tập huấn nhân quyền quy mô lớn',
      level: 'provincial',
      legacyProvinceCode: '04',
      startDate: '2022-09-23',
      format: 'hybrid',
      status: 'held',
      participantsActual: 3000,
      participantsQualifier: 'more_than',
      connectionPoints: [
        { name: 'Hội trường UBND tỉnh', level: 'province', isMain: true },
        { name: 'Các điểm cầu cấp huyện', level: 'district', pointCount: 10 },
        { name: 'Các điểm cầu cấp xã', level: 'commune', pointCount: 161 },
      ],
    });
    const s = await stats(admin, '?year=2022');
    expect(s.totals).toMatchObject({ conferences: 1, delegates: 3000, connectionPoints: 172, communesReached: 0 });
    expect(provinceRow(s, '04')).toMatchObject({ conferences: 1, connectionPoints: 172 });
    expect(s.byPointLevel.filter((l) => l.connectionPoints > 0).map((l) => [l.level, l.connectionPoints])).toEqual([
      ['province', 1],
      ['district', 10],
      ['commune', 161],
    ]);
  });
});
