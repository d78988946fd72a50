import { systemActor } from '../../test-support/test-app.js';
import { everyone, only, provinceOf, type Fixture, type MatrixEntries, type Scope } from '../../test-support/permission-matrix-kit.js';
import { createVisit } from './service.js';

/*
 * This feature's rows of the permission matrix. Everyone reads the visits within reach (a
 * province its own and the national ones; another province's is not revealed to exist); the
 * Standing Office manages visits to any province, a provincial secretariat its own province's.
 */

const fields = (f: Fixture, s: Scope) => ({
  title: 'Đoàn công tác khảo sát, kiểm tra, hướng dẫn công tác nhân quyền',
  startDate: '2024-04-20',
  provinceCode: provinceOf(f, s),
  leadOrganisationId: f.bodyOf(provinceOf(f, s)),
  visitedUnits: [{ organisationId: f.bodyOf(provinceOf(f, s)), name: '' }],
  members: [{ name: 'Nguyễn Văn An', position: 'Phó Chánh Văn phòng' }],
});

const freshVisit = (f: Fixture, s: Scope) => createVisit(f.t.database.db, systemActor, fields(f, s));
const managers = ['national_admin', 'national_officer', 'provincial_secretariat'] as const;

export const matrixEntries: MatrixEntries = {
  'GET /api/working-visits': { request: async (f, s) => ({ method: 'GET', url: `/api/working-visits?provinceCode=${provinceOf(f, s)}` }), expect: everyone('ok') },
  'GET /api/working-visits/:id': {
    request: async (f, s) => ({ method: 'GET', url: `/api/working-visits/${(await freshVisit(f, s)).id}` }),
    expect: only(['national_admin', 'national_officer', 'provincial_secretariat', 'agency_reporter', 'viewer']),
  },
  'POST /api/working-visits': {
    request: async (f, s) => ({ method: 'POST', url: '/api/working-visits', payload: fields(f, s) }),
    // Creating a visit to another province is refused, not hidden: the caller named the province.
    expect: only(managers, 'denied'),
  },
  'PUT /api/working-visits/:id': {
    request: async (f, s) => {
      const v = await freshVisit(f, s);
      return { method: 'PUT', url: `/api/working-visits/${v.id}`, payload: { ...fields(f, s), purpose: 'Khảo sát', version: v.version } };
    },
    expect: only(managers),
  },
  'DELETE /api/working-visits/:id': {
    request: async (f, s) => ({ method: 'DELETE', url: `/api/working-visits/${(await freshVisit(f, s)).id}` }),
    expect: only(managers),
  },
  'POST /api/working-visits/:id/recommendations': {
    request: async (f, s) => ({
      method: 'POST',
      url: `/api/working-visits/${(await freshVisit(f, s)).id}/recommendations`,
      payload: { recommendations: [{ nature: 'recommendation', text: 'Tăng cường phối hợp trong công tác nhân quyền', leadOrganisationId: f.bodyOf(provinceOf(f, s)) }] },
    }),
    expect: only(managers),
  },
};
