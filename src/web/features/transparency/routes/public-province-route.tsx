import { Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import type { PublicProvince } from '../../../../shared/api/transparency';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDate, formatNumber } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { usePublicProvince } from '../api/public-provinces';
import { FiguresSection } from '../components/figures-section';
import { PublicLayout } from '../components/public-layout';

const statusColors: Record<string, string> = { not_started: 'gray', in_progress: 'blue', done: 'teal', not_done: 'orange' };

function TrainingsSection({ trainings }: { trainings: PublicProvince['trainings'] }) {
  const t = useT();
  return (
    <Stack gap="sm" component="section">
      <Title order={2} size="h3">
        {t('transparency.public.trainings')}
      </Title>
      {trainings.byYear.length === 0 ? (
        <Text c="dimmed">{t('transparency.public.noTrainings')}</Text>
      ) : (
        <>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('transparency.public.year')}</Table.Th>
                <Table.Th ta="right">{t('transparency.public.conferences')}</Table.Th>
                <Table.Th ta="right">{t('transparency.public.points')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trainings.byYear.map((y) => (
                <Table.Tr key={y.year}>
                  <Table.Td>{y.year}</Table.Td>
                  <Table.Td ta="right">{formatNumber(y.conferences)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(y.connectionPoints)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <List size="sm" spacing={4}>
            {trainings.recent.map((c) => (
              <List.Item key={`${c.startDate}-${c.title}`}>
                {c.title} ({formatDate(c.startDate)}
                {c.endDate && c.endDate !== c.startDate ? ` – ${formatDate(c.endDate)}` : ''})
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

function FollowupSection({ followup }: { followup: PublicProvince['followup'] }) {
  const t = useT();
  const { counts } = followup;
  const tiles = [
    ['total', counts.total],
    ['done', counts.done],
    ['in_progress', counts.inProgress],
    ['not_started', counts.notStarted],
    ['not_done', counts.notDone],
    ['overdue', counts.overdue],
  ] as const;
  return (
    <Stack gap="sm" component="section">
      <Title order={2} size="h3">
        {t('transparency.public.followup')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }}>
        {tiles.map(([key, value]) => (
          <Card key={key} withBorder padding="sm">
            <Text size="xl" fw={700}>
              {formatNumber(value)}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`transparency.public.count.${key}`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {followup.items.length === 0 ? (
        <Text c="dimmed">{t('transparency.public.noItems')}</Text>
      ) : (
        <Stack gap="xs">
          {followup.items.map((i, k) => (
            <Card key={k} withBorder padding="sm">
              <Group gap="xs" mb={4}>
                <Badge color={statusColors[i.status]} variant="light">
                  {t(`transparency.public.count.${i.status}`)}
                </Badge>
                {i.overdue && (
                  <Badge color="red" variant="light">
                    {t('transparency.public.count.overdue')}
                  </Badge>
                )}
                {i.reference && (
                  <Text size="xs" c="dimmed">
                    {i.reference}
                  </Text>
                )}
              </Group>
              <Text size="sm">{i.text}</Text>
              {i.dueDate && (
                <Text size="xs" c="dimmed">
                  {t('transparency.public.due', { date: formatDate(i.dueDate) })}
                </Text>
              )}
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** /public/:provinceCode — a province's published page: approved figures, trainings held, follow-up status. */
export function PublicProvinceRoute() {
  const t = useT();
  const code = useParams().provinceCode ?? '';
  const page = usePublicProvince(code);
  if (page.isPending) return <PageLoader />;
  if (page.error) {
    return (
      <PublicLayout title={t('transparency.public.notPublished')} back>
        <ProblemAlert error={page.error} />
      </PublicLayout>
    );
  }
  const p = page.data;
  return (
    <PublicLayout title={p.name} subtitle={t('transparency.public.provinceSubtitle', { date: formatDate(p.publishedAt) })} back>
      <FiguresSection indicators={p.indicators} />
      <TrainingsSection trainings={p.trainings} />
      <FollowupSection followup={p.followup} />
    </PublicLayout>
  );
}
