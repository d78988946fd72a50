import { describe, expect, it } from 'vitest';
import { isOnDay, monthGrid, shiftMonth, todayInVietnam } from './month-grid';

describe('monthGrid', () => {
  it('starts weeks on Monday and pads with the neighbouring months', () => {
    // 1 June 2025 was a Sunday: the first row starts on Monday 26 May and June needs six rows.
    const weeks = monthGrid(2025, 6);
    expect(weeks).toHaveLength(6);
    expect(weeks[0]![0]).toEqual({ date: '2025-05-26', day: 26, inMonth: false });
    expect(weeks[0]![6]).toEqual({ date: '2025-06-01', day: 1, inMonth: true });
    expect(weeks.at(-1)!.at(-1)).toEqual({ date: '2025-07-06', day: 6, inMonth: false });
  });

  it('ends on the last Sunday when the month does', () => {
    // 13 June 2024 (a Thursday) is in the third row; 30 June 2024 was a Sunday.
    const weeks = monthGrid(2024, 6);
    expect(weeks).toHaveLength(5);
    expect(weeks[2]![3]!.date).toBe('2024-06-13');
    expect(weeks.at(-1)!.at(-1)).toEqual({ date: '2024-06-30', day: 30, inMonth: true });
  });

  it('needs only four rows for a February that starts on Monday', () => {
    expect(monthGrid(2021, 2)).toHaveLength(4);
  });
});

describe('shiftMonth', () => {
  it('crosses years', () => {
    expect(shiftMonth(2024, 12, 1)).toEqual({ year: 2025, month: 1 });
    expect(shiftMonth(2025, 1, -1)).toEqual({ year: 2024, month: 12 });
  });
});

describe('todayInVietnam', () => {
  it('is already the next day at 18:00 UTC', () => {
    expect(todayInVietnam(Date.UTC(2025, 6, 1, 18))).toBe('2025-07-02');
  });
});

describe('isOnDay', () => {
  it('covers every day of a multi-day conference', () => {
    expect(isOnDay('2023-06-14', '2023-06-13', '2023-06-15')).toBe(true);
    expect(isOnDay('2023-06-16', '2023-06-13', '2023-06-15')).toBe(false);
    expect(isOnDay('2023-06-13', '2023-06-13', null)).toBe(true);
  });
});
