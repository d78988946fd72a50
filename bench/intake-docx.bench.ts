// Document intake: time to a reviewable draft for a 30-page Word report — read in a worker thread
// (zip guard, mammoth, legacy-font check), normalised through the offset map, extracted — beside
// reading the same file alone in this process (zip guard + mammoth, `readDocx`) and mammoth alone.
// The report is generated with `docx` from the seed articles' paragraphs (~2.800 characters a page).
// Median of BENCH_RUNS (5) warm runs; the first, cold call (worker start) is printed on its own.
// Tiny size: a 2-page report, one run.
import mammoth from 'mammoth';
import { closeIntakePipeline, readAndExtract } from '../src/server/features/intake/pipeline.js';
import { buildDocx, seedParagraphs } from '../src/server/features/intake/read/docx-test-fixtures.js';
import { defaultIntakeLimits } from '../src/server/features/intake/read/limits.js';
import { readDocx } from '../src/server/features/intake/read/read-docx.js';
import { knob, type BenchContext, type BenchResult } from './support/bench.js';
import { median } from './support/report.js';

const charsPerPage = 2_800;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const runs = knob(ctx, 'BENCH_RUNS', 5, 1);
  const pages = ctx.size === 'tiny' ? 2 : 30;
  const fileName = `bao-cao-${pages}-trang.docx`;

  const seedText = ['000', '001', '002', '003', '004'].flatMap(seedParagraphs);
  const paragraphs: string[] = [];
  for (let chars = 0, i = 0; chars < pages * charsPerPage; i++) {
    const p = seedText[i % seedText.length]!;
    paragraphs.push(p);
    chars += p.length;
  }
  const bytes = await buildDocx(paragraphs);
  ctx.log(`  report: ${paragraphs.length} paragraphs, ${paragraphs.join('').length.toLocaleString('vi-VN')} characters, ${(bytes.length / 1024).toFixed(0)} KB`);

  const draft: number[] = [];
  const readAlone: number[] = [];
  const mammothAlone: number[] = [];
  let coldMs: number;
  try {
    const cold = await timed(() => readAndExtract({ bytes, fileName }));
    if (!cold.value.ok) throw new Error(cold.value.message);
    coldMs = cold.ms;
    for (let r = 0; r < runs; r++) {
      draft.push((await timed(() => readAndExtract({ bytes, fileName }))).ms);
      readAlone.push((await timed(() => readDocx(bytes, defaultIntakeLimits))).ms);
      mammothAlone.push((await timed(() => mammoth.extractRawText({ buffer: Buffer.from(bytes) }))).ms);
    }
  } finally {
    await closeIntakePipeline();
  }

  const baseline = median(readAlone);
  // The issue asks for the time to a reviewable draft; 2 s is what a person waits for without
  // losing the thread. The ratio to reading alone is printed beside it for comparison.
  const goalMet = median(draft) <= 2_000;
  return {
    title: `Intake: ${pages}-page DOCX report → reviewable draft (median of ${runs})`,
    figures: [
      { name: 'draft (worker: read + offset map + extract)', value: median(draft), baseline, unit: 'ms', baselineName: 'reading the file alone (readDocx)', goal: `≤ 2 s (${goalMet ? 'met' : 'NOT met'})` },
      { name: 'first draft, cold (worker start included)', value: coldMs, baseline, unit: 'ms', baselineName: 'reading the file alone (readDocx)' },
      { name: 'mammoth.extractRawText alone', value: median(mammothAlone), baseline, unit: 'ms', baselineName: 'reading the file alone (readDocx)' },
    ],
  };
}
