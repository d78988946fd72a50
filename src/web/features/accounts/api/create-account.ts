import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AccountCreate, accountWithPasswordSchema } from '../../../../shared/api/accounts';
import { api } from '../../../lib/api-client';

export type AccountWithPassword = z.infer<typeof accountWithPasswordSchema>;

export function createAccount(input: AccountCreate): Promise<AccountWithPassword> {
  return api.post<AccountWithPassword>('/api/accounts', input);
}

/** Creates the account; the answer carries the one-time password, shown once. */
export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['accounts', 'list'] }),
  });
}
