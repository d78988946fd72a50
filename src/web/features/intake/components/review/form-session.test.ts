import { describe, expect, it } from 'vitest';
import { continueToForm, refilledForm, sameTicks, ticksNotApplied } from './form-session';

const ticks = (...dropped: string[]) => new Set(dropped);

describe('continueToForm', () => {
  it('opens the form from the ticks the first time', () => {
    expect(continueToForm(null, ticks('venue'))).toEqual({ generation: 1, dropped: ticks('venue'), edited: false });
  });

  it('shows the same form again when the ticks did not change', () => {
    const session = { generation: 1, dropped: ticks('venue'), edited: true };
    expect(continueToForm(session, ticks('venue'))).toBe(session);
  });

  it('rebuilds an untouched form from changed ticks: nothing typed is lost', () => {
    const next = continueToForm({ generation: 1, dropped: ticks(), edited: false }, ticks('startDate'));
    expect(next).toEqual({ generation: 2, dropped: ticks('startDate'), edited: false });
  });

  it('keeps an edited form as it is when the ticks changed, and says they were not applied', () => {
    const session = { generation: 1, dropped: ticks(), edited: true };
    expect(continueToForm(session, ticks('startDate'))).toBe(session);
    expect(ticksNotApplied(session, ticks('startDate'))).toBe(true);
    expect(ticksNotApplied(session, ticks())).toBe(false);
    expect(ticksNotApplied(null, ticks('startDate'))).toBe(false);
  });
});

describe('refilledForm', () => {
  it('rebuilds the form from the current ticks, as not edited', () => {
    expect(refilledForm({ generation: 3, dropped: ticks(), edited: true }, ticks('venue'))).toEqual({ generation: 4, dropped: ticks('venue'), edited: false });
  });
});

describe('sameTicks', () => {
  it('compares the dropped paths whatever their order', () => {
    expect(sameTicks(ticks('a', 'b'), ticks('b', 'a'))).toBe(true);
    expect(sameTicks(ticks('a'), ticks('a', 'b'))).toBe(false);
  });
});
