import { Container } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { EmptyNotice } from '../../../components/empty-notice';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { useToast } from '../../../components/toast/toast-context';
import { useSignedInUser } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';
import { useConference } from '../api/get-conference';
import { accessTargetOfConference, canManageConference } from '../../../../shared/auth/conference-access';
import { ConferenceForm } from '../components/form/conference-form';

/** Editing a conference. The form is rebuilt only when a newer version is loaded on request. */
export function ConferenceEditRoute() {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const id = useParams().id ?? '';
  const { data: conference, error, isPending, refetch } = useConference(id);

  if (isPending) return <PageLoader />;
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} />;
  if (!canManageConference(user, accessTargetOfConference(conference))) {
    return <EmptyNotice title={t('errors.FORBIDDEN.title')} description={t('conferences.edit.notYours')} />;
  }

  return (
    <Container size="lg" px={0}>
      <PageHeader
        title={t('conferences.edit.title')}
        description={conference.title}
        crumbs={[
          { label: t('conferences.title'), to: '/training' },
          { label: conference.title, to: `/training/${conference.id}` },
        ]}
      />
      <ConferenceForm
        key={conference.version}
        conference={conference}
        onSaved={(c) => {
          toast(t('common.saved'));
          void navigate(`/training/${c.id}`);
        }}
        onCancel={() => void navigate(`/training/${conference.id}`)}
        onReload={() => void refetch()}
      />
    </Container>
  );
}
