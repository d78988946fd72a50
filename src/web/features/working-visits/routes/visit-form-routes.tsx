import { Container } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { EmptyNotice } from '../../../components/empty-notice';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { useToast } from '../../../components/toast/toast-context';
import { useCan } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';
import { useVisit } from '../api/get-visit';
import { VisitForm } from '../components/visit-form';

const crumbs = (t: ReturnType<typeof useT>) => [
  { label: t('workingVisits.crumb.followup'), to: '/follow-up' },
  { label: t('workingVisits.title'), to: '/follow-up/visits' },
];

/** A new working visit, with its recommendations. */
export function VisitNewRoute() {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const canManage = useCan('followup.manage');
  if (!canManage) return <EmptyNotice title={t('errors.FORBIDDEN.title')} />;
  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('workingVisits.new.title')} crumbs={crumbs(t)} />
      <VisitForm
        onSaved={(visit) => {
          toast(t('common.saved'));
          void navigate(`/follow-up/visits/${visit.id}`);
        }}
        onCancel={() => void navigate('/follow-up/visits')}
      />
    </Container>
  );
}

/** Editing a visit; the form is rebuilt only when a newer version is loaded on request (after a conflict). */
export function VisitEditRoute() {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const { data: visit, error, isPending, refetch } = useVisit(id);

  if (isPending) return <PageLoader />;
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} />;
  if (visit.refusals.edit) return <EmptyNotice title={t('errors.FORBIDDEN.title')} description={visit.refusals.edit} />;

  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('workingVisits.edit.title')} description={visit.title} crumbs={[...crumbs(t), { label: visit.title, to: `/follow-up/visits/${visit.id}` }]} />
      <VisitForm
        key={visit.version}
        visit={visit}
        onSaved={() => {
          toast(t('common.saved'));
          void navigate(`/follow-up/visits/${visit.id}`);
        }}
        onCancel={() => void navigate(`/follow-up/visits/${visit.id}`)}
        onReload={() => void refetch()}
      />
    </Container>
  );
}
