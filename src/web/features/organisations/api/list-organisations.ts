import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { organisationListSchema } from '../../../../shared/api/organisations';
import { api } from '../../../lib/api-client';

export type OrganisationList = z.infer<typeof organisationListSchema>;
export type OrganisationListParams = { q: string; kind: string; province: string; page: number; pageSize: number };

export function listOrganisations(params: OrganisationListParams, signal?: AbortSignal): Promise<OrganisationList> {
  return api.get<OrganisationList>('/api/organisations', { query: params, signal });
}

export const organisationsQueryOptions = (params: OrganisationListParams) =>
  queryOptions({
    queryKey: ['organisations', 'list', params],
    queryFn: ({ signal }) => listOrganisations(params, signal),
    placeholderData: keepPreviousData,
  });

export function useOrganisations(params: OrganisationListParams) {
  return useQuery(organisationsQueryOptions(params));
}
