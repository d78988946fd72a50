// The provincial report (issue 11): a province's year with 500 follow-up items (each with two
// progress entries, a third of them closed, some overdue or not carried out), 50 indicators with
// approved figures for the year and the year before, and a dozen held trainings with their
// limitations, built into the Decree 30 Word document (gathering from the database, then
// rendering) — p95 of BENCH_RUNS (10), beside building an empty report (a year with nothing) in
// the same run. Goal ≤ 2 s. PGlite always, PostgreSQL when BENCH_DATABASE_URL or
// TEST_DATABASE_URL names a server. Knobs: BENCH_SCALE (1) multiplies the items and indicators
// (BENCH_SCALE=2 → 1.000 items, 100 indicators); BENCH_RUNS (10); BENCH_ENGINES.
// Tiny size (the test suite's smoke): 20 items, 4 indicators, 2 trainings, 2 runs.
import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.js';
import type { Actor } from '../src/server/features/auth/actor.js';
import { createConference } from '../src/server/features/conferences/service.js';
import { followupProgress } from '../src/server/features/followup/tables.js';
import { emptyFollowupFields, insertFollowupItems } from '../src/server/features/followup/write-item.js';
import { indicatorAggregates, indicators } from '../src/server/features/indicators/tables.js';
import { exportProvinceReport } from '../src/server/features/provincial-reports/service.js';
import { enginesOf, knob, postgresUrl, preparedSources, type BenchContext, type BenchResult } from './support/bench.js';
import { openFreshDatabase } from './support/databases.js';
import { percentile, type Figure } from './support/report.js';

const actor: Actor = {
  id: '00000000-0000-4000-8000-000000000011',
  email: 'bench@rights-desk.local',
  fullName: 'Quản trị viên đo hiệu năng',
  role: 'national_admin',
  provinceCode: null,
  organisationId: null,
  mustChangePassword: false,
};
const PROVINCE = '52';
const YEAR = 2024;

async function generate(db: Db, sizes: { items: number; indicators: number; trainings: number }) {
  for (let i = 0; i < sizes.trainings; i++) {
    await createConference(db, actor, {
      title: `Hội nghị tập huấn kiến thức về quyền con người số ${i + 1} năm ${YEAR}`,
      level: 'provincial',
      provinceCode: PROVINCE,
      startDate: `${YEAR}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      status: 'held',
      participantsActual: 150 + i,
      outcomes: [
        { kind: 'limitation', text: `Một số đơn vị chưa cử đủ thành phần tham dự hội nghị số ${i + 1}` },
        { kind: 'direction', text: 'Đề nghị các sở, ban, ngành tiếp tục quán triệt các văn bản chỉ đạo về nhân quyền' },
      ],
    });
  }
  const codes = Array.from({ length: sizes.indicators }, (_, i) => `PR${String(i + 1).padStart(3, '0')}`);
  await db.insert(indicators).values(
    codes.map((code, position) => ({ code, nameVi: `Chỉ tiêu về quyền con người số ${position + 1}`, unit: 'người', valueType: 'count', domain: 'work', aggregation: 'sum', searchKey: code.toLowerCase(), position })),
  );
  await db.insert(indicatorAggregates).values(
    codes.flatMap((code, i) => [
      { indicatorCode: code, provinceCode: PROVINCE, period: String(YEAR), periodYear: YEAR, stage: 'approved', value: String(1000 + i * 37), target: String(1000), reports: 1 },
      { indicatorCode: code, provinceCode: PROVINCE, period: String(YEAR - 1), periodYear: YEAR - 1, stage: 'approved', value: String(900 + i * 31), target: String(950), reports: 1 },
      { indicatorCode: code, provinceCode: PROVINCE, period: String(YEAR), periodYear: YEAR, stage: 'submitted', value: String(1001 + i * 37), target: String(1000), reports: 1 },
    ]),
  );
  const items = Array.from({ length: sizes.items }, (_, i) => ({
    ...emptyFollowupFields('plan', `Nhiệm vụ ${i + 1}: tăng cường tuyên truyền, phổ biến pháp luật về quyền con người tại các xã vùng đồng bào dân tộc thiểu số và miền núi của tỉnh`, `${YEAR}-0${(i % 9) + 1}-01`),
    reference: `KH 12/KH-BCĐ nhiệm vụ ${i + 1}`,
    planNumber: '12/KH-BCĐ',
    provinceCode: PROVINCE,
    dueDate: `${YEAR}-${String((i % 12) + 1).padStart(2, '0')}-28`,
  }));
  const ids = await insertFollowupItems(db, items, actor.id);
  for (let start = 0; start < ids.length; start += 500) {
    const slice = ids.slice(start, start + 500);
    await db.insert(followupProgress).values(
      slice.flatMap((itemId, k) => [
        { itemId, entryDate: `${YEAR}-03-10`, eventKind: 'progress', text: `Đã tổ chức ${k + 3} lớp phổ biến pháp luật cho cán bộ cấp xã` },
        { itemId, entryDate: `${YEAR}-09-20`, eventKind: 'progress', text: `Đã kiểm tra, đôn đốc thực hiện tại ${k + 2} xã; kết quả được báo cáo Ban Chỉ đạo` },
      ]),
    );
  }
  // A third done, a tenth not carried out, the rest in progress (many of them overdue by now).
  const closedAt = `${YEAR}-10-01T01:00:00Z`;
  await db.execute(sql`update followup_items i set
      status = case when r.n % 3 = 0 then 'done' when r.n % 10 = 1 then 'not_done' else 'in_progress' end,
      closing_note = case when r.n % 10 = 1 then 'Chưa bố trí được kinh phí' when r.n % 3 = 0 then 'Đã hoàn thành, báo cáo Ban Chỉ đạo' else null end,
      closed_at = case when r.n % 3 = 0 or r.n % 10 = 1 then ${closedAt}::timestamptz else null end
    from (select id, row_number() over (order by id) as n from followup_items) r where r.id = i.id`);
}

async function p95Of(runs: number, fn: () => Promise<unknown>): Promise<{ p95: number; bytes: number }> {
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = (await fn()) as { body: Buffer };
    ms.push(performance.now() - t0);
    bytes = r.body.length;
  }
  return { p95: percentile(ms.sort((a, b) => a - b), 95), bytes };
}

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const tiny = ctx.size === 'tiny';
  const scale = tiny ? 1 : knob(ctx, 'BENCH_SCALE', 1, 1);
  const sizes = tiny ? { items: 20, indicators: 4, trainings: 2 } : { items: Math.round(500 * scale), indicators: Math.round(50 * scale), trainings: 12 };
  const runs = knob(ctx, 'BENCH_RUNS', 10, 2);
  const figures: Figure[] = [];
  for (const engine of enginesOf(ctx)) {
    const fresh = await openFreshDatabase(engine, 'provreport', postgresUrl(ctx), preparedSources(ctx));
    try {
      const t0 = performance.now();
      await generate(fresh.database.db, sizes);
      ctx.log(`  ${engine}: generated in ${((performance.now() - t0) / 1000).toFixed(1)} s into ${fresh.where}`);
      const db = fresh.database.db;
      const full = () => exportProvinceReport(db, actor, PROVINCE, { year: YEAR }, `${YEAR + 1}-01-15`);
      const empty = () => exportProvinceReport(db, actor, PROVINCE, { year: 2010 }, `${YEAR + 1}-01-15`);
      await full();
      await empty();
      const e = await p95Of(runs, empty);
      const f = await p95Of(runs, full);
      ctx.log(`  ${engine}: full report ${Math.round(f.bytes / 1024)} KB, empty report ${Math.round(e.bytes / 1024)} KB`);
      figures.push({
        name: `[${engine}] report DOCX, a year with ${sizes.items} items and ${sizes.indicators} indicators — p95 of ${runs}`,
        value: f.p95,
        baseline: e.p95,
        baselineName: 'empty report p95',
        unit: 'ms',
        goal: `≤ 2000 ms (${f.p95 <= 2000 ? 'met' : 'NOT met'})`,
      });
    } finally {
      await fresh.dispose();
    }
  }
  return { title: `provincial report DOCX (${sizes.items} items, ${sizes.indicators} indicators, ${sizes.trainings} trainings)`, figures };
}
