import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { indicatorListSchema } from '../../../../shared/api/indicators';
import { api } from '../../../lib/api-client';

type Indicator = z.infer<typeof indicatorListSchema>['items'][number];

/** The active indicators of the catalogue, for linking a progress entry to a figure (a few hundred at most). */
export function useIndicatorOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['indicators', 'options', 'active'],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }): Promise<Indicator[]> => {
      const items: Indicator[] = [];
      for (let page = 1; page < 20; page++) {
        const next = await api.get<{ items: Indicator[]; total: number }>('/api/indicators', { query: { active: 'true', page, pageSize: 200 }, signal });
        items.push(...next.items);
        if (next.items.length === 0 || items.length >= next.total) break;
      }
      return items;
    },
  });
}
