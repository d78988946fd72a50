// Follow-up at national scale (issue 11): 200.000 items of every kind over the 34 provinces, a
// million timeline entries, on PGlite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL names a
// server, on PostgreSQL (generator: followup-scale/generate.ts).
//  - the filtered, searched list (`listFollowupItems`, what GET /api/followup-items runs): a mix
//    of a province's default list, national filters (kind, status, overdue, theme), "Việc của
//    tôi" and diacritic-free searches, p95 of BENCH_RUNS (100) — goal ≤ 50 ms PostgreSQL,
//    ≤ 200 ms PGlite — beside a primary-key fetch of an item (p95);
//  - the national map of follow-up status (`followupMap`, GET /api/followup-map), p95 — goal ≤ 100 ms.
// Knobs: BENCH_SCALE (1 = 200.000 items; the progress entries follow at five an item),
// BENCH_ENGINES (pglite,postgres), BENCH_RUNS (100). Each run generates a fresh database and
// removes it afterwards. Tiny size (the test suite's smoke): 2.000 items, 10 runs.
import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.js';
import type { Actor } from '../src/server/features/auth/actor.js';
import { listFollowupItems } from '../src/server/features/followup/list.js';
import { followupMap } from '../src/server/features/followup/map.js';
import { followupListQuerySchema, type FollowupListQuery } from '../src/shared/api/followup.js';
import { enginesOf, knob, postgresUrl, preparedSources, type BenchContext, type BenchResult } from './support/bench.js';
import { openFreshDatabase } from './support/databases.js';
import { percentile, type Figure } from './support/report.js';
import { generateFollowupData } from './followup-scale/generate.js';

const national: Actor = {
  id: '00000000-0000-4000-8000-000000000011',
  email: 'bench-followup@rights-desk.local',
  fullName: 'Văn phòng Thường trực',
  role: 'national_officer',
  provinceCode: null,
  organisationId: null,
  mustChangePassword: false,
};
const province: Actor = { ...national, id: '00000000-0000-4000-8000-000000000012', role: 'provincial_secretariat', provinceCode: '01' };

/** The lists people ask for, each with who asks. */
const scenarios: Array<{ actor: Actor; query: Record<string, string> }> = [
  { actor: province, query: {} },
  { actor: national, query: { kind: 'upr', status: 'in_progress' } },
  { actor: national, query: { overdue: 'true', sort: 'due_asc' } },
  { actor: province, query: { waiting: 'true' } },
  { actor: national, query: { theme: 'children', provinceCode: '79' } },
  { actor: national, query: { q: 'giam ngheo ben vung', sort: 'date_desc' } },
  { actor: province, query: { q: 'tro giup phap ly hoa binh' } },
  { actor: national, query: { level: 'national', dueSoon: 'false', page: '3' } },
];

async function p95Of(n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    ms.push(performance.now() - t0);
  }
  return percentile(ms.sort((a, b) => a - b), 95);
}

async function measure(db: Db, engine: string, runs: number, today: string): Promise<Figure[]> {
  const ids = ((await db.execute(sql`select id from followup_items order by id limit 500`)) as unknown as { rows: Array<{ id: string }> }).rows.map((r) => r.id);
  const queries: FollowupListQuery[] = scenarios.map((s) => followupListQuerySchema.parse(s.query));
  const pk = (i: number) => db.execute(sql`select * from followup_items where id = ${ids[(i * 37) % ids.length]!}`);
  const list = (i: number) => listFollowupItems(db, scenarios[i % scenarios.length]!.actor, queries[i % queries.length]!, today);
  const search = (i: number) => listFollowupItems(db, national, followupListQuerySchema.parse({ q: ['giam ngheo', 'tre em xam hai', 'nguoi khuyet tat giao duc', 'nuoc sach'][i % 4] }), today);
  const map = () => followupMap(db, national, {}, today);
  for (let i = 0; i < scenarios.length; i++) await Promise.all([pk(i), list(i), search(i), map()]);
  const check = await list(0);
  if (check.items.length === 0) throw new Error("the province's list is empty");
  const pkP95 = await p95Of(runs, pk);
  const listP95 = await p95Of(runs, list);
  const searchP95 = await p95Of(runs, search);
  const mapP95 = await p95Of(runs, map);
  const listGoal = engine === 'postgres' ? 50 : 200;
  const goal = (v: number, ms: number) => `≤ ${ms} ms (${v <= ms ? 'met' : 'NOT met'})`;
  const base = { baseline: pkP95, baselineName: 'item by primary key p95', unit: 'ms' };
  return [
    { name: `[${engine}] filtered list, ${scenarios.length} filter sets in turn — p95 of ${runs}`, value: listP95, goal: goal(listP95, listGoal), ...base },
    { name: `[${engine}] diacritic-free search of the whole country — p95 of ${runs}`, value: searchP95, goal: goal(searchP95, listGoal), ...base },
    { name: `[${engine}] national map of follow-up status (34 provinces) — p95 of ${runs}`, value: mapP95, goal: goal(mapP95, 100), ...base },
  ];
}

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const tiny = ctx.size === 'tiny';
  const raw = ctx.env.BENCH_SCALE;
  const scale = tiny ? 0.01 : raw && raw !== 'tiny' ? Number(raw) : 1;
  if (!(scale > 0 && scale <= 5)) throw new Error(`BENCH_SCALE must be a number between 0 and 5, not "${raw}"`);
  const runs = knob(ctx, 'BENCH_RUNS', 100, 10);
  const items = Math.round(200_000 * scale);
  const figures: Figure[] = [];
  let counts = '';
  for (const engine of enginesOf(ctx)) {
    const fresh = await openFreshDatabase(engine, 'followup', postgresUrl(ctx), preparedSources(ctx));
    try {
      const t0 = performance.now();
      ctx.log(`  ${engine}: generating into ${fresh.where}…`);
      const c = await generateFollowupData(fresh.database.db, { items, progressPerItem: 5 });
      counts = `${c.items.toLocaleString('vi-VN')} items, ${c.progress.toLocaleString('vi-VN')} timeline entries`;
      ctx.log(`  ${engine}: generated in ${((performance.now() - t0) / 1000).toFixed(1)} s — ${counts}`);
      // A fixed "today" inside the generated dates: a fifth of the open items are overdue.
      figures.push(...(await measure(fresh.database.db, engine, runs, '2024-06-30')));
    } finally {
      await fresh.dispose();
    }
  }
  return { title: `follow-up at scale ${scale.toLocaleString('vi-VN')} (${counts})`, figures };
}
