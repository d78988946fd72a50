import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useProblemText } from '../../../../components/use-problem-text';
import { intakeKeys } from '../../api/keys';
import { uploadDocument } from '../../api/upload-document';
import { finishedBatch, resumingBatch, startingBatch, type FileOutcome, type UploadBatch } from './batch-outcomes';
import type { ChosenFile } from './chosen-file';
import { newBatchId } from './new-batch-id';

export type { FileOutcome, UploadBatch } from './batch-outcomes';

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Sends the chosen files one at a time under a shared batch id: one request at a time keeps a
 * slow provincial connection responsive and lets each file's outcome appear as soon as it is
 * known. A file the server cannot read is reported and the batch goes on; nothing is lost.
 * `stop` cancels the file in flight and sends no more; what was already read stays listed, and
 * `resume` sends on the files that were never sent.
 */
export function useUploadBatch() {
  const queryClient = useQueryClient();
  const problemText = useProblemText();
  const [batch, setBatch] = useState<UploadBatch | null>(null);
  const running = useRef<AbortController | null>(null);

  const files = useRef<ChosenFile[]>([]);
  // Leaving the page ends the batch: no request goes on in the background with nobody to see it.
  useEffect(() => () => running.current?.abort(), []);

  /** Sends every file of `batch` still `waiting`, one at a time, until the end or "Dừng". */
  const send = useCallback(
    async (batch: UploadBatch) => {
      const update = (key: string, change: Partial<FileOutcome>) =>
        setBatch((b) => (b ? { ...b, outcomes: b.outcomes.map((o) => (o.key === key ? { ...o, ...change } : o)) } : b));
      const abort = new AbortController();
      running.current = abort;
      setBatch(batch);
      for (const [i, outcome] of batch.outcomes.entries()) {
        if (abort.signal.aborted) break;
        if (outcome.state !== 'waiting') continue;
        update(outcome.key, { state: 'reading' });
        try {
          const summary = await uploadDocument(files.current[i]!.file, { batchId: batch.batchId, signal: abort.signal });
          update(outcome.key, { state: 'ready', summary });
        } catch (error) {
          // Cancelled by "Dừng": left as `reading`, which finishedBatch turns into `interrupted`.
          if (!isAbort(error)) update(outcome.key, { state: 'failed', message: problemText(error).detail });
        }
      }
      running.current = null;
      setBatch((b) => (b ? finishedBatch(b, abort.signal.aborted) : b));
      void queryClient.invalidateQueries({ queryKey: intakeKeys.all });
    },
    [problemText, queryClient],
  );

  const start = useCallback(
    async (chosen: ChosenFile[]) => {
      if (running.current || !chosen.length) return;
      files.current = chosen;
      await send(startingBatch(newBatchId(), chosen));
    },
    [send],
  );

  /** "Gửi tiếp": the files a stop left unsent, in the same batch and the same list. */
  const resume = useCallback(async () => {
    if (running.current || !batch?.stopped) return;
    await send(resumingBatch(batch));
  }, [batch, send]);

  const stop = useCallback(() => {
    if (!running.current || running.current.signal.aborted) return;
    running.current.abort();
    setBatch((b) => (b ? { ...b, stopping: true } : b));
  }, []);

  return { batch, start, stop, resume, clear: () => !running.current && setBatch(null) };
}
