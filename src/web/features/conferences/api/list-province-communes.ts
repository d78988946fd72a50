import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Commune } from '../../../../shared/api/admin-units';
import { api } from '../../../lib/api-client';

/**
 * Every commune of one province at once (the largest has under 200), for the commune picker
 * and for naming the commune on the detail page: a conference carries only the code.
 */
export async function listProvinceCommunes(provinceCode: string, signal?: AbortSignal): Promise<Commune[]> {
  const { items } = await api.get<{ items: Commune[]; total: number }>(`/api/provinces/${encodeURIComponent(provinceCode)}/communes`, {
    query: { pageSize: 200 },
    signal,
  });
  return items;
}

export const provinceCommunesQueryOptions = (provinceCode: string) =>
  queryOptions({
    queryKey: ['provinces', 'detail', provinceCode, 'communes', 'all'],
    queryFn: ({ signal }) => listProvinceCommunes(provinceCode, signal),
    staleTime: Infinity,
  });

export function useProvinceCommunes(provinceCode: string | null) {
  return useQuery({ ...provinceCommunesQueryOptions(provinceCode ?? ''), enabled: Boolean(provinceCode) });
}
