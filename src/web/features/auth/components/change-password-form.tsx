import { Button, Group, List, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { changePasswordRequestSchema } from '../../../../shared/api/auth';
import { ProblemAlert } from '../../../components/problem-alert';
import { useFormState } from '../../../lib/form-state';
import { useChangePassword } from '../api/change-password';

type Props = { onChanged: () => void; onCancel?: () => void };

/** Current password, a new one typed twice, and the rules the server applies to it. */
export function ChangePasswordForm({ onChanged, onCancel }: Props) {
  const intl = useIntl();
  const form = useFormState({ currentPassword: '', newPassword: '' });
  const [confirm, setConfirm] = useState('');
  const [confirmError, setConfirmError] = useState<string | undefined>();
  const change = useChangePassword();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(changePasswordRequestSchema, form.values);
    const matches = confirm === form.values.newPassword;
    setConfirmError(matches ? undefined : intl.formatMessage({ id: 'auth.changePassword.mismatch' }));
    if (!input || !matches) return;
    change.mutate(input, { onSuccess: onChanged, onError: form.applyProblem });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {change.error && <ProblemAlert error={change.error} />}
        <PasswordInput
          label={intl.formatMessage({ id: 'auth.changePassword.current' })}
          autoComplete="current-password"
          value={form.values.currentPassword}
          onChange={(e) => form.setField('currentPassword', e.currentTarget.value)}
          error={form.errors.currentPassword}
          required
          autoFocus
        />
        <PasswordInput
          label={intl.formatMessage({ id: 'auth.changePassword.new' })}
          autoComplete="new-password"
          value={form.values.newPassword}
          onChange={(e) => form.setField('newPassword', e.currentTarget.value)}
          error={form.errors.newPassword}
          required
        />
        <PasswordInput
          label={intl.formatMessage({ id: 'auth.changePassword.confirm' })}
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => {
            setConfirm(e.currentTarget.value);
            setConfirmError(undefined);
          }}
          error={confirmError}
          required
        />
        <List size="xs" c="dimmed" spacing={2}>
          <List.Item>
            <FormattedMessage id="auth.changePassword.rule.length" />
          </List.Item>
          <List.Item>
            <FormattedMessage id="auth.changePassword.rule.noEmail" />
          </List.Item>
          <List.Item>
            <FormattedMessage id="auth.changePassword.rule.different" />
          </List.Item>
        </List>
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              <FormattedMessage id="common.cancel" />
            </Button>
          )}
          <Button type="submit" loading={change.isPending}>
            <FormattedMessage id="auth.changePassword.submit" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
