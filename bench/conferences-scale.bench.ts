// Ten years of national data (BENCH_SCALE=1: 100.000 conferences with agendas and connection
// points, 5.000.000 participants; see support/generate-conferences.ts), on PGlite and, when
// BENCH_DATABASE_URL or TEST_DATABASE_URL names a server, on PostgreSQL:
//  (a) the filtered, searched conference list (q + province + year, page 1) p95 over
//      BENCH_LIST_CALLS calls (200), beside a primary-key fetch of a conference row p95;
//  (b) the national statistics for one year (median of 10), beside a plain
//      `count(*)` of that year's conferences (median of 10).
// The generated data is kept between runs (BENCH_REGENERATE=1 makes it again).
// Knobs: BENCH_SCALE (1), BENCH_ENGINES (pglite,postgres), BENCH_LIST_CALLS (200), BENCH_STATS_RUNS (10).
// Tiny size (BENCH_SCALE=tiny, the test suite's smoke): 50 conferences generated into a fresh
// database that is removed afterwards, 10 list calls, 2 statistics runs.
import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.js';
import type { Actor } from '../src/server/features/auth/actor.js';
import { getConferenceStats } from '../src/server/features/conference-stats/service.js';
import { findConferenceRow } from '../src/server/features/conferences/queries.js';
import { getConference, listConferences } from '../src/server/features/conferences/service.js';
import { enginesOf, knob, postgresUrl, preparedSources, type BenchContext, type BenchResult } from './support/bench.js';
import { benchScale, fmtCounts, openGenerated, rowsOf, TINY_SCALE } from './support/generate-conferences.js';
import { median, percentile, type Figure } from './support/report.js';
import { prng } from './support/vietnamese.js';

const statsYear = 2024;
const words = ['tre em', 'ton giao', 'khuyet tat', 'binh dang gioi', 'dan toc thieu so'];

const actor: Actor = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'bench@rights-desk.local',
  fullName: 'Quản trị viên đo hiệu năng',
  role: 'national_admin',
  provinceCode: null,
  organisationId: null,
  mustChangePassword: false,
};

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function p95Of(n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) ms.push(await timed(() => fn(i)));
  return percentile(ms.sort((a, b) => a - b), 95);
}

async function measure(db: Db, engine: 'pglite' | 'postgres', listCalls: number, statsRuns: number, log: (line: string) => void): Promise<Figure[]> {
  const provinces = (await rowsOf<{ code: string }>(db, sql`select code from provinces order by code`)).map((p) => p.code);
  const ids = (await rowsOf<{ id: string }>(db, sql`select id from conferences order by id limit 2000`)).map((r) => r.id);
  const r = prng(7);
  const listQueries = Array.from({ length: listCalls }, () => ({
    q: r.pick(words),
    province: r.pick(provinces),
    year: r.int(2016, 2025),
    page: 1,
    pageSize: 20,
    sort: 'date_desc' as const,
  }));
  const idAt = (i: number) => ids[(i * 37) % ids.length]!;

  // Warm-up: plans cached, pages in memory, JIT of Node's side done.
  for (let i = 0; i < Math.min(20, listCalls); i++) {
    await listConferences(db, actor, listQueries[i % listQueries.length]!);
    await findConferenceRow(db, idAt(i));
    await getConference(db, actor, idAt(i));
  }
  let matched = 0;
  const listP95 = await p95Of(listCalls, async (i) => {
    const res = await listConferences(db, actor, listQueries[i]!);
    matched += res.total;
  });
  const pkP95 = await p95Of(listCalls, (i) => findConferenceRow(db, idAt(i + 1000)));
  const detailP95 = await p95Of(listCalls, (i) => getConference(db, actor, idAt(i + 1000)));

  const from = `${statsYear}-01-01`;
  const to = `${statsYear + 1}-01-01`;
  await getConferenceStats(db, actor, { year: statsYear });
  await db.execute(sql`select count(*) from conferences where start_date >= ${from} and start_date < ${to}`);
  const stats: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < statsRuns; i++) {
    stats.push(await timed(() => getConferenceStats(db, actor, { year: statsYear })));
    counts.push(await timed(() => db.execute(sql`select count(*) from conferences where start_date >= ${from} and start_date < ${to}`)));
  }
  const goal = engine === 'postgres' ? '≤ 50 ms' : '≤ 200 ms';
  const statsGoal = engine === 'postgres' ? 100 : 200;
  log(`  ${engine}: list queries matched ${(matched / listCalls).toFixed(1)} conferences on average`);
  return [
    {
      name: `[${engine}] list q + province + year, page 1 — p95 of ${listCalls}`,
      value: listP95,
      baseline: pkP95,
      baselineName: 'conference row by primary key p95',
      unit: 'ms',
      goal: `${goal} (${listP95 <= (engine === 'postgres' ? 50 : 200) ? 'met' : 'NOT met'})`,
    },
    { name: `[${engine}] getConference (detail with children) — p95 of ${listCalls}`, value: detailP95, baseline: pkP95, baselineName: 'conference row by primary key p95', unit: 'ms' },
    {
      name: `[${engine}] national statistics ${statsYear} — median of ${statsRuns}`,
      value: median(stats),
      baseline: median(counts),
      baselineName: `count(*) of ${statsYear}'s conferences median`,
      unit: 'ms',
      // Issue 15 (e): the statistics read the per-conference facts kept current on every write.
      goal: `≤ ${statsGoal} ms (${median(stats) <= statsGoal ? 'met' : 'NOT met'})`,
    },
  ];
}

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const tiny = ctx.size === 'tiny';
  const scale = tiny ? TINY_SCALE : benchScale(ctx.env);
  const listCalls = knob(ctx, 'BENCH_LIST_CALLS', 200, 10);
  const statsRuns = knob(ctx, 'BENCH_STATS_RUNS', 10, 2);
  const figures: Figure[] = [];
  for (const engine of enginesOf(ctx)) {
    const t0 = performance.now();
    const generated = await openGenerated(engine, scale, {
      rootUrl: postgresUrl(ctx),
      log: ctx.log,
      regenerate: ctx.env.BENCH_REGENERATE === '1',
      fresh: tiny,
      prepared: preparedSources(ctx),
    });
    try {
      ctx.log(
        `  ${engine}: ${generated.generated ? 'generated' : 'reused'} ${generated.where} in ${((performance.now() - t0) / 1000).toFixed(1)} s — ${fmtCounts(generated.counts)}`,
      );
      figures.push(...(await measure(generated.database.db, engine, listCalls, statsRuns, ctx.log)));
    } finally {
      await generated.dispose();
    }
  }
  return {
    title: `conferences at scale ${scale} (${Math.max(1, Math.round(100_000 * scale)).toLocaleString('vi-VN')} conferences, ten years)`,
    figures,
  };
}
