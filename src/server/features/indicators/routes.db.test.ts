import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorInput } from '../../../shared/api/indicators.js';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { auditLog } from '../audit/tables.js';
import { indicatorReports, indicatorValues, reportForms } from './tables.js';

const jobs: IndicatorInput = { code: 'T_VIEC_LAM', nameVi: 'Số lao động được giải quyết việc làm', unit: 'người', valueType: 'count', domain: 'work', aggregation: 'sum', disaggregations: ['sex'] };
const poverty: IndicatorInput = {
  code: 't_ho_ngheo',
  nameVi: 'Tỷ lệ hộ nghèo',
  unit: '%',
  valueType: 'ratio',
  decimals: 2,
  domain: 'poverty',
  aggregation: 'ratio',
  higherIsBetter: false,
  numeratorLabel: 'Số hộ nghèo',
  denominatorLabel: 'Tổng số hộ',
};

describe('indicator catalogue, rules and report forms', () => {
  let t: TestApp;
  let admin: string;
  let province: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedInAs(t, 'national_admin')).cookie;
    province = (await signedInAs(t, 'provincial_secretariat', '04')).cookie;
  });
  afterAll(() => t.close());

  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  it('adds indicators with their code upper-cased, and refuses a taken code with 409 naming the indicator', async () => {
    const created = await call(admin, 'POST', '/api/indicators', jobs);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'T_VIEC_LAM', version: 1, maxValue: null, disaggregations: ['sex'], active: true });
    expect((await call(admin, 'POST', '/api/indicators', poverty)).json()).toMatchObject({ code: 'T_HO_NGHEO', ratioScale: 100 });

    const again = await call(admin, 'POST', '/api/indicators', { ...jobs, code: 't_viec_lam', nameVi: 'Lao động có việc làm mới' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('Mã chỉ tiêu T_VIEC_LAM đã có trong danh mục („Số lao động được giải quyết việc làm”)');
    expect(again.json().errors).toEqual([expect.objectContaining({ path: 'code' })]);
  });

  it('refuses inconsistent definitions with a Vietnamese message on each field', async () => {
    const res = await call(admin, 'POST', '/api/indicators', { ...poverty, code: 'T_TY_LE', numeratorLabel: null, denominatorLabel: null, disaggregations: ['sex'] });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(['numeratorLabel', 'denominatorLabel', 'disaggregations']);
    expect(res.json().errors[0].message).toBe('Chỉ tiêu dạng tỷ lệ cần tên tử số (ví dụ: Số hộ nghèo).');

    const summedPercent = await call(admin, 'POST', '/api/indicators', { ...jobs, code: 'T_PHAN_TRAM', valueType: 'percent', unit: '%', disaggregations: [] });
    expect(summedPercent.statusCode).toBe(400);
    expect(summedPercent.json().errors[0]).toMatchObject({ path: 'aggregation' });

    const badCode = await call(admin, 'POST', '/api/indicators', { ...jobs, code: 'việc làm' });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.body).toContain('Mã chỉ tiêu gồm 2–40 ký tự');
  });

  it('bounds a percentage at 100 unless the admin says otherwise', async () => {
    const percent = { ...jobs, code: 'T_HAI_LONG', nameVi: 'Chỉ số hài lòng của người dân', valueType: 'percent', unit: '%', aggregation: 'none', disaggregations: [] } as const;
    expect((await call(admin, 'POST', '/api/indicators', percent)).json().maxValue).toBe(100);
    expect((await call(admin, 'POST', '/api/indicators', { ...percent, code: 'T_KE_HOACH', maxValue: 250 })).json().maxValue).toBe(250);
  });

  it('lists by diacritic-free search, domain and state, in pages', async () => {
    const list = async (query: string) => (await call(province, 'GET', `/api/indicators?${query}`)).json();
    expect((await list(`q=${encodeURIComponent('giai quyet VIEC LAM')}`)).items.map((i: { code: string }) => i.code)).toEqual(['T_VIEC_LAM']);
    expect((await list('q=t_ho_ngheo')).items.map((i: { code: string }) => i.code)).toEqual(['T_HO_NGHEO']);
    expect((await list('domain=poverty')).items.map((i: { code: string }) => i.code)).toEqual(['T_HO_NGHEO']);
    // Domains in the catalogue's order (work before poverty), not alphabetically by key.
    expect((await list('')).items.map((i: { domain: string }) => i.domain)[0]).toBe('work');
    const firstPage = await list('pageSize=2');
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.total).toBe(4);
    expect((await call(province, 'GET', '/api/indicators?domain=weather')).statusCode).toBe(400);
  });

  it('corrects an indicator while its version is current; the code stays, a stale version gets 409, the change is audited', async () => {
    const { code: _code, ...body } = jobs;
    const saved = await call(admin, 'PUT', '/api/indicators/t_viec_lam', { ...body, code: 'OTHER', nameVi: 'Số người được tạo việc làm mới', version: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ code: 'T_VIEC_LAM', nameVi: 'Số người được tạo việc làm mới', version: 2 });
    const stale = await call(admin, 'PUT', '/api/indicators/T_VIEC_LAM', { ...body, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain('vừa được người khác sửa');
    expect((await call(admin, 'PUT', '/api/indicators/T_KHONG_CO', { ...body, version: 1 })).statusCode).toBe(404);
    expect((await call(province, 'GET', '/api/indicators/T_VIEC_LAM')).json().nameVi).toBe('Số người được tạo việc làm mới');
    const trail = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'indicator'), eq(auditLog.entityId, 'T_VIEC_LAM')));
    expect(trail.map((e) => e.action).sort()).toEqual(['create', 'update']);
  });

  it('keeps what reported values mean: no change of value type once an indicator has values', async () => {
    const db = t.database.db;
    const [form] = await db.insert(reportForms).values({ code: 'T_FORM_VALUES', name: 'Biểu thử', unitKind: 'province', frequency: 'year' }).returning();
    const [report] = await db
      .insert(indicatorReports)
      .values({ formId: form!.id, unitKind: 'province', unitCode: '04', provinceCode: '04', period: '2024', periodYear: 2024, periodEnd: '2024-12-31', dueDate: '2024-12-15' })
      .returning();
    await db.insert(indicatorValues).values({ reportId: report!.id, indicatorCode: 'T_KE_HOACH', value: '80' });
    const current = (await call(admin, 'GET', '/api/indicators/T_KE_HOACH')).json();
    const { code: _c, updatedAt: _u, ...body } = current;
    const retyped = await call(admin, 'PUT', '/api/indicators/T_KE_HOACH', { ...body, valueType: 'number' });
    expect(retyped.statusCode).toBe(409);
    expect(retyped.json().errors[0]).toMatchObject({ path: 'valueType', message: expect.stringContaining('đã có số liệu báo cáo') });
    expect((await call(admin, 'PUT', '/api/indicators/T_KE_HOACH', { ...body, nameVi: 'Tỷ lệ hoàn thành kế hoạch' })).statusCode).toBe(200);
  });

  it('keeps provincial users to reading the catalogue', async () => {
    expect((await call(province, 'POST', '/api/indicators', { ...jobs, code: 'T_TINH' })).statusCode).toBe(403);
    expect((await call(province, 'GET', '/api/indicators/T_KHONG_CO')).statusCode).toBe(404);
  });

  it('adds rules between two different existing indicators, and deletes them', async () => {
    const rule = { leftCode: 'T_VIEC_LAM', operator: '>=', rightCode: 'T_VIEC_LAM', severity: 'warning', message: 'Kiểm tra lại số liệu' };
    const same = await call(admin, 'POST', '/api/indicator-rules', rule);
    expect(same.statusCode).toBe(400);
    expect(same.json().errors[0].path).toBe('rightCode');
    const unknown = await call(admin, 'POST', '/api/indicator-rules', { ...rule, rightCode: 'T_KHONG_CO' });
    expect(unknown.json().errors[0]).toEqual({ path: 'rightCode', message: 'Không có chỉ tiêu mã T_KHONG_CO trong danh mục.' });
    const created = await call(admin, 'POST', '/api/indicator-rules', { ...rule, rightCode: 'T_HO_NGHEO', factor: 2.5 });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ factor: 2.5, operator: '>=' });
    expect((await call(province, 'GET', '/api/indicator-rules')).json().items).toHaveLength(1);
    expect((await call(admin, 'DELETE', `/api/indicator-rules/${created.json().id}`)).statusCode).toBe(204);
    expect((await call(admin, 'DELETE', `/api/indicator-rules/${created.json().id}`)).statusCode).toBe(404);
    expect((await call(province, 'GET', '/api/indicator-rules')).json().items).toEqual([]);
  });

  it('builds report forms of active indicators in order, each once, with a version check', async () => {
    const form = { code: 'bc_6t', name: 'Báo cáo 6 tháng đầu năm', unitKind: 'province', frequency: 'ytd6', deadlineDays: -15 };
    const twice = await call(admin, 'POST', '/api/report-forms', { ...form, indicators: [{ indicatorCode: 'T_HO_NGHEO' }, { indicatorCode: 'T_HO_NGHEO' }] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().errors).toEqual([{ path: 'indicators.1.indicatorCode', message: 'Chỉ tiêu T_HO_NGHEO có hai lần trong biểu mẫu; mỗi chỉ tiêu chỉ một dòng.' }]);

    const created = await call(admin, 'POST', '/api/report-forms', { ...form, indicators: [{ indicatorCode: 'T_HO_NGHEO', required: true }, { indicatorCode: 'T_VIEC_LAM' }] });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'BC_6T', version: 1, indicators: [{ indicatorCode: 'T_HO_NGHEO', required: true }, { indicatorCode: 'T_VIEC_LAM', required: false }] });
    expect((await call(admin, 'POST', '/api/report-forms', { ...form, indicators: [{ indicatorCode: 'T_VIEC_LAM' }] })).statusCode).toBe(409);

    // Deactivating an indicator keeps it on the form it is on, but it is not added to another.
    const { code: _c, ...povertyBody } = poverty;
    expect((await call(admin, 'PUT', '/api/indicators/T_HO_NGHEO', { ...povertyBody, active: false, version: 1 })).statusCode).toBe(200);
    const id = created.json().id as string;
    const reordered = await call(admin, 'PUT', `/api/report-forms/${id}`, { ...form, indicators: [{ indicatorCode: 'T_VIEC_LAM' }, { indicatorCode: 'T_HO_NGHEO' }], version: 1 });
    expect(reordered.statusCode).toBe(200);
    expect(reordered.json().indicators.map((i: { indicatorCode: string }) => i.indicatorCode)).toEqual(['T_VIEC_LAM', 'T_HO_NGHEO']);
    const inactive = await call(admin, 'POST', '/api/report-forms', { ...form, code: 'BC_NAM', frequency: 'year', indicators: [{ indicatorCode: 'T_HO_NGHEO' }] });
    expect(inactive.json().errors[0].message).toContain('đang ngừng sử dụng');
    expect((await call(admin, 'PUT', `/api/report-forms/${id}`, { ...form, indicators: [{ indicatorCode: 'T_VIEC_LAM' }], version: 1 })).statusCode).toBe(409);

    const forms = (await call(province, 'GET', '/api/report-forms')).json().items;
    expect(forms.map((f: { code: string }) => f.code)).toEqual(['BC_6T', 'T_FORM_VALUES']);
    expect(forms[0]).toMatchObject({ version: 2 });
    expect((await call(province, 'GET', `/api/report-forms/${id}`)).json().indicators).toHaveLength(2);
  });
});
