import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { invalidateConferenceViews } from './conference-views';

describe('invalidateConferenceViews', () => {
  it('marks stale every view worked out from the conference, and nothing of another conference', async () => {
    const client = new QueryClient();
    const keys = {
      attendance: ['participants', 'c1', 'attendance'],
      roster: ['participants', 'c1', 'list', { page: 1 }],
      awareness: ['awareness', 'c1', 'results'],
      list: ['conferences', 'list', { page: 1 }],
      stats: ['conferences', 'stats', { year: 2024 }],
      detail: ['conferences', 'detail', 'c1'],
      otherAttendance: ['participants', 'c2', 'attendance'],
      otherDetail: ['conferences', 'detail', 'c2'],
      reference: ['reference', 'province-shapes'],
    };
    for (const key of Object.values(keys)) client.setQueryData(key, { figure: 1 });
    invalidateConferenceViews(client, 'c1', { refetchDetail: false });
    const stale = Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, client.getQueryState(key)?.isInvalidated]));
    expect(stale).toEqual({
      attendance: true,
      roster: true,
      awareness: true,
      list: true,
      stats: true,
      detail: true,
      otherAttendance: false,
      otherDetail: false,
      reference: false,
    });
  });
});
