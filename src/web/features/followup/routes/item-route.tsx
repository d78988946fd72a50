import { Container, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useFollowupItem } from '../api/get-item';
import { CopiesTable } from '../components/detail/copies-table';
import { ItemActions } from '../components/detail/item-actions';
import { ItemFacts } from '../components/detail/item-facts';
import { ItemTimeline } from '../components/detail/timeline';
import { DueFlags } from '../components/due-flags';
import { KindBadge } from '../components/kind-badge';
import { StatusBadge } from '../components/status-badge';

/** One item: its fields, its provinces' copies, its timeline with files and figures, and what the reader may do with it. */
export function FollowupItemRoute() {
  const t = useT();
  const id = useParams().id ?? '';
  const { data: item, error, isPending, refetch } = useFollowupItem(id);
  const [deleteError, setDeleteError] = useState<unknown>(null);

  if (isPending) return <PageLoader />;
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} />;

  const title = item.reference ?? t(`followup.kind.${item.kind}`);
  return (
    <Container size="lg" px={0}>
      <PageHeader
        title={title}
        description={
          <Group gap="xs" component="span" wrap="wrap">
            <KindBadge kind={item.kind} />
            <StatusBadge status={item.status} />
            <DueFlags overdue={item.overdue} dueSoon={item.dueSoon} sample={item.sample} />
            <Text span size="sm" c="dimmed">
              {t('followup.detail.updatedAt', { at: formatDateTime(item.updatedAt) })}
            </Text>
          </Group>
        }
        documentTitle={title}
        crumbs={[{ label: t('followup.title'), to: '/follow-up' }]}
        actions={<ItemActions item={item} onReload={() => void refetch()} onDeleteError={setDeleteError} />}
      />
      <Stack gap="md">
        {deleteError ? <ProblemAlert error={deleteError} /> : null}
        <ItemFacts item={item} />
        {item.copies.length > 0 && <CopiesTable item={item} />}
        <ItemTimeline item={item} />
      </Stack>
    </Container>
  );
}
