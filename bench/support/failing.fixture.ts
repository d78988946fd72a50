// A benchmark that fails the way a broken data generator does: Drizzle's error for a bulk insert,
// its message carrying megabytes of parameters, the database's complaint as its cause. Used by
// bench/benchmarks.smoke.test.ts to check that bench/support/main.ts prints one line for it.
import { DrizzleQueryError } from 'drizzle-orm';
import type { BenchContext, BenchResult } from './bench.js';

export async function run(ctx: BenchContext): Promise<BenchResult> {
  ctx.log('  generating…');
  const rows = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: `Điểm cầu ${i}`, level: 'commune' })));
  const cause = new Error('null value in column "point_count" of relation "connection_points" violates not-null constraint');
  throw new DrizzleQueryError('insert into "connection_points" select * from json_populate_recordset(null::"connection_points", $1::json)', [rows], cause);
}
