// A cold `npm start` on an empty data directory — migrations, reference data (34 provinces,
// 3.321 communes, the 63 old provinces and ~10.000 old communes), first administrator — until
// /api/health answers, beside a bare `node -e` start measured the same way in the same run.
// The web build is excluded (done once beforehand at full size; the server starts with
// --skip-web-build): it happens on the first start only.
// Knobs: BENCH_RUNS (3; tiny: 1).
import { spawnSync } from 'node:child_process';
import { ensureWebBuilt } from '../src/server/web-build.js';
import { knob, type BenchContext, type BenchResult } from './support/bench.js';
import { median } from './support/report.js';
import { startServer, type RunningServer } from './support/server.js';

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const runs = knob(ctx, 'BENCH_RUNS', 3, 1);
  if (ctx.size === 'full') await ensureWebBuilt(ctx.log);

  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '']);
    bare.push(performance.now() - t0);
  }

  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    const first = await startServer();
    let again: RunningServer | null = null;
    try {
      cold.push(first.startMs);
      first.process.kill('SIGTERM');
      await new Promise((r) => first.process.once('exit', r));
      // Second start on the same, now prepared, data directory.
      const second = await startServer({}, { dataDir: first.dataDir });
      again = second;
      warm.push(second.startMs);
    } finally {
      // stop() also removes the data directory both starts used.
      await (again ?? first).stop();
    }
  }

  return {
    title: `cold start (median of ${runs})`,
    figures: [
      { name: 'npm start, empty DATA_DIR → /api/health answers', value: median(cold), baseline: median(bare), baselineName: 'node -e ""', unit: 'ms' },
      { name: 'npm start, prepared DATA_DIR → /api/health answers', value: median(warm), baseline: median(bare), baselineName: 'node -e ""', unit: 'ms' },
    ],
  };
}
