import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { accountCreateSchema } from '../../../../shared/api/accounts';
import { isNationalRole } from '../../../../shared/auth/permissions';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSignedInUser } from '../../../lib/current-user';
import { useFormState } from '../../../lib/form-state';
import { useT } from '../../../lib/use-t';
import { useCreateAccount, type AccountWithPassword } from '../api/create-account';
import { AccountFields, type AccountFieldValues } from './account-fields';

type Props = { onCreated: (result: AccountWithPassword) => void; onCancel: () => void };

export function AccountCreateForm({ onCreated, onCancel }: Props) {
  const t = useT();
  const manager = useSignedInUser();
  const initial: AccountFieldValues & { email: string } = {
    email: '',
    fullName: '',
    role: null,
    provinceCode: isNationalRole(manager.role) ? null : manager.provinceCode,
    organisationId: null,
  };
  const form = useFormState(initial);
  const create = useCreateAccount();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate(accountCreateSchema, form.values);
    if (!input) return;
    if (!isNationalRole(input.role) && !input.provinceCode) {
      form.setErrors({ provinceCode: t('accounts.field.provinceRequired') });
      return;
    }
    create.mutate(input, { onSuccess: onCreated, onError: form.applyProblem });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {create.error && <ProblemAlert error={create.error} />}
        <TextInput
          label={t('accounts.field.email')}
          description={t('accounts.field.emailHint')}
          type="email"
          value={form.values.email}
          onChange={(e) => form.setField('email', e.currentTarget.value)}
          error={form.errors.email}
          required
          autoComplete="off"
        />
        <AccountFields values={form.values} errors={form.errors} onChange={form.patch} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            <FormattedMessage id="common.cancel" />
          </Button>
          <Button type="submit" loading={create.isPending}>
            <FormattedMessage id="accounts.create.submit" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
