import { Group, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { EmptyNotice } from '../../../components/empty-notice';
import { ListPagination } from '../../../components/list-pagination';
import { ListState } from '../../../components/list-state';
import { SearchInput } from '../../../components/search-input';
import { useListParams } from '../../../lib/search-params';
import { useCommunes } from '../api/list-communes';
import { CommunesTable } from './communes-table';

const pageSize = 50;

/** The communes of a province, with a search box and paging. */
export function ProvinceCommunes({ provinceCode }: { provinceCode: string }) {
  const intl = useIntl();
  const { values, page, setFilter, setPage } = useListParams(['q'] as const);
  const query = useCommunes(provinceCode, { q: values.q, page, pageSize });

  return (
    <>
      <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
        <Title order={3} fz="lg">
          {intl.formatMessage({ id: 'provinces.communes.title' })}
        </Title>
        <SearchInput
          label={intl.formatMessage({ id: 'provinces.communes.search.label' })}
          placeholder={intl.formatMessage({ id: 'provinces.communes.search.placeholder' })}
          value={values.q}
          onSearch={(q) => setFilter('q', q)}
        />
      </Group>
      <ListState
        query={query}
        empty={
          <EmptyNotice
            title={intl.formatMessage({ id: values.q ? 'provinces.communes.empty.search' : 'provinces.communes.empty.none' }, { q: values.q })}
          />
        }
      >
        {(data) => (
          <>
            <CommunesTable communes={data.items} />
            <ListPagination page={page} pageSize={pageSize} total={data.total} onChange={setPage} />
          </>
        )}
      </ListState>
    </>
  );
}
