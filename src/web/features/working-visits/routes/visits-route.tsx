import { Button, Container, Group, Paper, Select } from '@mantine/core';
import { Link } from 'react-router';
import { isNationalRole } from '../../../../shared/auth/permissions';
import { EmptyNotice } from '../../../components/empty-notice';
import { ListPagination } from '../../../components/list-pagination';
import { ListState } from '../../../components/list-state';
import { PageHeader } from '../../../components/page-header';
import { ProvinceSelect } from '../../../components/province-select/province-select';
import { SearchInput } from '../../../components/search-input';
import { useCan, useSignedInUser } from '../../../lib/current-user';
import { useListParams } from '../../../lib/search-params';
import { useT } from '../../../lib/use-t';
import { useVisits } from '../api/list-visits';
import { VisitsTable } from '../components/visits-table';

const pageSize = 20;
const filterKeys = ['q', 'provinceCode', 'year'] as const;

/** The years offered by the filter: from this year back to 2015. */
const years = (() => {
  const now = new Date().getFullYear();
  return Array.from({ length: now - 2014 }, (_, i) => String(now - i));
})();

/** Đoàn công tác: the visits within reach, filtered in the address bar, newest first. */
export function VisitsRoute() {
  const t = useT();
  const user = useSignedInUser();
  const canManage = useCan('followup.manage');
  const { values, page, setFilter, setPage } = useListParams(filterKeys);
  const list = useVisits({ ...values, page, pageSize });
  const filtered = Object.values(values).some(Boolean);

  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('workingVisits.title')}
        description={t('workingVisits.description')}
        crumbs={[{ label: t('workingVisits.crumb.followup'), to: '/follow-up' }]}
        actions={
          canManage && (
            <Button component={Link} to="/follow-up/visits/new">
              {t('workingVisits.new')}
            </Button>
          )
        }
      />
      <Paper withBorder p="md" radius="md">
        <Group mb="md" align="flex-end" gap="sm">
          <SearchInput label={t('workingVisits.filter.search')} placeholder={t('workingVisits.filter.searchPlaceholder')} value={values.q} onSearch={(q) => setFilter('q', q)} />
          {isNationalRole(user.role) && (
            <ProvinceSelect label={t('workingVisits.filter.province')} value={values.provinceCode || null} onChange={(v) => setFilter('provinceCode', v ?? '')} clearable />
          )}
          <Select
            label={t('workingVisits.filter.year')}
            placeholder={t('workingVisits.filter.anyYear')}
            data={years}
            value={values.year || null}
            onChange={(v) => setFilter('year', v ?? '')}
            clearable
            w={140}
          />
        </Group>
        <ListState
          query={list}
          empty={
            <EmptyNotice
              title={t(filtered ? 'workingVisits.empty.filtered' : 'workingVisits.empty.none')}
              description={t(filtered ? 'common.empty.searchHint' : canManage ? 'workingVisits.empty.noneHint' : 'workingVisits.empty.noneReadOnly')}
              action={
                !filtered &&
                canManage && (
                  <Button component={Link} to="/follow-up/visits/new">
                    {t('workingVisits.new')}
                  </Button>
                )
              }
            />
          }
        >
          {(data) => (
            <>
              <VisitsTable items={data.items} />
              <ListPagination page={page} pageSize={pageSize} total={data.total} onChange={setPage} />
            </>
          )}
        </ListState>
      </Paper>
    </Container>
  );
}
