import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Organisation } from '../../../shared/api/organisations';
import { api } from '../../lib/api-client';

type Params = { q: string; province: string | null };

/** Organisations matching what is typed, for pickers (the registry feature has its own list). */
export async function searchOrganisations(params: Params, signal?: AbortSignal): Promise<Organisation[]> {
  const { items } = await api.get<{ items: Organisation[]; total: number }>('/api/organisations', {
    query: { q: params.q, province: params.province, pageSize: 50 },
    signal,
  });
  return items;
}

export const organisationOptionsQueryOptions = (params: Params) =>
  queryOptions({
    queryKey: ['organisations', 'options', params],
    queryFn: ({ signal }) => searchOrganisations(params, signal),
    placeholderData: keepPreviousData,
  });

export function useOrganisationOptions(params: Params) {
  return useQuery(organisationOptionsQueryOptions(params));
}

/** The chosen organisation, fetched on its own when it is not among the current matches. */
export function useOrganisation(id: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['organisations', 'detail', id],
    queryFn: ({ signal }) => api.get<Organisation>(`/api/organisations/${id}`, { signal }),
    enabled: enabled && id !== null,
  });
}
