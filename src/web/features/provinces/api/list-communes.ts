import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { communeListSchema } from '../../../../shared/api/admin-units';
import { api } from '../../../lib/api-client';

export type CommuneList = z.infer<typeof communeListSchema>;
export type CommuneListParams = { q: string; page: number; pageSize: number };

export function listCommunes(provinceCode: string, params: CommuneListParams, signal?: AbortSignal): Promise<CommuneList> {
  return api.get<CommuneList>(`/api/provinces/${encodeURIComponent(provinceCode)}/communes`, { query: params, signal });
}

export const communesQueryOptions = (provinceCode: string, params: CommuneListParams) =>
  queryOptions({
    queryKey: ['provinces', 'detail', provinceCode, 'communes', params],
    queryFn: ({ signal }) => listCommunes(provinceCode, params, signal),
    placeholderData: keepPreviousData,
  });

export function useCommunes(provinceCode: string, params: CommuneListParams) {
  return useQuery(communesQueryOptions(provinceCode, params));
}
