import { Group, Paper, Title } from '@mantine/core';
import { EmptyNotice } from '../../../../components/empty-notice';
import { ListPagination } from '../../../../components/list-pagination';
import { ListState } from '../../../../components/list-state';
import { useListParams } from '../../../../lib/search-params';
import { useT } from '../../../../lib/use-t';
import { useIntakeDocuments } from '../../api/list-documents';
import { QueueFilters } from './queue-filters';
import { QueueTable } from './queue-table';

const pageSize = 20;

/** Hàng đợi: every document brought in and not dropped, newest first, filtered by status in the address bar. */
export function QueueView() {
  const t = useT();
  const { values, page, setFilter, setPage } = useListParams(['status'] as const);
  const query = useIntakeDocuments({ status: values.status, batchId: '', page, pageSize });
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" align="flex-end" mb="md" gap="sm">
        <Title order={3} fz="lg">
          {t('intake.queue.title')}
        </Title>
        <QueueFilters status={values.status} onStatus={(s) => setFilter('status', s)} />
      </Group>
      <ListState
        query={query}
        empty={
          <EmptyNotice
            title={t(values.status ? 'intake.queue.emptyFiltered' : 'intake.queue.empty')}
            description={t(values.status ? 'common.empty.searchHint' : 'intake.queue.emptyHint')}
          />
        }
      >
        {(data) => (
          <>
            <QueueTable items={data.items} />
            <ListPagination page={page} pageSize={pageSize} total={data.total} onChange={setPage} />
          </>
        )}
      </ListState>
    </Paper>
  );
}
