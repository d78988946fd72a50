import { queryOptions, useQuery } from '@tanstack/react-query';
import type { VisitDetail } from '../../../../shared/api/working-visits';
import { api } from '../../../lib/api-client';

export const visitQueryKey = (id: string) => ['working-visits', 'detail', id] as const;

export function getVisit(id: string, signal?: AbortSignal): Promise<VisitDetail> {
  return api.get<VisitDetail>(`/api/working-visits/${encodeURIComponent(id)}`, { signal });
}

export const visitQueryOptions = (id: string) => queryOptions({ queryKey: visitQueryKey(id), queryFn: ({ signal }) => getVisit(id, signal) });

export function useVisit(id: string) {
  return useQuery(visitQueryOptions(id));
}
