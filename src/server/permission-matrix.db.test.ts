import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../shared/auth/permissions.js';
import { everyone, get, only, provinceOf, type Entry, type Fixture, type Outcome, type Scope } from './test-support/permission-matrix-kit.js';
import { matrixEntries as indicatorEntries } from './features/indicators/matrix-entries.js';
import { matrixEntries as indicatorReportEntries } from './features/indicator-reports/matrix-entries.js';
import { matrixEntries as indicatorDashboardEntries } from './features/indicator-dashboards/matrix-entries.js';
import { matrixEntries as indicatorTransferEntries } from './features/indicator-transfer/matrix-entries.js';
import { matrixEntries as followupTransferEntries } from './features/followup-transfer/matrix-entries.js';
import { matrixEntries as workingVisitEntries } from './features/working-visits/matrix-entries.js';
import { matrixEntries as followupEntries } from './features/followup/matrix-entries.js';
import { matrixEntries as provincialReportEntries } from './features/provincial-reports/matrix-entries.js';
import { matrixEntries as transparencyEntries } from './features/transparency/matrix-entries.js';
import { matrixEntries as intakeReportEntries } from './features/intake-reports/matrix-entries.js';
import { createTestApp, createUser, signIn, systemActor, type TestApp } from './test-support/test-app.js';
import { insertOrganisation } from './features/organisations/queries.js';
import { createConference, deleteConference } from './features/conferences/service.js';
import { createParticipant } from './features/participants/service.js';
import { createQuestion } from './features/awareness/question-service.js';
import { setPhase, setPlanQuestions } from './features/awareness/plan-service.js';
import { generateCodes, listCodes } from './features/awareness/codes.js';
import { issueCheckInLink } from './features/awareness/check-in-service.js';
import { insertIntakeDocument } from './features/intake/testing.js';
import { conferenceSources } from './features/conferences/tables.js';
import { saveStoredFile } from './features/files/store.js';

/**
 * Every API route × every role × a record of the caller's own province and of another one.
 * The route list comes from the running server's route table, so a route added without an
 * entry here fails this test until someone decides who may call it. Newer features keep their
 * rows beside their code (`features/<feature>/matrix-entries.ts`); the vocabulary is in
 * test-support/permission-matrix-kit.ts.
 */
const OWN = '01';
const OTHER = '79';

async function freshOrganisation(f: Fixture, s: Scope) {
  return insertOrganisation(f.t.database.db, { name: `Sở Thử ${Math.random()}`, kind: 'department', provinceCode: provinceOf(f, s), searchKey: 'so thu' });
}
async function freshAccount(f: Fixture, s: Scope) {
  return createUser(f.t.database, { role: 'viewer', provinceCode: provinceOf(f, s) });
}

/** Each province's body that organises the test conferences; the agency reporter works for its own province's. */
const organiserOf = new Map<string, string>();
const conferenceBody = (province: string) => ({
  title: 'Hội nghị tập huấn công tác nhân quyền',
  level: 'provincial' as const,
  provinceCode: province,
  startDate: '2024-06-13',
  status: 'held' as const,
  organisers: [{ organisationId: organiserOf.get(province)!, role: 'organizer' as const }],
});
async function freshConference(f: Fixture, s: Scope) {
  return createConference(f.t.database.db, systemActor, conferenceBody(provinceOf(f, s)));
}

async function freshParticipant(f: Fixture, s: Scope) {
  const c = await freshConference(f, s);
  return createParticipant(f.t.database.db, systemActor, c.id, { fullName: `Đại Biểu ${Math.random()}` });
}
async function freshQuestion(f: Fixture, s: Scope) {
  return createQuestion(f.t.database.db, systemActor, {
    theme: 'children',
    text: `Luật Trẻ em năm 2016 quy định trẻ em là người dưới bao nhiêu tuổi? ${Math.random()}`,
    options: ['16 tuổi', '18 tuổi'],
    correct: [0],
    provinceCode: provinceOf(f, s),
  });
}
/** A conference of the scope's province with an open post-test, a fresh one-time code and the link's token. */
async function freshAwareness(f: Fixture, s: Scope) {
  const db = f.t.database.db;
  const c = await freshConference(f, s);
  const q = await freshQuestion(f, s);
  const plan = await setPlanQuestions(db, systemActor, c.id, { questionIds: [q.id], version: 0 });
  await setPhase(db, systemActor, c.id, { phase: 'post', open: true });
  await generateCodes(db, systemActor, c.id, { count: 1 });
  const code = (await listCodes(db, systemActor, c.id, { page: 1, pageSize: 1 })).items[0]!.code;
  return { conferenceId: c.id, token: plan.publicToken!, code, questionId: q.id };
}
/** A conference with one connection point whose roster holds Nguyễn Văn An, and the point's check-in link. */
async function freshCheckInPoint(f: Fixture, s: Scope) {
  const db = f.t.database.db;
  const c = await createConference(db, systemActor, { ...conferenceBody(provinceOf(f, s)), connectionPoints: [{ name: 'Điểm cầu xã', level: 'commune' }] });
  const pointId = c.connectionPoints[0]!.id;
  await createParticipant(db, systemActor, c.id, { fullName: 'Nguyễn Văn An', connectionPointId: pointId });
  const links = await issueCheckInLink(db, systemActor, c.id, pointId);
  return { conferenceId: c.id, pointId, token: links.items[0]!.token! };
}
const readers = ['national_admin', 'national_officer', 'provincial_secretariat', 'agency_reporter', 'viewer'] as const;
const managers = ['national_admin', 'provincial_secretariat', 'agency_reporter'] as const;

/** A one-person CSV sent as the raw body, as the import wizard sends it. */
const participantUpload = (url: string): InjectOptions => ({
  method: 'POST',
  url,
  headers: { 'content-type': 'text/csv; charset=utf-8' },
  payload: 'Họ và tên\nNguyễn Văn An\n',
});

const matrix: Record<string, Entry> = {
  'GET /api/health': { request: get('/api/health'), expect: everyone() },
  'GET /api/openapi.json': { request: get('/api/openapi.json'), expect: everyone() },
  'GET /api/provinces': { request: get('/api/provinces'), expect: everyone() },
  'GET /api/provinces/:code': { request: async (f, s) => ({ method: 'GET', url: `/api/provinces/${provinceOf(f, s)}` }), expect: everyone() },
  'GET /api/provinces/:code/communes': {
    request: async (f, s) => ({ method: 'GET', url: `/api/provinces/${provinceOf(f, s)}/communes` }),
    expect: everyone(),
  },
  'GET /api/legacy-provinces': { request: get('/api/legacy-provinces'), expect: everyone() },
  'GET /api/communes': { request: get('/api/communes?q=bao%20ha'), expect: everyone() },
  'GET /api/places/resolve': { request: get(`/api/places/resolve?name=${encodeURIComponent('Bắc Kạn')}`), expect: everyone() },
  'POST /api/auth/login': {
    // Wrong credentials on purpose: what matters is that the route is open to anyone (401 is its own answer).
    // A new address each time, so the sign-in throttle never steps in.
    request: async () => ({ method: 'POST', url: '/api/auth/login', payload: { email: `ai.${Math.random().toString(36).slice(2)}@do.vn`, password: 'x' } }),
    expect: everyone('denied'),
  },
  'GET /api/auth/me': { request: get('/api/auth/me'), expect: everyone() },
  'POST /api/auth/change-password': {
    request: async () => ({ method: 'POST', url: '/api/auth/change-password', payload: { currentPassword: 'sai', newPassword: 'khong-quan-trong-123' } }),
    // Any signed-in person may change their own password; the wrong current one is a 400, not a denial.
    expect: everyone('ok'),
  },
  'GET /api/accounts': {
    request: async (f, s) => ({ method: 'GET', url: `/api/accounts?province=${provinceOf(f, s)}` }),
    expect: only(['national_admin', 'national_officer', 'provincial_secretariat'], 'ok'),
  },
  'POST /api/accounts': {
    request: async (f, s) => ({
      method: 'POST',
      url: '/api/accounts',
      payload: { email: `moi.${Math.random().toString(36).slice(2)}@tinh.vn`, fullName: 'Cán Bộ Mới', role: 'viewer', provinceCode: provinceOf(f, s) },
    }),
    expect: { ...only(['national_admin', 'provincial_secretariat'], 'denied'), national_officer: { own: 'denied', other: 'denied' } },
  },
  'GET /api/accounts/:id': {
    request: async (f, s) => ({ method: 'GET', url: `/api/accounts/${(await freshAccount(f, s)).id}` }),
    expect: only(['national_admin', 'national_officer', 'provincial_secretariat']),
  },
  'PUT /api/accounts/:id': {
    request: async (f, s) => {
      const a = await freshAccount(f, s);
      return { method: 'PUT', url: `/api/accounts/${a.id}`, payload: { fullName: 'Tên Mới', role: 'viewer', provinceCode: a.provinceCode, organisationId: null, version: a.version } };
    },
    expect: only(['national_admin', 'provincial_secretariat']),
  },
  'POST /api/accounts/:id/disable': {
    request: async (f, s) => ({ method: 'POST', url: `/api/accounts/${(await freshAccount(f, s)).id}/disable` }),
    expect: only(['national_admin', 'provincial_secretariat']),
  },
  'POST /api/accounts/:id/enable': {
    request: async (f, s) => ({ method: 'POST', url: `/api/accounts/${(await freshAccount(f, s)).id}/enable` }),
    expect: only(['national_admin', 'provincial_secretariat']),
  },
  'POST /api/accounts/:id/reset-password': {
    request: async (f, s) => ({ method: 'POST', url: `/api/accounts/${(await freshAccount(f, s)).id}/reset-password` }),
    expect: only(['national_admin', 'provincial_secretariat']),
  },
  'GET /api/organisations': { request: async (f, s) => ({ method: 'GET', url: `/api/organisations?province=${provinceOf(f, s)}` }), expect: everyone() },
  'GET /api/organisations/:id': {
    request: async (f, s) => ({ method: 'GET', url: `/api/organisations/${(await freshOrganisation(f, s)).id}` }),
    expect: everyone(),
  },
  'POST /api/organisations': {
    request: async (f, s) => ({ method: 'POST', url: '/api/organisations', payload: { name: 'Sở Tư pháp', kind: 'department', provinceCode: provinceOf(f, s) } }),
    expect: only(['national_admin', 'provincial_secretariat'], 'denied'),
  },
  'PUT /api/organisations/:id': {
    request: async (f, s) => {
      const o = await freshOrganisation(f, s);
      return { method: 'PUT', url: `/api/organisations/${o.id}`, payload: { name: 'Sở Tư pháp', kind: 'department', provinceCode: o.provinceCode, version: o.version } };
    },
    expect: only(['national_admin', 'provincial_secretariat']),
  },
  'DELETE /api/organisations/:id': {
    request: async (f, s) => ({ method: 'DELETE', url: `/api/organisations/${(await freshOrganisation(f, s)).id}` }),
    expect: only(['national_admin', 'provincial_secretariat']),
  },
  'GET /api/audit': {
    request: async (f, s) => ({ method: 'GET', url: `/api/audit?province=${provinceOf(f, s)}` }),
    expect: only(['national_admin', 'provincial_secretariat'], 'ok'),
  },
  'GET /api/conferences': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences?province=${provinceOf(f, s)}` }),
    expect: everyone(),
  },
  'POST /api/conferences': {
    request: async (f, s) => ({ method: 'POST', url: '/api/conferences', payload: conferenceBody(provinceOf(f, s)) }),
    expect: { ...only(['national_admin', 'provincial_secretariat', 'agency_reporter'], 'denied') },
  },
  'GET /api/conferences/:id': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences/${(await freshConference(f, s)).id}` }),
    expect: only(['national_admin', 'national_officer', 'provincial_secretariat', 'agency_reporter', 'viewer']),
  },
  'PUT /api/conferences/:id': {
    request: async (f, s) => {
      const c = await freshConference(f, s);
      return { method: 'PUT', url: `/api/conferences/${c.id}`, payload: { ...conferenceBody(provinceOf(f, s)), version: c.version } };
    },
    expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter']),
  },
  'DELETE /api/conferences/:id': {
    request: async (f, s) => ({ method: 'DELETE', url: `/api/conferences/${(await freshConference(f, s)).id}` }),
    expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter']),
  },
  // Undoing a delete is for whoever could have deleted it.
  'POST /api/conferences/:id/restore': {
    request: async (f, s) => {
      const { id } = await freshConference(f, s);
      await deleteConference(f.t.database.db, systemActor, id);
      return { method: 'POST', url: `/api/conferences/${id}/restore` };
    },
    expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter']),
  },
  'GET /api/conferences/:id/summary.docx': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences/${(await freshConference(f, s)).id}/summary.docx` }),
    expect: only(['national_admin', 'national_officer', 'provincial_secretariat', 'agency_reporter', 'viewer']),
  },
  // Like the list, another province's records are filtered out of the export rather than refused.
  'GET /api/conferences/export.xlsx': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences/export.xlsx?province=${provinceOf(f, s)}` }),
    expect: everyone(),
  },
  'GET /api/conference-stats': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conference-stats?province=${provinceOf(f, s)}` }),
    expect: everyone(),
  },
  'GET /api/conference-stats/export.xlsx': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conference-stats/export.xlsx?province=${provinceOf(f, s)}` }),
    expect: everyone(),
  },
  'GET /api/conferences/:id/participants': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences/${(await freshConference(f, s)).id}/participants` }),
    expect: only(['national_admin', 'national_officer', 'provincial_secretariat', 'agency_reporter', 'viewer']),
  },
  'GET /api/conferences/:id/participants/sheets.docx': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences/${(await freshConference(f, s)).id}/participants/sheets.docx?kind=signin` }),
    expect: only(['national_admin', 'national_officer', 'provincial_secretariat', 'agency_reporter', 'viewer']),
  },
  'GET /api/conferences/:id/participants/sheets.xlsx': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences/${(await freshConference(f, s)).id}/participants/sheets.xlsx` }),
    expect: only(['national_admin', 'national_officer', 'provincial_secretariat', 'agency_reporter', 'viewer']),
  },
  'POST /api/conferences/:id/participants': {
    request: async (f, s) => ({ method: 'POST', url: `/api/conferences/${(await freshConference(f, s)).id}/participants`, payload: { fullName: 'Nguyễn Văn An' } }),
    expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter']),
  },
  'PUT /api/conferences/:id/participants/:participantId': {
    request: async (f, s) => {
      const p = await freshParticipant(f, s);
      return { method: 'PUT', url: `/api/conferences/${p.conferenceId}/participants/${p.id}`, payload: { fullName: 'Nguyễn Văn Bình', version: p.version } };
    },
    expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter']),
  },
  'DELETE /api/conferences/:id/participants/:participantId': {
    request: async (f, s) => {
      const p = await freshParticipant(f, s);
      return { method: 'DELETE', url: `/api/conferences/${p.conferenceId}/participants/${p.id}` };
    },
    expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter']),
  },
  'GET /api/conferences/:id/participants/:participantId/export': {
    request: async (f, s) => {
      const p = await freshParticipant(f, s);
      return { method: 'GET', url: `/api/conferences/${p.conferenceId}/participants/${p.id}/export` };
    },
    expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter']),
  },
  'GET /api/conferences/:id/participants/:participantId/check-ins': {
    request: async (f, s) => {
      const p = await freshParticipant(f, s);
      return { method: 'GET', url: `/api/conferences/${p.conferenceId}/participants/${p.id}/check-ins` };
    },
    expect: only(['national_admin', 'national_officer', 'provincial_secretariat', 'agency_reporter', 'viewer']),
  },
  'POST /api/conferences/:id/participants/:participantId/check-ins': {
    request: async (f, s) => {
      const p = await freshParticipant(f, s);
      return { method: 'POST', url: `/api/conferences/${p.conferenceId}/participants/${p.id}/check-ins`, payload: { method: 'manual' } };
    },
    expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter']),
  },
  'GET /api/conferences/:id/attendance': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences/${(await freshConference(f, s)).id}/attendance` }),
    expect: only(['national_admin', 'national_officer', 'provincial_secretariat', 'agency_reporter', 'viewer']),
  },
  'GET /api/participants/template.xlsx': { request: get('/api/participants/template.xlsx'), expect: everyone() },
  'POST /api/conferences/:id/participants/import/preview': {
    request: async (f, s) => participantUpload(`/api/conferences/${(await freshConference(f, s)).id}/participants/import/preview`),
    expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter']),
  },
  'POST /api/conferences/:id/participants/import': {
    request: async (f, s) =>
      participantUpload(`/api/conferences/${(await freshConference(f, s)).id}/participants/import?mapping=${encodeURIComponent('{"name":0}')}`),
    expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter']),
  },
  'POST /api/intake/documents': {
    request: async () => ({
      method: 'POST',
      url: '/api/intake/documents',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'bai-bao.txt' },
      payload: Buffer.from('Sáng 13/6/2024, Ban Chỉ đạo về Nhân quyền tỉnh tổ chức Hội nghị tập huấn công tác nhân quyền.'),
    }),
    expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter'], 'ok'),
  },
  'POST /api/intake/paste': {
    request: async () => ({ method: 'POST', url: '/api/intake/paste', payload: { text: 'Sáng 13/6/2024, Hội nghị tập huấn công tác nhân quyền đã diễn ra.' } }),
    expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter'], 'ok'),
  },
  'GET /api/intake/documents': { request: get('/api/intake/documents'), expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter'], 'ok') },
  'GET /api/intake/documents/:id': {
    request: async (f, s) => ({ method: 'GET', url: `/api/intake/documents/${(await insertIntakeDocument(f.t.database.db, { provinceCode: provinceOf(f, s) })).id}` }),
    expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter']),
  },
  'POST /api/intake/documents/:id/confirm': {
    request: async (f, s) => ({
      method: 'POST',
      url: `/api/intake/documents/${(await insertIntakeDocument(f.t.database.db, { provinceCode: provinceOf(f, s) })).id}/confirm`,
      payload: { mode: 'create', version: 1, conference: conferenceBody(provinceOf(f, s)), figures: [] },
    }),
    expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter']),
  },
  'POST /api/intake/documents/:id/drop': {
    request: async (f, s) => ({
      method: 'POST',
      url: `/api/intake/documents/${(await insertIntakeDocument(f.t.database.db, { provinceCode: provinceOf(f, s) })).id}/drop`,
      payload: { version: 1 },
    }),
    expect: only(['national_admin', 'provincial_secretariat', 'agency_reporter']),
  },
  'POST /api/files': {
    request: async () => ({
      method: 'POST',
      url: '/api/files',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'tai-lieu.txt' },
      payload: Buffer.from('Tài liệu tập huấn'),
    }),
    // Conference managers, and whoever records follow-up progress (the Standing Office's officers too).
    expect: only(['national_admin', 'national_officer', 'provincial_secretariat', 'agency_reporter'], 'ok'),
  },
  'GET /api/files/:id': {
    request: async (f, s) => {
      const db = f.t.database.db;
      const c = await freshConference(f, s);
      const fileId = await saveStoredFile(db, { purpose: 'intake', fileName: 'nguon.txt', mediaType: 'text/plain', bytes: Buffer.from('x'), provinceCode: provinceOf(f, s), uploadedBy: null });
      await db.insert(conferenceSources).values({ conferenceId: c.id, title: 'Nguồn', fileId });
      return { method: 'GET', url: `/api/files/${fileId}` };
    },
    // An intake original is for those who use intake, even as a conference's source: the others are told it does not exist.
    expect: {
      ...only(['national_admin', 'provincial_secretariat', 'agency_reporter']),
      national_officer: { own: 'hidden', other: 'hidden' },
      viewer: { own: 'hidden', other: 'hidden' },
    },
  },
  'GET /api/awareness/questions': { request: get('/api/awareness/questions'), expect: everyone() },
  'POST /api/awareness/questions': {
    request: async (f, s) => ({
      method: 'POST',
      url: '/api/awareness/questions',
      payload: { theme: 'children', text: 'Trẻ em có quyền được bày tỏ ý kiến không?', options: ['Có', 'Không'], correct: [0], provinceCode: provinceOf(f, s) },
    }),
    expect: only([...managers], 'denied'),
  },
  'GET /api/awareness/questions/:id': {
    request: async (f, s) => ({ method: 'GET', url: `/api/awareness/questions/${(await freshQuestion(f, s)).id}` }),
    expect: only([...readers]),
  },
  'PUT /api/awareness/questions/:id': {
    request: async (f, s) => {
      const q = await freshQuestion(f, s);
      return { method: 'PUT', url: `/api/awareness/questions/${q.id}`, payload: { theme: q.theme, text: q.text, options: q.options, correct: [1], provinceCode: q.province!.code, version: q.version } };
    },
    expect: only([...managers]),
  },
  'DELETE /api/awareness/questions/:id': {
    request: async (f, s) => ({ method: 'DELETE', url: `/api/awareness/questions/${(await freshQuestion(f, s)).id}` }),
    expect: only([...managers]),
  },
  'GET /api/conferences/:id/awareness': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences/${(await freshConference(f, s)).id}/awareness` }),
    expect: only([...readers]),
  },
  'PUT /api/conferences/:id/awareness/questions': {
    request: async (f, s) => {
      const c = await freshConference(f, s);
      return { method: 'PUT', url: `/api/conferences/${c.id}/awareness/questions`, payload: { questionIds: [(await freshQuestion(f, s)).id], version: 0 } };
    },
    expect: only([...managers]),
  },
  'POST /api/conferences/:id/awareness/phases': {
    request: async (f, s) => ({ method: 'POST', url: `/api/conferences/${(await freshConference(f, s)).id}/awareness/phases`, payload: { phase: 'survey', open: true } }),
    expect: only([...managers]),
  },
  'POST /api/conferences/:id/awareness/codes': {
    request: async (f, s) => ({ method: 'POST', url: `/api/conferences/${(await freshConference(f, s)).id}/awareness/codes`, payload: { count: 3 } }),
    expect: only([...managers]),
  },
  // The codes themselves only reach those who manage the conference: a reader holding them could answer in someone's place.
  'GET /api/conferences/:id/awareness/codes': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences/${(await freshAwareness(f, s)).conferenceId}/awareness/codes` }),
    expect: only([...managers]),
  },
  'GET /api/conferences/:id/awareness/codes.xlsx': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences/${(await freshAwareness(f, s)).conferenceId}/awareness/codes.xlsx` }),
    expect: only([...managers]),
  },
  'GET /api/conferences/:id/awareness/results': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences/${(await freshAwareness(f, s)).conferenceId}/awareness/results` }),
    expect: only([...readers]),
  },
  'GET /api/conferences/:id/awareness/comments': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences/${(await freshAwareness(f, s)).conferenceId}/awareness/comments` }),
    expect: only([...readers]),
  },
  'GET /api/conferences/:id/awareness/summary.docx': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences/${(await freshConference(f, s)).id}/awareness/summary.docx` }),
    expect: only([...readers]),
  },
  'GET /api/conferences/:id/awareness/summary.xlsx': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences/${(await freshConference(f, s)).id}/awareness/summary.xlsx` }),
    expect: only([...readers]),
  },
  'GET /api/conferences/:id/check-in-links': {
    request: async (f, s) => ({ method: 'GET', url: `/api/conferences/${(await freshCheckInPoint(f, s)).conferenceId}/check-in-links` }),
    expect: only([...managers]),
  },
  'POST /api/conferences/:id/check-in-links/:pointId': {
    request: async (f, s) => {
      const p = await freshCheckInPoint(f, s);
      return { method: 'POST', url: `/api/conferences/${p.conferenceId}/check-in-links/${p.pointId}` };
    },
    expect: only([...managers]),
  },
  // The phone pages: open to anyone holding the link (and, to answer, a code or a name on the roster).
  'GET /api/public/awareness/:token': {
    request: async (f, s) => ({ method: 'GET', url: `/api/public/awareness/${(await freshAwareness(f, s)).token}` }),
    expect: everyone(),
  },
  'POST /api/public/awareness/:token/start': {
    request: async (f, s) => {
      const a = await freshAwareness(f, s);
      return { method: 'POST', url: `/api/public/awareness/${a.token}/start`, payload: { code: a.code } };
    },
    expect: everyone(),
  },
  'POST /api/public/awareness/:token/responses': {
    request: async (f, s) => {
      const a = await freshAwareness(f, s);
      return { method: 'POST', url: `/api/public/awareness/${a.token}/responses`, payload: { code: a.code, phase: 'post', answers: { [a.questionId]: [0] } } };
    },
    expect: everyone(),
  },
  'GET /api/public/check-in/:token': {
    request: async (f, s) => ({ method: 'GET', url: `/api/public/check-in/${(await freshCheckInPoint(f, s)).token}` }),
    expect: everyone(),
  },
  'POST /api/public/check-in/:token': {
    request: async (f, s) => ({ method: 'POST', url: `/api/public/check-in/${(await freshCheckInPoint(f, s)).token}`, payload: { fullName: 'nguyễn văn an' } }),
    expect: everyone(),
  },
  // Newer features' rows, kept beside their code.
  ...indicatorEntries,
  ...indicatorReportEntries,
  ...indicatorDashboardEntries,
  ...indicatorTransferEntries,
  ...provincialReportEntries,
  ...transparencyEntries,
  ...followupTransferEntries,
  ...workingVisitEntries,
  ...followupEntries,
  ...intakeReportEntries,
  // Last: it ends the callers' sessions (it stays open to anyone, signed in or not).
  'POST /api/auth/logout': { request: async () => ({ method: 'POST', url: '/api/auth/logout' }), expect: everyone() },
};

function outcomeOf(status: number): Outcome | `unexpected ${number}` {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 401 || status === 403) return 'denied';
  if (status === 404) return 'hidden';
  // A 400 means the guard let the request through to validation: treat as reached.
  if (status === 400 || status === 409) return 'ok';
  return `unexpected ${status}`;
}

describe('permission matrix', () => {
  let t: TestApp;
  const cookies = new Map<Role, string>();
  beforeAll(async () => {
    t = await createTestApp();
    for (const province of [OWN, OTHER]) {
      const body = await insertOrganisation(t.database.db, { name: `Sở Tư pháp ${province}`, kind: 'department', provinceCode: province, searchKey: 'so tu phap' });
      organiserOf.set(province, body.id);
    }
    for (const role of roles) {
      const national = role === 'national_admin' || role === 'national_officer';
      const organisationId = role === 'agency_reporter' ? organiserOf.get(OWN)! : null;
      const user = await createUser(t.database, { role, provinceCode: national ? null : OWN, organisationId });
      cookies.set(role, await signIn(t.app, user.email));
    }
  });
  afterAll(() => t.close());
  const fixture = (): Fixture => ({ t, ownProvince: OWN, otherProvince: OTHER, bodyOf: (p) => organiserOf.get(p)! });

  it('has an entry for every API route, and no entry for a route that does not exist', () => {
    const routes = t.app.routeTable.map((r) => `${r.method} ${r.url}`).sort();
    expect(routes.filter((r) => !(r in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((k) => !routes.includes(k))).toEqual([]);
  });

  it('refuses every non-public route to an anonymous caller', async () => {
    for (const route of t.app.routeTable.filter((r) => r.access !== 'public')) {
      const entry = matrix[`${route.method} ${route.url}`]!;
      const res = await t.app.inject(await entry.request(fixture(), 'own'));
      expect([route.url, res.statusCode]).toEqual([route.url, 401]);
    }
  });

  for (const [route, entry] of Object.entries(matrix)) {
    it(`${route}: each role gets what the matrix says, in its own province and another`, async () => {
      const got: Record<string, Record<Scope, string>> = {};
      for (const role of roles) {
        got[role] = { own: '', other: '' };
        for (const scope of ['own', 'other'] as const) {
          const options = await entry.request(fixture(), scope);
          const res = await t.app.inject({ ...options, headers: { ...options.headers, cookie: cookies.get(role)! } });
          got[role][scope] = outcomeOf(res.statusCode);
        }
      }
      expect(got).toEqual(entry.expect);
    });
  }
});
