import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { createTestDatabase } from '../../db/testing.js';
import { auditLog } from '../audit/tables.js';
import { writeBackup } from './dump.js';
import { restoreBackup } from './restore.js';
import { seedSampleData } from './testing.js';

describe('restore in the audit log', () => {
  let source: Database;
  let dir: string;
  let file: string;
  const actor = { id: '00000000-0000-0000-0000-000000000000', email: 'cli@rights-desk.local' };
  const audit = { actor, via: 'cli', file: { name: 'sao-luu.ndjson.gz', sizeBytes: 1234, sha256: 'a'.repeat(64) } };

  beforeAll(async () => {
    source = await createTestDatabase();
    await seedSampleData(source);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rights-desk-restore-audit-'));
    file = path.join(dir, 'sao-luu.ndjson.gz');
    await writeBackup(source.db, source.kind, fs.createWriteStream(file));
  });
  afterAll(async () => {
    await source?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('records one restore entry in the restored database, after every restored entry, naming the file, its size and checksum', async () => {
    const target = await createTestDatabase();
    try {
      const report = await restoreBackup(target.db, file, { audit });
      const sourceTrail = await source.db.select().from(auditLog);
      const trail = await target.db.select().from(auditLog).orderBy(desc(auditLog.id));
      expect(trail).toHaveLength(sourceTrail.length + 1);
      expect(trail[0]).toMatchObject({
        id: Math.max(...sourceTrail.map((e) => e.id)) + 1,
        action: 'restore',
        entityType: 'backup',
        entityId: 'a'.repeat(64),
        provinceCode: null,
        actorEmail: 'cli@rights-desk.local',
        after: { fileName: 'sao-luu.ndjson.gz', sizeBytes: 1234, sha256: 'a'.repeat(64), via: 'cli', rows: report.rows },
      });
      expect(trail.filter((e) => e.action === 'restore')).toHaveLength(1);
    } finally {
      await target.close();
    }
  });

  it('records nothing when the restore is refused', async () => {
    const target = await createTestDatabase();
    try {
      await restoreBackup(target.db, file);
      // A second restore into the now filled database is refused and leaves the trail as it was.
      const before = (await target.db.select().from(auditLog)).length;
      await expect(restoreBackup(target.db, file, { audit })).rejects.toThrow(/not empty/);
      expect(await target.db.select().from(auditLog)).toHaveLength(before);
      // Without `audit`, a restore adds nothing of its own (the library call used by tests and tools).
      expect(before).toBe((await source.db.select().from(auditLog)).length);
    } finally {
      await target.close();
    }
  });
});
