import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AccountWithPassword } from './create-account';

/** Issues a new one-time password; the officer must change it at the next sign-in. */
export function resetAccountPassword(id: string): Promise<AccountWithPassword> {
  return api.post<AccountWithPassword>(`/api/accounts/${encodeURIComponent(id)}/reset-password`);
}

export function useResetAccountPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetAccountPassword,
    onSuccess: ({ account }) => {
      queryClient.setQueryData(['accounts', 'detail', account.id], account);
      void queryClient.invalidateQueries({ queryKey: ['accounts', 'list'] });
    },
  });
}
