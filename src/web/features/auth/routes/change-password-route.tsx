import { Alert, Anchor, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { useToast } from '../../../components/toast/toast-context';
import { useSignedInUser } from '../../../lib/current-user';
import { useSignOut } from '../api/sign-out';
import { AuthFrame } from '../components/auth-frame';
import { ChangePasswordForm } from '../components/change-password-form';

/**
 * Reached in two ways: forced, right after signing in with a one-time password (nothing else
 * works until it is done, so there is no way back), or chosen from the user menu.
 */
export function ChangePasswordRoute() {
  const intl = useIntl();
  const navigate = useNavigate();
  const toast = useToast();
  const user = useSignedInUser();
  const signOut = useSignOut();
  const forced = user.mustChangePassword;

  const onChanged = () => {
    toast(intl.formatMessage({ id: 'auth.changePassword.done' }));
    void navigate('/', { replace: true });
  };

  return (
    <AuthFrame
      title={intl.formatMessage({ id: 'auth.changePassword.title' })}
      description={intl.formatMessage({ id: forced ? 'auth.changePassword.forcedDescription' : 'auth.changePassword.description' })}
    >
      {forced && (
        <Alert color="blue" variant="light">
          {intl.formatMessage({ id: 'auth.changePassword.forcedNotice' }, { email: user.email })}
        </Alert>
      )}
      <ChangePasswordForm onChanged={onChanged} onCancel={forced ? undefined : () => void navigate(-1)} />
      {forced && (
        <Text size="sm" ta="center">
          <Anchor component="button" type="button" onClick={signOut}>
            {intl.formatMessage({ id: 'shell.userMenu.signOut' })}
          </Anchor>
        </Text>
      )}
    </AuthFrame>
  );
}
