// Document-intake extraction throughput on one core: the five seed articles extracted over and over
// (prepare + extract, as `extractFromSourceText` does), beside reading the same files from disk in
// the same run. Goal: ≥ 200 articles/s.
import fs from 'node:fs';
import path from 'node:path';
import { extractFromSourceText } from '../src/shared/intake/extract/index.js';
import { printFigures } from './support/report.js';

const dir = path.resolve(import.meta.dirname, '../fixtures/corpus/seeds');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const seconds = Number(process.env.BENCH_SECONDS ?? 3);

/** Articles per second for `work(i)` over `seconds`, after a warm-up so the JIT has settled. */
function rate(work: (i: number) => void): number {
  for (let i = 0; i < 200; i++) work(i);
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

printFigures(`intake extraction, seed articles (${files.length}, ${Math.round(chars)} characters on average), one core`, [
  { name: 'extractFromSourceText', value: extract, baseline: read, baselineName: 'readFileSync of the same files', unit: 'articles/s', goal: '≥ 200 articles/s' },
]);
if (sink < 0) console.log(sink);
