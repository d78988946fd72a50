import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { createTestDatabase } from '../../db/testing.js';
import { systemActor } from '../../test-support/test-app.js';
import { createConference } from '../conferences/service.js';
import { queryRows } from './catalog.js';
import { writeBackup } from './dump.js';
import { restoreBackup } from './restore.js';
import { rewriteBackup } from './testing.js';

/**
 * A backup from an older version lacks the tables the statistics read instead of recomputing
 * (facts since migration 0010, cells since 0016): after its restore they are rebuilt from the
 * conferences, so the statistics are those of the source, not empty.
 */
describe('restoring a backup from before the statistics tables', () => {
  let source: Database;
  let dir: string;
  let current: Buffer;
  const derived = ['conference_stat_facts', 'conference_stat_cells'];

  /** The table's rows as text, in a stable order. */
  const rowsOf = async (database: Database, table: string) =>
    (await queryRows<{ row: string }>(database.db, sql.raw(`select t::text as row from ${table} t order by 1`))).map((r) => r.row);

  /** The backup as an older version wrote it: without `tables` in its header or rows. */
  const without = (tables: string[]) =>
    rewriteBackup(
      current,
      (lines) => {
        const header = JSON.parse(lines[0]!) as { tables: Array<{ name: string; rows: number }> };
        header.tables = header.tables.filter((t) => !tables.includes(t.name));
        const rows = lines.slice(1, -1).filter((l) => !tables.some((t) => l.startsWith(`{"t":"${t}",`)));
        const trailer = JSON.parse(lines.at(-1)!) as { rows: number };
        return [JSON.stringify(header), ...rows, JSON.stringify({ ...trailer, rows: header.tables.reduce((n, t) => n + t.rows, 0) })];
      },
      { reseal: true },
    );

  beforeAll(async () => {
    source = await createTestDatabase();
    for (const [provinceCode, startDate, attendance] of [['19', '2024-04-10', 40], ['79', '2023-11-02', 65]] as const) {
      await createConference(source.db, systemActor, {
        title: `Hội nghị tập huấn ${provinceCode}`,
        level: 'provincial',
        provinceCode,
        startDate,
        status: 'held',
        format: 'online',
        connectionPoints: [{ name: 'Điểm cầu chính', level: 'province', provinceCode, actualAttendance: attendance }],
        agenda: [{ title: 'Quyền trẻ em', themes: ['children'] }],
      });
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rights-desk-derived-'));
    const file = path.join(dir, 'current.ndjson.gz');
    await writeBackup(source.db, source.kind, fs.createWriteStream(file));
    current = fs.readFileSync(file);
    for (const table of derived) expect((await rowsOf(source, table)).length, table).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await source?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['without the cells (before 0016)', ['conference_stat_cells']],
    ['without the facts and the cells (before 0010)', derived],
  ])('rebuilds them %s, as the source had them', async (_name, missing) => {
    const file = path.join(dir, `old-${missing.length}.ndjson.gz`);
    fs.writeFileSync(file, without(missing));
    const target = await createTestDatabase();
    try {
      await restoreBackup(target.db, file);
      for (const table of derived) expect(await rowsOf(target, table), table).toEqual(await rowsOf(source, table));
    } finally {
      await target.close();
    }
  });
});
