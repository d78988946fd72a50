import { createHash } from 'node:crypto';
import { extractConference } from '../../../shared/intake/extract/index.js';
import type { ExtractContext, IntakeExtraction } from '../../../shared/intake/extraction.js';
import { prepareSourceText } from '../../../shared/intake/source-text/index.js';
import { emptyExtraction, type IntakeReadResult } from './pipeline-result.js';
import { looksVietnamese } from './read/detect-language.js';
import type { IntakeLimits } from './read/limits.js';
import { readDocument, readPastedText, type ReadDocument } from './read/read-document.js';
import { IntakeReadError } from './read/read-error.js';
import { intakeRouteHint } from '../intake-reports/route-hint.js';

/** One unit of work for an intake worker (structured-clonable: it crosses the thread boundary). */
export type IntakeJob =
  | { type: 'file'; bytes: Uint8Array; fileName: string; declaredType: string | null; limits: IntakeLimits }
  | { type: 'text'; text: string; format: 'text' | 'html' | 'auto'; limits: IntakeLimits };

export const NOT_VIETNAMESE = 'Văn bản không phải tiếng Việt: hệ thống chỉ trích xuất từ văn bản tiếng Việt, bản nháp để trống.';

/** Reads one document and extracts its draft. Runs inside a worker thread (pipeline.ts starts it through files/worker-pool.ts). */
export async function runIntakeJob(job: IntakeJob): Promise<IntakeReadResult> {
  try {
    const read =
      job.type === 'file'
        ? await readDocument({ bytes: job.bytes, fileName: job.fileName, declaredType: job.declaredType }, job.limits)
        : readPastedText(job.text, job.format, job.limits);
    return extractFrom(read);
  } catch (error) {
    if (error instanceof IntakeReadError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'internal', message: 'Không đọc được tài liệu do lỗi hệ thống. Hãy thử lại hoặc gửi tệp ở định dạng khác.' };
  }
}

function extractFrom(read: ReadDocument): IntakeReadResult {
  const prepared = prepareSourceText(read.text, { rejoinLines: read.rejoinLines });
  const context: ExtractContext = { title: read.title, published: read.published, sourceUrl: read.sourceUrl };
  const extraction: IntakeExtraction = looksVietnamese(prepared.text)
    ? extractConference(prepared, context)
    : emptyExtraction([NOT_VIETNAMESE], context);
  // A provincial report or a list of recommendations has its own intake: say so first, on the draft.
  const routed = looksVietnamese(prepared.text) ? intakeRouteHint(prepared.text) : null;
  if (routed) extraction.warnings.unshift(routed);
  return {
    ok: true,
    kind: read.kind,
    sourceText: read.text,
    title: read.title,
    sourceUrl: read.sourceUrl,
    published: read.published,
    extraction,
    textSha256: createHash('sha256').update(prepared.text.replace(/\s+/gu, ' ').trim()).digest('hex'),
    warnings: [...new Set([...read.warnings, ...extraction.warnings])],
  };
}

/** What the worker thread calls (files/worker-entry.mjs runs a job module's `runJob`). */
export const runJob = runIntakeJob;
