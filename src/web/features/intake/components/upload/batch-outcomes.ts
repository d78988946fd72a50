import type { IntakeDocumentSummary } from '../../../../../shared/api/intake';
import { localProblemOf, type LocalProblem } from './accepted-files';
import type { ChosenFile } from './chosen-file';

/**
 * One file of a batch, from waiting to its outcome. After "Dừng": `stopped` was never sent;
 * `interrupted` was on its way, so the server may or may not have it.
 */
export type FileOutcome = {
  key: string;
  name: string;
  state: 'waiting' | 'reading' | 'ready' | 'failed' | 'skipped' | 'stopped' | 'interrupted';
  summary?: IntakeDocumentSummary;
  /** The server's Vietnamese explanation, when it could not read the file. */
  message?: string;
  localProblem?: LocalProblem;
};

export type UploadBatch = {
  batchId: string;
  outcomes: FileOutcome[];
  running: boolean;
  /** "Dừng" was pressed and the file in flight is being cancelled. */
  stopping: boolean;
  /** The batch ended because the person stopped it, not because every file was sent. */
  stopped: boolean;
};

/** The batch as it starts: files the readers cannot take are skipped before anything is sent. */
export function startingBatch(batchId: string, files: ChosenFile[]): UploadBatch {
  const outcomes = files.map((f, i): FileOutcome => {
    const localProblem = localProblemOf(f.file) ?? undefined;
    return { key: `${batchId}:${i}`, name: f.path, state: localProblem ? 'skipped' : 'waiting', localProblem };
  });
  return { batchId, outcomes, running: true, stopping: false, stopped: false };
}

/** The batch once its loop is over; when stopped, what was not sent says so and every result stays. */
export function finishedBatch(batch: UploadBatch, stopped: boolean): UploadBatch {
  const outcomes = stopped
    ? batch.outcomes.map((o): FileOutcome => (o.state === 'waiting' ? { ...o, state: 'stopped' } : o.state === 'reading' ? { ...o, state: 'interrupted' } : o))
    : batch.outcomes;
  return { ...batch, outcomes, running: false, stopping: false, stopped };
}

/**
 * A stopped batch sent on: the files never sent wait again, under the same batch id. A file that
 * was interrupted stays as it is: the server may have it already, and sending it twice would put
 * the same document in the queue twice.
 */
export function resumingBatch(batch: UploadBatch): UploadBatch {
  const outcomes = batch.outcomes.map((o): FileOutcome => (o.state === 'stopped' ? { ...o, state: 'waiting' } : o));
  return { ...batch, outcomes, running: true, stopping: false, stopped: false };
}

/** The figures of the progress line and of the closing sentence. */
export function batchCounts(outcomes: FileOutcome[]) {
  const count = (...states: Array<FileOutcome['state']>) => outcomes.filter((o) => states.includes(o.state)).length;
  const ready = count('ready');
  const failed = count('failed');
  const skipped = count('skipped');
  return {
    /** Files meant for the server: all but those skipped here. */
    toSend: outcomes.length - skipped,
    finished: ready + failed,
    ready,
    failed,
    skipped,
    unsent: count('stopped', 'interrupted'),
    /** Never sent, so "Gửi tiếp" may send them. */
    stopped: count('stopped'),
  };
}
