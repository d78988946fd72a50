import { Card, List, Skeleton, Text, Title } from '@mantine/core';
import type { ProvincialReportPreview } from '../../../../shared/api/provincial-reports';
import { formatDate, formatNumber } from '../../../lib/format';
import { useT } from '../../../lib/use-t';

/** What the report will contain, part by part, before it is downloaded. */
export function ReportPreviewCard({ preview, loading }: { preview: ProvincialReportPreview | undefined; loading: boolean }) {
  const t = useT();
  if (!preview) return loading ? <Skeleton height={180} /> : null;
  const n = (v: number) => formatNumber(v);
  const { trainings, items } = preview;
  return (
    <Card withBorder padding="lg" aria-busy={loading}>
      <Title order={3} size="h4" mb="xs">
        {t('provincialReports.preview.title', { scope: preview.provinceName, period: preview.periodLabel })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('provincialReports.preview.range', { from: formatDate(preview.from), to: formatDate(preview.to) })}
      </Text>
      <List spacing={6}>
        <List.Item>
          {t('provincialReports.preview.trainings', {
            conferences: n(trainings.conferences),
            participants: trainings.participants === null ? '—' : n(trainings.participants),
            points: n(trainings.connectionPoints),
            tested: n(trainings.testedConferences),
          })}
        </List.Item>
        <List.Item>{t('provincialReports.preview.indicators', { count: preview.indicators })}</List.Item>
        <List.Item>
          {t('provincialReports.preview.items', {
            total: n(items.total),
            done: n(items.done),
            inProgress: n(items.inProgress),
            notStarted: n(items.notStarted),
            notDone: n(items.notDone),
            overdue: n(items.overdue),
          })}
        </List.Item>
        {preview.provinceCode !== null && <List.Item>{t('provincialReports.preview.limitations', { count: preview.limitations })}</List.Item>}
        <List.Item>{t('provincialReports.preview.carriedOver', { count: preview.carriedOver })}</List.Item>
      </List>
    </Card>
  );
}
