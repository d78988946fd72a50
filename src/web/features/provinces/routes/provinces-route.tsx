import { Container, Group, Paper } from '@mantine/core';
import { useIntl } from 'react-intl';
import { EmptyNotice } from '../../../components/empty-notice';
import { ListPagination } from '../../../components/list-pagination';
import { ListState } from '../../../components/list-state';
import { PageHeader } from '../../../components/page-header';
import { SearchInput } from '../../../components/search-input';
import { useListParams } from '../../../lib/search-params';
import { useProvinces } from '../api/list-provinces';
import { ProvincesTable } from '../components/provinces-table';
import { useCommuneSearch } from '../api/search-communes';
import { CommuneMatches } from '../components/commune-matches';

// All 34 fit on one page; paging is there for searches over the legacy names later.
const pageSize = 50;

/** Địa bàn: the provinces since 01/07/2025, searchable with or without tone marks. */
export function ProvincesRoute() {
  const intl = useIntl();
  const { values, page, setFilter, setPage } = useListParams(['q'] as const);
  const query = useProvinces({ q: values.q, page, pageSize });
  // The same box finds communes: "bao ha" is a commune, not a province.
  const communes = useCommuneSearch(values.q);
  const foundCommunes = values.q.trim().length >= 2 && communes.data && communes.data.total > 0 ? communes.data : null;

  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={intl.formatMessage({ id: 'provinces.title' })}
        description={intl.formatMessage({ id: 'provinces.description' })}
      />
      <Paper withBorder p="md" radius="md">
        <Group mb="md">
          <SearchInput
            label={intl.formatMessage({ id: 'provinces.search.label' })}
            placeholder={intl.formatMessage({ id: 'provinces.search.placeholder' })}
            value={values.q}
            onSearch={(q) => setFilter('q', q)}
          />
        </Group>
        {foundCommunes && <CommuneMatches found={foundCommunes} />}
        <ListState
          query={query}
          empty={
            foundCommunes ? null : <EmptyNotice
              title={intl.formatMessage({ id: values.q ? 'provinces.empty.search' : 'provinces.empty.none' }, { q: values.q })}
              description={values.q ? intl.formatMessage({ id: 'common.empty.searchHint' }) : undefined}
            />
          }
        >
          {(data) => (
            <>
              <ProvincesTable provinces={data.items} />
              <ListPagination page={page} pageSize={pageSize} total={data.total} onChange={setPage} />
            </>
          )}
        </ListState>
      </Paper>
    </Container>
  );
}
