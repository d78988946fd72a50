// Saving a 50-value grid edit of an indicator report (PUT /indicator-reports/:id/values through its
// service: version check under a row lock, one multi-row upsert, the history entry, then the
// report's validation with the unit's history), p95 over many saves, beside a primary-key fetch
// of the same report in the same run. Each engine gets a fresh database; the unit has eight
// earlier quarters of the same 50 indicators, so the outlier check reads real history.
// Goal (issue 15 d): ≤ 100 ms on both engines.
// Knobs: BENCH_SAVES (200; tiny: 5), BENCH_ENGINES.
import { eq } from 'drizzle-orm';
import { enginesOf, knob, postgresUrl, preparedSources, type BenchContext, type BenchResult } from './support/bench.js';
import { openFreshDatabase } from './support/databases.js';
import { percentile, type Figure } from './support/report.js';
import type { Actor } from '../src/server/features/auth/actor.js';
import { indicatorReports } from '../src/server/features/indicators/tables.js';
import { saveValues } from '../src/server/features/indicator-reports/save-values.js';
import { insertForm, insertIndicators, insertReport } from '../src/server/features/indicator-reports/testing.js';

const actor: Actor = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'bench@rights-desk.local',
  fullName: 'Người đo',
  role: 'national_admin',
  provinceCode: null,
  organisationId: null,
  mustChangePassword: false,
};
const cellsPerSave = 50;

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await f();
  return { ms: performance.now() - t0, value };
}

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const saves = knob(ctx, 'BENCH_SAVES', 200, 5);
  const figures: Figure[] = [];
  for (const engine of enginesOf(ctx)) {
    const { database, dispose } = await openFreshDatabase(engine, 'gridsave', postgresUrl(ctx), preparedSources(ctx));
    try {
      const db = database.db;
      const codes = Array.from({ length: cellsPerSave }, (_, i) => `BENCH.${String(i + 1).padStart(2, '0')}`);
      await insertIndicators(
        db,
        codes.map((code, i) =>
          i % 5 === 0 ? { code, valueType: 'ratio', aggregation: 'ratio', decimals: 2, maxValue: '1000' } : { code, valueType: 'count', aggregation: 'sum' },
        ),
      );
      const formId = await insertForm(db, { unitKind: 'province', frequency: 'quarter', indicators: codes.map((code, i) => ({ code, required: i < 10 })) });
      const grid = (round: number) =>
        codes.map((code, i) =>
          i % 5 === 0
            ? { indicatorCode: code, part: '', value: null, numerator: 500 + round + i, denominator: 1000, target: null, comment: null }
            : { indicatorCode: code, part: '', value: 1000 + ((round * 7 + i) % 50), numerator: null, denominator: null, target: 1000, comment: null },
        );
      for (let q = 1; q <= 8; q++) {
        const period = `${2023 + Math.floor((q - 1) / 4)}-Q${((q - 1) % 4) + 1}`;
        await insertReport(db, { formId, unitKind: 'province', unitCode: '01', provinceCode: '01', period, status: 'approved', values: grid(q).map((c) => ({ ...c })) });
      }
      const report = await insertReport(db, { formId, unitKind: 'province', unitCode: '01', provinceCode: '01', period: '2025-Q1' });
      let version = report.version;
      // Warm-up: statements prepared, first-call paths compiled on both sides.
      version = (await saveValues(db, actor, report.id, { version, values: grid(0) })).version;
      await db.select().from(indicatorReports).where(eq(indicatorReports.id, report.id));

      const saveMs: number[] = [];
      const fetchMs: number[] = [];
      for (let i = 1; i <= saves; i++) {
        const saved = await timed(() => saveValues(db, actor, report.id, { version, values: grid(i) }));
        version = saved.value.version;
        saveMs.push(saved.ms);
        fetchMs.push((await timed(() => db.select().from(indicatorReports).where(eq(indicatorReports.id, report.id)))).ms);
      }
      if (version !== report.version + saves + 1) throw new Error(`version ${version} after ${saves} saves`);
      saveMs.sort((a, b) => a - b);
      fetchMs.sort((a, b) => a - b);
      const p95 = percentile(saveMs, 95);
      figures.push({
        name: `[${engine}] save a ${cellsPerSave}-value grid edit (lock, upsert, history, validation) p95 of ${saves}`,
        value: p95,
        baseline: percentile(fetchMs, 95),
        baselineName: 'primary-key fetch of the report p95',
        unit: 'ms',
        goal: `≤ 100 ms (${p95 <= 100 ? 'met' : 'NOT met'})`,
      });
    } finally {
      await dispose();
    }
  }
  return { title: `indicator grid save (${cellsPerSave} values per save)`, figures };
}
