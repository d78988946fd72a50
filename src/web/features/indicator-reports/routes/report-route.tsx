import { Alert, Anchor, Button, Grid, Group, List, Paper, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import type { ReportDetail } from '../../../../shared/api/indicator-reports';
import { issuesBlockingSubmit } from '../../../../shared/indicators/validation';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useReport } from '../api/get-report';
import { withRefusal, type SubmitRefusal } from '../api/submit-refusal';
import { cellDomId, EntryGrid } from '../components/grid/entry-grid';
import { buildGridRows, gridColumns } from '../components/grid/grid-model';
import { useGridEntries } from '../components/grid/use-grid-entries';
import { HistoryTimeline, WorkflowBar } from '../components/workflow/workflow-bar';

/** One report: its workflow, the entry grid saved as one types, the issues and the history. */
export function IndicatorReportRoute() {
  const id = useParams().id ?? '';
  const query = useReport(id);
  // A refused submission outlives the fresh copy of the report read after it.
  const [refusal, setRefusal] = useState<SubmitRefusal | null>(null);
  if (query.isPending) return <PageLoader />;
  if (query.error) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  // A fresh copy (after a workflow step or a reload) starts the grid again from the server's figures.
  return <ReportWorkspace key={query.dataUpdatedAt} report={query.data} onReload={() => void query.refetch()} refusal={refusal} onRefusal={setRefusal} />;
}

type WorkspaceProps = { report: ReportDetail; onReload: () => void; refusal: SubmitRefusal | null; onRefusal: (refusal: SubmitRefusal | null) => void };

function ReportWorkspace({ report, onReload, refusal, onRefusal }: WorkspaceProps) {
  const t = useT();
  const rows = useMemo(() => buildGridRows(report.rows.map((r) => r.indicator)), [report.rows]);
  const columns = useMemo(() => gridColumns(rows), [rows]);
  const grid = useGridEntries(report, rows);
  const readOnly = !report.can.edit || grid.save.conflict;
  // After a save the server's issues are current again: the refusal has said what it had to.
  useEffect(() => {
    if (grid.save.savedAt) onRefusal(null);
  }, [grid.save.savedAt, onRefusal]);
  const issues = useMemo(() => withRefusal(grid.issues, refusal), [grid.issues, refusal]);
  const blocking = useMemo(
    () => issuesBlockingSubmit(issues, [...grid.entries].map(([key, e]) => ({ indicatorCode: key.split('|')[0]!, part: key.split('|')[1] ?? '', ...e }))).length + grid.invalid.size,
    [issues, grid.entries, grid.invalid],
  );
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');

  return (
    <>
      <PageHeader
        crumbs={[{ label: t('indicatorReports.report.crumb'), to: '/indicators' }]}
        title={t('indicatorReports.report.title', { form: report.formName, unit: report.unitName })}
        actions={
          report.can.edit && (
            <Text size="sm" c={grid.save.error ? 'red' : 'dimmed'} role="status" data-testid="save-status">
              {grid.save.saving
                ? t('indicatorReports.save.saving')
                : grid.save.error
                  ? t('indicatorReports.save.failed')
                  : grid.invalid.size > 0
                    ? t('indicatorReports.save.invalid', { count: grid.invalid.size })
                    : grid.save.savedAt
                      ? t('indicatorReports.save.savedAt', { time: formatDateTime(grid.save.savedAt).slice(11) })
                      : ''}
            </Text>
          )
        }
      />
      <WorkflowBar report={report} blocking={blocking} version={grid.version} flush={grid.flush} onRefused={onRefusal} />
      {refusal && (
        <Alert color="red" variant="light" title={t('errors.REPORT_HAS_ERRORS.title')} role="alert" mb="md" data-testid="submit-refused">
          <Text size="sm">{refusal.detail}</Text>
          <Text size="sm" mt={4}>
            {t('indicatorReports.refused.hint')}
          </Text>
        </Alert>
      )}
      {grid.save.conflict && (
        <Alert color="orange" variant="light" title={t('indicatorReports.conflict.title')} role="alert" mb="md">
          <Text size="sm">{t('indicatorReports.conflict.body')}</Text>
          <Button mt="sm" size="xs" color="orange" onClick={onReload}>
            {t('indicatorReports.conflict.reload')}
          </Button>
        </Alert>
      )}
      {Boolean(grid.save.error) && <ProblemAlert error={grid.save.error} onRetry={() => void grid.flush()} retryLabel={t('common.retry')} />}
      {!report.can.edit && (
        <Text size="sm" c="dimmed" mb="sm">
          {report.status === 'submitted' || report.status === 'approved'
            ? t('indicatorReports.report.readOnly', { status: t(`indicatorReports.status.${report.status}`) })
            : t('indicatorReports.report.readOnlyNoRight')}
        </Text>
      )}
      {report.lastReason && report.status === 'returned' && (
        <Alert color="orange" variant="light" mb="md">
          {t('indicatorReports.list.reason', { reason: report.lastReason })}
        </Alert>
      )}
      {issues.length > 0 && (
        <Paper withBorder p="sm" radius="md" mb="md" data-testid="issues-summary">
          <Text fw={600} size="sm">
            {t('indicatorReports.issues.title', { errors: errors.length, warnings: warnings.length, both: String(errors.length > 0 && warnings.length > 0) })}
          </Text>
          <Text size="xs" c="dimmed" mb={4}>
            {t('indicatorReports.issues.hint')}
          </Text>
          <List size="sm" spacing={2}>
            {[...errors, ...warnings].map((i, n) => (
              <List.Item key={n}>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  c={i.severity === 'error' ? 'red' : 'orange.8'}
                  onClick={() => {
                    const field = i.field === 'value' && rows.find((r) => r.indicatorCode === i.indicatorCode)?.indicator.valueType === 'ratio' ? 'numerator' : i.field;
                    document.getElementById(cellDomId(`${i.indicatorCode}|${i.part}`, field))?.focus();
                  }}
                >
                  {t(i.severity === 'error' ? 'indicatorReports.issues.error' : 'indicatorReports.issues.warning')}: {i.message}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, xl: 9.5 }}>
          <EntryGrid report={report} rows={rows} columns={columns} entries={grid.entries} invalid={grid.invalid} issues={issues} readOnly={readOnly} onCells={grid.setCells} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 2.5 }}>
          <Group mb="xs">
            <Title order={4}>{t('indicatorReports.history.title')}</Title>
          </Group>
          <HistoryTimeline report={report} />
        </Grid.Col>
      </Grid>
    </>
  );
}
