import { Button, Container, Group, Paper } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { useCan } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';
import { followupExportUrl } from '../api/list-items';
import { FollowupFilters } from '../components/list/followup-filters';
import { FollowupListView } from '../components/list/followup-list-view';
import { QuickFlags } from '../components/list/quick-flags';
import { ScopeNotice } from '../components/list/scope-notice';
import { SortSelect } from '../components/list/sort-select';
import { useFollowupParams } from '../components/list/use-followup-params';

/** Theo dõi thực hiện: every kind of item in one filtered list, with the map and the Excel download beside it. */
export function FollowupListRoute() {
  const t = useT();
  const canManage = useCan('followup.manage');
  const { filters, page, setFilter, setMany, setPage } = useFollowupParams();
  const createButton = canManage ? (
    <Button component={Link} to="/follow-up/new">
      {t('followup.create.open')}
    </Button>
  ) : null;

  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('followup.title')}
        description={t('followup.description')}
        actions={
          <>
            <Button component={Link} to="/follow-up/map" variant="default">
              {t('followup.map.open')}
            </Button>
            <Button component="a" href={followupExportUrl(filters)} variant="default" download>
              {t('followup.export.excel')}
            </Button>
            {createButton}
          </>
        }
      />
      <Paper withBorder p="md" radius="md">
        <ScopeNotice filters={filters} onClear={() => setMany({ conferenceId: '', visitId: '', parentId: '' })} />
        <FollowupFilters values={filters} onChange={setFilter} />
        <Group justify="space-between" align="flex-end" mb="md" gap="sm">
          <QuickFlags values={filters} onChange={setFilter} />
          <SortSelect value={filters.sort} onChange={(v) => setFilter('sort', v)} />
        </Group>
        <FollowupListView filters={filters} page={page} onPage={setPage} createButton={createButton} />
      </Paper>
    </Container>
  );
}
