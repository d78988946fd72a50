import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { IntakeDocumentSummary } from '../../../../../shared/api/intake';
import { useProblemText } from '../../../../components/use-problem-text';
import { intakeKeys } from '../../api/keys';
import { uploadDocument } from '../../api/upload-document';
import { localProblemOf, type LocalProblem } from './accepted-files';
import { newBatchId } from './new-batch-id';

/** One file of a batch, from waiting to its outcome. */
export type FileOutcome = {
  key: string;
  name: string;
  state: 'waiting' | 'reading' | 'ready' | 'failed' | 'skipped';
  summary?: IntakeDocumentSummary;
  /** The server's Vietnamese explanation, when it could not read the file. */
  message?: string;
  localProblem?: LocalProblem;
};

export type UploadBatch = { batchId: string; outcomes: FileOutcome[]; running: boolean };

/**
 * Sends the chosen files one at a time under a shared batch id: one request at a time keeps a
 * slow provincial connection responsive and lets each file's outcome appear as soon as it is
 * known. A file the server cannot read is reported and the batch goes on; nothing is lost.
 */
export function useUploadBatch() {
  const queryClient = useQueryClient();
  const problemText = useProblemText();
  const [batch, setBatch] = useState<UploadBatch | null>(null);
  const running = useRef(false);

  const start = useCallback(
    async (files: File[]) => {
      if (running.current || !files.length) return;
      const update = (key: string, change: Partial<FileOutcome>) =>
        setBatch((b) => (b ? { ...b, outcomes: b.outcomes.map((o) => (o.key === key ? { ...o, ...change } : o)) } : b));
      running.current = true;
      const batchId = newBatchId();
      const outcomes: FileOutcome[] = files.map((file, i) => {
        const localProblem = localProblemOf(file) ?? undefined;
        return { key: `${batchId}:${i}`, name: file.webkitRelativePath || file.name, state: localProblem ? 'skipped' : 'waiting', localProblem };
      });
      setBatch({ batchId, outcomes, running: true });
      for (const [i, file] of files.entries()) {
        const outcome = outcomes[i]!;
        if (outcome.state === 'skipped') continue;
        update(outcome.key, { state: 'reading' });
        try {
          const summary = await uploadDocument(file, { batchId });
          update(outcome.key, { state: 'ready', summary });
        } catch (error) {
          update(outcome.key, { state: 'failed', message: problemText(error).detail });
        }
      }
      running.current = false;
      setBatch((b) => (b ? { ...b, running: false } : b));
      void queryClient.invalidateQueries({ queryKey: intakeKeys.all });
    },
    [problemText, queryClient],
  );

  return { batch, start, clear: () => !running.current && setBatch(null) };
}
