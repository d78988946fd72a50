import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Account } from '../../../../shared/api/accounts';
import { api } from '../../../lib/api-client';

export function getAccount(id: string, signal?: AbortSignal): Promise<Account> {
  return api.get<Account>(`/api/accounts/${encodeURIComponent(id)}`, { signal });
}

export const accountQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['accounts', 'detail', id], queryFn: ({ signal }) => getAccount(id, signal) });

export function useAccount(id: string) {
  return useQuery(accountQueryOptions(id));
}
