import { defineConfig } from 'vitest/config';

// One `npm test` runs: pure unit tests once; every database test on PGlite, and again on
// PostgreSQL when TEST_DATABASE_URL is set; browser tests in Chromium (skipped with a printed
// reason when Chromium is absent, mandatory when CI=true).
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const dbTests = ['src/**/*.db.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'bench/**/*.test.ts'], exclude: dbTests } },
      { extends: true, test: { name: 'db:pglite', include: dbTests, env: { TEST_DB_KIND: 'pglite' } } },
      ...(onPostgres
        ? [{ extends: true as const, test: { name: 'db:postgres', include: dbTests, env: { TEST_DB_KIND: 'postgres' } } }]
        : []),
      {
        extends: true,
        test: { name: 'browser', include: ['e2e/**/*.e2e.test.ts'], fileParallelism: false, testTimeout: 60_000 },
      },
    ],
  },
});
