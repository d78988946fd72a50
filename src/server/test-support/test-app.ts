import { randomBytes } from 'node:crypto';
import type { Role } from '../../shared/auth/permissions.js';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { Database } from '../db/client.js';
import { createTestDatabase } from '../db/testing.js';
import type { App } from '../http/route-types.js';
import { hashPassword } from '../features/auth/password.js';
import { insertUser, type UserRow } from '../features/accounts/queries.js';
import type { Actor } from '../features/auth/actor.js';

export type TestApp = { app: App; database: Database; close: () => Promise<void> };

/** A full API on a fresh test database, for `app.inject` tests. */
export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

const testPasswordHash = hashPassword('mat-khau-thu-nghiem-123');
export const testPassword = 'mat-khau-thu-nghiem-123';

/** Inserts an account directly (no audit, no API) for arranging a test. */
export async function createUser(
  database: Database,
  overrides: Partial<Pick<UserRow, 'role' | 'provinceCode' | 'email' | 'fullName' | 'mustChangePassword' | 'disabledAt' | 'organisationId'>> = {},
): Promise<UserRow> {
  const role: Role = (overrides.role as Role | undefined) ?? 'national_admin';
  return insertUser(database.db, {
    email: overrides.email ?? `${role}.${randomBytes(4).toString('hex')}@test.vn`,
    fullName: overrides.fullName ?? 'Người Thử Nghiệm',
    role,
    provinceCode: overrides.provinceCode ?? null,
    organisationId: overrides.organisationId ?? null,
    passwordHash: await testPasswordHash,
    mustChangePassword: overrides.mustChangePassword ?? false,
    disabledAt: overrides.disabledAt ?? null,
  });
}

/** Signs in through the API and returns the Cookie header value for later requests. */
export async function signIn(app: App, email: string, password = testPassword): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'rd_session');
  if (!cookie) throw new Error('no session cookie');
  return `rd_session=${cookie.value}`;
}

/** Creates an account of the role (in the province for provincial roles) and signs it in. */
export async function signedInAs(t: TestApp, role: Role, provinceCode: string | null = null) {
  const user = await createUser(t.database, { role, provinceCode });
  return { user, cookie: await signIn(t.app, user.email) };
}

/** A national administrator with no account, for arranging records a test then reads through the API. */
export const systemActor: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  email: 'system@test.vn',
  fullName: 'Hệ thống',
  role: 'national_admin',
  provinceCode: null,
  organisationId: null,
  mustChangePassword: false,
};
