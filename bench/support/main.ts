// Runs one benchmark file in this process: `node --import tsx bench/support/main.ts bench/x.bench.ts`
// (what bin/run-bench.mjs does for each). Full size unless BENCH_SCALE=tiny. A failure prints one
// line on stderr, `bench <name> failed: <message> — <cause>`, and exits 1; BENCH_DEBUG=1 prints
// the whole error as well.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchSize, failureLine, runBenchmark, type BenchModule } from './bench.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: node --import tsx bench/support/main.ts bench/<name>.bench.ts');
  process.exit(2);
}
const name = path.basename(file).replace(/(\.bench)?\.ts$/, '');

function fail(error: unknown): never {
  if (process.env.BENCH_DEBUG === '1') console.error(error);
  console.error(failureLine(name, error));
  // Exit at once: a failed benchmark may leave a pool, a worker or a timer behind.
  process.exit(1);
}
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

try {
  const bench = (await import(pathToFileURL(path.resolve(file)).href)) as BenchModule;
  await runBenchmark(bench, { size: benchSize(process.env), log: (line) => console.log(line), env: process.env });
} catch (error) {
  fail(error);
}
// Open handles a benchmark forgot (a database pool, an idle worker) must not keep the run waiting.
process.exit(0);
