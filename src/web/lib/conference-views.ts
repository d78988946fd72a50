import type { QueryClient } from '@tanstack/react-query';

/**
 * Forgets every cached view that is worked out from a conference's records, after a change to
 * them. Features keep their own query keys, but all of them start with the feature's name and
 * the conference id (`['participants', id, …]`, `['awareness', id, …]`), and the lists and
 * statistics span conferences; a change to a point's attendance must not leave the "Đại biểu"
 * panel or the statistics showing the old figure until a reload.
 */
export function invalidateConferenceViews(queryClient: QueryClient, conferenceId: string, options: { refetchDetail?: boolean } = {}): void {
  const keys: Array<readonly unknown[]> = [
    ['participants', conferenceId],
    ['awareness', conferenceId],
    ['conferences', 'list'],
    ['conferences', 'stats'],
  ];
  for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
  void queryClient.invalidateQueries({ queryKey: ['conferences', 'detail', conferenceId], refetchType: options.refetchDetail === false ? 'none' : 'active' });
}
