import { roles } from '../../../shared/auth/permissions.js';
import { everyone, only, provinceOf, type Fixture, type MatrixEntries, type Scope } from '../../test-support/permission-matrix-kit.js';
import { systemActor } from '../../test-support/test-app.js';
import { importLongCsv } from './long-csv-import.js';
import { insertTestCatalogue, insertTestForm } from './testing.js';
import { reportedFigures } from '../intake/tables.js';
import { insertIntakeDocument } from '../intake/testing.js';

/** A fresh quarterly province form, so each request starts from no report. */
async function freshForm(f: Fixture) {
  await insertTestCatalogue(f.t.database.db);
  return insertTestForm(f.t.database.db, 'province', 'quarter');
}
const csvOf = (province: string) => Buffer.from(`unit_kind,unit_code,period,indicator_code,part,value,target\nprovince,${province},2024-Q1,TX_JOBS,,10,\n`);
/** A province report with one value, imported as the system. */
async function freshReport(f: Fixture, s: Scope) {
  const form = await freshForm(f);
  const result = await importLongCsv(f.t.database.db, systemActor, form.id, { bytes: csvOf(provinceOf(f, s)), kind: 'csv', fileName: null });
  return result.reports[0]!.reportId;
}
/** An intake document of the scope's province with one figure intake saved. */
async function freshFigure(f: Fixture, s: Scope) {
  const document = await insertIntakeDocument(f.t.database.db, { provinceCode: provinceOf(f, s) });
  const [figure] = await f.t.database.db
    .insert(reportedFigures)
    .values({ documentId: document.id, provinceCode: provinceOf(f, s), label: 'giải quyết việc làm cho lao động', value: 120, unit: 'người', period: '2024' })
    .returning({ id: reportedFigures.id });
  return { documentId: document.id, figureId: figure!.id };
}
/** Those who enter figures: national administrators anywhere, a province's secretariat for its own units (agency reporters only their agency). */
const reporters = only(['national_admin', 'provincial_secretariat'], 'denied');

/** This feature's rows of the permission matrix: every route it adds, × every role, × own and other province. */
export const matrixEntries: MatrixEntries = {
  'GET /api/indicator-transfer/template': {
    request: async (f, s) => ({ method: 'GET', url: `/api/indicator-transfer/template?formId=${(await freshForm(f)).id}&unitKind=province&unitCode=${provinceOf(f, s)}&period=2024-Q1` }),
    expect: reporters,
  },
  'POST /api/indicator-transfer/import': {
    request: async (f, s) => ({
      method: 'POST',
      url: `/api/indicator-transfer/import?formId=${(await freshForm(f)).id}`,
      headers: { 'content-type': 'text/csv' },
      payload: csvOf(provinceOf(f, s)),
    }),
    expect: reporters,
  },
  'GET /api/indicator-transfer/export': {
    request: async (f, s) => ({ method: 'GET', url: `/api/indicator-transfer/export?formId=${(await freshForm(f)).id}&provinceCode=${provinceOf(f, s)}` }),
    // Everyone reads; the file holds only what the reader may see (another province's rows are left out).
    expect: everyone(),
  },
  'GET /api/indicator-transfer/reports/:id/export': {
    request: async (f, s) => ({ method: 'GET', url: `/api/indicator-transfer/reports/${await freshReport(f, s)}/export` }),
    expect: only(roles),
  },
  'GET /api/indicator-transfer/figure-sources': {
    request: async (f, s) => {
      await freshFigure(f, s);
      return { method: 'GET', url: '/api/indicator-transfer/figure-sources?q=bai%20bao' };
    },
    // A list: another province's documents are left out of it (figures.db.test.ts), never refused.
    expect: only(['national_admin', 'provincial_secretariat'], 'ok'),
  },
  'GET /api/indicator-transfer/figures': {
    request: async (f, s) => ({ method: 'GET', url: `/api/indicator-transfer/figures?documentId=${(await freshFigure(f, s)).documentId}` }),
    // Listing another province's figures answers 404 to a provincial reporter.
    expect: only(['national_admin', 'provincial_secretariat']),
  },
  'POST /api/indicator-transfer/figures/send': {
    request: async (f, s) => {
      const form = await insertTestForm(f.t.database.db, 'province', 'year', ['TX_JOBS']);
      const { figureId } = await freshFigure(f, s);
      return { method: 'POST', url: '/api/indicator-transfer/figures/send', payload: { formId: form.id, period: '2024', mappings: [{ figureId, indicatorCode: 'TX_JOBS' }] } };
    },
    // Another province's figure is not visible: 400 naming the mapping (counted as reached), never written.
    expect: only(['national_admin', 'provincial_secretariat'], 'ok'),
  },
};
