// Document-intake extraction throughput on one core: the five seed articles extracted over and over
// (prepare + extract, as `extractFromSourceText` does), beside reading the same files from disk in
// the same run. Goal: ≥ 200 articles/s.
// Knobs: BENCH_SECONDS (3; tiny: 0,2) of measuring each side.
import fs from 'node:fs';
import path from 'node:path';
import { extractFromSourceText } from '../src/shared/intake/extract/index.js';
import { knob, type BenchContext, type BenchResult } from './support/bench.js';

const dir = path.resolve(import.meta.dirname, '../fixtures/corpus/seeds');

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const seconds = knob(ctx, 'BENCH_SECONDS', 3, 0.2);
  const warmUp = ctx.size === 'tiny' ? 10 : 200;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));

  /** Articles per second for `work(i)` over `seconds`, after a warm-up so the JIT has settled. */
  function rate(work: (i: number) => void): number {
    for (let i = 0; i < warmUp; i++) work(i);
    let done = 0;
    const started = performance.now();
    const until = started + seconds * 1000;
    while (performance.now() < until) {
      for (let k = 0; k < 20; k++) work(done++);
    }
    return done / ((performance.now() - started) / 1000);
  }

  let sink = 0;
  const read = rate((i) => {
    sink += fs.readFileSync(files[i % files.length]!, 'utf8').length;
  });
  const extract = rate((i) => {
    sink += extractFromSourceText(texts[i % texts.length]!).officials.length;
  });
  const chars = texts.reduce((s, t) => s + t.length, 0) / texts.length;
  if (sink < 0) ctx.log(String(sink));

  return {
    title: `intake extraction, seed articles (${files.length}, ${Math.round(chars)} characters on average), one core`,
    figures: [{ name: 'extractFromSourceText', value: extract, baseline: read, baselineName: 'readFileSync of the same files', unit: 'articles/s', goal: '≥ 200 articles/s' }],
  };
}
