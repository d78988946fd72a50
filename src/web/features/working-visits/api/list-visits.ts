import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { visitListSchema } from '../../../../shared/api/working-visits';
import { api } from '../../../lib/api-client';

export type VisitList = z.infer<typeof visitListSchema>;

/** The list's filters as the address bar holds them: '' means "any". */
export type VisitFilters = { provinceCode: string; year: string; q: string };
export type VisitListParams = Partial<VisitFilters> & { page: number; pageSize: number };

export function listVisits(params: VisitListParams, signal?: AbortSignal): Promise<VisitList> {
  const query = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== '' && v !== undefined));
  return api.get<VisitList>('/api/working-visits', { query, signal });
}

export const visitsQueryOptions = (params: VisitListParams) =>
  queryOptions({ queryKey: ['working-visits', 'list', params], queryFn: ({ signal }) => listVisits(params, signal), placeholderData: keepPreviousData });

export function useVisits(params: VisitListParams) {
  return useQuery(visitsQueryOptions(params));
}
