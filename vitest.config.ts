import os from 'node:os';
import { defineConfig } from 'vitest/config';

// One `npm test` runs: pure unit tests once; every database test on PGlite, and again on
// PostgreSQL when TEST_DATABASE_URL is set; browser tests in Chromium (skipped with a printed
// reason when Chromium is absent, mandatory when CI=true).
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const dbTests = ['src/**/*.db.test.ts'];
// Measured on 2 cores (db:pglite on a busy machine): two isolated workers 358 s wall, 311 s of
// CPU; two workers sharing modules 172 s, 200 s; one worker sharing modules (Vitest's default
// there is cores − 1 = 1) 423 s, 203 s. Re-importing the server for each file was a third of the
// CPU, and the tests wait on PostgreSQL and child processes often enough for a worker per core
// to pay. Every file still opens its own database and app; browser files stay one at a time.
const workers = Math.max(2, os.availableParallelism());
const shared = { isolate: false };

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    maxWorkers: workers,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'bench/**/*.test.ts'], exclude: dbTests, ...shared } },
      { extends: true, test: { name: 'db:pglite', include: dbTests, env: { TEST_DB_KIND: 'pglite' }, ...shared } },
      ...(onPostgres
        ? [{ extends: true as const, test: { name: 'db:postgres', include: dbTests, env: { TEST_DB_KIND: 'postgres' }, ...shared } }]
        : []),
      {
        extends: true,
        test: { name: 'browser', include: ['e2e/**/*.e2e.test.ts'], fileParallelism: false, testTimeout: 60_000 },
      },
    ],
  },
});
