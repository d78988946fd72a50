import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type Database } from '../server/db/client.js';
import { prepareDatabase } from '../server/db/prepare.js';
import { insertOrganisation } from '../server/features/organisations/queries.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
type Outcome = { code: number | null; stdout: string; stderr: string };

/** Runs `npx rights-desk …` as an operator would, on a PGlite database in `dataDir`. */
function rightsDesk(dataDir: string, ...args: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/rights-desk.mjs', ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function openDataDir(dir: string): Promise<Database> {
  const image = process.env.TEST_PGLITE_IMAGE;
  const database = await openPglite(dir, image ? new Blob([fs.readFileSync(image)]) : undefined);
  if (!image) await prepareDatabase(database);
  return database;
}

/** PGlite's table and index files (not its write-ahead log) that contain `text`. */
function dataFilesContaining(dataDir: string, text: string): string[] {
  const needle = Buffer.from(text);
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (fs.readFileSync(full).includes(needle)) found.push(path.relative(dataDir, full));
    }
  };
  walk(path.join(dataDir, 'pglite', 'base'));
  return found;
}

const modeOf = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);

describe('backups and erased data', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rights-desk-cli-privacy-'));
  const dataDir = path.join(tmp, 'data');
  beforeAll(async () => {
    await (await openDataDir(dataDir)).close();
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes a backup readable by its owner only (0600), over a leftover .tmp and with --force over an old 0644 file', async () => {
    const file = path.join(tmp, 'sao-luu.ndjson.gz');
    fs.writeFileSync(`${file}.tmp`, 'của lần chạy bị ngắt', { mode: 0o644 });
    const first = await rightsDesk(dataDir, 'backup', file);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(modeOf(file)).toBe('600');

    fs.chmodSync(file, 0o644);
    expect((await rightsDesk(dataDir, 'backup', file, '--force')).code).toBe(0);
    expect(modeOf(file)).toBe('600');
  }, 120_000);

  it('vacuum rewrites the table files without an erased record, which a DELETE alone leaves in them', async () => {
    const marker = `Người Đã Xóa ${Date.now()}`;
    let database = await openPglite(dataDir);
    const org = await insertOrganisation(database.db, { name: marker, kind: 'department', provinceCode: '04', searchKey: 'nguoi da xoa' });
    await database.db.execute(sql`delete from organisations where id = ${org.id}`);
    await database.close();
    expect(dataFilesContaining(dataDir, marker)).not.toEqual([]);

    const vacuum = await rightsDesk(dataDir, 'vacuum');
    expect(vacuum).toMatchObject({ code: 0, stderr: '' });
    expect(vacuum.stdout).toContain(`Đã dọn CSDL / database vacuumed: PGlite (${dataDir})`);
    expect(dataFilesContaining(dataDir, marker)).toEqual([]);
    // The live data is untouched.
    database = await openPglite(dataDir);
    expect(Number((await database.db.execute(sql`select count(*) as n from provinces`) as unknown as { rows: Array<{ n: number }> }).rows[0]!.n)).toBe(34);
    await database.close();
  }, 120_000);
});
