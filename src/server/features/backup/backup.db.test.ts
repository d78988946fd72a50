import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { createTestDatabase } from '../../db/testing.js';
import { createUser } from '../../test-support/test-app.js';
import { excludedTables, listBackupTables, queryRows } from './catalog.js';
import { writeBackup } from './dump.js';
import { restoreBackup, verifyBackup } from './restore.js';
import { countRows, createTypeProbe, rewriteBackup, seedSampleData, snapshotDatabase, type Snapshot } from './testing.js';

/** What a restore must reproduce: everything but sessions and the target's own system_meta. */
const restorable = (s: Snapshot) => {
  const { sessions: _s, system_meta: _m, ...tables } = s.tables;
  return { tables, sequences: s.sequences };
};

describe('backup and restore', () => {
  let source: Database;
  let dir: string;
  let file: string;
  let good: Buffer;
  const userTables = ['audit_log', 'organisations', 'users'];

  beforeAll(async () => {
    source = await createTestDatabase();
    await seedSampleData(source);
    await createTypeProbe(source, { withRows: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rights-desk-backup-'));
    file = path.join(dir, 'good.ndjson.gz');
    await writeBackup(source.db, source.kind, fs.createWriteStream(file));
    good = fs.readFileSync(file);
  });
  afterAll(async () => {
    await source?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restores every column of every user-data table exactly, and each sequence where it stood', async () => {
    const target = await createTestDatabase();
    try {
      await createTypeProbe(target, { withRows: false });
      // Small batches, so the load spans many INSERT statements.
      const report = await restoreBackup(target.db, file, { batchRows: 7 });
      expect(report.tables.filter((t) => t.rows > 0)).toEqual([
        { name: 'audit_log', rows: 2506 },
        { name: 'backup_type_probe', rows: 3 },
        { name: 'organisations', rows: 6 },
        { name: 'users', rows: 2 },
      ]);
      expect(report.tables.map((t) => t.name)).toEqual((await listBackupTables(source.db)).map((t) => t.name));
      const after = await snapshotDatabase(target);
      expect(restorable(after)).toEqual(restorable(await snapshotDatabase(source)));
      expect(after.tables.sessions).toEqual([]);
      expect(after.tables.audit_log?.some((r) => r.includes('12345678901234567890.123456789'))).toBe(true);
      const trigger = await queryRows<{ enabled: string }>(
        target.db,
        sql`select tgenabled as enabled from pg_trigger where tgname = 'backup_type_probe_stamp'`,
      );
      expect(trigger).toEqual([{ enabled: 'O' }]);

      // A second restore into the now-filled database is refused and changes nothing.
      await expect(restoreBackup(target.db, file)).rejects.toThrow(
        'target database is not empty: audit_log, backup_type_probe, organisations, users already hold rows',
      );
      expect(restorable(await snapshotDatabase(target))).toEqual(restorable(after));
    } finally {
      await target.close();
    }
  });

  it('writes a self-referencing table parents first, whatever the primary-key order', () => {
    const lines = gunzipSync(good).toString('utf8').trimEnd().split('\n');
    const written = new Set<string>();
    for (const line of lines.filter((l) => l.startsWith('{"t":"organisations"'))) {
      const { r } = JSON.parse(line) as { r: { id: string; parent_id: string | null } };
      if (r.parent_id) expect(written.has(r.parent_id)).toBe(true);
      written.add(r.id);
    }
    expect(written.size).toBe(6);
  });

  it('finds user tables in the catalog and leaves out reference data and sessions', async () => {
    const names = (await listBackupTables(source.db)).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(userTables));
    for (const excluded of excludedTables.keys()) expect(names).not.toContain(excluded);
    const header = JSON.parse(gunzipSync(good).toString('utf8').split('\n')[0]!) as { tables: Array<{ name: string }> };
    expect(header.tables.map((t) => t.name)).toEqual(names);
  });

  it('refuses a non-empty target, naming the tables, and writes nothing', async () => {
    const target = await createTestDatabase();
    try {
      await createUser(target, { email: 'da.co@test.vn' });
      await expect(restoreBackup(target.db, file)).rejects.toThrow(
        'CSDL đích không trống, đã có dữ liệu trong: users; hãy khôi phục vào CSDL mới (trước khi chạy serve) / target database is not empty: users already hold rows',
      );
      expect(await countRows(target, userTables)).toEqual({ audit_log: 0, organisations: 0, users: 1 });
    } finally {
      await target.close();
    }
  });

  it('restores rows in a parent cycle whole, in one statement, and reports them at backup time', async () => {
    const cyclic = await createTestDatabase();
    const target = await createTestDatabase();
    try {
      await seedSampleData(cyclic);
      // Cấp trên → Cấp dưới → Cấp giữa → Cấp trên: no root leads to these three.
      await cyclic.db.execute(sql`update organisations set parent_id = '00000000-0000-4000-8000-000000000003' where name = 'Cấp trên'`);
      const cyclicFile = path.join(dir, 'cyclic.ndjson.gz');
      const summary = await writeBackup(cyclic.db, cyclic.kind, fs.createWriteStream(cyclicFile));
      expect(summary.cyclic).toEqual([{ table: 'organisations', rows: 3 }]);

      // One row per batch everywhere else: the cycle still goes in as one statement.
      await restoreBackup(target.db, cyclicFile, { batchRows: 1 });
      expect(restorable(await snapshotDatabase(target))).toEqual(restorable(await snapshotDatabase(cyclic)));
    } finally {
      await cyclic.close();
      await target.close();
    }
  });

  it('rolls the whole restore back when the database refuses a row', async () => {
    const target = await createTestDatabase();
    try {
      await createTypeProbe(target, { withRows: false });
      // A user in an organisation the file does not hold: the FK fails after audit_log and organisations went in.
      const orphan = path.join(dir, 'orphan.ndjson.gz');
      const someOrganisation = /"organisation_id":"([0-9a-f-]{36})"/.exec(gunzipSync(good).toString('utf8'))![1]!;
      fs.writeFileSync(
        orphan,
        rewriteBackup(
          good,
          (lines) => lines.map((l) => (l.startsWith('{"t":"users"') ? l.replace(someOrganisation, '11111111-1111-4111-8111-111111111111') : l)),
          { reseal: true },
        ),
      );
      await expect(restoreBackup(target.db, orphan)).rejects.toThrow(/restore failed, the target is unchanged: .*foreign key/);
      expect(await countRows(target, userTables)).toEqual({ audit_log: 0, organisations: 0, users: 0 });
    } finally {
      await target.close();
    }
  });

  describe('refuses a damaged or foreign file before writing anything', () => {
    let target: Database;
    beforeAll(async () => {
      target = await createTestDatabase();
      await createTypeProbe(target, { withRows: false });
    });
    afterAll(() => target?.close());

    const flipMiddle = (b: Buffer) => {
      const copy = Buffer.from(b);
      const middle = Math.floor(copy.length / 2);
      for (let i = middle; i < middle + 8; i++) copy[i] = copy[i]! ^ 0xff;
      return copy;
    };
    const cases: Array<[string, (b: Buffer) => Buffer, RegExp]> = [
      // Depending on where the flip lands, inflate fails, or yields garbage that a line check refuses first.
      ['bytes flipped in the middle', flipMiddle, /corrupt or invalid backup file: /],
      ['the end cut off', (b) => b.subarray(0, b.length - 200), /corrupt or invalid backup file: the file is truncated/],
      ['not gzip at all', () => Buffer.from('{"format":"rights-desk-backup"}\n'), /corrupt or invalid backup file: not a gzip file/],
      ['an empty file', () => Buffer.alloc(0), /corrupt or invalid backup file: the file is empty/],
      [
        'a header of another format',
        (b) => rewriteBackup(b, (lines) => [lines[0]!.replace('rights-desk-backup', 'pg_dump'), ...lines.slice(1)], { reseal: true }),
        /corrupt or invalid backup file: not a rights-desk backup/,
      ],
      [
        'a row edited without the checksum',
        (b) => rewriteBackup(b, (lines) => lines.map((l) => l.replace('Bộ Tư pháp', 'Bộ Tư Pháp'))),
        /corrupt or invalid backup file: SHA-256 checksum mismatch/,
      ],
      [
        'the trailer missing (cut at a line end, gzip intact)',
        (b) => rewriteBackup(b, (lines) => lines.slice(0, -1)),
        /corrupt or invalid backup file: the trailer is missing, the file is truncated/,
      ],
      [
        'a row missing, even with a fresh checksum',
        (b) => rewriteBackup(b, (lines) => lines.filter((l) => !l.includes('Cấp giữa')), { reseal: true }),
        /corrupt or invalid backup file: table organisations has 5 rows, the header says 6/,
      ],
      [
        'a row that is not JSON',
        (b) => rewriteBackup(b, (lines) => lines.map((l) => l.replace('"name":"Bộ Tư pháp"', '"name":Bộ Tư pháp')), { reseal: true }),
        /corrupt or invalid backup file: line \d+ is not valid JSON/,
      ],
      [
        'a table the target does not have',
        (b) =>
          rewriteBackup(b, (lines) => [lines[0]!.replaceAll('"users"', '"khong_co"'), ...lines.slice(1).map((l) => l.replace('{"t":"users"', '{"t":"khong_co"'))], {
            reseal: true,
          }),
        /table khong_co of the backup does not exist in the target/,
      ],
      [
        'a backup from a newer version',
        (b) => rewriteBackup(b, (lines) => [lines[0]!.replace(/"count":\d+,"createdAt":\d+/, '"count":999,"createdAt":9999999999999'), ...lines.slice(1)], { reseal: true }),
        /tệp sao lưu từ phiên bản mới hơn .* the backup comes from a newer version/,
      ],
    ];

    it.each(cases)('%s', async (_name, damage, message) => {
      const bad = path.join(dir, 'bad.ndjson.gz');
      fs.writeFileSync(bad, damage(good));
      await expect(restoreBackup(target.db, bad)).rejects.toThrow(message);
      expect(await countRows(target, userTables)).toEqual({ audit_log: 0, organisations: 0, users: 0 });
    });

    it('stops inflating past the size limit (decompression bomb)', async () => {
      await expect(verifyBackup(file, { maxInflatedBytes: 64 * 1024 })).rejects.toThrow(/inflated data exceeds .*decompression-bomb guard/);
      await expect(restoreBackup(target.db, file, { maxInflatedBytes: 64 * 1024 })).rejects.toThrow(/decompression-bomb guard/);
      expect(await countRows(target, userTables)).toEqual({ audit_log: 0, organisations: 0, users: 0 });
    });

    it('accepts the undamaged file', async () => {
      await expect(verifyBackup(file)).resolves.toMatchObject({ rows: 2517, header: { format: 'rights-desk-backup' } });
    });
  });
});
