import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signIn, signedInAs, systemActor, type TestApp } from '../../test-support/test-app.js';
import { indicatorReports, indicatorValues } from '../indicators/tables.js';
import { importLongCsv } from './long-csv-import.js';
import { fillTemplate, insertTestCatalogue, insertTestForm, rowOf, XLSX } from './testing.js';

describe('indicator import and export', () => {
  let t: TestApp;
  let admin: string;
  let hanoi: string;
  let provinceForm: Awaited<ReturnType<typeof insertTestForm>>;
  let otherForm: Awaited<ReturnType<typeof insertTestForm>>;

  beforeAll(async () => {
    t = await createTestApp();
    await insertTestCatalogue(t.database.db);
    provinceForm = await insertTestForm(t.database.db, 'province', 'quarter');
    otherForm = await insertTestForm(t.database.db, 'province', 'quarter', ['TX_JOBS']);
    admin = (await signedInAs(t, 'national_admin')).cookie;
    hanoi = (await signedInAs(t, 'provincial_secretariat', '01')).cookie;
  });
  afterAll(() => t.close());

  const template = async (cookie: string, unitCode: string, period: string, formId = provinceForm.id) =>
    t.app.inject({ method: 'GET', url: `/api/indicator-transfer/template?formId=${formId}&unitKind=province&unitCode=${unitCode}&period=${period}`, headers: { cookie } });
  const upload = (cookie: string, body: Buffer | string, type: string, query = '') =>
    t.app.inject({ method: 'POST', url: `/api/indicator-transfer/import${query}`, headers: { cookie, 'content-type': type, 'x-file-name': encodeURIComponent('Báo cáo quý.xlsx') }, payload: body });
  const valuesOf = async (unitCode: string, period: string, formId = provinceForm.id) => {
    const rows = await t.database.db
      .select({ code: indicatorValues.indicatorCode, part: indicatorValues.part, value: indicatorValues.value, target: indicatorValues.target, comment: indicatorValues.comment, source: indicatorValues.source })
      .from(indicatorValues)
      .innerJoin(indicatorReports, eq(indicatorReports.id, indicatorValues.reportId))
      .where(sql`${indicatorReports.formId} = ${formId} and ${indicatorReports.unitCode} = ${unitCode} and ${indicatorReports.period} = ${period}`);
    return rows.sort((a, b) => `${a.code}${a.part}`.localeCompare(`${b.code}${b.part}`));
  };
  const reportOf = async (unitCode: string, period: string, formId = provinceForm.id) =>
    (await t.database.db.select({ id: indicatorReports.id }).from(indicatorReports).where(sql`${indicatorReports.formId} = ${formId} and ${indicatorReports.unitCode} = ${unitCode} and ${indicatorReports.period} = ${period}`))[0]!;
  const reportCount = async () => Number((await t.database.db.select({ n: sql<number>`count(*)` }).from(indicatorReports))[0]!.n);

  it('gives a template with the unit and period on top, a line per indicator and part, locked labels', async () => {
    const res = await template(hanoi, '01', '2024-Q2');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Báo cáo')!;
    expect(String(sheet.getCell('B3').value)).toContain('Hà Nội');
    expect(String(sheet.getCell('B4').value)).toContain('Quý II/2024');
    expect(sheet.getCell(rowOf(sheet, 'TX_JOBS', 'sex:female'), 2).value).toContain('Nữ');
    const jobs = rowOf(sheet, 'TX_JOBS');
    expect(sheet.getCell(jobs, 5).protection?.locked).toBe(false);
    expect(sheet.getCell(jobs, 2).protection?.locked).not.toBe(false);
    expect(sheet.getCell(jobs, 5).dataValidation?.type).toBe('whole');
    expect(wb.getWorksheet('rights-desk')?.state).toBe('veryHidden');
  });

  it('imports a filled template into the draft it creates, numbers read the vi-VN way', async () => {
    const file = await fillTemplate((await template(hanoi, '01', '2024-Q2')).rawPayload, (s) => {
      s.getCell(rowOf(s, 'TX_JOBS'), 5).value = 17670;
      s.getCell(rowOf(s, 'TX_JOBS'), 4).value = '15.000';
      s.getCell(rowOf(s, 'TX_JOBS', 'sex:female'), 5).value = '8.469';
      s.getCell(rowOf(s, 'TX_BHXH'), 5).value = '97,5';
      s.getCell(rowOf(s, 'TX_TRAIN'), 6).value = 651;
      s.getCell(rowOf(s, 'TX_TRAIN'), 7).value = 547;
      s.getCell(rowOf(s, 'TX_TRAIN'), 8).value = 'Theo báo cáo của Sở';
    });
    const res = await upload(hanoi, file, XLSX, `?formId=${provinceForm.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ fileKind: 'xlsx', values: 4, reports: [{ unitCode: '01', period: '2024-Q2', created: true, values: 4 }] });
    const values = await valuesOf('01', '2024-Q2');
    expect(values.map((v) => [v.code, v.part, v.value === null ? null : Number(v.value), v.target === null ? null : Number(v.target)])).toEqual([
      ['TX_BHXH', '', 97.5, null],
      ['TX_JOBS', '', 17670, 15000],
      ['TX_JOBS', 'sex:female', 8469, null],
      ['TX_TRAIN', '', null, null],
    ]);
    expect(values.find((v) => v.code === 'TX_TRAIN')!.comment).toBe('Theo báo cáo của Sở');
    // The file is recorded once, on its import; each value points at it and reads it back as its source.
    const report = (await t.app.inject({ method: 'GET', url: `/api/indicator-reports/${res.json().reports[0].reportId}`, headers: { cookie: hanoi } })).json();
    const jobs = report.rows.find((r: { indicator: { code: string } }) => r.indicator.code === 'TX_JOBS');
    expect(jobs.values.find((v: { part: string }) => v.part === '').source).toMatchObject({ kind: 'import', fileKind: 'xlsx', fileName: 'Báo cáo quý.xlsx' });
    expect(values.every((v) => v.source === null)).toBe(true);
  });

  it('keeps the file as a value’s source through a comment or a target added in the grid, not once the figure is typed over', async () => {
    const reportId = (await reportOf('01', '2024-Q2')).id;
    const get = async () => (await t.app.inject({ method: 'GET', url: `/api/indicator-reports/${reportId}`, headers: { cookie: hanoi } })).json();
    const sourceOf = (report: { rows: { indicator: { code: string }; values: { part: string; source: unknown }[] }[] }, code: string, part = '') =>
      report.rows.find((r) => r.indicator.code === code)!.values.find((v) => v.part === part)?.source ?? null;
    const save = async (values: unknown[]) => {
      const res = await t.app.inject({ method: 'PUT', url: `/api/indicator-reports/${reportId}/values`, headers: { cookie: hanoi }, payload: { version: (await get()).version, values } });
      expect(res.statusCode, res.body).toBe(200);
    };
    await save([{ indicatorCode: 'TX_JOBS', part: '', value: 17670, target: 16000, comment: 'Số của Sở Nội vụ' }]);
    expect(sourceOf(await get(), 'TX_JOBS')).toMatchObject({ kind: 'import', fileName: 'Báo cáo quý.xlsx' });
    await save([{ indicatorCode: 'TX_JOBS', part: '', value: 17700, target: 16000, comment: 'Số của Sở Nội vụ' }]);
    const after = await get();
    expect(sourceOf(after, 'TX_JOBS')).toBeNull();
    expect(sourceOf(after, 'TX_JOBS', 'sex:female')).toMatchObject({ kind: 'import' });
  });

  it('refuses the whole file when one cell is wrong, naming row and column, and saves nothing', async () => {
    const before = await valuesOf('01', '2024-Q2');
    const file = await fillTemplate((await template(hanoi, '01', '2024-Q2')).rawPayload, (s) => {
      s.getCell(rowOf(s, 'TX_JOBS'), 5).value = 20000;
      s.getCell(rowOf(s, 'TX_BHXH'), 5).value = 'khoảng 98';
      s.getCell(rowOf(s, 'TX_HOUSE'), 5).value = '1,234.5';
    });
    const res = await upload(hanoi, file, XLSX);
    expect(res.statusCode).toBe(400);
    const errors = res.json().errors as { path: string; message: string }[];
    const s = await fillTemplate(file, () => {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(s as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Báo cáo')!;
    expect(errors).toContainEqual(expect.objectContaining({ path: `row ${rowOf(sheet, 'TX_BHXH')}, column E` }));
    expect(errors.find((e) => e.path === `row ${rowOf(sheet, 'TX_BHXH')}, column E`)!.message).toContain('không phải là số');
    expect(errors.find((e) => e.path === `row ${rowOf(sheet, 'TX_HOUSE')}, column E`)!.message).toContain('không rõ cách đọc');
    expect(res.json().detail).toContain('chưa nhập số liệu nào');
    expect(await valuesOf('01', '2024-Q2')).toEqual(before);
  });

  it('refuses a workbook that is not a template, and a template of another form', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['TX_JOBS', 'Việc làm', 'người', 1, 2]);
    const plain = await upload(hanoi, Buffer.from(await wb.xlsx.writeBuffer()), XLSX);
    expect(plain.statusCode).toBe(400);
    expect(plain.json().detail).toContain('không phải tệp mẫu');
    const other = await upload(hanoi, (await template(hanoi, '01', '2024-Q2', otherForm.id)).rawPayload, XLSX, `?formId=${provinceForm.id}`);
    expect(other.statusCode).toBe(400);
    expect(other.json().detail).toContain(`mẫu của biểu mẫu ${otherForm.code}`);
  });

  it('refuses a template of a unit the person may not report for', async () => {
    const hcm = await template(admin, '79', '2024-Q2');
    expect(hcm.statusCode).toBe(200);
    expect((await template(hanoi, '79', '2024-Q2')).statusCode).toBe(403);
    const reports = await reportCount();
    const res = await upload(hanoi, await fillTemplate(hcm.rawPayload, (s) => (s.getCell(rowOf(s, 'TX_JOBS'), 5).value = 5)), XLSX);
    expect(res.statusCode).toBe(403);
    expect(res.json().errors[0]).toMatchObject({ path: 'row 3, column B' });
    expect(res.json().errors[0].message).toContain('tỉnh mình');
    expect(await reportCount()).toBe(reports);
  });

  it('refuses a broken zip, an empty file, a zip bomb and an oversized body with 4xx problems', async () => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    const b = await upload(hanoi, broken, XLSX);
    expect(b.statusCode).toBeGreaterThanOrEqual(400);
    expect(b.statusCode).toBeLessThan(500);
    expect(b.json().detail).toContain('không đọc được');
    expect((await upload(hanoi, Buffer.alloc(0), 'text/csv', `?formId=${provinceForm.id}`)).statusCode).toBe(400);
    const big = await upload(hanoi, Buffer.alloc(21 * 1024 * 1024, 0x31), 'text/csv', `?formId=${provinceForm.id}`);
    expect(big.statusCode).toBe(413);
    expect(big.json().detail).toContain('vượt giới hạn');
  });

  it('reads a long CSV of several units and periods, all or nothing, naming the cell of each problem', async () => {
    const csv = [
      'unit_kind,unit_code,period,indicator_code,part,value,target',
      'province,01,2024-Q1,TX_JOBS,,1200,1000',
      'province,01,2024-Q1,TX_JOBS,sex:female,600,',
      'province,01,2024-Q3,TX_BHXH,,96.4,95',
      'province,01,2099-Q1,TX_BHXH,,96.4,95',
      'province,01,2024-Q1,TX_HOUSE,,"1.234,5",',
      'province,79,2024-Q1,TX_HOUSE,,1400000000,',
    ].join('\n');
    const reports = await reportCount();
    const res = await upload(hanoi, csv, 'text/csv', `?formId=${provinceForm.id}`);
    expect(res.statusCode).toBe(403);
    const errors = res.json().errors as { path: string; message: string }[];
    expect(errors.map((e) => e.path)).toEqual(['row 5, column C', 'row 6, column F', 'row 7, column B']);
    expect(errors[0]!.message).toContain('chưa bắt đầu');
    expect(errors[1]!.message).toContain('1234.5');
    expect(await reportCount()).toBe(reports);

    const good = csv.split('\n').filter((_, i) => i < 4).join('\n');
    const ok = await upload(hanoi, good, 'text/csv', `?formId=${provinceForm.id}`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().values).toBe(3);
    expect(ok.json().reports.map((r: { period: string }) => r.period)).toEqual(['2024-Q1', '2024-Q3']);
  });

  it('takes an old province only for periods before the July 2025 merger', async () => {
    const [legacy] = ((await t.database.db.execute(sql`select code from legacy_provinces where successor_code = '01' limit 1`)) as unknown as { rows: { code: string }[] }).rows;
    const csv = (period: string) => `unit_kind,unit_code,period,indicator_code,part,value,target\nlegacy_province,${legacy!.code},${period},TX_JOBS,,300,`;
    const late = await upload(hanoi, csv('2025-Q3'), 'text/csv', `?formId=${provinceForm.id}`);
    expect(late.statusCode).toBe(400);
    expect(late.json().errors[0]).toMatchObject({ path: 'row 2, column C' });
    expect(late.json().errors[0].message).toContain('01/07/2025');
    const early = await upload(hanoi, csv('2024-Q4'), 'text/csv', `?formId=${provinceForm.id}`);
    expect(early.statusCode, early.body).toBe(200);
    expect(early.json().reports[0]).toMatchObject({ unitKind: 'legacy_province', unitCode: legacy!.code, created: true });
  });

  it('refuses figures for a report already submitted', async () => {
    await t.database.db.update(indicatorReports).set({ status: 'submitted' }).where(sql`${indicatorReports.unitCode} = '01' and ${indicatorReports.period} = '2024-Q3'`);
    const res = await upload(hanoi, 'unit_kind,unit_code,period,indicator_code,part,value,target\nprovince,01,2024-Q3,TX_BHXH,,90,', 'text/csv', `?formId=${provinceForm.id}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toContain('đã nộp');
  });

  it('stops a long CSV over the row limit with 413', async () => {
    const lines = ['unit_kind,unit_code,period,indicator_code,part,value,target', ...Array.from({ length: 6 }, () => 'province,01,2024-Q1,TX_JOBS,,1,')];
    await expect(importLongCsv(t.database.db, systemActor, provinceForm.id, { bytes: Buffer.from(lines.join('\n')), kind: 'csv', fileName: null }, 5)).rejects.toMatchObject({ status: 413 });
  });

  it('leaves nothing behind when the transaction fails midway', async () => {
    await t.database.db.execute(sql`create or replace function transfer_test_fail() returns trigger language plpgsql as $$ begin raise exception 'killed'; end $$`);
    await t.database.db.execute(sql`create trigger transfer_test_fail before insert on indicator_report_events for each row when (new.action = 'imported') execute function transfer_test_fail()`);
    try {
      const reports = await reportCount();
      const csv = Buffer.from('unit_kind,unit_code,period,indicator_code,part,value,target\nprovince,01,2023-Q4,TX_JOBS,,5,\nprovince,01,2023-Q3,TX_JOBS,,6,');
      await expect(importLongCsv(t.database.db, systemActor, provinceForm.id, { bytes: csv, kind: 'csv', fileName: null })).rejects.toThrow();
      expect(await reportCount()).toBe(reports);
      expect(await valuesOf('01', '2023-Q4')).toEqual([]);
    } finally {
      await t.database.db.execute(sql`drop trigger transfer_test_fail on indicator_report_events`);
    }
  });

  it('exports the long CSV that imports back to the same values', async () => {
    const exported = await t.app.inject({ method: 'GET', url: `/api/indicator-transfer/export?formId=${provinceForm.id}&period=2024-Q1&format=csv`, headers: { cookie: hanoi } });
    expect(exported.statusCode).toBe(200);
    const text = exported.body;
    expect(text.split('\r\n')[0]).toBe('unit_kind,unit_code,period,indicator_code,part,value,target');
    expect(text).toContain('province,01,2024-Q1,TX_JOBS,sex:female,600,');
    const before = await valuesOf('01', '2024-Q1');
    await t.database.db.execute(sql`delete from indicator_values where report_id in (select id from indicator_reports where unit_code = '01' and period = '2024-Q1')`);
    const back = await upload(hanoi, text, 'text/csv', `?formId=${provinceForm.id}`);
    expect(back.statusCode, back.body).toBe(200);
    const after = await valuesOf('01', '2024-Q1');
    expect(after.map(({ source: _s, ...v }) => v)).toEqual(before.map(({ source: _s, ...v }) => v));
    const again = await t.app.inject({ method: 'GET', url: `/api/indicator-transfer/export?formId=${provinceForm.id}&period=2024-Q1&format=csv`, headers: { cookie: hanoi } });
    expect(again.body).toBe(text);
  });

  it('exports a report to Excel, and hides another province’s report', async () => {
    const [report] = await t.database.db.select({ id: indicatorReports.id }).from(indicatorReports).where(sql`unit_code = '01' and period = '2024-Q2'`);
    const res = await t.app.inject({ method: 'GET', url: `/api/indicator-transfer/reports/${report!.id}/export?format=xlsx`, headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(2).getCell(1).value).toContain('Hà Nội');
    const hcmUser = await createUser(t.database, { role: 'provincial_secretariat', provinceCode: '79' });
    const hidden = await t.app.inject({ method: 'GET', url: `/api/indicator-transfer/reports/${report!.id}/export`, headers: { cookie: await signIn(t.app, hcmUser.email) } });
    expect(hidden.statusCode).toBe(404);
  });
});
