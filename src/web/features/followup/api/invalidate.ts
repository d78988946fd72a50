import type { QueryClient } from '@tanstack/react-query';

/** After any change: the lists, the map and the home page's "Việc của tôi" read again; `id`'s detail too. */
export async function invalidateFollowup(queryClient: QueryClient, id?: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['followup', 'list'] }),
    queryClient.invalidateQueries({ queryKey: ['followup', 'map'] }),
    ...(id ? [queryClient.invalidateQueries({ queryKey: ['followup', 'detail', id] })] : []),
  ]);
}
