import { describe, expect, it } from 'vitest';
import { noteNeed } from './note-need';

describe('noteNeed (what the status dialog asks for before saving)', () => {
  it('asks for a closing note when an item is done, whatever it was', () => {
    expect(noteNeed('in_progress', 'done')).toBe('closing');
    expect(noteNeed('not_started', 'done')).toBe('closing');
    expect(noteNeed('not_done', 'done')).toBe('closing');
  });

  it('asks why an item is not carried out', () => {
    expect(noteNeed('in_progress', 'not_done')).toBe('notDone');
  });

  it('asks why a closed item is reopened, and nothing for a change between open statuses', () => {
    expect(noteNeed('done', 'in_progress')).toBe('reopen');
    expect(noteNeed('not_done', 'not_started')).toBe('reopen');
    expect(noteNeed('not_started', 'in_progress')).toBeNull();
    expect(noteNeed('in_progress', 'not_started')).toBeNull();
  });
});
