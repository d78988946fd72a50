import { describe, expect, it } from 'vitest';
import { batchCounts, finishedBatch, resumingBatch, startingBatch } from './batch-outcomes';

const chosen = (path: string, size = 10) => ({ file: new File(['x'.repeat(size)], path.split('/').pop()!), path });

describe('startingBatch', () => {
  it('shows each file by its path and skips what the readers cannot take', () => {
    const batch = startingBatch('b1', [chosen('Bao cao/2024/hoi-nghi.docx'), chosen('Bao cao/anh.jpg')]);
    expect(batch.outcomes.map((o) => [o.name, o.state, o.localProblem])).toEqual([
      ['Bao cao/2024/hoi-nghi.docx', 'waiting', undefined],
      ['Bao cao/anh.jpg', 'skipped', 'wrongType'],
    ]);
    expect(batch).toMatchObject({ running: true, stopping: false, stopped: false });
  });
});

describe('finishedBatch', () => {
  const midway = () => {
    const batch = startingBatch('b1', ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.jpg'].map((n) => chosen(n)));
    const states = ['ready', 'failed', 'reading', 'waiting', 'skipped'] as const;
    return { ...batch, stopping: true, outcomes: batch.outcomes.map((o, i) => ({ ...o, state: states[i]! })) };
  };

  it('marks what was not sent when stopped, and keeps every result already known', () => {
    const done = finishedBatch(midway(), true);
    expect(done.outcomes.map((o) => o.state)).toEqual(['ready', 'failed', 'interrupted', 'stopped', 'skipped']);
    expect(done).toMatchObject({ running: false, stopping: false, stopped: true });
  });

  it('leaves the outcomes alone when the batch ran to its end', () => {
    const batch = midway();
    expect(finishedBatch(batch, false).outcomes).toBe(batch.outcomes);
  });

  it('counts for "Đã dừng sau 2/4 tệp": finished of those meant for the server, and what stayed unsent', () => {
    expect(batchCounts(finishedBatch(midway(), true).outcomes)).toEqual({ toSend: 4, finished: 2, ready: 1, failed: 1, skipped: 1, unsent: 2, stopped: 1 });
  });
});

describe('resumingBatch', () => {
  it('sends on only what was never sent, keeping results and the interrupted file as they are', () => {
    const stopped = finishedBatch(
      { ...startingBatch('b1', ['a.txt', 'b.txt', 'c.txt', 'd.txt'].map((n) => chosen(n))), stopping: true },
      true,
    );
    const midway = { ...stopped, outcomes: stopped.outcomes.map((o, i) => ({ ...o, state: (['ready', 'interrupted', 'stopped', 'stopped'] as const)[i]! })) };
    const resumed = resumingBatch(midway);
    expect(resumed.outcomes.map((o) => o.state)).toEqual(['ready', 'interrupted', 'waiting', 'waiting']);
    expect(resumed).toMatchObject({ batchId: 'b1', running: true, stopping: false, stopped: false });
    expect(batchCounts(midway.outcomes).stopped).toBe(2);
  });
});
