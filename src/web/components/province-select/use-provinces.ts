import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Province } from '../../../shared/api/admin-units';
import { api } from '../../lib/api-client';

/**
 * All 34 provinces at once, for pickers and for showing a name where a record has only
 * the code. The list changes only by law, so it is kept for the whole visit.
 */
export async function getAllProvinces(): Promise<Province[]> {
  const { items } = await api.get<{ items: Province[]; total: number }>('/api/provinces', { query: { pageSize: 200 } });
  return items;
}

export const allProvincesQueryOptions = () =>
  queryOptions({ queryKey: ['provinces', 'all'], queryFn: getAllProvinces, staleTime: Infinity });

export function useAllProvinces() {
  return useQuery(allProvincesQueryOptions());
}

/** Name of a province from its code, once the list has arrived; the code until then. */
export function useProvinceName(): (code: string | null | undefined) => string {
  const { data } = useAllProvinces();
  return (code) => {
    if (!code) return '';
    return data?.find((p) => p.code === code)?.name ?? code;
  };
}
