import { describe, expect, it } from 'vitest';
import { firstDeadline } from './form-deadline';

describe('a form’s first deadline as people read it', () => {
  it('says 15/06 for a 6-month report due 15 days before the period ends', () => {
    expect(firstDeadline('ytd6', -15, 2025)).toBe('15/06');
  });
  it('says 15/12 for a year report due 16 days before the year ends, 10/04 for the first quarter + 10 days', () => {
    expect(firstDeadline('year', -16, 2025)).toBe('15/12');
    expect(firstDeadline('quarter', 10, 2025)).toBe('10/04');
  });
  it('crosses into the next year when the deadline falls after the year ends', () => {
    expect(firstDeadline('year', 31, 2025)).toBe('31/01');
  });
});
