import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CurrentUser } from '../../shared/api/auth';
import { can, type Permission } from '../../shared/auth/permissions';
import { ApiError, api } from './api-client';

/**
 * The signed-in user, shared by the shell and every feature. `null` means "not signed in";
 * the session layout redirects on it, and the API client sets it when a request answers 401.
 */
export const currentUserQueryKey = ['auth', 'me'] as const;

export async function getCurrentUser(): Promise<CurrentUser | null> {
  try {
    const { user } = await api.get<{ user: CurrentUser }>('/api/auth/me', { skipSessionRedirect: true });
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const currentUserQueryOptions = () =>
  queryOptions({ queryKey: currentUserQueryKey, queryFn: getCurrentUser, staleTime: 5 * 60_000 });

export function useCurrentUser() {
  return useQuery(currentUserQueryOptions());
}

/**
 * The user inside the signed-in layout, which renders nothing until the user is known.
 * Throws when used outside it, because that is a programming error.
 */
export function useSignedInUser(): CurrentUser {
  const { data } = useCurrentUser();
  if (!data) throw new Error('useSignedInUser() used outside the signed-in layout');
  return data;
}

/** Whether the signed-in user may do something. Only hides UI: the server enforces. */
export function useCan(permission: Permission): boolean {
  return can(useSignedInUser().role, permission);
}
