import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { provinceListSchema } from '../../../../shared/api/admin-units';
import { api } from '../../../lib/api-client';

export type ProvinceList = z.infer<typeof provinceListSchema>;
export type ProvinceListParams = { q: string; page: number; pageSize: number };

export function listProvinces(params: ProvinceListParams, signal?: AbortSignal): Promise<ProvinceList> {
  return api.get<ProvinceList>('/api/provinces', { query: params, signal });
}

export const provincesQueryOptions = (params: ProvinceListParams) =>
  queryOptions({
    queryKey: ['provinces', 'list', params],
    queryFn: ({ signal }) => listProvinces(params, signal),
    placeholderData: keepPreviousData,
  });

export function useProvinces(params: ProvinceListParams) {
  return useQuery(provincesQueryOptions(params));
}
