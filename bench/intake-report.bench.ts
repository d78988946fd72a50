// Provincial report intake: time from a 100-page report with tables (one per section) to a
// reviewable draft — read in a worker (zip guard, mammoth, the tables from the document's XML),
// recognised, its figures read from sentences and cells, its limitations and directions found,
// and the figures mapped to the year form's indicators — beside reading the same file alone in
// this process (`readDocx`: zip guard + mammoth), measured in the same run. A 30-page report is
// timed too (the goal: ≤ 2 s). With LibreOffice installed (full size), the 100-page
// report is also converted to PDF and timed through the PDF reader.
// Median of BENCH_RUNS (5) warm runs. Tiny size: 2 and 4 pages, one run, no PDF.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FormIndicator } from '../src/server/features/indicator-transfer/form-rows.js';
import { longReport } from '../src/server/features/intake-reports/long-report.js';
import { mapFigures } from '../src/server/features/intake-reports/map-figures.js';
import { closeReportReader, readReportUpload } from '../src/server/features/intake-reports/reader.js';
import { reportDocx, starterFormIndicators } from '../src/server/features/intake-reports/testing.js';
import { defaultIntakeLimits } from '../src/server/features/intake/read/limits.js';
import { readDocx } from '../src/server/features/intake/read/read-docx.js';
import { knob, type BenchContext, type BenchResult } from './support/bench.js';
import { median } from './support/report.js';

const yearForm = () => starterFormIndicators('TINH_NAM');

async function toDraft(bytes: Uint8Array, fileName: string, form: FormIndicator[]) {
  const t0 = performance.now();
  const read = await readReportUpload(bytes, fileName, '2026-12-01');
  if (!read.ok) throw new Error(read.message);
  const figures = mapFigures(read.proposal.figures, form);
  return { ms: performance.now() - t0, figures: figures.length, mapped: figures.filter((f) => f.indicatorCode && !f.warning).length, proposal: read.proposal };
}

function pdfOf(docx: Buffer): Buffer | null {
  const office = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => fs.existsSync(p));
  if (!office) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rd-bench-report-'));
  try {
    fs.writeFileSync(path.join(dir, 'bao-cao.docx'), docx);
    const res = spawnSync(office, ['--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'bao-cao.docx')], { timeout: 180_000 });
    const out = path.join(dir, 'bao-cao.pdf');
    return res.status === 0 && fs.existsSync(out) ? fs.readFileSync(out) : null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(ctx: BenchContext): Promise<BenchResult> {
  const runs = knob(ctx, 'BENCH_RUNS', 5, 1);
  const [small, large] = ctx.size === 'tiny' ? [2, 4] : [30, 100];
  const form = yearForm();
  const big = await reportDocx(longReport(large));
  const mid = await reportDocx(longReport(small));
  const limits = { ...defaultIntakeLimits, maxTextChars: 2_000_000 };
  const draft: number[] = [];
  const draftMid: number[] = [];
  const readAlone: number[] = [];
  let cold: number;
  let shape = '';
  let pdfMs: number | null = null;
  try {
    const first = await toDraft(big, 'bao-cao.docx', form);
    cold = first.ms;
    shape = `${first.proposal.figures.length} figures (${first.mapped} pre-ticked), ${first.proposal.followups.length} follow-up items, ${first.proposal.recognisedBy.length} clues, period ${first.proposal.period}`;
    for (let r = 0; r < runs; r++) {
      draft.push((await toDraft(big, 'bao-cao.docx', form)).ms);
      draftMid.push((await toDraft(mid, 'bao-cao-ngan.docx', form)).ms);
      const t0 = performance.now();
      await readDocx(big, limits);
      readAlone.push(performance.now() - t0);
    }
    if (ctx.size === 'full') {
      const pdf = pdfOf(big);
      if (pdf) {
        await toDraft(pdf, 'bao-cao.pdf', form);
        pdfMs = (await toDraft(pdf, 'bao-cao.pdf', form)).ms;
      } else ctx.log('  (LibreOffice not found: the PDF figure is left out)');
    }
  } finally {
    await closeReportReader();
  }
  ctx.log(`  ${large}-page report: ${(big.length / 1024).toFixed(0)} KB; ${shape}`);
  const baseline = median(readAlone);
  const baselineName = `reading the ${large}-page file alone (readDocx)`;
  const goalMet = median(draftMid) <= 2_000;
  return {
    title: `Intake: ${large}-page provincial report with tables → reviewable draft (median of ${runs})`,
    figures: [
      { name: `${large}-page DOCX → draft (worker: read + tables + recognise + figures + sections + mapping)`, value: median(draft), baseline, unit: 'ms', baselineName },
      { name: `${small}-page DOCX → draft`, value: median(draftMid), baseline, unit: 'ms', baselineName, goal: `≤ 2 s (${goalMet ? 'met' : 'NOT met'})` },
      { name: `first ${large}-page draft, cold (worker start included)`, value: cold, baseline, unit: 'ms', baselineName },
      ...(pdfMs === null ? [] : [{ name: `${large}-page PDF (from LibreOffice) → draft`, value: pdfMs, baseline, unit: 'ms', baselineName }]),
    ],
  };
}
