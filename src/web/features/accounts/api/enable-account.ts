import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Account } from '../../../../shared/api/accounts';
import { api } from '../../../lib/api-client';

/** Lets a locked account sign in again. */
export function enableAccount(id: string): Promise<Account> {
  return api.post<Account>(`/api/accounts/${encodeURIComponent(id)}/enable`);
}

export function useEnableAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableAccount,
    onSuccess: (account) => {
      queryClient.setQueryData(['accounts', 'detail', account.id], account);
      void queryClient.invalidateQueries({ queryKey: ['accounts', 'list'] });
    },
  });
}
