import { Container } from '@mantine/core';
import { useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSignedInUser } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';
import { useConference } from '../api/get-conference';
import { accessTargetOfConference, canManageConference } from '../../../../shared/auth/conference-access';
import { ConferenceParticipantsPanel } from '../components/conference-participants-panel';

/** /training/:id/participants: the participants of one conference on a page of their own (the registration desk). */
export function ConferenceParticipantsRoute() {
  const t = useT();
  const user = useSignedInUser();
  const id = useParams().id ?? '';
  const { data: c, error, isPending, refetch } = useConference(id);
  if (isPending) return <PageLoader />;
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} />;
  const canManage = canManageConference(user, accessTargetOfConference(c));
  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('participants.page.title')}
        description={c.title}
        crumbs={[
          { label: t('participants.page.training'), to: '/training' },
          { label: c.title, to: `/training/${c.id}` },
        ]}
      />
      <ConferenceParticipantsPanel
        conferenceId={c.id}
        connectionPoints={c.connectionPoints.map((p) => ({ id: p.id, name: p.name, hasInternet: p.hasInternet }))}
        canManage={canManage}
      />
    </Container>
  );
}
