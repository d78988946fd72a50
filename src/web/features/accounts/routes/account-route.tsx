import { Container, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { useCan } from '../../../lib/current-user';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useAccount } from '../api/get-account';
import { AccountActions } from '../components/account-actions';
import { AccountEditForm } from '../components/account-edit-form';
import { AccountStatusBadge } from '../components/account-status-badge';

/** One account: its details (editable by managers), status and the account actions. */
export function AccountRoute() {
  const t = useT();
  const id = useParams().id ?? '';
  const canManage = useCan('accounts.manage');
  const { data: account, error, isPending, refetch } = useAccount(id);

  if (isPending) return <PageLoader />;
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} />;

  return (
    <Container size="sm" px={0}>
      <PageHeader
        title={account.fullName}
        description={account.email}
        crumbs={[
          { label: t('nav.admin'), to: '/admin' },
          { label: t('accounts.title'), to: '/admin/accounts' },
        ]}
        actions={<AccountStatusBadge account={account} size="lg" />}
      />
      <Paper withBorder p="lg" radius="md">
        <Stack gap="md">
          <Group gap="xl">
            <Text size="sm" c="dimmed">
              {t('accounts.createdAt', { at: formatDateTime(account.createdAt) })}
            </Text>
            <Text size="sm" c="dimmed">
              {account.lastLoginAt
                ? t('accounts.lastLoginAt', { at: formatDateTime(account.lastLoginAt) })
                : t('accounts.neverSignedIn')}
            </Text>
          </Group>
          <AccountEditForm key={account.version} account={account} readOnly={!canManage} onReload={() => void refetch()} />
          {canManage && (
            <>
              <Divider />
              <AccountActions account={account} />
            </>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}
