import { Container, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSignedInUser } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';
import { useConference } from '../api/get-conference';
import { usePlan } from '../api/get-plan';
import { accessTargetOfConference, canManageConference } from '../../../../shared/auth/conference-access';
import { CheckInLinksSection } from '../components/check-in-links-section';
import { CodesSection } from '../components/codes-section';
import { PhasesSection } from '../components/phases-section';
import { QuestionsSection } from '../components/questions-section';
import { ResultsSection } from '../components/results-section';

/**
 * /training/:id/awareness — "Kiểm tra & khảo sát": the questions, the phases and the public link,
 * the one-time codes, the points' QR check-in, and the results. Readers see the plan and the
 * results; codes and check-in links only reach those who manage the conference.
 */
export function AwarenessRoute() {
  const t = useT();
  const user = useSignedInUser();
  const id = useParams().id ?? '';
  const conference = useConference(id);
  const plan = usePlan(id);
  if (conference.isPending || plan.isPending) return <PageLoader />;
  if (conference.error) return <ProblemAlert error={conference.error} onRetry={() => void conference.refetch()} />;
  if (plan.error) return <ProblemAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  const c = conference.data;
  const canManage = canManageConference(user, accessTargetOfConference(c));
  return (
    <Container size="lg" px={0}>
      <PageHeader
        title={t('awareness.page.title')}
        description={c.title}
        crumbs={[
          { label: t('conferences.title'), to: '/training' },
          { label: c.title, to: `/training/${c.id}` },
        ]}
      />
      <Stack gap="md">
        <PhasesSection plan={plan.data} canManage={canManage} />
        <QuestionsSection plan={plan.data} canManage={canManage} themes={c.themes} />
        {canManage && <CodesSection conferenceId={c.id} points={c.connectionPoints} />}
        <ResultsSection conferenceId={c.id} points={c.connectionPoints} />
        {canManage && <CheckInLinksSection conferenceId={c.id} />}
      </Stack>
    </Container>
  );
}
