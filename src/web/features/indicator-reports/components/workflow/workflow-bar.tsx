import { Button, Group, Modal, Paper, Stack, Text, Textarea, Timeline, Tooltip } from '@mantine/core';
import { useState } from 'react';
import type { ReportDetail } from '../../../../../shared/api/indicator-reports';
import { parsePeriod, periodLabel } from '../../../../../shared/indicators/periods';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useToast } from '../../../../components/toast/toast-context';
import { formatDate, formatDateTime } from '../../../../lib/format';
import type { MessageId } from '../../../../lib/messages';
import { useT } from '../../../../lib/use-t';
import { useWorkflowAction, type WorkflowAction } from '../../api/report-workflow';
import type { SubmitRefusal } from '../../api/submit-refusal';
import { ReportStatusBadge } from '../report-status-badge';

type Props = { report: ReportDetail; blocking: number; version: () => number; flush: () => Promise<void>; onRefused: (refusal: SubmitRefusal | null) => void };

/** Status, due date and the steps the person may take; returning and reopening ask why. */
export function WorkflowBar({ report, blocking, version, flush, onRefused }: Props) {
  const t = useT();
  const toast = useToast();
  const action = useWorkflowAction(report.id, onRefused);
  const [asking, setAsking] = useState<'return' | 'reopen' | 'submit' | 'approve' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const period = parsePeriod(report.period);

  const run = async (name: WorkflowAction) => {
    if ((name === 'return' || name === 'reopen') && reason.trim().length < 5) {
      setReasonError(t('indicatorReports.workflow.reasonTooShort'));
      return;
    }
    await flush();
    action.mutate(
      { action: name, version: version(), reason: reason.trim() },
      {
        onSuccess: () => {
          setAsking(null);
          setReason('');
          toast(t(`indicatorReports.workflow.done.${name}`));
        },
      },
    );
  };

  const submitButton = (
    <Button disabled={blocking > 0} onClick={() => setAsking('submit')}>
      {t('indicatorReports.workflow.submit')}
    </Button>
  );
  return (
    <Paper withBorder p="sm" radius="md" mb="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="md">
          <ReportStatusBadge status={report.status} />
          <Text size="sm">{t('indicatorReports.report.period', { period: period ? periodLabel(period) : report.period })}</Text>
          <Text size="sm" c={report.late ? 'red' : undefined}>
            {t('indicatorReports.report.due', { date: formatDate(report.dueDate) })}
            {report.late ? ` · ${t('indicatorReports.late')}` : ''}
          </Text>
        </Group>
        <Group gap="xs">
          {report.can.submit &&
            (blocking > 0 ? (
              <Tooltip label={t('indicatorReports.workflow.submitBlocked', { count: blocking })} multiline w={280}>
                <span>{submitButton}</span>
              </Tooltip>
            ) : (
              submitButton
            ))}
          {report.can.return && (
            <Button variant="light" color="orange" onClick={() => setAsking('return')}>
              {t('indicatorReports.workflow.return')}
            </Button>
          )}
          {report.can.approve && (
            <Button color="teal" onClick={() => setAsking('approve')}>
              {t('indicatorReports.workflow.approve')}
            </Button>
          )}
          {report.can.reopen && (
            <Button variant="light" color="orange" onClick={() => setAsking('reopen')}>
              {t('indicatorReports.workflow.reopen')}
            </Button>
          )}
        </Group>
      </Group>
      {report.can.submit && blocking > 0 && (
        <Text size="xs" c="red" mt={4}>
          {t('indicatorReports.workflow.submitBlocked', { count: blocking })}
        </Text>
      )}
      {action.error && !asking && <ProblemAlert error={action.error} />}
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking === 'return' ? t('indicatorReports.workflow.returnTitle') : asking === 'reopen' ? t('indicatorReports.workflow.reopenTitle') : asking ? t(`indicatorReports.workflow.${asking}`) : ''}
      >
        <Stack>
          {asking === 'submit' && <Text size="sm">{t('indicatorReports.workflow.confirmSubmit')}</Text>}
          {asking === 'approve' && <Text size="sm">{t('indicatorReports.workflow.confirmApprove')}</Text>}
          {(asking === 'return' || asking === 'reopen') && (
            <Textarea
              label={t('indicatorReports.workflow.reason')}
              description={t('indicatorReports.workflow.reasonHint')}
              autosize
              minRows={3}
              required
              value={reason}
              error={reasonError}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setReasonError(null);
              }}
            />
          )}
          {action.error && <ProblemAlert error={action.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(null)}>
              {t('common.cancel')}
            </Button>
            <Button loading={action.isPending} onClick={() => asking && void run(asking)} color={asking === 'approve' ? 'teal' : asking === 'submit' ? undefined : 'orange'}>
              {asking ? t(`indicatorReports.workflow.${asking}`) : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

/** The actions the server writes in a report's history (`indicator_report_events.action`). */
const knownActions = ['created', 'values_saved', 'submitted', 'returned', 'approved', 'reopened', 'imported'];

/** What an entry adds to its title: how many cells a save touched, which file an import read. */
function eventDetail(e: ReportDetail['events'][number], t: ReturnType<typeof useT>): string | null {
  const d = e.details ?? {};
  const count = (v: unknown) => (typeof v === 'number' ? v : null);
  if (e.action === 'values_saved' && count(d.cells) !== null) return t('indicatorReports.history.detail.saved', { cells: count(d.cells)! });
  if (e.action === 'imported') {
    const values = count(d.values) ?? 0;
    if (typeof d.fileName === 'string' && (d.fileKind === 'csv' || d.fileKind === 'xlsx')) return t('indicatorReports.history.detail.file', { file: d.fileName, values });
    return t('indicatorReports.history.detail.intake', { values });
  }
  if (e.action === 'created' && d.via === 'import') return t('indicatorReports.history.detail.createdByImport');
  return null;
}

/** Who did what, when and why, newest first. */
export function HistoryTimeline({ report }: { report: ReportDetail }) {
  const t = useT();
  if (report.events.length === 0) return <Text size="sm" c="dimmed">{t('indicatorReports.history.empty')}</Text>;
  const events = [...report.events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline bulletSize={12} lineWidth={2} active={events.length}>
      {events.map((e, i) => {
        const detail = eventDetail(e, t);
        return (
          <Timeline.Item key={i} title={t((knownActions.includes(e.action) ? `indicatorReports.history.action.${e.action}` : 'indicatorReports.history.action.other') as MessageId)}>
            {detail && <Text size="sm">{detail}</Text>}
            <Text size="xs" c="dimmed">
              {t('indicatorReports.history.by', { who: e.actorName ?? t('indicatorReports.history.unknownActor'), when: formatDateTime(e.at) })}
            </Text>
            {e.reason && <Text size="sm">{t('indicatorReports.history.reason', { reason: e.reason })}</Text>}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
