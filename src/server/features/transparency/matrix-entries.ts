import { roles } from '../../../shared/auth/permissions.js';
import { everyone, only, provinceOf, type Entry, type MatrixEntries } from '../../test-support/permission-matrix-kit.js';
import { upsertPublication } from './queries.js';
import { systemActor } from '../../test-support/test-app.js';

/**
 * This feature's rows of the permission matrix. The national administrator publishes any
 * province's page and the provincial secretariat its own (another is a 404); everyone reads the
 * state of the pages within reach. The public routes answer anyone, signed in or not: the own
 * province's page is published just before it is read, the other's withdrawn, which answers 404.
 */
const publishers = only(['national_admin', 'provincial_secretariat']);
const publicPage: Entry['expect'] = Object.fromEntries(roles.map((r) => [r, { own: 'ok', other: 'hidden' }])) as Entry['expect'];

export const matrixEntries: MatrixEntries = {
  'GET /api/transparency/settings': { request: async () => ({ method: 'GET', url: '/api/transparency/settings' }), expect: everyone() },
  'GET /api/transparency/settings/:provinceCode': {
    request: async (f, s) => ({ method: 'GET', url: `/api/transparency/settings/${provinceOf(f, s)}` }),
    expect: publishers,
  },
  'PUT /api/transparency/settings/:provinceCode': {
    request: async (f, s) => ({ method: 'PUT', url: `/api/transparency/settings/${provinceOf(f, s)}`, payload: { published: false } }),
    expect: publishers,
  },
  'GET /api/public/provinces': { request: async () => ({ method: 'GET', url: '/api/public/provinces' }), expect: everyone() },
  'GET /api/public/provinces/:provinceCode': {
    request: async (f, s) => {
      await upsertPublication(f.t.database.db, provinceOf(f, s), s === 'own', systemActor.id);
      return { method: 'GET', url: `/api/public/provinces/${provinceOf(f, s)}` };
    },
    expect: publicPage,
  },
};
