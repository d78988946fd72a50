import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Province } from '../../../../shared/api/admin-units';
import { api } from '../../../lib/api-client';

export function getProvince(code: string, signal?: AbortSignal): Promise<Province> {
  return api.get<Province>(`/api/provinces/${encodeURIComponent(code)}`, { signal });
}

export const provinceQueryOptions = (code: string) =>
  queryOptions({ queryKey: ['provinces', 'detail', code], queryFn: ({ signal }) => getProvince(code, signal), staleTime: Infinity });

export function useProvince(code: string) {
  return useQuery(provinceQueryOptions(code));
}
