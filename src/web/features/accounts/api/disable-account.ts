import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Account } from '../../../../shared/api/accounts';
import { api } from '../../../lib/api-client';

/** Locks the account: its sessions end and it can no longer sign in. */
export function disableAccount(id: string): Promise<Account> {
  return api.post<Account>(`/api/accounts/${encodeURIComponent(id)}/disable`);
}

export function useDisableAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableAccount,
    onSuccess: (account) => {
      queryClient.setQueryData(['accounts', 'detail', account.id], account);
      void queryClient.invalidateQueries({ queryKey: ['accounts', 'list'] });
    },
  });
}
