import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Database } from '../server/db/client.js';
import { prepareDatabase } from '../server/db/prepare.js';
import { countRows, seedSampleData, snapshotDatabase } from '../server/features/backup/testing.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
type Outcome = { code: number | null; stdout: string; stderr: string };

/** Runs `npx rights-desk …` as an operator would, on a PGlite database in `dataDir`. */
function rightsDesk(dataDir: string, ...args: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/rights-desk.mjs', ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A migrated PGlite data directory, copied from the test run's prepared image when there is one. */
async function openDataDir(dir: string): Promise<Database> {
  const image = process.env.TEST_PGLITE_IMAGE;
  const database = await openPglite(dir, image ? new Blob([fs.readFileSync(image)]) : undefined);
  if (!image) await prepareDatabase(database);
  return database;
}

describe('npx rights-desk backup / restore', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rights-desk-cli-backup-'));
  const [source, target, untouched] = ['source', 'target', 'untouched'].map((d) => path.join(tmp, d)) as [string, string, string];
  const file = path.join(tmp, 'sao-luu.ndjson.gz');

  beforeAll(async () => {
    const db = await openDataDir(source);
    await seedSampleData(db);
    await db.close();
    for (const dir of [target, untouched]) await (await openDataDir(dir)).close();
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('backs up one data directory and restores it into another, row for row', async () => {
    const backup = await rightsDesk(source, 'backup', file);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(backup.stdout).toContain(`Đã sao lưu / backup written: ${file}`);
    expect(backup.stdout).toMatch(/organisations\s+6\n/);
    expect(backup.stdout).toMatch(/Tổng \/ total: 2514 dòng \/ rows, .* ms/);
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);

    const [again, restore, corrupt] = await Promise.all([
      rightsDesk(source, 'backup', file),
      rightsDesk(target, 'restore', file),
      (async () => {
        const bad = path.join(tmp, 'hong.ndjson.gz');
        fs.writeFileSync(bad, fs.readFileSync(file).subarray(0, 300));
        return rightsDesk(untouched, 'restore', bad);
      })(),
    ]);

    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(`Lỗi / error: tệp ${file} đã tồn tại; thêm --force để ghi đè / ${file} already exists; pass --force to overwrite it`);

    expect(restore).toMatchObject({ code: 0, stderr: '' });
    expect(restore.stdout).toContain(`Đã khôi phục / restored: ${file}`);
    for (const count of [/audit_log\s+2506\n/, /organisations\s+6\n/, /users\s+2\n/]) expect(restore.stdout).toMatch(count);
    expect(restore.stdout).toMatch(/Tổng \/ total: 2514 dòng \/ rows; kiểm tra \/ verify \d+ ms, ghi \/ write \d+ ms, cả lệnh \/ whole command \d+ ms/);

    expect(corrupt.code).toBe(1);
    expect(corrupt.stdout).toBe('');
    expect(corrupt.stderr.trim().split('\n')).toEqual([
      'Lỗi / error: tệp sao lưu hỏng hoặc không hợp lệ: tệp bị cắt cụt (unexpected end of file) / corrupt or invalid backup file: the file is truncated (unexpected end of file)',
    ]);

    const [a, b, c] = [await openPglite(source), await openPglite(target), await openPglite(untouched)];
    try {
      const { sessions: _s, system_meta: _m, ...expected } = (await snapshotDatabase(a)).tables;
      const { sessions, system_meta: _m2, audit_log: restoredAudit, ...restored } = (await snapshotDatabase(b)).tables;
      // The restore adds one entry to the restored trail: which file, by the CLI.
      const entries = restoredAudit!.map((r) => JSON.parse(r) as { id: number; action: string; actor_email: string | null; entity_type: string; province_code: string | null; after: unknown });
      const restoreEntry = entries.find((e) => e.action === 'restore')!;
      expect(restoreEntry).toMatchObject({
        actor_email: 'cli@rights-desk.local',
        entity_type: 'backup',
        province_code: null,
        after: { fileName: 'sao-luu.ndjson.gz', sizeBytes: fs.statSync(file).size, sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex'), via: 'cli', rows: 2514 },
      });
      expect(restoreEntry.id).toBe(Math.max(...entries.map((e) => e.id)));
      expect(restoredAudit!.filter((r) => JSON.parse(r).action !== 'restore')).toEqual(expected.audit_log);
      delete expected.audit_log;
      // Tables the target has beyond the source's (a migration newer than the backup) stay empty.
      expect(restored).toEqual({ ...Object.fromEntries(Object.keys(restored).map((t) => [t, []])), ...expected });
      expect(sessions).toEqual([]);
      expect(await countRows(c, ['audit_log', 'organisations', 'users'])).toEqual({ audit_log: 0, organisations: 0, users: 0 });
    } finally {
      for (const d of [a, b, c]) await d.close();
    }
  }, 120_000);
});
