import { Center, Container, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ProblemAlert } from '../components/problem-alert';
import { useCurrentUser } from '../lib/current-user';

type Props = { children: ReactNode; allowPendingPasswordChange?: boolean };

/**
 * Renders its children only for a signed-in user. Someone signed out goes to the sign-in
 * page (and comes back here afterwards); someone who must change a one-time password goes
 * to the change-password page first, since the API refuses everything else until then.
 */
export function RequireSession({ children, allowPendingPasswordChange = false }: Props) {
  const { data: user, isPending, error, refetch } = useCurrentUser();
  const location = useLocation();

  if (isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (error) {
    return (
      <Container size="sm" py="xl">
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      </Container>
    );
  }
  if (!user) {
    const here = location.pathname + location.search;
    const next = here === '/' || here === '/change-password' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/sign-in${next}`} replace />;
  }
  if (user.mustChangePassword && !allowPendingPasswordChange) return <Navigate to="/change-password" replace />;
  return children;
}
