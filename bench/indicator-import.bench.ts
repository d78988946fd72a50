// (a) of issue 15: importing a long CSV of indicator values (unit_kind, unit_code, period,
// indicator_code, part, value, target) through the import service — parse, check every line,
// create the 20.000 commune drafts, COPY the values of drafts it created straight into
// indicator_values (those of reports that existed go through a staging table and one insert …
// select … on conflict), in one transaction — beside a plain COPY of the same rows
// (report id, indicator, part, value, target) into the same table with the same constraints
// and indexes, measured in the same run. Goal ≤ 1,5× on PostgreSQL. Also printed: the import beside a
// COPY of the rows exactly as it wrote them (with the import each value points at). The file's
// name, kind, time and sender are kept once on indicator_imports, not on each value.
// BENCH_INDICATOR_VALUES (1.000.000; tiny 2.000) values: 50 indicators × 8 quarters × as many
// communes as needed. PGlite always, PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL
// names a server; BENCH_ENGINES picks. Median of BENCH_RUNS (3; tiny 1).
import { sql } from 'drizzle-orm';
import type { Actor } from '../src/server/features/auth/actor.js';
import { indicators, reportFormIndicators, reportForms } from '../src/server/features/indicators/tables.js';
import { copyIn, CopyBuffer } from '../src/server/features/indicator-transfer/copy-in.js';
import { importLongCsv } from '../src/server/features/indicator-transfer/long-csv-import.js';
import type { Database } from '../src/server/db/client.js';
import { enginesOf, knob, postgresUrl, preparedSources, type BenchContext, type BenchResult } from './support/bench.js';
import { openFreshDatabase } from './support/databases.js';
import { rowsOf } from './support/generate-conferences.js';
import { median, type Figure } from './support/report.js';

const actor: Actor = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'bench@rights-desk.local',
  fullName: 'Quản trị viên đo hiệu năng',
  role: 'national_admin',
  provinceCode: null,
  organisationId: null,
  mustChangePassword: false,
};
const INDICATORS = 50;
const periods = ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** A quarterly commune form of 50 count indicators. */
async function prepareForm(database: Database): Promise<{ formId: string; codes: string[] }> {
  const codes = Array.from({ length: INDICATORS }, (_, i) => `BENCH_${String(i + 1).padStart(2, '0')}`);
  await database.db
    .insert(indicators)
    .values(codes.map((code, i) => ({ code, nameVi: `Chỉ tiêu đo ${i + 1}`, unit: 'người', valueType: 'count', domain: 'work', aggregation: 'sum', searchKey: code.toLowerCase(), position: i })))
    .onConflictDoNothing();
  const [form] = await database.db.insert(reportForms).values({ code: 'BENCH_COMMUNE_Q', name: 'Biểu đo hiệu năng cấp xã', unitKind: 'commune', frequency: 'quarter' }).returning();
  await database.db.insert(reportFormIndicators).values(codes.map((indicatorCode, position) => ({ formId: form!.id, indicatorCode, position })));
  return { formId: form!.id, codes };
}

/** The long CSV: every commune × quarter × indicator until `count` values. */
function buildCsv(communes: string[], codes: string[], count: number): Buffer {
  const lines = ['unit_kind,unit_code,period,indicator_code,part,value,target'];
  let n = 0;
  for (const commune of communes) {
    for (const period of periods) {
      for (const code of codes) {
        if (n++ >= count) break;
        lines.push(`commune,${commune},${period},${code},,${(n * 7919) % 100_000},${(n * 104_729) % 120_000}`);
      }
    }
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const count = knob(ctx, 'BENCH_INDICATOR_VALUES', 1_000_000, 2_000);
  const runs = knob(ctx, 'BENCH_RUNS', 3, 1);
  const figures: Figure[] = [];
  for (const engine of enginesOf(ctx)) {
    const { database, dispose } = await openFreshDatabase(engine, 'indimport', postgresUrl(ctx), preparedSources(ctx));
    try {
      const { formId, codes } = await prepareForm(database);
      const needed = Math.ceil(count / INDICATORS / periods.length);
      const communes = (await rowsOf<{ code: string }>(database.db, sql`select code from communes order by code limit ${needed}`)).map((c) => c.code);
      if (communes.length < needed) throw new Error(`${needed} communes needed, the reference data has ${communes.length}`);
      const bytes = buildCsv(communes, codes, count);
      ctx.log(`  [${engine}] ${count.toLocaleString('vi-VN')} values, ${(bytes.length / 1024 / 1024).toFixed(1)} MB of CSV, ${communes.length * periods.length} reports`);
      const upload = { bytes, kind: 'csv' as const, fileName: 'so-lieu-xa.csv' };
      const imports: number[] = [];
      const copies: number[] = [];
      const wholeCopies: number[] = [];
      for (let i = 0; i < runs; i++) {
        // Fresh each time: no report, no value; the import creates the drafts.
        await database.db.execute(sql`delete from indicator_reports where form_id = ${formId}`);
        // The same starting table as the baselines' COPY: the previous run's million values vacuumed away.
        if (engine === 'postgres') await database.db.execute(sql`vacuum indicator_values`);
        const imported = await timed(() => importLongCsv(database.db, actor, formId, upload, count));
        if (imported.value.values !== count) throw new Error(`imported ${imported.value.values} of ${count}`);
        imports.push(imported.ms);
        // The baseline: the same rows, with the report ids the import gave them, COPYed into the
        // emptied table (reports kept: the foreign key needs them).
        const rows = await rowsOf<{ report_id: string; indicator_code: string; part: string; value: string; target: string; import_id: string }>(
          database.db,
          sql`select v.report_id, v.indicator_code, v.part, v.value::text as value, v.target::text as target, v.import_id::text as import_id
            from indicator_values v join indicator_reports r on r.id = v.report_id where r.form_id = ${formId}`,
        );
        // Two baselines: the file's five columns, and the rows exactly as the import wrote them
        // (with the import each value points at).
        const copyOf = async (columns: string, fields: (r: (typeof rows)[number]) => (string | null)[]) => {
          const lines = new CopyBuffer();
          for (const r of rows) lines.push(fields(r));
          const chunks = lines.flush();
          await database.db.execute(sql`delete from indicator_values v using indicator_reports r where r.id = v.report_id and r.form_id = ${formId}`);
          if (engine === 'postgres') await database.db.execute(sql`vacuum indicator_values`);
          const copied = await timed(() => database.db.transaction((tx) => copyIn(tx, `copy indicator_values (${columns})`, chunks)));
          const [{ n }] = (await rowsOf<{ n: string }>(database.db, sql`select count(*)::text as n from indicator_values`)) as [{ n: string }];
          if (Number(n) !== count) throw new Error(`COPY wrote ${n} of ${count}`);
          return copied.ms;
        };
        wholeCopies.push(await copyOf('report_id, indicator_code, part, value, target, import_id', (r) => [r.report_id, r.indicator_code, r.part, r.value, r.target, r.import_id]));
        copies.push(await copyOf('report_id, indicator_code, part, value, target', (r) => [r.report_id, r.indicator_code, r.part, r.value, r.target]));
      }
      const ratio = median(imports) / median(copies);
      figures.push({
        name: `[${engine}] import ${count.toLocaleString('vi-VN')} values from a long CSV (parse, check every line, create drafts, COPY) — median of ${runs}`,
        value: median(imports),
        baseline: median(copies),
        baselineName: 'plain COPY of the same rows into indicator_values median',
        unit: 'ms',
        goal: engine === 'postgres' ? `≤ 1,5× (${ratio.toFixed(2).replace('.', ',')}×, ${ratio <= 1.5 ? 'met' : 'NOT met'})` : `${ratio.toFixed(2).replace('.', ',')}× (goal set for PostgreSQL)`,
      });
      figures.push({
        name: `[${engine}] the same import — median of ${runs}`,
        value: median(imports),
        baseline: median(wholeCopies),
        baselineName: 'plain COPY of the rows as the import wrote them (with import_id) median',
        unit: 'ms',
      });
    } finally {
      await dispose();
    }
  }
  return { title: `indicator import (${count.toLocaleString('vi-VN')} values, long CSV)`, figures };
}
