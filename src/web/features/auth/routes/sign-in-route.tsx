import { Center, Loader } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { CurrentUser } from '../../../../shared/api/auth';
import { useCurrentUser } from '../../../lib/current-user';
import { AuthFrame } from '../components/auth-frame';
import { SignInForm } from '../components/sign-in-form';

/** Only addresses inside the app are followed after sign-in, never another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInRoute() {
  const intl = useIntl();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { data: user, isPending } = useCurrentUser();

  if (isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (user) return <Navigate to={user.mustChangePassword ? '/change-password' : next} replace />;

  const onSignedIn = (signedIn: CurrentUser) => void navigate(signedIn.mustChangePassword ? '/change-password' : next, { replace: true });

  return (
    <AuthFrame
      title={intl.formatMessage({ id: 'auth.signIn.title' })}
      description={intl.formatMessage({ id: 'auth.signIn.description' })}
    >
      <SignInForm onSignedIn={onSignedIn} />
    </AuthFrame>
  );
}
