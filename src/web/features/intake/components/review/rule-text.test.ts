import { describe, expect, it } from 'vitest';
import { ruleMessageId } from './rule-text';

describe('ruleMessageId', () => {
  it('explains a rule by its family', () => {
    expect(ruleMessageId('date.lead-phrase')).toBe('intake.rule.date');
    expect(ruleMessageId('event-name.after-to-chuc')).toBe('intake.rule.eventName');
    expect(ruleMessageId('officials.rank-name-title')).toBe('intake.rule.official');
  });

  it('leaves an unknown family to be shown raw', () => {
    expect(ruleMessageId('magic.guess')).toBeNull();
  });
});
