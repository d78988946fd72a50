import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { legacyProvinceSchema } from '../../../../shared/api/admin-units';
import { api } from '../../../lib/api-client';

export type LegacyProvince = z.infer<typeof legacyProvinceSchema>;

/** The 63 provinces before 1 July 2025, each with the province it merged into. Fixed by law: kept for the visit. */
export async function listLegacyProvinces(signal?: AbortSignal): Promise<LegacyProvince[]> {
  const { items } = await api.get<{ items: LegacyProvince[]; total: number }>('/api/legacy-provinces', { query: { pageSize: 100 }, signal });
  return items;
}

export const legacyProvincesQueryOptions = () =>
  queryOptions({ queryKey: ['provinces', 'legacy'], queryFn: ({ signal }) => listLegacyProvinces(signal), staleTime: Infinity });

export function useLegacyProvinces() {
  return useQuery(legacyProvincesQueryOptions());
}
