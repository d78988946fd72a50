import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Account, AccountUpdate } from '../../../../shared/api/accounts';
import { api } from '../../../lib/api-client';

export function updateAccount({ id, input }: { id: string; input: AccountUpdate }): Promise<Account> {
  return api.put<Account>(`/api/accounts/${encodeURIComponent(id)}`, input);
}

/** Saves the changes; a 409 CONFLICT means someone else saved first (the version moved on). */
export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccount,
    onSuccess: (account) => {
      queryClient.setQueryData(['accounts', 'detail', account.id], account);
      void queryClient.invalidateQueries({ queryKey: ['accounts', 'list'] });
    },
  });
}
