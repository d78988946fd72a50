// A cold `npm start` on an empty data directory — migrations, reference data (34 provinces,
// 3.321 communes, the 63 old provinces and ~10.000 old communes), first administrator — until
// /api/health answers, beside a bare `node -e` start measured the same way in the same run.
// The web build is excluded (done once beforehand): it happens on the first start only.
import { spawnSync } from 'node:child_process';
import { ensureWebBuilt } from '../src/server/web-build.js';
import { median, printFigures } from './support/report.js';
import { startServer } from './support/server.js';

const runs = Number(process.env.BENCH_RUNS ?? 3);
await ensureWebBuilt(console.log);

const bare: number[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  spawnSync(process.execPath, ['-e', '']);
  bare.push(performance.now() - t0);
}

const cold: number[] = [];
const warm: number[] = [];
for (let i = 0; i < runs; i++) {
  const server = await startServer();
  cold.push(server.startMs);
  server.process.kill('SIGTERM');
  await new Promise((r) => server.process.once('exit', r));
  // Second start on the same, now prepared, data directory.
  const again = await startServer({}, { dataDir: server.dataDir });
  warm.push(again.startMs);
  await again.stop();
}

printFigures(`cold start (median of ${runs})`, [
  { name: 'npm start, empty DATA_DIR → /api/health answers', value: median(cold), baseline: median(bare), baselineName: 'node -e ""', unit: 'ms' },
  { name: 'npm start, prepared DATA_DIR → /api/health answers', value: median(warm), baseline: median(bare), baselineName: 'node -e ""', unit: 'ms' },
]);
