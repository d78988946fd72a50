import { Button, Container, Paper } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyNotice } from '../../../components/empty-notice';
import { ListPagination } from '../../../components/list-pagination';
import { ListState } from '../../../components/list-state';
import { PageHeader } from '../../../components/page-header';
import { useCan } from '../../../lib/current-user';
import { useListParams } from '../../../lib/search-params';
import { useT } from '../../../lib/use-t';
import { useOrganisations } from '../api/list-organisations';
import { OrganisationsFilters } from '../components/organisations-filters';
import { OrganisationsTable } from '../components/organisations-table';

const pageSize = 20;

/** Cơ quan, tổ chức: the registry of bodies that report, attend training or answer recommendations. */
export function OrganisationsRoute() {
  const t = useT();
  const canManage = useCan('organisations.manage');
  const { values, page, setFilter, setPage } = useListParams(['q', 'kind', 'province'] as const);
  const query = useOrganisations({ ...values, page, pageSize });
  const filtered = Boolean(values.q || values.kind || values.province);
  const createButton = canManage && (
    <Button component={Link} to="/admin/organisations/new">
      {t('organisations.create.open')}
    </Button>
  );

  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('organisations.title')}
        description={t('organisations.description')}
        crumbs={[{ label: t('nav.admin'), to: '/admin' }]}
        actions={createButton}
      />
      <Paper withBorder p="md" radius="md">
        <OrganisationsFilters values={values} onChange={setFilter} />
        <ListState
          query={query}
          empty={
            <EmptyNotice
              title={t(filtered ? 'organisations.empty.filtered' : 'organisations.empty.none')}
              description={t(filtered ? 'common.empty.searchHint' : 'organisations.empty.noneHint')}
              action={filtered ? undefined : createButton}
            />
          }
        >
          {(data) => (
            <>
              <OrganisationsTable organisations={data.items} />
              <ListPagination page={page} pageSize={pageSize} total={data.total} onChange={setPage} />
            </>
          )}
        </ListState>
      </Paper>
    </Container>
  );
}
