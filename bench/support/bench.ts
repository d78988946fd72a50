// What every benchmark under bench/ is: a module exporting `run(ctx)` that measures and returns its
// figures. `npm run bench` (bin/run-bench.mjs → support/main.ts) runs each at full size in its own
// process; `npm test` runs each at tiny size (bench/benchmarks.smoke.test.ts) through the same
// `runBenchmark`, so a schema or API change that breaks a benchmark fails the suite.
import { figureLines, type Figure } from './report.js';

/** 'full' is the size the figures are quoted at; 'tiny' finishes in seconds and only proves the benchmark still runs. */
export type BenchSize = 'full' | 'tiny';

export type BenchContext = {
  size: BenchSize;
  /** Progress lines and, at the end, the figures. */
  log: (line: string) => void;
  /** The knobs (BENCH_RUNS, BENCH_DATABASE_URL…): process.env for `npm run bench`, a chosen few for the smoke. */
  env: Record<string, string | undefined>;
};

export type BenchResult = { title: string; figures: Figure[] };

export type BenchModule = {
  run: (ctx: BenchContext) => Promise<BenchResult>;
  /** Set (to the reason) by a benchmark that cannot run inside `npm test`, e.g. one needing Chromium or the network. */
  smokeSkip?: string;
};

/** BENCH_SCALE=tiny runs every benchmark at its tiny size; any other value (or none) is full size. */
export const benchSize = (env: Record<string, string | undefined>): BenchSize => (env.BENCH_SCALE === 'tiny' ? 'tiny' : 'full');

/**
 * A numeric knob: the environment's value when set, otherwise the default for the size.
 * A value that is not a positive number stops the benchmark with its name.
 */
export function knob(ctx: BenchContext, name: string, full: number, tiny: number): number {
  const raw = ctx.env[name];
  if (raw === undefined || raw === '') return ctx.size === 'tiny' ? tiny : full;
  const n = Number(raw);
  if (!(n > 0)) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return n;
}

/** Prepared databases a tiny run may copy instead of migrating new ones (see support/databases.ts); none at full size. */
export const preparedSources = (ctx: BenchContext) =>
  ctx.size === 'tiny' ? { pgliteImage: ctx.env.TEST_PGLITE_IMAGE || undefined, postgresTemplate: ctx.env.TEST_PG_TEMPLATE || undefined } : {};

/** The PostgreSQL server a benchmark may also measure, if any. */
export const postgresUrl = (ctx: BenchContext) => ctx.env.BENCH_DATABASE_URL || ctx.env.TEST_DATABASE_URL || undefined;

/** The engines to measure: PGlite always, PostgreSQL when a server is named; BENCH_ENGINES=pglite|postgres picks. */
export function enginesOf(ctx: BenchContext): Array<'pglite' | 'postgres'> {
  const pgUrl = postgresUrl(ctx);
  const asked = ctx.env.BENCH_ENGINES ? ctx.env.BENCH_ENGINES.split(',').map((s) => s.trim()) : ['pglite', 'postgres'];
  const unknown = asked.filter((e) => e !== 'pglite' && e !== 'postgres');
  if (unknown.length) throw new Error(`BENCH_ENGINES: unknown engine ${unknown.join(', ')} (pglite, postgres)`);
  if (!pgUrl && asked.includes('postgres')) ctx.log('  postgres: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to include it)');
  return (asked as Array<'pglite' | 'postgres'>).filter((e) => e === 'pglite' || pgUrl);
}

/**
 * Runs one benchmark and prints its figures through `ctx.log`. A benchmark that returns no
 * figure, or a figure that is not a number, fails like one that throws.
 */
export async function runBenchmark(bench: BenchModule, ctx: BenchContext): Promise<BenchResult> {
  if (typeof bench.run !== 'function') throw new Error('the module exports no run(ctx) function');
  const result = await bench.run(ctx);
  if (result.figures.length === 0) throw new Error('it measured no figure');
  for (const f of result.figures) {
    if (!Number.isFinite(f.value) || !Number.isFinite(f.baseline)) throw new Error(`figure "${f.name}" is ${f.value} beside a baseline of ${f.baseline}`);
  }
  for (const line of figureLines(result.title, result.figures)) ctx.log(line);
  return result;
}

const firstLine = (s: string) => s.split('\n', 1)[0]!.trim();
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function messageOf(e: unknown): string {
  if (e instanceof Error) return firstLine(e.message) || e.name;
  if (typeof e === 'string') return firstLine(e);
  try {
    return firstLine(JSON.stringify(e) ?? String(e));
  } catch {
    return String(e);
  }
}

/**
 * The one line a failed benchmark prints: the error's first line and its cause's (a database
 * error under Drizzle's "Failed query: …"), never the query's parameters, which for a bulk
 * insert run to megabytes.
 */
export function failureLine(name: string, error: unknown): string {
  const message = clip(messageOf(error), 200);
  const cause = error instanceof Error && error.cause !== undefined ? clip(messageOf(error.cause), 300) : '';
  return `bench ${name} failed: ${message}${cause && cause !== message ? ` — ${cause}` : ''}`;
}
