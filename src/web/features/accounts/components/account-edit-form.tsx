import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { accountUpdateSchema, type Account } from '../../../../shared/api/accounts';
import { isNationalRole } from '../../../../shared/auth/permissions';
import { ProblemAlert } from '../../../components/problem-alert';
import { useToast } from '../../../components/toast/toast-context';
import { ApiError } from '../../../lib/api-client';
import { useFormState } from '../../../lib/form-state';
import { useSignedInUser } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';
import { useUpdateAccount } from '../api/update-account';
import { AccountFields, type AccountFieldValues } from './account-fields';

type Props = { account: Account; readOnly: boolean; onReload: () => void };

/**
 * Edits an account. The version read with it goes back with the save, so if someone else
 * saved in between the server answers CONFLICT and the manager reloads instead of overwriting.
 */
export function AccountEditForm({ account, readOnly, onReload }: Props) {
  const t = useT();
  const toast = useToast();
  const me = useSignedInUser();
  const initial: AccountFieldValues = {
    fullName: account.fullName,
    role: account.role,
    provinceCode: account.provinceCode,
    organisationId: account.organisationId,
  };
  const form = useFormState(initial);
  const update = useUpdateAccount();
  const conflict = update.error instanceof ApiError && update.error.code === 'CONFLICT';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(accountUpdateSchema, { ...form.values, version: account.version });
    if (!input) return;
    if (!isNationalRole(input.role) && !input.provinceCode) {
      form.setErrors({ provinceCode: t('accounts.field.provinceRequired') });
      return;
    }
    update.mutate(
      { id: account.id, input },
      { onSuccess: () => toast(t('common.saved')), onError: form.applyProblem },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {update.error && <ProblemAlert error={update.error} onRetry={conflict ? onReload : undefined} retryLabel={t('common.reloadLatest')} />}
        <TextInput label={t('accounts.field.email')} value={account.email} readOnly variant="filled" />
        <AccountFields values={form.values} errors={form.errors} onChange={form.patch} disabled={readOnly} reachLocked={account.id === me.id} />
        {!readOnly && (
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              <FormattedMessage id="common.save" />
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
