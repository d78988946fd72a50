import { Button, Container, Paper } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyNotice } from '../../../components/empty-notice';
import { ListPagination } from '../../../components/list-pagination';
import { ListState } from '../../../components/list-state';
import { PageHeader } from '../../../components/page-header';
import { useCan } from '../../../lib/current-user';
import { useListParams } from '../../../lib/search-params';
import { useT } from '../../../lib/use-t';
import { useAccounts } from '../api/list-accounts';
import { AccountsFilters } from '../components/accounts-filters';
import { AccountsTable } from '../components/accounts-table';

const pageSize = 20;

/** Tài khoản: who can sign in, with which role and province. */
export function AccountsRoute() {
  const t = useT();
  const canManage = useCan('accounts.manage');
  const { values, page, setFilter, setPage } = useListParams(['q', 'role', 'province'] as const);
  const query = useAccounts({ ...values, page, pageSize });
  const filtered = Boolean(values.q || values.role || values.province);
  const createButton = canManage && (
    <Button component={Link} to="/admin/accounts/new">
      {t('accounts.create.open')}
    </Button>
  );

  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('accounts.title')}
        description={t('accounts.description')}
        crumbs={[{ label: t('nav.admin'), to: '/admin' }]}
        actions={createButton}
      />
      <Paper withBorder p="md" radius="md">
        <AccountsFilters values={values} onChange={setFilter} />
        <ListState
          query={query}
          empty={
            <EmptyNotice
              title={t(filtered ? 'accounts.empty.filtered' : 'accounts.empty.none')}
              description={t(filtered ? 'common.empty.searchHint' : 'accounts.empty.noneHint')}
              action={filtered ? undefined : createButton}
            />
          }
        >
          {(data) => (
            <>
              <AccountsTable accounts={data.items} />
              <ListPagination page={page} pageSize={pageSize} total={data.total} onChange={setPage} />
            </>
          )}
        </ListState>
      </Paper>
    </Container>
  );
}
