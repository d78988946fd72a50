import { Anchor, Badge, Button, Card, Container, FileButton, Group, Stack, Table, Text } from '@mantine/core';
import { useNavigate, Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useIntakeReports } from '../api/get-report';
import { useUploadReport } from '../api/upload-report';
import { KindBadge } from '../components/kind-badge';

const accept = '.docx,.pdf,.xlsx,.txt,.html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** /intake/reports: bring in a provincial report or a list of recommendations, then review it. */
export function IntakeReportsRoute() {
  const t = useT();
  const navigate = useNavigate();
  const upload = useUploadReport();
  const list = useIntakeReports();
  const send = (file: File | null) => {
    if (file) upload.mutate(file, { onSuccess: (doc) => navigate(`/intake/reports/${doc.id}`) });
  };
  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('intakeReports.title')} description={t('intakeReports.description')} crumbs={[{ label: t('intakeReports.crumb'), to: '/intake' }]} />
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Text fw={600}>{t('intakeReports.upload.heading')}</Text>
            <Text size="sm" c="dimmed">
              {t('intakeReports.upload.hint')}
            </Text>
            <Group>
              <FileButton onChange={send} accept={accept}>
                {(props) => (
                  <Button {...props} loading={upload.isPending}>
                    {t('intakeReports.upload.choose')}
                  </Button>
                )}
              </FileButton>
              {upload.isPending && <Text size="sm">{t('intakeReports.upload.reading')}</Text>}
            </Group>
            {upload.error && <ProblemAlert error={upload.error} />}
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Text fw={600} mb="sm">
            {t('intakeReports.list.heading')}
          </Text>
          {list.error && <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />}
          {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('intakeReports.list.empty')}</Text>}
          {list.data && list.data.items.length > 0 && (
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('intakeReports.list.file')}</Table.Th>
                  <Table.Th>{t('intakeReports.list.kind')}</Table.Th>
                  <Table.Th>{t('intakeReports.list.period')}</Table.Th>
                  <Table.Th>{t('intakeReports.list.status')}</Table.Th>
                  <Table.Th>{t('intakeReports.list.at')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/intake/reports/${d.id}`}>
                        {d.fileName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <KindBadge kind={d.documentKind} />
                    </Table.Td>
                    <Table.Td>{d.period ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={d.status === 'saved' ? 'green' : d.status === 'dropped' ? 'gray' : 'blue'}>
                        {t(`intakeReports.status.${d.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDateTime(d.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      </Stack>
    </Container>
  );
}
