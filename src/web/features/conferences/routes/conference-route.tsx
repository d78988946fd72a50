import type { ReactNode } from 'react';
import { Button, Container, Stack } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmButton } from '../../../components/confirm-button';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { useToast } from '../../../components/toast/toast-context';
import { useSignedInUser } from '../../../lib/current-user';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useDeleteConference } from '../api/delete-conference';
import { useRestoreConference } from '../api/restore-conference';
import { useProblemText } from '../../../components/use-problem-text';
import { conferenceUndoNoticeMs } from '../../../../shared/conferences/undo';
import { conferenceSummaryUrl, useConference } from '../api/get-conference';
import { accessTargetOfConference, canManageConference } from '../../../../shared/auth/conference-access';
import { AgendaList } from '../components/detail/agenda-list';
import { ConferenceOverview } from '../components/detail/conference-overview';
import { ConnectionPointsTable } from '../components/detail/connection-points-table';
import { MaterialsList, SourcesList } from '../components/detail/links-lists';
import { OfficialsList } from '../components/detail/officials-list';
import { OutcomesLists } from '../components/detail/outcomes-lists';

type Props = {
  /**
   * Filled by the app shell with the participants panel: features do not import each other,
   * so the router hands this page what another feature renders about the conference.
   */
  participants?: (args: {
    conferenceId: string;
    connectionPoints: Array<{ id: string; name: string; hasInternet: boolean }>;
    canManage: boolean;
  }) => ReactNode;
};

/** One conference, readable like a report, with the Word summary and (for those who manage it) edit and delete. */
export function ConferenceRoute({ participants }: Props = {}) {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const id = useParams().id ?? '';
  const { data: c, error, isPending, refetch } = useConference(id);
  const remove = useDeleteConference();
  const restore = useRestoreConference();
  const problemText = useProblemText();

  if (isPending) return <PageLoader />;
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} />;

  const canManage = canManageConference(user, accessTargetOfConference(c));
  const actions = (
    <>
      <Button component="a" href={conferenceSummaryUrl(c.id)} variant="default" download>
        {t('conferences.export.word')}
      </Button>
      {canManage && (
        <Button component={Link} to={`/training/${c.id}/edit`}>
          {t('conferences.edit.open')}
        </Button>
      )}
      {canManage && (
        <ConfirmButton
          title={t('conferences.delete.title')}
          message={t('conferences.delete.confirm', { title: c.title })}
          confirmLabel={t('conferences.delete.action')}
          color="red"
          variant="light"
          loading={remove.isPending}
          onConfirm={() =>
            remove.mutate(c.id, {
              onSuccess: () => {
                // The page is gone by the time someone presses "Hoàn tác": the undo runs from the toast.
                const undo = () =>
                  restore.mutateAsync(c.id).then(
                    () => {
                      toast(t('conferences.delete.restored', { title: c.title }));
                      void navigate(`/training/${c.id}`);
                    },
                    (err: unknown) => toast(problemText(err).detail, 'error'),
                  );
                toast(t('conferences.delete.done', { title: c.title }), 'success', {
                  action: { label: t('conferences.delete.undo'), onClick: () => void undo() },
                  durationMs: conferenceUndoNoticeMs,
                });
                void navigate('/training', { replace: true });
              },
            })
          }
        >
          {t('conferences.delete.action')}
        </ConfirmButton>
      )}
    </>
  );

  return (
    <Container size="lg" px={0}>
      <PageHeader
        title={c.title}
        description={t('conferences.detail.updatedAt', { at: formatDateTime(c.updatedAt) })}
        crumbs={[{ label: t('conferences.title'), to: '/training' }]}
        actions={actions}
      />
      <Stack gap="md">
        {remove.error && <ProblemAlert error={remove.error} />}
        <ConferenceOverview conference={c} />
        {c.connectionPoints.length > 0 && <ConnectionPointsTable conference={c} />}
        {participants?.({ conferenceId: c.id, connectionPoints: c.connectionPoints, canManage })}
        {c.officials.length > 0 && <OfficialsList conference={c} />}
        {c.agenda.length > 0 && <AgendaList conference={c} />}
        {c.materials.length > 0 && <MaterialsList conference={c} />}
        {c.outcomes.length > 0 && <OutcomesLists conference={c} />}
        {c.sources.some((s) => s.url || s.title || s.publisher || s.fileId) && <SourcesList conference={c} />}
      </Stack>
    </Container>
  );
}
