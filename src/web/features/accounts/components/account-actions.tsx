import { Group } from '@mantine/core';
import { useState } from 'react';
import type { Account } from '../../../../shared/api/accounts';
import { ProblemAlert } from '../../../components/problem-alert';
import { ConfirmButton } from '../../../components/confirm-button';
import { useToast } from '../../../components/toast/toast-context';
import { useSignedInUser } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';
import type { AccountWithPassword } from '../api/create-account';
import { useDisableAccount } from '../api/disable-account';
import { useEnableAccount } from '../api/enable-account';
import { useResetAccountPassword } from '../api/reset-account-password';
import { OneTimePasswordModal } from './one-time-password-modal';

/** Lock / unlock and reset password. Nobody locks themselves out from here. */
export function AccountActions({ account }: { account: Account }) {
  const t = useT();
  const toast = useToast();
  const me = useSignedInUser();
  const disable = useDisableAccount();
  const enable = useEnableAccount();
  const reset = useResetAccountPassword();
  const [issued, setIssued] = useState<AccountWithPassword | null>(null);
  const error = disable.error ?? enable.error ?? reset.error;
  const self = account.id === me.id;

  return (
    <>
      {error && <ProblemAlert error={error} />}
      <Group gap="sm" mt={error ? 'sm' : 0}>
        <ConfirmButton
          title={t('accounts.reset.title')}
          message={t('accounts.reset.confirm', { name: account.fullName })}
          confirmLabel={t('accounts.reset.action')}
          color="blue"
          loading={reset.isPending}
          onConfirm={() => reset.mutate(account.id, { onSuccess: setIssued })}
        >
          {t('accounts.reset.action')}
        </ConfirmButton>
        {!self &&
          (account.disabled ? (
            <ConfirmButton
              title={t('accounts.enable.title')}
              message={t('accounts.enable.confirm', { name: account.fullName })}
              confirmLabel={t('accounts.enable.action')}
              color="teal"
              loading={enable.isPending}
              onConfirm={() => enable.mutate(account.id, { onSuccess: () => toast(t('accounts.enable.done')) })}
            >
              {t('accounts.enable.action')}
            </ConfirmButton>
          ) : (
            <ConfirmButton
              title={t('accounts.disable.title')}
              message={t('accounts.disable.confirm', { name: account.fullName })}
              confirmLabel={t('accounts.disable.action')}
              color="red"
              loading={disable.isPending}
              onConfirm={() => disable.mutate(account.id, { onSuccess: () => toast(t('accounts.disable.done')) })}
            >
              {t('accounts.disable.action')}
            </ConfirmButton>
          ))}
      </Group>
      {issued && <OneTimePasswordModal account={issued.account} password={issued.oneTimePassword} onClose={() => setIssued(null)} />}
    </>
  );
}
