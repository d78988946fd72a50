import { provinceOf, type Entry, type Fixture, type MatrixEntries, type Scope } from '../../test-support/permission-matrix-kit.js';
import { bacNinhReport } from './sample-reports.js';
import { insertReportDocument } from './testing.js';

/*
 * This feature's rows of the permission matrix. Bringing in a report or a list takes reporting
 * figures or managing follow-up (the viewer is refused); a document of another province is
 * hidden from a province's people (404). Saving a report's limitations as follow-up items is
 * managing follow-up (an agency reporter is refused); saving a list files its items in the
 * caller's province, or as national items for the Standing Office.
 */

type Outcomes = Entry['expect'];
const both = (o: 'ok' | 'denied' | 'hidden') => ({ own: o, other: o });
const scoped = (other: 'hidden' | 'ok' = 'hidden') => ({ own: 'ok' as const, other });

const mayUpload: Outcomes = {
  national_admin: both('ok'),
  national_officer: both('ok'),
  provincial_secretariat: both('ok'),
  agency_reporter: both('ok'),
  viewer: both('denied'),
};
const reviewers: Outcomes = { ...mayUpload, provincial_secretariat: scoped(), agency_reporter: scoped() };
const followupWriters: Outcomes = { ...reviewers, agency_reporter: { own: 'denied', other: 'hidden' } };

const doc = async (f: Fixture, s: Scope, kind?: 'recommendation_list') => (await insertReportDocument(f.t.database.db, { provinceCode: provinceOf(f, s), kind, uploaderProvinceCode: provinceOf(f, s) })).id;

export const matrixEntries: MatrixEntries = {
  'POST /api/intake-reports/documents': {
    request: async () => ({
      method: 'POST',
      url: '/api/intake-reports/documents',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'bao-cao.txt' },
      payload: Buffer.from(bacNinhReport),
    }),
    expect: mayUpload,
  },
  'GET /api/intake-reports/documents': { request: async () => ({ method: 'GET', url: '/api/intake-reports/documents' }), expect: mayUpload },
  'GET /api/intake-reports/documents/:id': { request: async (f, s) => ({ method: 'GET', url: `/api/intake-reports/documents/${await doc(f, s)}` }), expect: reviewers },
  'POST /api/intake-reports/documents/:id/save-report': {
    request: async (f, s) => ({
      method: 'POST',
      url: `/api/intake-reports/documents/${await doc(f, s)}/save-report`,
      payload: { version: 1, figures: [], followups: [{ key: 'p1', text: 'Công tác tuyên truyền ở một số xã còn hạn chế.', nature: 'limitation' }] },
    }),
    expect: followupWriters,
  },
  'POST /api/intake-reports/documents/:id/save-recommendations': {
    request: async (f, s) => ({
      method: 'POST',
      url: `/api/intake-reports/documents/${await doc(f, s, 'recommendation_list')}/save-recommendations`,
      payload: { version: 1, uprCycle: 4, itemDate: '2024-09-26', rows: [1] },
    }),
    // The items go to the caller's province (national items for the Standing Office).
    expect: followupWriters,
  },
  'POST /api/intake-reports/documents/:id/drop': {
    request: async (f, s) => ({ method: 'POST', url: `/api/intake-reports/documents/${await doc(f, s)}/drop`, payload: { version: 1 } }),
    expect: reviewers,
  },
};
