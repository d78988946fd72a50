import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Organisation } from '../../../../shared/api/organisations';
import { api } from '../../../lib/api-client';

export function getOrganisation(id: string, signal?: AbortSignal): Promise<Organisation> {
  return api.get<Organisation>(`/api/organisations/${encodeURIComponent(id)}`, { signal });
}

export const organisationQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['organisations', 'detail', id], queryFn: ({ signal }) => getOrganisation(id, signal) });

export function useOrganisation(id: string) {
  return useQuery(organisationQueryOptions(id));
}
