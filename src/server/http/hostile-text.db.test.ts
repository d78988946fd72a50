import { randomUUID } from 'node:crypto';
import net, { type AddressInfo } from 'node:net';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, signIn, signedInAs, testPassword, type TestApp } from '../test-support/test-app.js';
import { insertIntakeDocument } from '../features/intake/testing.js';
import { indicatorHostileBases } from '../features/indicators/hostile-text-bases.js';
import { indicatorReportHostileBases } from '../features/indicator-reports/hostile-text-bases.js';
import { indicatorTransferHostileBases } from '../features/indicator-transfer/hostile-text-bases.js';
import { followupTransferHostileBases } from '../features/followup-transfer/hostile-text-bases.js';
import { indicatorDashboardHostileBases } from '../features/indicator-dashboards/hostile-text-bases.js';
import { provincialReportHostileBases } from '../features/provincial-reports/hostile-text-bases.js';
import { transparencyHostileBases } from '../features/transparency/hostile-text-bases.js';
import { workingVisitHostileBases } from '../features/working-visits/hostile-text-bases.js';
import { followupHostileBases } from '../features/followup/hostile-text-bases.js';
import { intakeReportHostileBases } from '../features/intake-reports/hostile-text-bases.js';

/**
 * Text the API refuses at its edge: control characters (NUL above all, which PostgreSQL cannot
 * store) in any JSON string, query parameter, path parameter or file name; impossible years;
 * oversized headers. The walk below takes the route list from the running server, so a new
 * route is covered (or the test says what it lacks) without anyone remembering to add it.
 */

const NUL = '\u0000';
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonSchema = Record<string, unknown>;
type Operation = { parameters?: Array<{ in: string; name: string; required?: boolean }>; requestBody?: { content: Record<string, { schema: JsonSchema }> } };

/** Everything the requests point at, made once through the API as the national administrator. */
type Fixture = {
  admin: string;
  organisationId: string;
  accountId: string;
  conferenceId: string;
  pointId: string;
  participantId: string;
  questionId: string;
  awarenessToken: string;
  intakeDocumentId: string;
  fileId: string;
  communeCode: string;
  legacyProvinceCode: string;
  /** One-time survey codes; each survey answer uses up one. */
  surveyCodes: string[];
};

/** How one route is called with valid data: the variants then put a NUL into one string at a time. */
type Base = {
  params?: (f: Fixture) => Promise<Record<string, string>>;
  query?: Record<string, string>;
  /** One body per shape the route takes (a union has one per branch). */
  bodies?: Array<(f: Fixture) => Promise<Json>>;
  raw?: { contentType: string; payload: string; fileName: string };
  /** A caller of its own, for routes that end or change the session. */
  cookie?: (f: Fixture) => Promise<string>;
  /** The valid request's status, when it is not 2xx on purpose. */
  status?: number;
};

let t: TestApp;
const inject = (options: InjectOptions) => t.app.inject(options);
const json = (res: LightMyRequestResponse) => res.json() as Record<string, unknown>;

async function post(cookie: string, url: string, payload: Json) {
  const res = await inject({ method: 'POST', url, headers: { cookie }, payload: payload as object });
  if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return json(res);
}

const conferenceFields = (f: Fixture): { [key: string]: Json } => ({
  title: 'Hội nghị tập huấn công tác nhân quyền năm 2024',
  level: 'provincial',
  provinceCode: '04',
  legacyProvinceCode: f.legacyProvinceCode,
  communeCode: f.communeCode,
  startDate: '2024-06-13',
  startTime: '08:00',
  partOfDay: 'morning',
  endDate: '2024-06-14',
  venue: 'Hội trường UBND tỉnh',
  format: 'hybrid',
  status: 'held',
  participantsPlanned: 120,
  participantsActual: 118,
  participantsQualifier: 'about',
  audiences: ['Cán bộ cấp xã'],
  summary: 'Tập huấn Hiến pháp năm 2013 về quyền con người.',
  organisers: [{ organisationId: f.organisationId, role: 'organizer' }],
  connectionPoints: [{ name: 'Điểm cầu xã Hòa An', level: 'commune', provinceCode: '04', communeCode: f.communeCode, hostOrganisationId: f.organisationId }],
  officials: [{ name: 'Nguyễn Văn An', rank: 'Đại tá', title: 'Phó Chủ tịch UBND tỉnh', organisationId: f.organisationId, role: 'chair', connectionPointIndex: 0 }],
  agenda: [
    {
      title: 'Quyền trẻ em theo Luật Trẻ em 2016',
      themes: ['children'],
      speakerName: 'Trần Thị Bình',
      speakerRank: 'Tiến sĩ',
      speakerTitle: 'Giảng viên',
      speakerOrganisationId: f.organisationId,
      durationMinutes: 60,
    },
  ],
  materials: [
    { kind: 'link', title: 'Tài liệu tập huấn', url: 'https://example.vn/tai-lieu', agendaItemIndex: 0 },
    { kind: 'file', title: 'Bài giảng', fileId: f.fileId },
  ],
  // An outcome id the conference does not hold is ignored (the outcome is added as new): sent so its string gets its NUL.
  outcomes: [{ id: randomUUID(), kind: 'direction', text: 'Tiếp tục tập huấn cấp xã', responsibleOrganisationId: f.organisationId, responsibleText: 'Sở Tư pháp', dueDate: '2024-12-31' }],
  sources: [{ url: 'https://example.vn/bai-bao', title: 'Bài báo', publisher: 'Báo Cao Bằng', publishedDate: '2024-06-14', fileId: f.fileId }],
});

/** A conference of its own for a request that changes or deletes it. */
async function freshConference(f: Fixture) {
  return post(f.admin, '/api/conferences', conferenceFields(f));
}
async function freshParticipant(f: Fixture) {
  return post(f.admin, `/api/conferences/${f.conferenceId}/participants`, { fullName: `Đại Biểu ${Math.random().toString(36).slice(2, 8)}` });
}
async function freshOrganisation(f: Fixture) {
  return post(f.admin, '/api/organisations', { name: `Sở Thử ${Math.random().toString(36).slice(2, 8)}`, kind: 'department', provinceCode: '04' });
}
async function freshQuestion(f: Fixture) {
  return post(f.admin, '/api/awareness/questions', {
    theme: 'children',
    text: `Trẻ em có quyền được bày tỏ ý kiến không? ${Math.random().toString(36).slice(2, 8)}`,
    options: ['Có', 'Không'],
    correct: [0],
    provinceCode: '04',
  });
}
async function freshIntakeDocument() {
  return insertIntakeDocument(t.database.db, { provinceCode: '04' });
}
async function freshSession() {
  const user = await createUser(t.database, { role: 'viewer', provinceCode: '04' });
  return { user, cookie: await signIn(t.app, user.email) };
}

const id = async (f: Fixture) => ({ id: f.conferenceId });
const ofParticipant = async (f: Fixture) => ({ id: f.conferenceId, participantId: f.participantId });
/** The point's current check-in link: issuing a new one (another route of the walk) retires the old. */
const checkInToken = async (f: Fixture) => {
  const links = json(await inject({ method: 'GET', url: `/api/conferences/${f.conferenceId}/check-in-links`, headers: { cookie: f.admin } }));
  return { token: (links.items as Array<{ connectionPointId: string; token: string }>).find((l) => l.connectionPointId === f.pointId)!.token };
};
const csvUpload = { contentType: 'text/csv; charset=utf-8', payload: 'Họ và tên\nNguyễn Văn An\n', fileName: 'danh-sach.csv' };

const bases: Record<string, Base> = {
  'GET /api/health': {},
  'GET /api/openapi.json': {},
  'POST /api/auth/login': {
    bodies: [async () => ({ email: (await createUser(t.database, { role: 'viewer', provinceCode: '04' })).email, password: testPassword })],
  },
  'POST /api/auth/logout': { cookie: async () => (await freshSession()).cookie },
  'GET /api/auth/me': {},
  'POST /api/auth/change-password': {
    cookie: async () => (await freshSession()).cookie,
    bodies: [async () => ({ currentPassword: testPassword, newPassword: 'mat-khau-moi-rat-dai-2024' })],
  },
  'GET /api/provinces': { query: { q: 'Cao Bằng' } },
  'GET /api/provinces/:code': { params: async () => ({ code: '04' }) },
  'GET /api/provinces/:code/communes': { params: async () => ({ code: '04' }), query: { q: 'Hòa An' } },
  'GET /api/communes': { query: { q: 'Bảo Hà', province: '15' } },
  'GET /api/legacy-provinces': { query: { q: 'Hà Giang' } },
  'GET /api/places/resolve': { query: { name: 'Bắc Kạn', date: '2024-06-13' } },
  'GET /api/accounts': { query: { q: 'Người', province: '04' } },
  'POST /api/accounts': {
    bodies: [async (f) => ({ email: `moi.${Math.random().toString(36).slice(2)}@tinh.vn`, fullName: 'Cán Bộ Mới', role: 'viewer', provinceCode: '04', organisationId: f.organisationId })],
  },
  'GET /api/accounts/:id': { params: async (f) => ({ id: f.accountId }) },
  'PUT /api/accounts/:id': {
    params: async (f) => ({ id: f.accountId }),
    bodies: [
      async (f) => {
        const account = json(await inject({ method: 'GET', url: `/api/accounts/${f.accountId}`, headers: { cookie: f.admin } }));
        return { fullName: 'Tên Mới', role: 'viewer', provinceCode: '04', organisationId: f.organisationId, version: account.version as number };
      },
    ],
  },
  'POST /api/accounts/:id/disable': { params: async (f) => ({ id: f.accountId }) },
  'POST /api/accounts/:id/enable': { params: async (f) => ({ id: f.accountId }) },
  'POST /api/accounts/:id/reset-password': { params: async (f) => ({ id: f.accountId }) },
  'GET /api/organisations': { query: { q: 'Sở', province: '04' } },
  'POST /api/organisations': { bodies: [async (f) => ({ name: 'Sở Tư pháp', shortName: 'STP', kind: 'department', provinceCode: '04', parentId: f.organisationId })], status: 201 },
  'GET /api/organisations/:id': { params: async (f) => ({ id: f.organisationId }) },
  'PUT /api/organisations/:id': {
    params: async (f) => ({ id: f.organisationId }),
    bodies: [
      async (f) => {
        const o = await freshOrganisation(f);
        return { name: 'Sở Tư pháp tỉnh', shortName: 'STP', kind: 'department', provinceCode: '04', parentId: f.organisationId, version: o.version as number, _id: o.id as string };
      },
    ],
  },
  'DELETE /api/organisations/:id': { params: async (f) => ({ id: (await freshOrganisation(f)).id as string }), status: 204 },
  'GET /api/audit': { query: { entityType: 'conference', action: 'create', actor: 'admin', province: '04', from: '2024-01-01', to: '2100-12-31' } },
  'GET /api/conferences': { query: { q: 'tập huấn', province: '04', legacyProvince: '04', sort: 'title' } },
  'POST /api/conferences': { bodies: [async (f) => conferenceFields(f)], status: 201 },
  'GET /api/conferences/:id': { params: id },
  'PUT /api/conferences/:id': {
    bodies: [
      async (f) => {
        const c = await freshConference(f);
        const fields = conferenceFields(f);
        const points = c.connectionPoints as Array<{ id: string }>;
        (fields.connectionPoints as Array<{ [key: string]: Json }>)[0]!.id = points[0]!.id;
        return { ...fields, version: c.version as number, _id: c.id as string };
      },
    ],
  },
  'DELETE /api/conferences/:id': { params: async (f) => ({ id: (await freshConference(f)).id as string }), status: 204 },
  'POST /api/conferences/:id/restore': {
    params: async (f) => {
      const id = (await freshConference(f)).id as string;
      await inject({ method: 'DELETE', url: `/api/conferences/${id}`, headers: { cookie: f.admin } });
      return { id };
    },
  },
  'GET /api/conferences/:id/summary.docx': { params: id },
  'GET /api/conferences/export.xlsx': { query: { q: 'tập huấn', province: '04' } },
  'GET /api/conference-stats': { query: { province: '04', year: '2024' } },
  'GET /api/conference-stats/export.xlsx': { query: { province: '04', year: '2024' } },
  'GET /api/conferences/:id/participants': { params: id, query: { q: 'an', checkedIn: 'false' } },
  'POST /api/conferences/:id/participants': {
    params: id,
    bodies: [async (f) => ({ fullName: `Nguyễn Văn ${Math.random().toString(36).slice(2, 6)}`, agency: 'Sở Tư pháp', position: 'Chuyên viên', contact: '0912 345 678', connectionPointId: f.pointId })],
    status: 201,
  },
  'PUT /api/conferences/:id/participants/:participantId': {
    params: id,
    bodies: [
      async (f) => {
        const p = await freshParticipant(f);
        return { fullName: 'Nguyễn Văn Bình', agency: 'Sở Tư pháp', position: 'Chuyên viên', contact: 'binh@tinh.vn', connectionPointId: f.pointId, version: p.version as number, _participantId: p.id as string };
      },
    ],
  },
  'DELETE /api/conferences/:id/participants/:participantId': {
    params: async (f) => ({ id: f.conferenceId, participantId: (await freshParticipant(f)).id as string }),
    status: 204,
  },
  'GET /api/conferences/:id/participants/:participantId/export': { params: ofParticipant },
  'GET /api/conferences/:id/participants/:participantId/check-ins': { params: ofParticipant },
  'POST /api/conferences/:id/participants/:participantId/check-ins': {
    params: ofParticipant,
    bodies: [async (f) => ({ method: 'manual', connectionPointId: f.pointId })],
    status: 201,
  },
  'GET /api/conferences/:id/attendance': { params: id },
  'GET /api/participants/template.xlsx': {},
  'POST /api/conferences/:id/participants/import/preview': { params: id, raw: csvUpload },
  'POST /api/conferences/:id/participants/import': { params: id, query: { mapping: '{"name":0}' }, raw: csvUpload },
  'GET /api/awareness/questions': { query: { q: 'trẻ em', theme: 'children', owner: 'province', province: '04', active: 'true' } },
  'POST /api/awareness/questions': {
    bodies: [async () => ({ theme: 'children', text: `Trẻ em là người dưới bao nhiêu tuổi? ${Math.random().toString(36).slice(2, 6)}`, options: ['16 tuổi', '18 tuổi'], correct: [0], provinceCode: '04' })],
    status: 201,
  },
  'GET /api/awareness/questions/:id': { params: async (f) => ({ id: f.questionId }) },
  'PUT /api/awareness/questions/:id': {
    bodies: [
      async (f) => {
        const q = await freshQuestion(f);
        return { theme: 'children', text: `Trẻ em có quyền gì? ${Math.random().toString(36).slice(2, 6)}`, options: ['Được học tập', 'Không có'], correct: [0], provinceCode: '04', version: q.version as number, _id: q.id as string };
      },
    ],
  },
  'DELETE /api/awareness/questions/:id': { params: async (f) => ({ id: (await freshQuestion(f)).id as string }), status: 204 },
  'GET /api/conferences/:id/awareness': { params: id },
  'PUT /api/conferences/:id/awareness/questions': {
    bodies: [
      async (f) => {
        const c = await freshConference(f);
        return { questionIds: [f.questionId], version: 0, _id: c.id as string };
      },
    ],
  },
  'POST /api/conferences/:id/awareness/phases': { params: id, bodies: [async () => ({ phase: 'survey', open: true })] },
  'POST /api/conferences/:id/awareness/codes': { params: id, bodies: [async (f) => ({ count: 1, connectionPointId: f.pointId })], status: 201 },
  'GET /api/conferences/:id/awareness/codes': { params: id, query: { batch: '1', connectionPoint: 'none' } },
  'GET /api/conferences/:id/awareness/codes.xlsx': { params: id, query: { batch: '1', connectionPoint: 'none' } },
  'GET /api/conferences/:id/awareness/results': { params: id },
  'GET /api/conferences/:id/awareness/comments': { params: id, query: { connectionPoint: 'none' } },
  'GET /api/conferences/:id/awareness/summary.docx': { params: id },
  'GET /api/conferences/:id/awareness/summary.xlsx': { params: id },
  'GET /api/conferences/:id/check-in-links': { params: id },
  'POST /api/conferences/:id/check-in-links/:pointId': { params: async (f) => ({ id: f.conferenceId, pointId: f.pointId }) },
  'GET /api/public/awareness/:token': { params: async (f) => ({ token: f.awarenessToken }) },
  'POST /api/public/awareness/:token/start': { params: async (f) => ({ token: f.awarenessToken }), bodies: [async (f) => ({ code: f.surveyCodes.at(-1)! })] },
  'POST /api/public/awareness/:token/responses': {
    params: async (f) => ({ token: f.awarenessToken }),
    bodies: [
      async (f) => {
        const code = f.surveyCodes.pop();
        if (!code) throw new Error('out of survey codes');
        return { code, phase: 'survey', answers: {}, ratings: { content: 4, speakers: 5, organisation: 4, usefulness: 5, overall: 4 }, comment: 'Nên có thêm tình huống thực tế ở xã.' };
      },
      async (f) => {
        const code = f.surveyCodes.pop();
        if (!code) throw new Error('out of survey codes');
        return { code, phase: 'post', answers: { [f.questionId]: [0] } };
      },
    ],
    status: 201,
  },
  'GET /api/public/check-in/:token': { params: checkInToken },
  'POST /api/public/check-in/:token': {
    params: checkInToken,
    bodies: [async () => ({ fullName: 'Nguyễn Văn An', agency: 'Sở Tư pháp' })],
  },
  'POST /api/intake/documents': {
    query: { sourceUrl: 'https://example.vn/bai-bao' },
    raw: { contentType: 'application/octet-stream', payload: 'Sáng 13/6/2024, Ban Chỉ đạo về Nhân quyền tỉnh Cao Bằng tổ chức Hội nghị tập huấn.', fileName: 'bai-bao.txt' },
    status: 201,
  },
  'GET /api/intake/documents': { query: { status: 'ready' } },
  'POST /api/intake/paste': {
    bodies: [async () => ({ text: 'Sáng 13/6/2024, Hội nghị tập huấn công tác nhân quyền đã diễn ra.', format: 'text', sourceUrl: 'https://example.vn/bai', batchId: randomUUID() })],
    status: 201,
  },
  'GET /api/intake/documents/:id': { params: async (f) => ({ id: f.intakeDocumentId }) },
  'POST /api/intake/documents/:id/confirm': {
    bodies: [
      async (f) => ({
        mode: 'create',
        version: 1,
        conference: conferenceFields(f),
        figures: [{ label: 'Số đại biểu', value: 118, unit: 'người', qualifier: 'about', period: 'năm 2024' }],
        _id: (await freshIntakeDocument()).id,
      }),
      async (f) => {
        // A bare conference, so that the draft's fields fill it.
        const c = await post(f.admin, '/api/conferences', { title: 'Hội nghị tập huấn năm 2024', level: 'provincial', provinceCode: '04', startDate: '2024-06-13' });
        return {
          mode: 'attach',
          version: 1,
          conferenceId: c.id as string,
          conferenceVersion: c.version as number,
          fill: conferenceFields(f),
          figures: [{ label: 'Số đại biểu', value: 118, unit: 'người', qualifier: 'about', period: 'năm 2024' }],
          _id: (await freshIntakeDocument()).id,
        };
      },
    ],
  },
  'POST /api/intake/documents/:id/drop': { bodies: [async () => ({ version: 1, _id: (await freshIntakeDocument()).id })] },
  'POST /api/files': {
    raw: { contentType: 'application/octet-stream', payload: 'Tài liệu tập huấn', fileName: 'tai-lieu.txt' },
    status: 201,
  },
  'GET /api/files/:id': { params: async (f) => ({ id: f.fileId }) },
  'GET /api/conferences/:id/participants/sheets.docx': { params: id, query: { kind: 'signin', point: 'unassigned' } },
  'GET /api/conferences/:id/participants/sheets.xlsx': { params: id, query: { kind: 'list' } },
  // Newer features keep their valid requests beside their code.
  ...indicatorHostileBases(post),
  ...indicatorReportHostileBases(post),
  ...indicatorTransferHostileBases(post),
  ...followupTransferHostileBases(),
  ...intakeReportHostileBases(() => t.database.db),
  ...indicatorDashboardHostileBases(),
  ...provincialReportHostileBases(),
  ...transparencyHostileBases(),
  ...workingVisitHostileBases(post),
  ...followupHostileBases(post),
};

const newPoint = 'a point is new when the conference is written; its id is sent only when editing (PUT /api/conferences/:id)';
/**
 * String fields of a body that the base request does not send, with the reason. Each one is
 * a field the walk cannot reach; keep this list short.
 */
const notSent: Record<string, Record<string, string>> = {
  'POST /api/conferences': { 'connectionPoints[].id': newPoint },
  'POST /api/intake/documents/:id/confirm': { 'conference.connectionPoints[].id': newPoint, 'fill.connectionPoints[].id': newPoint },
  // The walk names a record's values by their key: this one is sent (and gets its NUL) as leadOrganisationIds.04.
  'POST /api/followup-items/:id/assign': { 'leadOrganisationIds.*': 'sent under its province code' },
};

// ——— JSON Schema walking (the OpenAPI document is generated from the routes' Zod schemas) ———

let components: Record<string, JsonSchema> = {};
function resolve(schema: JsonSchema | undefined): JsonSchema {
  if (!schema) return {};
  const ref = schema.$ref as string | undefined;
  return ref ? resolve(components[ref.replace('#/components/schemas/', '')]) : schema;
}
const branches = (schema: JsonSchema): JsonSchema[] => {
  const s = resolve(schema);
  const alternatives = [...((s.anyOf as JsonSchema[]) ?? []), ...((s.oneOf as JsonSchema[]) ?? []), ...((s.allOf as JsonSchema[]) ?? [])];
  return [s, ...alternatives.flatMap(branches)];
};
const hasType = (s: JsonSchema, type: string) => s.type === type || (Array.isArray(s.type) && s.type.includes(type));

/** Every path of a string in the schema: `conference.officials[].name`, `answers{}` for a record's keys. */
function stringPaths(schema: JsonSchema, prefix = '', ancestors = new Set<JsonSchema>()): Set<string> {
  const out = new Set<string>();
  for (const s of branches(schema)) {
    // Only a schema that contains itself is cut short; one used in two places is walked twice.
    if (ancestors.has(s)) continue;
    const seen = new Set(ancestors).add(s);
    if (hasType(s, 'string')) out.add(prefix);
    for (const [key, child] of Object.entries((s.properties as Record<string, JsonSchema>) ?? {})) {
      for (const p of stringPaths(child, prefix ? `${prefix}.${key}` : key, seen)) out.add(p);
    }
    if (s.additionalProperties && typeof s.additionalProperties === 'object') {
      if (resolve(s.propertyNames as JsonSchema).type === 'string' && !(resolve(s.propertyNames as JsonSchema).enum)) out.add(`${prefix}{}`);
      for (const p of stringPaths(s.additionalProperties as JsonSchema, `${prefix}.*`, seen)) out.add(p);
    }
    if (s.items) for (const p of stringPaths(s.items as JsonSchema, `${prefix}[]`, seen)) out.add(p);
  }
  return out;
}

type Leaf = { path: (string | number)[]; key: boolean };
/** Every string in a body, and every key of its objects, with where it sits. */
function leavesOf(value: Json, path: (string | number)[] = []): Leaf[] {
  if (typeof value === 'string') return [{ path, key: false }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leavesOf(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [{ path: [...path, k], key: true }, ...leavesOf(v, [...path, k])]);
  }
  return [];
}
const abstractPath = (leaf: Leaf) =>
  leaf.path.reduce<string>((acc, part, i) => {
    if (typeof part === 'number') return `${acc}[]`;
    const isLastKey = leaf.key && i === leaf.path.length - 1;
    return isLastKey ? `${acc}{}` : acc ? `${acc}.${part}` : part;
  }, '');

/** The body with a NUL added to one string (or one key). */
function withNul(body: Json, leaf: Leaf): Json {
  const copy = structuredClone(body);
  const parentPath = leaf.path.slice(0, -1);
  const last = leaf.path.at(-1)!;
  let parent = copy as Record<string | number, Json>;
  for (const part of parentPath) parent = parent[part] as Record<string | number, Json>;
  if (leaf.key) {
    const value = parent[last]!;
    delete parent[last];
    parent[`${last}${NUL}`] = value;
  } else parent[last] = `${parent[last] as string}${NUL}`;
  return copy;
}

/** Keys starting with `_` carry the path parameter a body belongs to (a fresh record's id); they are not sent. */
function splitBody(body: Json): { body: Json; params: Record<string, string> } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { body, params: {} };
  const params: Record<string, string> = {};
  const rest: Record<string, Json> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k.startsWith('_')) params[k.slice(1)] = v as string;
    else rest[k] = v;
  }
  return { body: rest, params };
}

const fillUrl = (url: string, params: Record<string, string>) =>
  url.replace(/:(\w+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`no value for :${name} in ${url}`);
    return encodeURIComponent(params[name]!);
  });
const queryString = (query: Record<string, string>) => {
  const s = new URLSearchParams(query).toString();
  return s ? `?${s}` : '';
};

type Attempt = { what: string; status: number; body: string };

describe('hostile text at the API edge', () => {
  let f: Fixture;
  let operations: Record<string, Operation>;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = (await signedInAs(t, 'national_admin')).cookie;
    const doc = (await inject({ method: 'GET', url: '/api/openapi.json' })).json();
    components = doc.components.schemas;
    operations = {};
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, op] of Object.entries(ops)) operations[`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`] = op;
    }

    const commune = (json(await inject({ method: 'GET', url: '/api/provinces/04/communes?pageSize=1', headers: { cookie: admin } })).items as Array<{ code: string }>)[0]!;
    const legacy = (json(await inject({ method: 'GET', url: '/api/legacy-provinces?pageSize=200', headers: { cookie: admin } })).items as Array<{ code: string; successor: { code: string } }>).find(
      (p) => p.successor.code === '04',
    )!;
    const organisation = await post(admin, '/api/organisations', { name: 'Ban Chỉ đạo về Nhân quyền tỉnh Cao Bằng', kind: 'steering_committee', provinceCode: '04' });
    const file = json(
      await inject({
        method: 'POST',
        url: '/api/files',
        headers: { cookie: admin, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent('bai-giang.txt') },
        payload: Buffer.from('Bài giảng'),
      }),
    );
    const partial = { admin, organisationId: organisation.id as string, fileId: file.id as string, communeCode: commune.code, legacyProvinceCode: legacy.code } as Fixture;
    const conference = await post(admin, '/api/conferences', conferenceFields(partial));
    const pointId = (conference.connectionPoints as Array<{ id: string }>)[0]!.id;
    const participant = await post(admin, `/api/conferences/${conference.id}/participants`, { fullName: 'Nguyễn Văn An', agency: 'Sở Tư pháp', connectionPointId: pointId });
    const question = await post(admin, '/api/awareness/questions', { theme: 'children', text: 'Trẻ em có quyền được bày tỏ ý kiến không?', options: ['Có', 'Không'], correct: [0] });
    const plan = json(
      await inject({ method: 'PUT', url: `/api/conferences/${conference.id}/awareness/questions`, headers: { cookie: admin }, payload: { questionIds: [question.id], version: 0 } }),
    );
    for (const phase of ['post', 'survey']) await post(admin, `/api/conferences/${conference.id}/awareness/phases`, { phase, open: true });
    await post(admin, `/api/conferences/${conference.id}/awareness/codes`, { count: 500 });
    const codes = json(await inject({ method: 'GET', url: `/api/conferences/${conference.id}/awareness/codes?pageSize=200&batch=1`, headers: { cookie: admin } }));
    await post(admin, `/api/conferences/${conference.id}/check-in-links/${pointId}`, null);
    const account = await createUser(t.database, { role: 'viewer', provinceCode: '04' });
    f = {
      ...partial,
      accountId: account.id,
      conferenceId: conference.id as string,
      pointId,
      participantId: participant.id as string,
      questionId: question.id as string,
      awarenessToken: plan.publicToken as string,
      intakeDocumentId: (await freshIntakeDocument()).id,
      surveyCodes: (codes.items as Array<{ code: string }>).map((c) => c.code),
    };
  });
  afterAll(() => t.close());

  it('has a valid request for every API route', () => {
    const routes = t.app.routeTable.map((r) => `${r.method} ${r.url}`);
    expect(routes.filter((r) => !(r in bases))).toEqual([]);
    expect(Object.keys(bases).filter((k) => !routes.includes(k))).toEqual([]);
  });

  /**
   * For each route: the valid request, then the same request with a NUL added to one string at a
   * time: every query parameter the route declares, every path parameter, every string and
   * record key of the JSON body, and the file name. The national administrator sends all of them;
   * the public routes are also tried without an account.
   */
  it('answers a NUL in any string of any route with a problem, never a 5xx', async () => {
    const failures: Attempt[] = [];
    const baseMismatches: Attempt[] = [];
    const sentPaths = new Map<string, Set<string>>();
    const declaredPaths = new Map<string, Set<string>>();
    // Logout last: its own caller, but keep it apart from the rest anyway.
    const routes = [...t.app.routeTable].sort((a, b) => Number(a.url === '/api/auth/logout') - Number(b.url === '/api/auth/logout'));

    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      const base = bases[key]!;
      const op = operations[key] ?? {};
      const jsonSchema = op.requestBody?.content['application/json']?.schema;
      if (jsonSchema) declaredPaths.set(key, new Set([...stringPaths(jsonSchema)].filter((p) => p !== '')));
      const callers: Array<{ who: string; cookie: () => Promise<string | null> }> = [
        { who: 'admin', cookie: async () => (base.cookie ? base.cookie(f) : f.admin) },
        ...(route.access === 'public' ? [{ who: 'anonymous', cookie: async () => null }] : []),
      ];
      const queryNames = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const pathNames = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      const headerNames = (op.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name);
      const bodies = base.bodies ?? [async () => null];

      for (const caller of callers) {
        for (const makeBody of bodies) {
          type Variant = { what: string; query?: Record<string, string>; params?: (p: Record<string, string>) => Record<string, string>; leaf?: Leaf; fileName?: string };
          const variants: Variant[] = [{ what: 'valid' }];
          for (const name of queryNames) variants.push({ what: `query ${name}`, query: { ...base.query, [name]: `${base.query?.[name] ?? 'Hòa'}${NUL}` } });
          for (const name of pathNames) variants.push({ what: `path :${name}`, params: (p) => ({ ...p, [name]: `${p[name]}${NUL}` }) });
          if (base.raw && headerNames.includes('x-file-name')) variants.push({ what: 'header X-File-Name', fileName: `${base.raw.fileName.replace('.', `${NUL}.`)}` });
          // The body's leaves are known only from a built body; build one to list them. Every NUL
          // variant then sends that body: it is refused at the edge, before anything it names is
          // touched (one that is not fails the test itself), so the record stays as fresh as a new
          // one would be. The valid request, which changes or uses up its record, gets its own.
          const shared = splitBody(await makeBody(f));
          const probe = shared.body;
          if (probe !== null) {
            for (const leaf of leavesOf(probe)) {
              const abstract = abstractPath(leaf);
              if (leaf.key && !declaredPaths.get(key)?.has(abstract)) continue;
              if (!sentPaths.has(key)) sentPaths.set(key, new Set());
              sentPaths.get(key)!.add(abstract);
              variants.push({ what: `body ${leaf.path.join('.')}${leaf.key ? ' (key)' : ''}`, leaf });
            }
          }

          for (const variant of variants) {
            const cookie = await caller.cookie();
            const built = variant.what === 'valid' ? splitBody(await makeBody(f)) : shared;
            let params = { ...(base.params ? await base.params(f) : {}), ...built.params };
            if (variant.params) params = variant.params(params);
            const payload = variant.leaf ? withNul(built.body, variant.leaf) : built.body;
            const headers: Record<string, string> = cookie ? { cookie } : {};
            const options: InjectOptions = { method: route.method as InjectOptions['method'], url: fillUrl(route.url, params) + queryString(variant.query ?? base.query ?? {}), headers };
            if (base.raw) {
              headers['content-type'] = base.raw.contentType;
              headers['x-file-name'] = encodeURIComponent(variant.fileName ?? base.raw.fileName);
              options.payload = Buffer.from(base.raw.payload);
            } else if (payload !== null) options.payload = payload as object;
            const res = await inject(options);
            const attempt = { what: `${caller.who} ${key} ${variant.what}`, status: res.statusCode, body: res.body.slice(0, 300) };
            const isProblem = String(res.headers['content-type'] ?? '').startsWith('application/problem+json');
            if (res.statusCode >= 500 || (variant.what !== 'valid' && !(res.statusCode >= 400 && isProblem))) failures.push(attempt);
            if (variant.what === 'valid') {
              const ok = base.status ? res.statusCode === base.status : res.statusCode >= 200 && res.statusCode < 300;
              if (!ok) baseMismatches.push(attempt);
            }
          }
        }
      }
    }

    const unsent = [...declaredPaths].flatMap(([key, paths]) => [...paths].filter((p) => !sentPaths.get(key)?.has(p) && !(p in (notSent[key] ?? {}))).map((p) => `${key} ${p}`));
    expect(baseMismatches).toEqual([]);
    expect(unsent).toEqual([]);
    expect(failures).toEqual([]);
  }, 600_000);

  it('refuses a NUL in the public survey comment with the field and plain advice', async () => {
    const res = await inject({
      method: 'POST',
      url: `/api/public/awareness/${f.awarenessToken}/responses`,
      payload: { code: f.surveyCodes.pop()!, phase: 'survey', ratings: { content: 4, speakers: 5, organisation: 4, usefulness: 5, overall: 4 }, comment: `Rất bổ ích${NUL}` },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      status: 400,
      code: 'VALIDATION',
      detail: 'Văn bản có ký tự điều khiển không hợp lệ (mã U+0000) ở «comment» trong nội dung gửi lên. Hãy xóa ký tự đó và gửi lại.',
      errors: [{ path: 'comment', message: 'Có ký tự điều khiển không hợp lệ (mã U+0000). Hãy xóa ký tự đó và gửi lại.' }],
    });
  });

  it('refuses other control characters, non-characters and half emoji, naming each place, and keeps tabs and line breaks', async () => {
    const res = await inject({
      method: 'POST',
      url: `/api/conferences/${f.conferenceId}/participants?q=a%1B`,
      headers: { cookie: f.admin },
      payload: { fullName: 'Nguyễn\u0007 Văn An', agency: 'Sở \ufffe', position: 'Chuyên viên \ud83d', contact: null },
    });
    expect(res.statusCode).toBe(400);
    const errors = (res.json() as { errors: Array<{ path: string; message: string }> }).errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'q', message: 'Có ký tự điều khiển không hợp lệ (mã U+001B). Hãy xóa ký tự đó và gửi lại.' },
        { path: 'fullName', message: 'Có ký tự điều khiển không hợp lệ (mã U+0007). Hãy xóa ký tự đó và gửi lại.' },
        { path: 'agency', message: 'Có ký tự không hợp lệ (mã U+FFFE). Hãy xóa ký tự đó và gửi lại.' },
        { path: 'position', message: 'Có ký tự hỏng do lỗi mã hóa (mã U+D83D). Hãy gõ lại đoạn văn bản đó và gửi lại.' },
      ]),
    );

    const question = await inject({
      method: 'POST',
      url: '/api/awareness/questions',
      headers: { cookie: f.admin },
      payload: { theme: 'children', text: 'Dòng một\tcột\r\nDòng hai: trẻ em có quyền gì?', options: ['Học tập 📚', 'Không'], correct: [0] },
    });
    expect(question.statusCode).toBe(201);
  });

  it('refuses a NUL in the uploaded file name, and nested keys anywhere in a body', async () => {
    const upload = await inject({
      method: 'POST',
      url: '/api/files',
      headers: { cookie: f.admin, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(`tai${NUL}-lieu.txt`) },
      payload: Buffer.from('Tài liệu'),
    });
    expect(upload.statusCode).toBe(400);
    expect(upload.json().errors).toEqual([{ path: 'x-file-name', message: 'Có ký tự điều khiển không hợp lệ (mã U+0000). Hãy xóa ký tự đó và gửi lại.' }]);

    const answers = await inject({
      method: 'POST',
      url: `/api/public/awareness/${f.awarenessToken}/responses`,
      payload: { code: f.surveyCodes.pop()!, phase: 'post', answers: { [`${f.questionId}${NUL}`]: [0] } },
    });
    expect(answers.statusCode).toBe(400);
    expect(answers.json().errors[0].path).toBe(`answers.${f.questionId}\ufffd`);
  });

  it('answers a body nested a hundred thousand deep with a 400, not a stack overflow', async () => {
    const depth = 100_000;
    const res = await inject({ method: 'POST', url: '/api/intake/paste', headers: { cookie: f.admin, 'content-type': 'application/json' }, payload: '['.repeat(depth) + ']'.repeat(depth) });
    expect(res.statusCode).toBe(400);
  });

  it('removes zero-width and bidirectional characters from names, so they neither hide nor duplicate anyone', async () => {
    const hidden = 'Nguy\u200bễn\u200d Văn\u202e \u2066An\u2069\ufeff';
    const organisation = await inject({ method: 'POST', url: '/api/organisations', headers: { cookie: f.admin }, payload: { name: `Sở\u200b Tư\u200f pháp ${hidden}`, kind: 'department', provinceCode: '04' } });
    expect(organisation.statusCode).toBe(201);
    expect(organisation.json().name).toBe('Sở Tư pháp Nguyễn Văn An');

    // The roster already holds Nguyễn Văn An of Sở Tư pháp: the same name with hidden characters is that person.
    const again = await inject({ method: 'POST', url: `/api/conferences/${f.conferenceId}/participants`, headers: { cookie: f.admin }, payload: { fullName: hidden, agency: 'Sở Tư pháp\u200b' } });
    expect(again.statusCode).toBe(409);

    // A list read from a file is not text the edge sees; the text core folds the same characters out.
    const c = await post(f.admin, '/api/conferences', { title: 'Hội nghị tập huấn năm 2024', level: 'provincial', provinceCode: '04', startDate: '2024-06-13' });
    const csv = `Họ và tên,Cơ quan\nNguyễn Văn An,Sở Tư pháp\n${hidden},Sở Tư\u200b pháp\n`;
    const imported = await inject({
      method: 'POST',
      url: `/api/conferences/${c.id}/participants/import/preview`,
      headers: { cookie: f.admin, 'content-type': 'text/csv; charset=utf-8', 'x-file-name': 'danh-sach.csv' },
      payload: csv,
    });
    expect(imported.statusCode).toBe(200);
    const listed = await inject({
      method: 'POST',
      url: `/api/conferences/${c.id}/participants/import?mapping=${encodeURIComponent('{"name":0,"agency":1}')}`,
      headers: { cookie: f.admin, 'content-type': 'text/csv; charset=utf-8', 'x-file-name': 'danh-sach.csv' },
      payload: csv,
    });
    expect(listed.statusCode).toBe(400);
    expect(listed.json().errors).toEqual([{ path: 'rows.3.name', message: 'Trùng với dòng 2 (cùng họ tên và cơ quan).' }]);

    // Search finds the name whatever was hidden in the query.
    await post(f.admin, `/api/conferences/${c.id}/participants`, { fullName: hidden, agency: 'Sở Tư pháp' });
    const found = await inject({ method: 'GET', url: `/api/conferences/${c.id}/participants?q=${encodeURIComponent('ngu\u200byen van\u202e an')}`, headers: { cookie: f.admin } });
    expect(found.json()).toMatchObject({ total: 1, items: [{ fullName: 'Nguyễn Văn An' }] });
  });

  it('keeps passwords exactly as typed, invisible characters included', async () => {
    const { user, cookie } = await freshSession();
    const password = 'mat\u200bkhau-moi-2024';
    const changed = await inject({ method: 'POST', url: '/api/auth/change-password', headers: { cookie }, payload: { currentPassword: testPassword, newPassword: password } });
    expect(changed.statusCode).toBe(200);
    expect((await inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password } })).statusCode).toBe(200);
    expect((await inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'matkhau-moi-2024' } })).statusCode).toBe(401);
  });

  describe('dates', () => {
    const yearMessage = 'Ngày không hợp lệ: năm phải từ 1900 đến 2100.';

    it('refuses year 0000 and other impossible dates in a body with 400 and the field', async () => {
      for (const [startDate, message] of [
        ['0000-06-01', yearMessage],
        ['1899-12-31', yearMessage],
        ['2101-01-01', yearMessage],
        ['2023-02-30', 'Ngày phải có dạng yyyy-mm-dd và có thật trong lịch (ví dụ 2024-06-13).'],
      ]) {
        const res = await inject({ method: 'POST', url: '/api/conferences', headers: { cookie: f.admin }, payload: { title: 'Hội nghị tập huấn năm 2024', level: 'provincial', provinceCode: '04', startDate } });
        expect([startDate, res.statusCode]).toEqual([startDate, 400]);
        expect(res.json().errors).toEqual([{ path: 'startDate', message }]);
      }
      const outcome = await inject({
        method: 'POST',
        url: '/api/conferences',
        headers: { cookie: f.admin },
        payload: { ...conferenceFields(f), outcomes: [{ kind: 'direction', text: 'Tiếp tục tập huấn', dueDate: '0000-12-31' }] },
      });
      expect(outcome.statusCode).toBe(400);
      expect(outcome.json().errors).toEqual([{ path: 'outcomes.0.dueDate', message: yearMessage }]);
    });

    it('accepts the first and last years of the range', async () => {
      for (const startDate of ['1900-01-01', '2100-12-31']) {
        const res = await inject({ method: 'POST', url: '/api/conferences', headers: { cookie: f.admin }, payload: { title: 'Hội nghị tập huấn năm 2024', level: 'provincial', provinceCode: '04', startDate } });
        expect([startDate, res.statusCode]).toEqual([startDate, 201]);
      }
    });

    it('refuses year 0000 in filters with 400, not 500', async () => {
      for (const url of [
        '/api/audit?from=0000-06-01',
        '/api/audit?to=0000-06-01',
        `/api/places/resolve?name=${encodeURIComponent('Bắc Kạn')}&date=0000-06-01`,
        '/api/conferences?year=0',
        '/api/conference-stats?year=1899',
      ]) {
        const res = await inject({ method: 'GET', url, headers: { cookie: f.admin } });
        expect([url, res.statusCode]).toEqual([url, 400]);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
      const audit = await inject({ method: 'GET', url: '/api/audit?from=0000-06-01', headers: { cookie: f.admin } });
      expect(audit.json().errors).toEqual([{ path: 'from', message: yearMessage }]);
      const year = await inject({ method: 'GET', url: '/api/conferences?year=1899', headers: { cookie: f.admin } });
      expect(year.json().errors).toEqual([{ path: 'year', message: 'Năm phải từ 1900 đến 2100.' }]);
    });
  });

  it('answers a 20 KB header with a 431 problem document', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: rd_pref=${'x'.repeat(20 * 1024)}\r\n\r\n`);
      });
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString('utf8')));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    const [head, body] = raw.split('\r\n\r\n');
    expect(head!.split('\r\n')[0]).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(head).toMatch(/^Content-Type: application\/problem\+json; charset=utf-8$/m);
    expect(JSON.parse(body!)).toEqual({
      type: '/problems/headers-too-large',
      title: 'Phần tiêu đề của yêu cầu quá lớn',
      status: 431,
      detail: 'Phần tiêu đề của yêu cầu vượt giới hạn 16 KB, thường do trình duyệt giữ quá nhiều cookie. Hãy xóa cookie của trang này trong trình duyệt rồi tải lại trang.',
      instance: '/api/health',
      code: 'HEADERS_TOO_LARGE',
    });
  });
});
