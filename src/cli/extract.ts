import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../server/config.js';
import { closeIntakePipeline, readAndExtract } from '../server/features/intake/pipeline.js';
import { fieldsToReview } from '../shared/intake/review-order.js';
import { parseCommandArgs } from './args.js';
import { CliError } from './cli-error.js';

/** EX_DATAERR: at least one file could not be read; the others are still printed. */
const SOME_FILES_BAD = 65;

/**
 * `npx rights-desk extract FILE…`: reads each document as intake does (same readers, same worker
 * pool, same limits from the environment) and prints ONE JSON array, one object per good file:
 * `{ file, ...IntakeExtraction, review }`, where `review` lists every proposed field with its
 * confidence and doubts, uncertain first (as the review screen orders them). Each bad file gets one line on stderr, `<file>: <message>`.
 * Opens no database: it is also how the extractor is tried on a folder of documents.
 */
export async function run(args: string[]): Promise<void> {
  const { positionals: files } = parseCommandArgs(args, {});
  if (files.length === 0) throw new CliError('cần ít nhất một tệp / needs at least one FILE: npx rights-desk extract FILE…');
  const { intakeLimits } = loadConfig();
  try {
    // All files go to the pool at once (it runs as many as it has workers); output keeps their order.
    const results = await Promise.all(
      files.map(async (file) => {
        let bytes: Uint8Array;
        try {
          bytes = fs.readFileSync(file);
        } catch {
          return { file, ok: false as const, message: 'Không mở được tệp (không tồn tại hoặc không có quyền đọc).' };
        }
        return { file, ...(await readAndExtract({ bytes, fileName: path.basename(file) }, intakeLimits)) };
      }),
    );
    const drafts = [];
    for (const r of results) {
      if (r.ok) drafts.push({ file: r.file, ...r.extraction, review: fieldsToReview(r.extraction) });
      else console.error(`${r.file}: ${r.message}`);
    }
    process.stdout.write(`${JSON.stringify(drafts, null, 2)}\n`);
    if (drafts.length < files.length) process.exitCode = SOME_FILES_BAD;
  } finally {
    await closeIntakePipeline();
  }
}
