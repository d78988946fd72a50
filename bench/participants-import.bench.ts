// (c) Importing a 50.000-row participants XLSX (BENCH_IMPORT_ROWS) into a fresh conference through
// the import service — read, validate, insert in one transaction — beside reading the same file
// alone with the import's own reader (`readUploadedTable`, exceljs underneath). Goal: ≤ 2×.
// PGlite on a fresh data directory always; PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL
// names a server (a fresh database, dropped afterwards); BENCH_ENGINES=pglite|postgres picks one.
// Median of BENCH_RUNS (3) runs each. Tiny size: 200 rows, one run.
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client.js';
import type { Actor } from '../src/server/features/auth/actor.js';
import { createConference } from '../src/server/features/conferences/service.js';
import { dataRowsAfter, findHeaderRow } from '../src/server/features/participants/import/column-mapping.js';
import { readUploadedTable } from '../src/server/features/participants/import/read-table.js';
import { importParticipants } from '../src/server/features/participants/import/service.js';
import { insertParticipantsSkippingPresent, participantBatchJson } from '../src/server/features/participants/queries.js';
import { validateImportRows } from '../src/server/features/participants/import/validate-rows.js';
import { enginesOf, knob, postgresUrl, preparedSources, type BenchContext, type BenchResult } from './support/bench.js';
import { openFreshDatabase } from './support/databases.js';
import { rowsOf } from './support/generate-conferences.js';
import { median, type Figure } from './support/report.js';
import { personAt, prng } from './support/vietnamese.js';

const provinceCode = '04'; // Cao Bằng
const pointCount = 12;
const mapping = { name: 0, agency: 1, position: 2, connectionPoint: 3, contact: 4 };

const actor: Actor = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'bench@rights-desk.local',
  fullName: 'Quản trị viên đo hiệu năng',
  role: 'national_admin',
  provinceCode: null,
  organisationId: null,
  mustChangePassword: false,
};

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** The conference's connection points: the main hall and communes of the province. */
async function pointsOf(database: Database) {
  const communes = await rowsOf<{ code: string; full_name: string }>(
    database.db,
    sql`select code, full_name from communes where province_code = ${provinceCode} order by code limit ${pointCount - 1}`,
  );
  return [
    { name: 'Điểm cầu chính - Hội trường Ủy ban nhân dân tỉnh', level: 'province' as const, provinceCode, isMain: true },
    ...communes.map((c) => ({ name: `Điểm cầu ${c.full_name}`, level: 'commune' as const, provinceCode, communeCode: c.code })),
  ];
}

async function newConference(database: Database, n: number) {
  const c = await createConference(database.db, actor, {
    title: `Hội nghị tập huấn công tác nhân quyền năm 2025 cho cán bộ, công chức cấp xã (đợt ${n})`,
    level: 'provincial',
    provinceCode,
    startDate: '2025-09-18',
    format: 'hybrid',
    status: 'held',
    connectionPoints: await pointsOf(database),
  });
  return c.id;
}

/** An invitation list as offices send it: a title line, the template's headings, then the people. */
async function buildWorkbook(pointNames: string[], rowCount: number): Promise<Buffer> {
  const r = prng(42);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách đại biểu');
  sheet.addRow(['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TẬP HUẤN CÔNG TÁC NHÂN QUYỀN NĂM 2025']);
  sheet.addRow(['Họ và tên', 'Cơ quan, đơn vị', 'Chức vụ', 'Điểm cầu', 'Liên hệ (không bắt buộc)']);
  for (let i = 0; i < rowCount; i++) {
    const p = personAt(i);
    // Spelled the way lists come: some in upper case, some with the commune's name in lower case.
    const point = r.pick(pointNames);
    sheet.addRow([
      r.next() < 0.05 ? p.fullName.toLocaleUpperCase('vi') : p.fullName,
      p.agency,
      p.position,
      r.next() < 0.1 ? point.replace(/^Điểm cầu /, '') : point,
      r.next() < 0.4 ? `09${String(r.int(0, 99_999_999)).padStart(8, '0')}` : '',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The database's share of an import: the same rows, validated beforehand, written in the same
 * batches into another fresh conference. Printed so that the import's figure can be read as
 * read + validate + write; see docs/decisions/0006-participants-import-speed.md.
 */
async function writeAlone(database: Database, n: number, bytes: Buffer): Promise<number> {
  const conferenceId = await newConference(database, 100 + n);
  const points = await rowsOf<{ id: string; name: string }>(database.db, sql`select id, name from connection_points where conference_id = ${conferenceId}`);
  const table = await readUploadedTable(bytes, 'xlsx', 'danh-sach-dai-bieu.xlsx');
  const { drafts } = validateImportRows(dataRowsAfter(table.rows, findHeaderRow(table.rows)), mapping, points);
  const batch = 5000;
  const t0 = performance.now();
  await database.db.transaction(async (tx) => {
    for (let i = 0; i < drafts.length; i += batch) await insertParticipantsSkippingPresent(tx, conferenceId, participantBatchJson(drafts.slice(i, i + batch)));
  });
  return performance.now() - t0;
}

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const rowCount = knob(ctx, 'BENCH_IMPORT_ROWS', 50_000, 200);
  const runs = knob(ctx, 'BENCH_RUNS', 3, 1);
  let bytes: Buffer | null = null;
  const figures: Figure[] = [];
  for (const engine of enginesOf(ctx)) {
    const { database, dispose } = await openFreshDatabase(engine, 'import', postgresUrl(ctx), preparedSources(ctx));
    try {
      if (!bytes) {
        const built = await timed(async () => buildWorkbook((await pointsOf(database)).map((p) => p.name), rowCount));
        bytes = built.value;
        ctx.log(`  built ${rowCount.toLocaleString('vi-VN')}-row XLSX (${(bytes.length / 1024 / 1024).toFixed(1)} MB) in ${(built.ms / 1000).toFixed(1)} s`);
      }
      const upload = { bytes, kind: 'xlsx' as const, fileName: 'danh-sach-dai-bieu.xlsx' };
      const parse: number[] = [];
      const validate: number[] = [];
      const full: number[] = [];
      const write: number[] = [];
      // Warm-up: one read and one small-scale pass, so neither side pays for first-call JIT alone.
      await readUploadedTable(bytes, 'xlsx', upload.fileName);
      for (let i = 0; i < runs; i++) {
        parse.push((await timed(() => readUploadedTable(bytes!, 'xlsx', upload.fileName))).ms);
        const conferenceId = await newConference(database, i + 1);
        const points = (await pointsOf(database)).map((p) => p.name);
        validate.push(
          (
            await timed(async () => {
              const table = await readUploadedTable(bytes!, 'xlsx', upload.fileName);
              const rows = dataRowsAfter(table.rows, findHeaderRow(table.rows));
              const { errors } = validateImportRows(rows, mapping, points.map((name, j) => ({ id: String(j), name })));
              if (errors.length) throw new Error(`validation found ${errors.length} errors, first: ${JSON.stringify(errors[0])}`);
            })
          ).ms,
        );
        const imported = await timed(() => importParticipants(database.db, actor, conferenceId, upload, JSON.stringify(mapping)));
        if (imported.value.created !== rowCount) throw new Error(`imported ${imported.value.created} of ${rowCount}`);
        full.push(imported.ms);
        write.push(await writeAlone(database, i + 1, bytes));
      }
      const ratio = median(full) / median(parse);
      figures.push(
        {
          name: `[${engine}] import ${rowCount.toLocaleString('vi-VN')} rows into a fresh conference — median of ${runs}`,
          value: median(full),
          baseline: median(parse),
          baselineName: 'reading the same file alone (readUploadedTable) median',
          unit: 'ms',
          goal: `≤ 2× (${ratio <= 2 ? 'met' : 'NOT met'})`,
        },
        {
          name: `[${engine}] read + find header + validate, no database — median of ${runs}`,
          value: median(validate),
          baseline: median(parse),
          baselineName: 'reading the same file alone median',
          unit: 'ms',
        },
        {
          name: `[${engine}] writing the validated rows alone, same batches, no file — median of ${runs}`,
          value: median(write),
          baseline: median(parse),
          baselineName: 'reading the same file alone median',
          unit: 'ms',
        },
      );
    } finally {
      await dispose();
    }
  }

  return { title: `participants import (${rowCount.toLocaleString('vi-VN')}-row XLSX)`, figures };
}
