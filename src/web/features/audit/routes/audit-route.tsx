import { Container, Paper } from '@mantine/core';
import { EmptyNotice } from '../../../components/empty-notice';
import { ListPagination } from '../../../components/list-pagination';
import { ListState } from '../../../components/list-state';
import { PageHeader } from '../../../components/page-header';
import { useListParams } from '../../../lib/search-params';
import { useT } from '../../../lib/use-t';
import { useAudit } from '../api/list-audit';
import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';

const pageSize = 30;
const filterKeys = ['entityType', 'entityId', 'action', 'actor', 'from', 'to'] as const;

/** Nhật ký thay đổi: every change to accounts and the registry, newest first, read-only. */
export function AuditRoute() {
  const t = useT();
  const { values, page, setFilter, setPage } = useListParams(filterKeys);
  const query = useAudit({ ...values, page, pageSize });
  const filtered = filterKeys.some((k) => values[k]);

  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('audit.title')} description={t('audit.description')} crumbs={[{ label: t('nav.admin'), to: '/admin' }]} />
      <Paper withBorder p="md" radius="md">
        <AuditFilters values={values} onChange={setFilter} />
        <ListState
          query={query}
          empty={
            <EmptyNotice
              title={t(filtered ? 'audit.empty.filtered' : 'audit.empty.none')}
              description={filtered ? t('common.empty.searchHint') : undefined}
            />
          }
        >
          {(data) => (
            <>
              <AuditTable entries={data.items} />
              <ListPagination page={page} pageSize={pageSize} total={data.total} onChange={setPage} />
            </>
          )}
        </ListState>
      </Paper>
    </Container>
  );
}
