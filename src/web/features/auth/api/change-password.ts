import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordRequest, CurrentUser } from '../../../../shared/api/auth';
import { api } from '../../../lib/api-client';
import { currentUserQueryKey } from '../../../lib/current-user';

export async function changePassword(input: ChangePasswordRequest): Promise<CurrentUser> {
  const { user } = await api.post<{ user: CurrentUser }>('/api/auth/change-password', input, { skipSessionRedirect: true });
  return user;
}

/** Changes the signed-in user's password; the server ends their other sessions and renews this one. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (user) => queryClient.setQueryData(currentUserQueryKey, user),
  });
}
