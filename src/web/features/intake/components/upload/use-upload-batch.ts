import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useProblemText } from '../../../../components/use-problem-text';
import { intakeKeys } from '../../api/keys';
import { uploadDocument } from '../../api/upload-document';
import { finishedBatch, startingBatch, type FileOutcome, type UploadBatch } from './batch-outcomes';
import type { ChosenFile } from './chosen-file';
import { newBatchId } from './new-batch-id';

export type { FileOutcome, UploadBatch } from './batch-outcomes';

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Sends the chosen files one at a time under a shared batch id: one request at a time keeps a
 * slow provincial connection responsive and lets each file's outcome appear as soon as it is
 * known. A file the server cannot read is reported and the batch goes on; nothing is lost.
 * `stop` cancels the file in flight and sends no more; what was already read stays listed.
 */
export function useUploadBatch() {
  const queryClient = useQueryClient();
  const problemText = useProblemText();
  const [batch, setBatch] = useState<UploadBatch | null>(null);
  const running = useRef<AbortController | null>(null);

  const start = useCallback(
    async (files: ChosenFile[]) => {
      if (running.current || !files.length) return;
      const update = (key: string, change: Partial<FileOutcome>) =>
        setBatch((b) => (b ? { ...b, outcomes: b.outcomes.map((o) => (o.key === key ? { ...o, ...change } : o)) } : b));
      const abort = new AbortController();
      running.current = abort;
      const first = startingBatch(newBatchId(), files);
      setBatch(first);
      for (const [i, { file }] of files.entries()) {
        const outcome = first.outcomes[i]!;
        if (abort.signal.aborted) break;
        if (outcome.state === 'skipped') continue;
        update(outcome.key, { state: 'reading' });
        try {
          const summary = await uploadDocument(file, { batchId: first.batchId, signal: abort.signal });
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

  const stop = useCallback(() => {
    if (!running.current || running.current.signal.aborted) return;
    running.current.abort();
    setBatch((b) => (b ? { ...b, stopping: true } : b));
  }, []);

  return { batch, start, stop, clear: () => !running.current && setBatch(null) };
}
