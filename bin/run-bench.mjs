#!/usr/bin/env node
// Runs every benchmark under bench/ (or those whose file name contains an argument) one after
// another in its own process, so one benchmark's memory and JIT state don't colour the next.
// Each runs through bench/support/main.ts, the same `runBenchmark` the test suite's tiny-size
// smoke (bench/benchmarks.smoke.test.ts) calls. BENCH_SCALE=tiny runs them all at that size.
// A failed benchmark prints one line, `bench <name> failed: …`, and the run exits 1.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const filters = process.argv.slice(2);
const files = fs
  .readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark matches ${filters.join(' ')}`);
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  console.log(`\n▶ ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join('bench', 'support', 'main.ts'), path.join('bench', file)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
