import { describe, expect, it } from 'vitest';
import { evidenceMarks, idsForKey } from './evidence-marks';

const evidence = {
  event_date: { spans: [{ start: 5, end: 14 }], rule: 'date.lead-phrase' },
  'officials[0].name': { spans: [{ start: 30, end: 43 }], rule: 'official.rank-name-title' },
  'officials[0].title': { spans: [{ start: 45, end: 70 }], rule: 'official.rank-name-title' },
  'officials[1].name': { spans: [{ start: 90, end: 99 }], rule: 'official.rank-name-title' },
  'indicators[0].value': { spans: [{ start: 120, end: 125 }], rule: 'indicator.value' },
  'indicators[0].target': { spans: [{ start: 130, end: 135 }], rule: 'indicator.target' },
};

describe('evidence marks', () => {
  it('numbers every span by its key', () => {
    const { keys, marks } = evidenceMarks(evidence);
    expect(marks).toHaveLength(6);
    expect(marks.find((m) => m.start === 5)?.id).toBe(keys.indexOf('event_date'));
  });

  it('lights up the whole mention of an official or a figure', () => {
    const { keys } = evidenceMarks(evidence);
    const named = (ids: number[]) => ids.map((id) => keys[id]).sort();
    expect(named(idsForKey(keys, 'officials[0].name'))).toEqual(['officials[0].name', 'officials[0].title']);
    expect(named(idsForKey(keys, 'indicators[0]'))).toEqual(['indicators[0].target', 'indicators[0].value']);
    expect(named(idsForKey(keys, 'event_date'))).toEqual(['event_date']);
  });
});
