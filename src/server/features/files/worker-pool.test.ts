import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from './worker-pool.js';

describe('WorkerPool.warm', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-pool-'));
  const marker = path.join(dir, 'loaded.txt');
  // A job module that says when it was loaded: on import it writes the marker, and each job answers the same id.
  const module = path.join(dir, 'job.mjs');
  fs.writeFileSync(
    module,
    `import fs from 'node:fs';
const loadId = Math.random().toString(36).slice(2);
fs.appendFileSync(${JSON.stringify(marker)}, loadId + '\\n');
export function runJob(job) { return { loadId, doubled: job * 2 }; }
`,
  );
  const pool = new WorkerPool({ memoryMb: 64, size: 1 });
  afterAll(async () => {
    await pool.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('loads the job module in a worker before any job, and the first job then uses that module', async () => {
    pool.warm(pathToFileURL(module));
    await expect.poll(() => fs.existsSync(marker), { timeout: 20_000 }).toBe(true);
    const loadedBefore = fs.readFileSync(marker, 'utf8').trim().split('\n');
    expect(loadedBefore).toHaveLength(1);
    const result = await pool.run({ module: pathToFileURL(module), job: 21, timeLimitMs: 20_000, failure: () => null });
    expect(result).toEqual({ loadId: loadedBefore[0], doubled: 42 });
    // Loaded once: the job did not import it again.
    expect(fs.readFileSync(marker, 'utf8').trim().split('\n')).toHaveLength(1);
  });
});
