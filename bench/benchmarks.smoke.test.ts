// Every benchmark under bench/ at its tiny size, through the same `runBenchmark` that
// `npm run bench` uses: it must finish and print its figures beside their baselines, so a schema
// or API change cannot break a benchmark without the suite noticing. PGlite always; PostgreSQL
// too when TEST_DATABASE_URL names a server (each such run makes its own database and drops it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { failureLine, runBenchmark, type BenchContext, type BenchModule } from './support/bench.js';

const benchDir = import.meta.dirname;
const root = path.resolve(benchDir, '..');
const files = fs.readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts')).sort();

/**
 * Only the database server and the databases test/global-setup.ts prepared reach the benchmarks
 * (a developer's BENCH_RUNS or BENCH_SCALE does not): a tiny run copies those instead of
 * migrating new ones, most of its time otherwise.
 */
const smokeEnv = {
  TEST_DATABASE_URL: process.env.TEST_DATABASE_URL,
  TEST_PGLITE_IMAGE: process.env.TEST_PGLITE_IMAGE,
  TEST_PG_TEMPLATE: process.env.TEST_PG_TEMPLATE,
};
/** A figure line: `  <name>: <value> <unit> …   baseline <name>: <value> <unit>`. */
const figureLine = /^ {2}.+: -?[\d.]+(,\d+)? \S+.* {3}baseline .+: -?[\d.]+(,\d+)? \S+/;

// One after another, as `npm run bench` runs them: two server starts at once on a busy machine
// can miss the server's start deadline.
describe('benchmarks at tiny size', () => {
  test('bench/ holds benchmarks', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const name = file.replace(/\.bench\.ts$/, '');
    test(`${name} completes and prints its figures`, { timeout: 180_000 }, async ({ skip }) => {
      const bench = (await import(/* @vite-ignore */ path.join(benchDir, file))) as BenchModule;
      if (bench.smokeSkip) skip(bench.smokeSkip);
      const lines: string[] = [];
      const ctx: BenchContext = { size: 'tiny', log: (line) => lines.push(line), env: smokeEnv };
      // The failure reads as `npm run bench` prints it, not as a Drizzle error's megabytes of parameters.
      const result = await runBenchmark(bench, ctx).catch((e: unknown) => {
        throw new Error(`${failureLine(name, e)}\n(whole error: BENCH_SCALE=tiny BENCH_DEBUG=1 npm run bench ${name})`);
      });
      const printed = lines.filter((l) => figureLine.test(l));
      expect(printed, lines.join('\n')).toHaveLength(result.figures.length);
      expect(lines).toContain(`\n${result.title}`);
      for (const f of result.figures) expect(printed.some((l) => l.startsWith(`  ${f.name}: `))).toBe(true);
    });
  }
});

describe('a failing benchmark', () => {
  test('reports one line with the error and its cause, not the query parameters', () => {
    const params = ['x'.repeat(100_000)];
    const error = new DrizzleQueryError('insert into "t" select * from json_populate_recordset(null::"t", $1::json)', params, new Error('null value in column "point_count"\nDETAIL: …'));
    expect(failureLine('conferences-scale', error)).toBe(
      'bench conferences-scale failed: Failed query: insert into "t" select * from json_populate_recordset(null::"t", $1::json) — null value in column "point_count"',
    );
    expect(failureLine('x', 'plain text\nmore')).toBe('bench x failed: plain text');
    expect(failureLine('x', new Error('a'.repeat(1000))).length).toBeLessThan(260);
  });

  test('makes bench/support/main.ts exit 1 after that one line', { timeout: 60_000 }, () => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'bench/support/main.ts', 'bench/support/failing.fixture.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, BENCH_DEBUG: '' },
    });
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('  generating…\n');
    expect(res.stderr.trim().split('\n')).toEqual([
      'bench failing.fixture failed: Failed query: insert into "connection_points" select * from json_populate_recordset(null::"connection_points", $1::json) — null value in column "point_count" of relation "connection_points" violates not-null constraint',
    ]);
  });

  test('stops a generator that leaves a NOT NULL column without a default unwritten, naming it', async () => {
    const { checkColumns } = await import('./support/generate-conferences.js');
    const { connectionPoints } = await import('../src/server/db/tables.js');
    const written = ['id', 'conference_id', 'position', 'level', 'province_code', 'is_main', 'point_count'];
    expect(() => checkColumns(connectionPoints, written)).toThrow(/connection_points \(NOT NULL without a default, not written: name\)/);
    expect(() => checkColumns(connectionPoints, [...written, 'name', 'pointcount'])).toThrow(/written but not in the table: pointcount/);
    expect(() => checkColumns(connectionPoints, ['conference_id', 'name', 'level'])).not.toThrow();
  });
});
