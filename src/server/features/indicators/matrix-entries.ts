import { everyone, only, type Fixture, type MatrixEntries } from '../../test-support/permission-matrix-kit.js';
import { systemActor } from '../../test-support/test-app.js';
import type { IndicatorInput } from '../../../shared/api/indicators.js';
import { createIndicator } from './catalogue-service.js';
import { createReportForm } from './form-service.js';
import { createRule } from './rule-service.js';

let serial = 0;
/** A code no other call used: the catalogue is national, so own and other province share it. */
const freshCode = () => `MATRIX_${++serial}_${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
const definition = (code: string): IndicatorInput => ({ code, nameVi: 'Số lao động được giải quyết việc làm', unit: 'người', valueType: 'count', domain: 'work', aggregation: 'sum' });
const freshIndicator = (f: Fixture) => createIndicator(f.t.database.db, systemActor, definition(freshCode()));
const formBody = (indicatorCode: string) => ({ name: 'Báo cáo 6 tháng đầu năm', unitKind: 'province' as const, frequency: 'ytd6' as const, deadlineDays: -15, indicators: [{ indicatorCode, required: true }] });
async function freshForm(f: Fixture) {
  const indicator = await freshIndicator(f);
  return createReportForm(f.t.database.db, systemActor, { code: freshCode(), ...formBody(indicator.code) });
}
async function freshRule(f: Fixture) {
  const [left, right] = [await freshIndicator(f), await freshIndicator(f)];
  return createRule(f.t.database.db, systemActor, { leftCode: left.code, operator: '<=', rightCode: right.code, severity: 'warning', message: 'Số nữ không vượt quá tổng số' });
}
const adminsOnly = only(['national_admin']);

/** This feature's rows of the permission matrix: every route it adds, × every role, × own and other province. */
export const matrixEntries: MatrixEntries = {
  'GET /api/indicators': { request: async () => ({ method: 'GET', url: '/api/indicators' }), expect: everyone() },
  'GET /api/indicators/:code': { request: async (f) => ({ method: 'GET', url: `/api/indicators/${(await freshIndicator(f)).code}` }), expect: everyone() },
  'POST /api/indicators': { request: async () => ({ method: 'POST', url: '/api/indicators', payload: definition(freshCode()) }), expect: adminsOnly },
  'PUT /api/indicators/:code': {
    request: async (f) => {
      const { code, version } = await freshIndicator(f);
      const { code: _c, ...body } = definition(code);
      return { method: 'PUT', url: `/api/indicators/${code}`, payload: { ...body, version } };
    },
    expect: adminsOnly,
  },
  'GET /api/indicator-rules': { request: async () => ({ method: 'GET', url: '/api/indicator-rules' }), expect: everyone() },
  'POST /api/indicator-rules': {
    request: async (f) => {
      const [left, right] = [await freshIndicator(f), await freshIndicator(f)];
      return { method: 'POST', url: '/api/indicator-rules', payload: { leftCode: left.code, operator: '<=', rightCode: right.code, severity: 'error', message: 'Không vượt quá tổng số' } };
    },
    expect: adminsOnly,
  },
  'DELETE /api/indicator-rules/:id': { request: async (f) => ({ method: 'DELETE', url: `/api/indicator-rules/${(await freshRule(f)).id}` }), expect: adminsOnly },
  'GET /api/report-forms': { request: async () => ({ method: 'GET', url: '/api/report-forms' }), expect: everyone() },
  'GET /api/report-forms/:id': { request: async (f) => ({ method: 'GET', url: `/api/report-forms/${(await freshForm(f)).id}` }), expect: everyone() },
  'POST /api/report-forms': {
    request: async (f) => ({ method: 'POST', url: '/api/report-forms', payload: { code: freshCode(), ...formBody((await freshIndicator(f)).code) } }),
    expect: adminsOnly,
  },
  'PUT /api/report-forms/:id': {
    request: async (f) => {
      const form = await freshForm(f);
      return { method: 'PUT', url: `/api/report-forms/${form.id}`, payload: { ...formBody(form.indicators[0]!.indicatorCode), version: form.version } };
    },
    expect: adminsOnly,
  },
};
