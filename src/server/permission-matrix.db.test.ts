import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../shared/auth/permissions.js';
import { createTestApp, createUser, signIn, type TestApp } from './test-support/test-app.js';
import { insertOrganisation } from './features/organisations/queries.js';
import { createConference } from './features/conferences/service.js';
import { createParticipant } from './features/participants/service.js';
import type { Actor } from './features/auth/actor.js';
import { insertIntakeDocument } from './features/intake/testing.js';
import { conferenceSources } from './features/conferences/tables.js';
import { saveStoredFile } from './features/files/store.js';

/**
 * Every API route × every role × a record of the caller's own province and of another one.
 * The route list comes from the running server's route table, so a route added without an
 * entry here fails this test until someone decides who may call it.
 *
 * Outcomes: 'ok' any 2xx; 'denied' 401/403; 'hidden' 404 (another province's record is
 * not revealed to exist).
 */
type Outcome = 'ok' | 'denied' | 'hidden';
type Scope = 'own' | 'other';
type Fixture = { t: TestApp; ownProvince: string; otherProvince: string };
type Entry = {
  request: (f: Fixture, scope: Scope) => Promise<InjectOptions>;
  expect: Record<Role, Record<Scope, Outcome>>;
};

const OWN = '01';
const OTHER = '79';

const everyone = (o: Outcome = 'ok') => Object.fromEntries(roles.map((r) => [r, { own: o, other: o }])) as Entry['expect'];
/** National roles reach both provinces; provincial ones only their own (the other answers `otherOutcome`). */
function only(allowed: Role[], otherOutcome: Outcome = 'hidden'): Entry['expect'] {
  return Object.fromEntries(
    roles.map((r) => {
      if (!allowed.includes(r)) return [r, { own: 'denied', other: 'denied' }];
      const national = r === 'national_admin' || r === 'national_officer';
      return [r, { own: 'ok', other: national ? 'ok' : otherOutcome }];
    }),
  ) as Entry['expect'];
}

const provinceOf = (f: Fixture, s: Scope) => (s === 'own' ? f.ownProvince : f.otherProvince);
const get = (url: string) => async (): Promise<InjectOptions> => ({ method: 'GET', url });

async function freshOrganisation(f: Fixture, s: Scope) {
  return insertOrganisation(f.t.database.db, { name: `Sở Thử ${Math.random()}`, kind: 'department', provinceCode: provinceOf(f, s), searchKey: 'so thu' });
}
async function freshAccount(f: Fixture, s: Scope) {
  return createUser(f.t.database, { role: 'viewer', provinceCode: provinceOf(f, s) });
}

const systemActor: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  email: 'matrix@test.vn',
  fullName: 'Matrix',
  role: 'national_admin',
  provinceCode: null,
  organisationId: null,
  mustChangePassword: false,
};
const conferenceBody = (province: string) => ({
  title: 'Hội nghị tập huấn công tác nhân quyền',
  level: 'provincial' as const,
  provinceCode: province,
  startDate: '2024-06-13',
  status: 'held' as const,
});
async function freshConference(f: Fixture, s: Scope) {
  return createConference(f.t.database.db, systemActor, conferenceBody(provinceOf(f, s)));
}

async function freshParticipant(f: Fixture, s: Scope) {
  const c = await freshConference(f, s);
  return createParticipant(f.t.database.db, systemActor, c.id, { fullName: `Đại Biểu ${Math.random()}` });
}
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
  'GET /api/files/:id': {
    request: async (f, s) => {
      const db = f.t.database.db;
      const c = await freshConference(f, s);
      const fileId = await saveStoredFile(db, { purpose: 'intake', fileName: 'nguon.txt', mediaType: 'text/plain', bytes: Buffer.from('x'), provinceCode: provinceOf(f, s), uploadedBy: null });
      await db.insert(conferenceSources).values({ conferenceId: c.id, title: 'Nguồn', fileId });
      return { method: 'GET', url: `/api/files/${fileId}` };
    },
    expect: only(['national_admin', 'national_officer', 'provincial_secretariat', 'agency_reporter', 'viewer']),
  },
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
    for (const role of roles) {
      const national = role === 'national_admin' || role === 'national_officer';
      const user = await createUser(t.database, { role, provinceCode: national ? null : OWN });
      cookies.set(role, await signIn(t.app, user.email));
    }
  });
  afterAll(() => t.close());

  it('has an entry for every API route, and no entry for a route that does not exist', () => {
    const routes = t.app.routeTable.map((r) => `${r.method} ${r.url}`).sort();
    expect(routes.filter((r) => !(r in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((k) => !routes.includes(k))).toEqual([]);
  });

  it('refuses every non-public route to an anonymous caller', async () => {
    for (const route of t.app.routeTable.filter((r) => r.access !== 'public')) {
      const entry = matrix[`${route.method} ${route.url}`]!;
      const res = await t.app.inject(await entry.request({ t, ownProvince: OWN, otherProvince: OTHER }, 'own'));
      expect([route.url, res.statusCode]).toEqual([route.url, 401]);
    }
  });

  for (const [route, entry] of Object.entries(matrix)) {
    it(`${route}: each role gets what the matrix says, in its own province and another`, async () => {
      const got: Record<string, Record<Scope, string>> = {};
      for (const role of roles) {
        got[role] = { own: '', other: '' };
        for (const scope of ['own', 'other'] as const) {
          const options = await entry.request({ t, ownProvince: OWN, otherProvince: OTHER }, scope);
          const res = await t.app.inject({ ...options, headers: { ...options.headers, cookie: cookies.get(role)! } });
          got[role][scope] = outcomeOf(res.statusCode);
        }
      }
      expect(got).toEqual(entry.expect);
    });
  }
});
