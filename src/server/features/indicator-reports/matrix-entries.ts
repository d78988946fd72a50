import { systemActor } from '../../test-support/test-app.js';
import { everyone, only, provinceOf, type Entry, type Fixture, type MatrixEntries, type Scope } from '../../test-support/permission-matrix-kit.js';
import { insertForm, insertIndicators, insertReport } from './testing.js';

/*
 * This feature's rows of the permission matrix: every route it adds, × every role, × own and
 * other province. The reports are an agency's (the province's body the agency reporter works
 * for): its province's secretariat reports and approves them, the agency reporter reports its
 * own, national officers only read them (a province's reports are theirs to approve).
 */

const period = '2024-Q2';
const forms = new WeakMap<object, Promise<string>>();

/** One quarterly agency form per test app, with one optional count indicator. */
function agencyForm(f: Fixture): Promise<string> {
  let form = forms.get(f.t);
  if (!form) {
    form = (async () => {
      await insertIndicators(f.t.database.db, [{ code: 'MATRIX.JOBS', nameVi: 'Số lao động được giải quyết việc làm' }]);
      return insertForm(f.t.database.db, { unitKind: 'agency', frequency: 'quarter', indicators: [{ code: 'MATRIX.JOBS' }] });
    })();
    forms.set(f.t, form);
  }
  return form;
}

async function freshReport(f: Fixture, s: Scope, status = 'draft'): Promise<{ id: string; version: number }> {
  const formId = await agencyForm(f);
  const submitted = status !== 'draft';
  return insertReport(f.t.database.db, {
    formId,
    unitKind: 'agency',
    // Each report its own period: one agency has one report per form and period.
    unitCode: f.bodyOf(provinceOf(f, s)),
    provinceCode: provinceOf(f, s),
    period: `${2000 + Math.floor(Math.random() * 90)}-Q${1 + Math.floor(Math.random() * 4)}`,
    status,
    submittedBy: submitted ? systemActor.id : null,
    values: [{ indicatorCode: 'MATRIX.JOBS', value: 120 }],
  }).catch((): Promise<{ id: string; version: number }> => freshReport(f, s, status));
}

const reporters = ['national_admin', 'provincial_secretariat', 'agency_reporter'] as const;
/** Agencies' reports are approved by their province's secretariat (and the national administrator). */
const approvers: Entry['expect'] = { ...only(['national_admin', 'provincial_secretariat']) };

const workflow = (action: string, status: string, body: Record<string, unknown> = {}): Entry => ({
  request: async (f, s) => {
    const r = await freshReport(f, s, status);
    return { method: 'POST', url: `/api/indicator-reports/${r.id}/${action}`, payload: { version: r.version, ...body } };
  },
  expect: action === 'submit' ? only(reporters) : approvers,
});

export const matrixEntries: MatrixEntries = {
  'GET /api/indicator-reporting-units': {
    request: async (f, s) => ({ method: 'GET', url: `/api/indicator-reporting-units?formId=${await agencyForm(f)}&provinceCode=${provinceOf(f, s)}` }),
    // Another province's units are not listed to a provincial account: an empty page, not a denial.
    expect: everyone('ok'),
  },
  'POST /api/indicator-reports': {
    request: async (f, s) => ({
      method: 'POST',
      url: '/api/indicator-reports',
      payload: { formId: await agencyForm(f), unitKind: 'agency', unitCode: f.bodyOf(provinceOf(f, s)), period },
    }),
    expect: only(reporters),
  },
  'GET /api/indicator-reports': { request: async () => ({ method: 'GET', url: '/api/indicator-reports?waiting=true' }), expect: everyone('ok') },
  'GET /api/indicator-reports/:id': {
    request: async (f, s) => ({ method: 'GET', url: `/api/indicator-reports/${(await freshReport(f, s)).id}` }),
    expect: only(['national_admin', 'national_officer', 'provincial_secretariat', 'agency_reporter', 'viewer']),
  },
  'PUT /api/indicator-reports/:id/values': {
    request: async (f, s) => {
      const r = await freshReport(f, s);
      return { method: 'PUT', url: `/api/indicator-reports/${r.id}/values`, payload: { version: r.version, values: [{ indicatorCode: 'MATRIX.JOBS', value: 130 }] } };
    },
    expect: only(reporters),
  },
  'POST /api/indicator-reports/:id/submit': workflow('submit', 'draft'),
  'POST /api/indicator-reports/:id/return': workflow('return', 'submitted', { reason: 'Số liệu quý chưa khớp báo cáo của Sở' }),
  'POST /api/indicator-reports/:id/approve': workflow('approve', 'submitted'),
  'POST /api/indicator-reports/:id/reopen': workflow('reopen', 'approved', { reason: 'Cần điều chỉnh theo số liệu chính thức' }),
  'GET /api/indicator-completeness': {
    request: async (f, s) => ({ method: 'GET', url: `/api/indicator-completeness?formId=${await agencyForm(f)}&period=${period}&provinceCode=${provinceOf(f, s)}` }),
    // A provincial account asking for another province's completeness is told it may not.
    expect: only(['national_admin', 'national_officer', 'provincial_secretariat', 'agency_reporter', 'viewer'], 'denied'),
  },
};
