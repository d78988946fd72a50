import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { createTestDatabase } from '../../src/server/db/testing';
import type { Role } from '../../src/shared/auth/permissions';
import type { Database } from '../../src/server/db/client';
import type { Actor } from '../../src/server/features/auth/actor';
import { createUser, testPassword } from '../../src/server/test-support/test-app';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const builtIndex = path.join(root, 'dist/web/index.html');

export type RunningServer = {
  baseUrl: string;
  admin: { email: string; password: string; fullName: string };
  /** Another account with the known password, for journeys that pass between roles. */
  addUser: (role: Role, provinceCode?: string | null) => Promise<{ email: string; password: string }>;
  stop: () => Promise<void>;
};

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/**
 * Builds the web app when dist/web is missing, or older than its sources (a stale build
 * would test yesterday's screens). The API serves whatever dist/web holds.
 */
export function ensureWebBuild(): void {
  const sources = ['src/web', 'src/shared', 'index.html', 'vite.config.ts'].map((p) => path.join(root, p));
  const built = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
  if (built && Math.max(...sources.map(newestMtime)) <= built) return;
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 || !fs.existsSync(builtIndex)) throw new Error('vite build failed; see the output above');
}

/**
 * The real server (API and built web app) on a random local port, over a fresh in-memory
 * PGlite database with reference data, and one national administrator with a known password;
 * `prepare` may fill the database first, acting as that administrator.
 */
export async function startServer(options: { prepare?: (database: Database, admin: Actor) => Promise<void> } = {}): Promise<RunningServer> {
  ensureWebBuild();
  const database = await createTestDatabase();
  const config = loadConfig({ DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0' });
  const app = await buildApp({ config, database, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;

  const fullName = 'Nguyễn Thị Minh Anh';
  const user = await createUser(database, { email: 'quantri@example.vn', fullName, role: 'national_admin' });
  // Data the pages should show (demo conferences, a test, a document), made before the first page opens.
  await options.prepare?.(database, { id: user.id, email: user.email, fullName, role: 'national_admin', provinceCode: null, organisationId: null, mustChangePassword: false });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    admin: { email: user.email, password: testPassword, fullName },
    addUser: async (role, provinceCode = null) => ({ email: (await createUser(database, { role, provinceCode })).email, password: testPassword }),
    stop: async () => {
      await app.close();
      await database.close();
    },
  };
}
