// Document intake: time to a reviewable draft for a 30-page Word report — read in a worker thread
// (zip guard, mammoth, legacy-font check), normalised through the offset map, extracted — beside
// reading the same file alone in this process (zip guard + mammoth, `readDocx`) and mammoth alone.
// The report is generated with `docx` from the seed articles' paragraphs (~2.800 characters a page).
// Median of BENCH_RUNS (5) warm runs; the first, cold call (worker start) is printed on its own.
import mammoth from 'mammoth';
import { closeIntakePipeline, readAndExtract } from '../src/server/features/intake/pipeline.js';
import { buildDocx, seedParagraphs } from '../src/server/features/intake/read/docx-test-fixtures.js';
import { defaultIntakeLimits } from '../src/server/features/intake/read/limits.js';
import { readDocx } from '../src/server/features/intake/read/read-docx.js';
import { median, printFigures } from './support/report.js';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const pages = 30;
const charsPerPage = 2_800;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

const seedText = ['000', '001', '002', '003', '004'].flatMap(seedParagraphs);
const paragraphs: string[] = [];
for (let chars = 0, i = 0; chars < pages * charsPerPage; i++) {
  const p = seedText[i % seedText.length]!;
  paragraphs.push(p);
  chars += p.length;
}
const bytes = await buildDocx(paragraphs);
console.log(`  report: ${paragraphs.length} paragraphs, ${paragraphs.join('').length.toLocaleString('vi-VN')} characters, ${(bytes.length / 1024).toFixed(0)} KB`);

const cold = await timed(() => readAndExtract({ bytes, fileName: 'bao-cao-30-trang.docx' }));
if (!cold.value.ok) throw new Error(cold.value.message);

const draft: number[] = [];
const readAlone: number[] = [];
const mammothAlone: number[] = [];
for (let r = 0; r < runs; r++) {
  draft.push((await timed(() => readAndExtract({ bytes, fileName: 'bao-cao-30-trang.docx' }))).ms);
  readAlone.push((await timed(() => readDocx(bytes, defaultIntakeLimits))).ms);
  mammothAlone.push((await timed(() => mammoth.extractRawText({ buffer: Buffer.from(bytes) }))).ms);
}
await closeIntakePipeline();

const baseline = median(readAlone);
// The issue asks for the time to a reviewable draft; 2 s is what a person waits for without
// losing the thread. The ratio to reading alone is printed beside it for comparison.
const goalMet = median(draft) <= 2_000;
printFigures(`Intake: ${pages}-page DOCX report → reviewable draft (median of ${runs})`, [
  { name: 'draft (worker: read + offset map + extract)', value: median(draft), baseline, unit: 'ms', baselineName: 'reading the file alone (readDocx)', goal: `≤ 2 s (${goalMet ? 'met' : 'NOT met'})` },
  { name: 'first draft, cold (worker start included)', value: cold.ms, baseline, unit: 'ms', baselineName: 'reading the file alone (readDocx)' },
  { name: 'mammoth.extractRawText alone', value: median(mammothAlone), baseline, unit: 'ms', baselineName: 'reading the file alone (readDocx)' },
]);
