import { Container, Paper } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../lib/use-t';
import type { AccountWithPassword } from '../api/create-account';
import { AccountCreateForm } from '../components/account-create-form';
import { OneTimePasswordModal } from '../components/one-time-password-modal';

/** Thêm tài khoản: the form, then the one-time password to hand over. */
export function AccountNewRoute() {
  const t = useT();
  const navigate = useNavigate();
  const [created, setCreated] = useState<AccountWithPassword | null>(null);

  return (
    <Container size="sm" px={0}>
      <PageHeader
        title={t('accounts.create.title')}
        description={t('accounts.create.description')}
        crumbs={[
          { label: t('nav.admin'), to: '/admin' },
          { label: t('accounts.title'), to: '/admin/accounts' },
        ]}
      />
      <Paper withBorder p="lg" radius="md">
        <AccountCreateForm onCreated={setCreated} onCancel={() => void navigate('/admin/accounts')} />
      </Paper>
      {created && (
        <OneTimePasswordModal
          account={created.account}
          password={created.oneTimePassword}
          onClose={() => void navigate(`/admin/accounts/${created.account.id}`, { replace: true })}
        />
      )}
    </Container>
  );
}
