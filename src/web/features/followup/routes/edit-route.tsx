import { Container } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { EmptyNotice } from '../../../components/empty-notice';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { useToast } from '../../../components/toast/toast-context';
import { useT } from '../../../lib/use-t';
import { useFollowupItem } from '../api/get-item';
import { ItemForm } from '../components/form/item-form';

/** Editing an item; the form is rebuilt only when a newer version is loaded on request (after a conflict). */
export function FollowupEditRoute() {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const { data: item, error, isPending, refetch } = useFollowupItem(id);

  if (isPending) return <PageLoader />;
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} />;
  if (item.refusals.edit) return <EmptyNotice title={t('errors.FORBIDDEN.title')} description={item.refusals.edit} />;

  const title = item.reference ?? t(`followup.kind.${item.kind}`);
  return (
    <Container size="lg" px={0}>
      <PageHeader
        title={t('followup.edit.title')}
        description={title}
        crumbs={[
          { label: t('followup.title'), to: '/follow-up' },
          { label: title, to: `/follow-up/items/${item.id}` },
        ]}
      />
      <ItemForm
        key={item.version}
        item={item}
        onSaved={() => {
          toast(t('common.saved'));
          void navigate(`/follow-up/items/${item.id}`);
        }}
        onCancel={() => void navigate(`/follow-up/items/${item.id}`)}
        onReload={() => void refetch()}
      />
    </Container>
  );
}
