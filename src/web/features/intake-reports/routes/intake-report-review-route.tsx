import { Alert, Anchor, Button, Container, Group, Loader, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { ProblemAlert } from '../../../components/problem-alert';
import { useT } from '../../../lib/use-t';
import { useIntakeReport } from '../api/get-report';
import { useDropReport } from '../api/save-report';
import { KindBadge } from '../components/kind-badge';
import { RecommendationsReview } from '../components/recommendations-review';
import { ReportReview } from '../components/report-review';

/** /intake/reports/:id: what the document was recognised as, and its review. */
export function IntakeReportReviewRoute() {
  const t = useT();
  const { id = '' } = useParams();
  const doc = useIntakeReport(id);
  const drop = useDropReport(id);
  if (doc.error) return <ProblemAlert error={doc.error} onRetry={() => void doc.refetch()} />;
  if (!doc.data) return <Loader />;
  const d = doc.data;
  const p = d.proposal;
  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={p.title ?? d.fileName}
        description={d.fileName}
        crumbs={[{ label: t('intakeReports.crumb'), to: '/intake' }, { label: t('intakeReports.title'), to: '/intake/reports' }]}
        actions={
          d.status === 'ready' ? (
            <Button variant="default" color="gray" loading={drop.isPending} onClick={() => drop.mutate(d.version)}>
              {t('intakeReports.review.drop')}
            </Button>
          ) : undefined
        }
      />
      <Stack gap="md">
        <Group gap="xs">
          <KindBadge kind={p.documentKind} />
          {p.recognisedBy.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('intakeReports.review.recognisedBy', { clues: p.recognisedBy.join('; ') })}
            </Text>
          )}
          {d.fileId && (
            <Anchor href={`/api/files/${encodeURIComponent(d.fileId)}`} size="sm" ml="auto">
              {t('intakeReports.review.original')}
            </Anchor>
          )}
        </Group>
        {d.status === 'dropped' && <Alert color="gray">{t('intakeReports.review.dropped')}</Alert>}
        {drop.error && <ProblemAlert error={drop.error} />}
        {p.documentKind === 'provincial_report' && <ReportReview doc={d} />}
        {p.documentKind === 'recommendation_list' && <RecommendationsReview doc={d} />}
        {(p.documentKind === 'article' || p.documentKind === 'unknown') &&
          p.warnings.map((w) => (
            <Alert key={w} color="yellow">
              {w}
            </Alert>
          ))}
      </Stack>
    </Container>
  );
}
