import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CurrentUser, LoginRequest } from '../../../../shared/api/auth';
import { api } from '../../../lib/api-client';
import { currentUserQueryKey } from '../../../lib/current-user';

export async function signIn(input: LoginRequest): Promise<CurrentUser> {
  const { user } = await api.post<{ user: CurrentUser }>('/api/auth/login', input, { skipSessionRedirect: true });
  return user;
}

/** Signs in and starts from a clean cache, so nothing of a previous user on this browser shows. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (user) => {
      queryClient.clear();
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}
