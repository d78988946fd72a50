import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { loginRequestSchema, type CurrentUser } from '../../../../shared/api/auth';
import { ProblemAlert } from '../../../components/problem-alert';
import { useFormState } from '../../../lib/form-state';
import { useSignIn } from '../api/sign-in';

/** E-mail and password. Wrong credentials, a locked account and throttling are explained above the fields. */
export function SignInForm({ onSignedIn }: { onSignedIn: (user: CurrentUser) => void }) {
  const intl = useIntl();
  const form = useFormState({ email: '', password: '' });
  const signIn = useSignIn();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(loginRequestSchema, form.values);
    if (!input) return;
    signIn.mutate(input, { onSuccess: onSignedIn, onError: form.applyProblem });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {signIn.error && <ProblemAlert error={signIn.error} />}
        <TextInput
          label={intl.formatMessage({ id: 'auth.signIn.email' })}
          type="email"
          autoComplete="username"
          placeholder="ten.canbo@example.gov.vn"
          value={form.values.email}
          onChange={(e) => form.setField('email', e.currentTarget.value)}
          error={form.errors.email}
          required
          autoFocus
        />
        <PasswordInput
          label={intl.formatMessage({ id: 'auth.signIn.password' })}
          autoComplete="current-password"
          value={form.values.password}
          onChange={(e) => form.setField('password', e.currentTarget.value)}
          error={form.errors.password}
          required
        />
        <Button type="submit" loading={signIn.isPending} fullWidth size="md">
          <FormattedMessage id="auth.signIn.submit" />
        </Button>
        <Text size="xs" c="dimmed">
          <FormattedMessage id="auth.signIn.forgotHint" />
        </Text>
      </Stack>
    </form>
  );
}
