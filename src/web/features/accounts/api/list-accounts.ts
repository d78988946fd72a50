import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { accountListSchema } from '../../../../shared/api/accounts';
import { api } from '../../../lib/api-client';

export type AccountList = z.infer<typeof accountListSchema>;
export type AccountListParams = { q: string; role: string; province: string; page: number; pageSize: number };

export function listAccounts(params: AccountListParams, signal?: AbortSignal): Promise<AccountList> {
  return api.get<AccountList>('/api/accounts', { query: params, signal });
}

export const accountsQueryOptions = (params: AccountListParams) =>
  queryOptions({
    queryKey: ['accounts', 'list', params],
    queryFn: ({ signal }) => listAccounts(params, signal),
    placeholderData: keepPreviousData,
  });

export function useAccounts(params: AccountListParams) {
  return useQuery(accountsQueryOptions(params));
}
