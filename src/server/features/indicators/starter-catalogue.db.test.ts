import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInAs, type TestApp } from '../../test-support/test-app.js';
import { dueDate, makePeriod } from '../../../shared/indicators/periods.js';
import { installStarterCatalogue, readStarterCatalogue } from './starter-catalogue.js';

describe('starter catalogue', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await signedInAs(t, 'national_admin')).cookie;
  });
  afterAll(() => t.close());

  const get = async (url: string) => (await t.app.inject({ method: 'GET', url, headers: { cookie: admin } })).json();

  it('installs every shipped indicator and form once', async () => {
    const shipped = readStarterCatalogue();
    expect(shipped.catalogue.length).toBeGreaterThanOrEqual(40);
    expect(await installStarterCatalogue(t.database.db)).toEqual({ indicators: shipped.catalogue.length, forms: shipped.forms.length });
    expect(await installStarterCatalogue(t.database.db)).toEqual({ indicators: 0, forms: 0 });
    expect((await get('/api/indicators?pageSize=1')).total).toBe(shipped.catalogue.length);
    const forms = (await get('/api/report-forms')).items as Array<{ code: string; frequency: string; deadlineDays: number; indicators: unknown[] }>;
    const sixMonths = forms.find((f) => f.code === 'TINH_6T')!;
    // "6 tháng đầu năm" is due 15/06, before the period ends.
    expect(dueDate(makePeriod('ytd6', 2025), sixMonths.deadlineDays)).toBe('2025-06-15');
    expect(sixMonths.indicators.length).toBeGreaterThan(10);
    expect(new Set(forms.map((f) => f.frequency))).toEqual(new Set(['ytd5', 'ytd6', 'year', 'quarter']));
  });

  it('states its poverty rate as a ratio of households with its SDG target', async () => {
    expect(await get('/api/indicators/GN_HO_NGHEO_TL')).toMatchObject({
      valueType: 'ratio',
      aggregation: 'ratio',
      higherIsBetter: false,
      numeratorLabel: 'Số hộ nghèo',
      denominatorLabel: 'Tổng số hộ dân cư',
      sdgTarget: 'SDG 1.2.2',
    });
  });

  it('never overwrites what an administrator changed', async () => {
    const before = await get('/api/indicators/VL_GQVL');
    const { code: _c, version, updatedAt: _u, ...body } = before;
    const saved = await t.app.inject({ method: 'PUT', url: '/api/indicators/VL_GQVL', headers: { cookie: admin }, payload: { ...body, nameVi: 'Lao động có việc làm mới', active: false, version } });
    expect(saved.statusCode).toBe(200);
    await installStarterCatalogue(t.database.db);
    expect(await get('/api/indicators/VL_GQVL')).toMatchObject({ nameVi: 'Lao động có việc làm mới', active: false, version: version + 1 });
  });
});
