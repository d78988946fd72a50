import { systemActor } from '../../test-support/test-app.js';
import { everyone, only, provinceOf, type Entry, type Fixture, type MatrixEntries, type Scope } from '../../test-support/permission-matrix-kit.js';
import { createConference } from '../conferences/service.js';
import { insertFollowupItem } from './testing.js';

/*
 * This feature's rows of the permission matrix. Everyone reads national items and their own
 * province's (another province's item is not revealed to exist); the Standing Office and a
 * province's secretariat manage items; the lead body's agency reporter moves the status of the
 * items it leads and records progress; national items and their assignment are the Standing
 * Office's.
 */

/** An item of the scope's province, led by that province's body (the agency reporter's, in its own province). */
const freshItem = (f: Fixture, s: Scope) =>
  insertFollowupItem(f.t.database.db, { kind: 'plan', provinceCode: provinceOf(f, s), leadOrganisationId: f.bodyOf(provinceOf(f, s)), itemDate: '2025-01-01' });

const fields = (f: Fixture, s: Scope) => ({
  kind: 'plan',
  text: 'Tổ chức tập huấn pháp luật về quyền con người cho cán bộ cấp xã',
  planNumber: '45/KH-UBND',
  provinceCode: provinceOf(f, s),
  itemDate: '2025-01-01',
  leadOrganisationId: f.bodyOf(provinceOf(f, s)),
});

const readers = ['national_admin', 'national_officer', 'provincial_secretariat', 'agency_reporter', 'viewer'] as const;
const managers = ['national_admin', 'national_officer', 'provincial_secretariat'] as const;
const progressing = ['national_admin', 'national_officer', 'provincial_secretariat', 'agency_reporter'] as const;

const onItem = (path: string, body: Record<string, unknown>, expect: Entry['expect']): Entry => ({
  request: async (f, s) => ({ method: 'POST', url: `/api/followup-items/${(await freshItem(f, s)).id}/${path}`, payload: body }),
  expect,
});

export const matrixEntries: MatrixEntries = {
  'GET /api/followup-items': { request: async (f, s) => ({ method: 'GET', url: `/api/followup-items?provinceCode=${provinceOf(f, s)}&waiting=true` }), expect: everyone('ok') },
  'GET /api/followup-items.xlsx': { request: async (f, s) => ({ method: 'GET', url: `/api/followup-items.xlsx?provinceCode=${provinceOf(f, s)}` }), expect: everyone('ok') },
  'GET /api/followup-map': { request: async () => ({ method: 'GET', url: '/api/followup-map?kind=plan' }), expect: everyone('ok') },
  'GET /api/followup-items/:id': { request: async (f, s) => ({ method: 'GET', url: `/api/followup-items/${(await freshItem(f, s)).id}` }), expect: only(readers) },
  'POST /api/followup-items': {
    request: async (f, s) => ({ method: 'POST', url: '/api/followup-items', payload: fields(f, s) }),
    // Creating an item for another province is refused, not hidden: the caller named the province.
    expect: only(managers, 'denied'),
  },
  'PUT /api/followup-items/:id': {
    request: async (f, s) => ({ method: 'PUT', url: `/api/followup-items/${(await freshItem(f, s)).id}`, payload: { ...fields(f, s), text: 'Nội dung đã sửa của nhiệm vụ', version: 1 } }),
    expect: only(managers),
  },
  'DELETE /api/followup-items/:id': { request: async (f, s) => ({ method: 'DELETE', url: `/api/followup-items/${(await freshItem(f, s)).id}` }), expect: only(managers) },
  'POST /api/followup-items/:id/status': onItem('status', { status: 'in_progress', version: 1 }, only(progressing)),
  'POST /api/followup-items/:id/progress': onItem('progress', { entryDate: '2025-02-01', text: 'Đã tổ chức 2 lớp tập huấn' }, only(progressing)),
  'POST /api/followup-items/:id/assign': {
    // A national item: both scopes alike; only the Standing Office assigns.
    request: async (f) => ({ method: 'POST', url: `/api/followup-items/${(await insertFollowupItem(f.t.database.db, {})).id}/assign`, payload: { provinceCodes: [f.ownProvince] } }),
    expect: only(['national_admin', 'national_officer']),
  },
  'POST /api/followup-items/from-conference': {
    request: async (f, s) => {
      const c = await createConference(f.t.database.db, systemActor, {
        title: 'Hội nghị tập huấn công tác nhân quyền',
        level: 'provincial',
        provinceCode: provinceOf(f, s),
        startDate: '2025-04-10',
        format: 'in_person',
        status: 'held',
        outcomes: [{ kind: 'direction', text: 'Tổ chức quán triệt nội dung hội nghị tại các cơ quan' }],
      });
      return { method: 'POST', url: '/api/followup-items/from-conference', payload: { conferenceId: c.id, outcomeIds: c.outcomes.map((o) => o.id) } };
    },
    // The conference must be the actor's to manage: a national officer only reads conferences.
    expect: { ...only(['national_admin', 'provincial_secretariat']) },
  },
};
