import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../../lib/api-client';
import { currentUserQueryKey } from '../../../lib/current-user';

export async function signOut(): Promise<void> {
  await api.post<void>('/api/auth/logout', undefined, { skipSessionRedirect: true });
}

/** Ends the session, forgets everything cached for this user and shows the sign-in page. */
export function useSignOut(): () => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return () => {
    void signOut()
      .catch(() => {
        // Signing out must always work from the person's side; the cookie expires anyway.
      })
      .finally(() => {
        queryClient.clear();
        queryClient.setQueryData(currentUserQueryKey, null);
        void navigate('/sign-in', { replace: true });
      });
  };
}
