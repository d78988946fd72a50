import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Overview, Pivot, Trend } from '../../../shared/api/indicator-dashboards.js';
import { queryRows } from '../../db/query-rows.js';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { addIndicators, addProvinceForm, addProvinceReport, setReportStatus } from './testing.js';

/*
 * The aggregates kept by the workflow (every roll-up kind, old provinces merged into their new
 * one, approved and submitted stages) and the dashboards reading them, on both engines.
 * Provinces: '01' Hà Nội and '79' Hồ Chí Minh City; a current province with several old ones for
 * the merge.
 */
let t: TestApp;
let national: string;
let hanoi: string;
let saigon: string;
let merged: { code: string; legacy: string[] };
let submittedHanoi: string;

const get = async <T>(cookie: string, url: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
  const json = String(res.headers['content-type']).includes('json');
  return { status: res.statusCode, body: (json ? res.json() : null) as T, raw: res };
};
const aggregate = async (province: string, period: string, code: string, stage = 'approved') =>
  (await queryRows<Record<string, unknown>>(t.database.db, sql`select value, numerator, denominator, target, reports, not_aggregable from indicator_aggregates
    where province_code = ${province} and period = ${period} and indicator_code = ${code} and stage = ${stage}`))[0];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await addIndicators(db, [
    { code: 'D_JOBS', nameVi: 'Số lao động được giải quyết việc làm', aggregation: 'sum' },
    { code: 'D_BHXH', nameVi: 'Tỷ lệ tham gia BHXH bắt buộc', unit: '%', valueType: 'ratio', aggregation: 'ratio', decimals: 1 },
    { code: 'D_POOR_HH', nameVi: 'Số hộ nghèo', unit: 'hộ', aggregation: 'latest', higherIsBetter: false },
    { code: 'D_POOR_RATE', nameVi: 'Tỷ lệ hộ nghèo', unit: '%', valueType: 'percent', aggregation: 'latest', higherIsBetter: false },
    { code: 'D_INDEX', nameVi: 'Chỉ số hài lòng', unit: 'điểm', valueType: 'number', aggregation: 'none' },
  ]);
  const [row] = await queryRows<{ successor_code: string; codes: string[] }>(
    db,
    sql`select successor_code, array_agg(code order by code) as codes from legacy_provinces group by successor_code having count(*) >= 2 order by successor_code limit 1`,
  );
  merged = { code: row!.successor_code, legacy: row!.codes };
  const form = await addProvinceForm(db);

  await addProvinceReport(db, { formId: form, provinceCode: '01', period: '2024', status: 'approved', values: [
    { code: 'D_JOBS', value: 17_670, target: 15_000 },
    { code: 'D_BHXH', value: 90, numerator: 90, denominator: 100 },
    { code: 'D_POOR_HH', value: 100 },
  ] });
  await addProvinceReport(db, { formId: form, provinceCode: '79', period: '2024', status: 'approved', values: [
    { code: 'D_JOBS', value: 2_330, target: 5_000 },
    { code: 'D_BHXH', value: 10, numerator: 1, denominator: 10 },
    { code: 'D_POOR_HH', value: 50 },
  ] });
  await addProvinceReport(db, { formId: form, provinceCode: '01', period: '2023', status: 'approved', values: [{ code: 'D_JOBS', value: 17_460 }] });
  // Two old provinces' 2024 figures roll up into their new province.
  const [a, b] = merged.legacy;
  for (const [unitCode, jobs, num, den, rate, idx] of [[a!, 100, 30, 60, 9.2, 7], [b!, 50, 10, 40, 4, 8]] as const) {
    await addProvinceReport(db, { formId: form, unitKind: 'legacy_province', unitCode, provinceCode: merged.code, period: '2024-Q1', status: 'approved', values: [
      { code: 'D_JOBS', value: jobs, target: 100 },
      { code: 'D_BHXH', numerator: num, denominator: den },
      { code: 'D_POOR_HH', value: jobs * 2 },
      { code: 'D_POOR_RATE', value: rate },
      { code: 'D_INDEX', value: idx },
    ] });
  }
  // Hà Nội's 2025 figure is submitted, not yet approved: only Hà Nội and national roles see it with stage=submitted.
  submittedHanoi = await addProvinceReport(db, { formId: form, provinceCode: '01', period: '2025', status: 'submitted', values: [{ code: 'D_JOBS', value: 999 }] });
  await addProvinceReport(db, { formId: form, provinceCode: '79', period: '2025', status: 'submitted', values: [{ code: 'D_JOBS', value: 777 }] });
  await addProvinceReport(db, { formId: form, provinceCode: '79', period: '2025-Q1', status: 'draft', values: [{ code: 'D_JOBS', value: 5 }] });

  national = (await signedInAs(t, 'national_officer')).cookie;
  hanoi = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
  saigon = (await signedInAs(t, 'provincial_secretariat', '79')).cookie;
});
afterAll(async () => t?.close());

describe('aggregates kept by the workflow', () => {
  it('merges old provinces into their new one by each kind', async () => {
    expect(await aggregate(merged.code, '2024-Q1', 'D_JOBS')).toMatchObject({ reports: 2, not_aggregable: false });
    expect(Number((await aggregate(merged.code, '2024-Q1', 'D_JOBS'))!.value)).toBe(150);
    expect(Number((await aggregate(merged.code, '2024-Q1', 'D_JOBS'))!.target)).toBe(200);
    // (30 + 10) / (60 + 40) × 100 = 40 %, not the average of 50 % and 25 %.
    const ratio = (await aggregate(merged.code, '2024-Q1', 'D_BHXH'))!;
    expect([Number(ratio.value), Number(ratio.numerator), Number(ratio.denominator)]).toEqual([40, 40, 100]);
    expect(Number((await aggregate(merged.code, '2024-Q1', 'D_POOR_HH'))!.value)).toBe(300);
    for (const code of ['D_POOR_RATE', 'D_INDEX']) expect(await aggregate(merged.code, '2024-Q1', code)).toMatchObject({ value: null, not_aggregable: true, reports: 2 });
  });

  it('counts a submitted report only in the submitted stage, and a draft in neither', async () => {
    expect(await aggregate('01', '2025', 'D_JOBS', 'approved')).toBeUndefined();
    expect(Number((await aggregate('01', '2025', 'D_JOBS', 'submitted'))!.value)).toBe(999);
    expect(await aggregate('79', '2025-Q1', 'D_JOBS', 'submitted')).toBeUndefined();
  });

  it('follows a report through approval and reopening', async () => {
    const db = t.database.db;
    const form = await addProvinceForm(db);
    const id = await addProvinceReport(db, { formId: form, provinceCode: '79', period: '2022', status: 'submitted', values: [{ code: 'D_JOBS', value: 12 }] });
    await setReportStatus(db, id, 'approved');
    expect(Number((await aggregate('79', '2022', 'D_JOBS'))!.value)).toBe(12);
    await setReportStatus(db, id, 'draft');
    expect(await aggregate('79', '2022', 'D_JOBS')).toBeUndefined();
    expect(await aggregate('79', '2022', 'D_JOBS', 'submitted')).toBeUndefined();
  });
});

describe('the overview', () => {
  it('recomputes the national ratio from the provinces’ parts and ranks the provinces', async () => {
    const { status, body } = await get<Overview>(national, '/api/indicator-dashboards/overview?period=2024&indicators=D_JOBS,D_BHXH,D_POOR_HH');
    expect(status).toBe(200);
    const [jobs, bhxh, poor] = body.indicators;
    expect(jobs!.national).toMatchObject({ value: 20_000, target: 20_000, targetPercent: 100, provincesReported: 2 });
    expect(bhxh!.national.value).toBeCloseTo((91 / 110) * 100, 8);
    expect(jobs!.provinces).toHaveLength(34);
    const hn = jobs!.provinces.find((p) => p.provinceCode === '01')!;
    expect(hn).toMatchObject({ value: 17_670, previousValue: 17_460, change: 210, rank: 1, provinceName: 'Hà Nội' });
    expect(hn.targetPercent).toBeCloseTo(117.8, 1);
    // Fewer poor households is better: Hồ Chí Minh City (50) ranks first.
    expect(poor!.provinces.find((p) => p.provinceCode === '79')!.rank).toBe(1);
    expect(poor!.national.value).toBe(150);
  });

  it('shows the merged province’s figure that cannot be rolled up as such', async () => {
    const { body } = await get<Overview>(national, '/api/indicator-dashboards/overview?period=2024-Q1&indicators=D_INDEX');
    const p = body.indicators[0]!.provinces.find((x) => x.provinceCode === merged.code)!;
    expect(p).toMatchObject({ value: null, notAggregable: true, units: 2 });
    expect(body.indicators[0]!.national).toMatchObject({ value: null, notAggregable: true });
  });

  it('gives a provincial user their own province and the national total', async () => {
    const { body } = await get<Overview>(saigon, '/api/indicator-dashboards/overview?period=2024&indicators=D_JOBS');
    expect(body.indicators[0]!.provinces.map((p) => p.provinceCode)).toEqual(['79']);
    expect(body.indicators[0]!.national.value).toBe(20_000);
  });

  it('never shows a province another province’s submitted, not approved figure', async () => {
    const hcm = await get<Overview>(saigon, '/api/indicator-dashboards/overview?period=2025&indicators=D_JOBS&stage=submitted');
    expect(hcm.body.indicators[0]!.provinces[0]).toMatchObject({ provinceCode: '79', value: 777, includesSubmitted: true });
    expect(hcm.body.indicators[0]!.national.value).toBe(777);
    const hn = await get<Overview>(hanoi, '/api/indicator-dashboards/overview?period=2025&indicators=D_JOBS&stage=submitted');
    expect(hn.body.indicators[0]!.national.value).toBe(999);
    const all = await get<Overview>(national, '/api/indicator-dashboards/overview?period=2025&indicators=D_JOBS&stage=submitted');
    expect(all.body.indicators[0]!.national.value).toBe(999 + 777);
    const approved = await get<Overview>(national, '/api/indicator-dashboards/overview?period=2025&indicators=D_JOBS');
    expect(approved.body.indicators[0]!.national).toMatchObject({ value: null, provincesReported: 0 });
  });

  it('shows a submitted figure once it is approved, to everyone', async () => {
    const db = t.database.db;
    await setReportStatus(db, submittedHanoi, 'approved');
    const { body } = await get<Overview>(saigon, '/api/indicator-dashboards/overview?period=2025&indicators=D_JOBS');
    expect(body.indicators[0]!.national.value).toBe(999);
  });

  it('answers 400 naming the field for an unknown indicator or period', async () => {
    const unknown = await get<{ errors: Array<{ path: string }> }>(national, '/api/indicator-dashboards/overview?period=2024&indicators=NOPE');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]!.path).toBe('indicators');
    const badPeriod = await get<{ errors: Array<{ path: string }> }>(national, '/api/indicator-dashboards/overview?period=2024-Q7');
    expect(badPeriod.status).toBe(400);
  });
});

describe('trend and pivot', () => {
  it('gives an indicator over the periods with its target, for a province or the nation', async () => {
    const { body } = await get<Trend>(hanoi, '/api/indicator-dashboards/trend?indicator=D_JOBS&frequency=year&fromYear=2023&toYear=2024&province=01');
    expect(body.points.map((p) => [p.period, p.value, p.target])).toEqual([['2023', 17_460, null], ['2024', 17_670, 15_000]]);
    const nation = await get<Trend>(hanoi, '/api/indicator-dashboards/trend?indicator=D_JOBS&frequency=year&fromYear=2024&toYear=2024');
    expect(nation.body.points[0]!.value).toBe(20_000);
    const other = await get(hanoi, '/api/indicator-dashboards/trend?indicator=D_JOBS&frequency=year&fromYear=2024&toYear=2024&province=79');
    expect(other.status).toBe(403);
  });

  it('puts provinces on rows and indicators on columns, with the nation last', async () => {
    const { body } = await get<Pivot>(national, '/api/indicator-dashboards/pivot?rows=province&columns=indicator&year=2024&frequency=year&period=2024&indicators=D_JOBS,D_BHXH');
    expect(body.rowHeaders.at(-1)).toEqual({ key: 'VN', label: 'Toàn quốc' });
    expect(body.cells.at(-1)![0]!.value).toBe(20_000);
    expect(body.cells.at(-1)![1]!.value).toBeCloseTo((91 / 110) * 100, 8);
    const hn = body.rowHeaders.findIndex((r) => r.key === '01');
    expect(body.cells[hn]![0]!.value).toBe(17_670);
  });

  it('needs one indicator when neither rows nor columns are indicators', async () => {
    const res = await get<{ errors: Array<{ path: string }> }>(national, '/api/indicator-dashboards/pivot?rows=province&columns=period&year=2024&frequency=quarter');
    expect(res.status).toBe(400);
    expect(res.body.errors[0]!.path).toBe('indicators');
    const ok = await get<Pivot>(national, '/api/indicator-dashboards/pivot?rows=province&columns=period&year=2024&frequency=quarter&indicators=D_BHXH');
    const row = ok.body.rowHeaders.findIndex((r) => r.key === merged.code);
    expect(ok.body.cells[row]![0]!.value).toBe(40);
  });
});

describe('downloads', () => {
  it('writes the overview to a workbook with the filters on top and numbers as numbers', async () => {
    const { raw } = await get(national, '/api/indicator-dashboards/overview/export?period=2024&indicators=D_JOBS&format=xlsx');
    expect(raw.statusCode).toBe(200);
    expect(raw.headers['content-disposition']).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(raw.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getCell('A2').value)).toContain('Năm 2024');
    const values: unknown[][] = [];
    sheet.eachRow((r) => values.push((r.values as unknown[]).slice(1)));
    const hn = values.find((r) => r[4] === 'Hà Nội')!;
    expect(hn[5]).toBe(17_670);
    const total = values.find((r) => r[4] === 'Toàn quốc')!;
    expect(total[5]).toBe(20_000);
    let format = '';
    sheet.eachRow((r) => { if (r.getCell(5).value === 'Hà Nội') format = r.getCell(6).numFmt; });
    expect(format).toBe('#,##0');
  });

  it('writes CSV in UTF-8 with a BOM and states a figure that cannot be rolled up', async () => {
    const { raw } = await get(national, '/api/indicator-dashboards/trend/export?indicator=D_INDEX&frequency=quarter&fromYear=2024&toYear=2024&format=csv');
    expect(raw.headers['content-type']).toContain('text/csv');
    const bytes = raw.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Quý I/2024,không tổng hợp được');
  });
});

describe('a change of roll-up kind in the catalogue', () => {
  it('recomputes what is already reported, in the same request', async () => {
    const admin = (await signedInAs(t, 'national_admin')).cookie;
    const indicator = (await get<Record<string, unknown>>(admin, '/api/indicators/D_INDEX')).body;
    const { code: _code, updatedAt: _updatedAt, ...definition } = indicator;
    const res = await t.app.inject({ method: 'PUT', url: '/api/indicators/D_INDEX', headers: { cookie: admin }, payload: { ...definition, aggregation: 'sum' } });
    expect(res.statusCode).toBe(200);
    // 7 + 8 from the two old provinces, where 'none' could not roll them up.
    expect(await aggregate(merged.code, '2024-Q1', 'D_INDEX')).toMatchObject({ not_aggregable: false, reports: 2 });
    expect(Number((await aggregate(merged.code, '2024-Q1', 'D_INDEX'))!.value)).toBe(15);
  });
});
