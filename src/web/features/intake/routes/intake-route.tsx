import { Container, Stack } from '@mantine/core';
import { PageHeader } from '../../../components/page-header';
import { useT } from '../../../lib/use-t';
import { QueueView } from '../components/queue/queue-view';
import { UploadPanel } from '../components/upload/upload-panel';

/** Nhập tài liệu: bring articles and reports in, then pick one from the queue to review. */
export function IntakeRoute() {
  const t = useT();
  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('intake.title')} description={t('intake.description')} />
      <Stack gap="lg">
        <UploadPanel />
        <QueueView />
      </Stack>
    </Container>
  );
}
