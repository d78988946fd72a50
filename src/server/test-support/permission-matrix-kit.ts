import type { InjectOptions } from 'fastify';
import { roles, type Role } from '../../shared/auth/permissions.js';
import type { TestApp } from './test-app.js';

/**
 * The vocabulary of the permission matrix (src/server/permission-matrix.db.test.ts), shared with
 * the features that keep their own rows beside their code (`matrix-entries.ts`).
 *
 * Outcomes: 'ok' any 2xx; 'denied' 401/403; 'hidden' 404 (another province's record is
 * not revealed to exist).
 */
export type Outcome = 'ok' | 'denied' | 'hidden';
export type Scope = 'own' | 'other';
export type Fixture = {
  t: TestApp;
  ownProvince: string;
  otherProvince: string;
  /** The body of each province that organises the test conferences; the agency reporter works for the own province's. */
  bodyOf: (province: string) => string;
};
export type Entry = {
  request: (f: Fixture, scope: Scope) => Promise<InjectOptions>;
  expect: Record<Role, Record<Scope, Outcome>>;
};
export type MatrixEntries = Record<string, Entry>;

export const everyone = (o: Outcome = 'ok') => Object.fromEntries(roles.map((r) => [r, { own: o, other: o }])) as Entry['expect'];

/** National roles reach both provinces; provincial ones only their own (the other answers `otherOutcome`). */
export function only(allowed: readonly Role[], otherOutcome: Outcome = 'hidden'): Entry['expect'] {
  return Object.fromEntries(
    roles.map((r) => {
      if (!allowed.includes(r)) return [r, { own: 'denied', other: 'denied' }];
      const national = r === 'national_admin' || r === 'national_officer';
      return [r, { own: 'ok', other: national ? 'ok' : otherOutcome }];
    }),
  ) as Entry['expect'];
}

export const provinceOf = (f: Fixture, s: Scope) => (s === 'own' ? f.ownProvince : f.otherProvince);
export const get = (url: string) => async (): Promise<InjectOptions> => ({ method: 'GET', url });
