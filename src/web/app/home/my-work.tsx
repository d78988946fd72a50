import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { conferenceListSchema } from '../../../shared/api/conferences';
import type { reportListSchema } from '../../../shared/api/indicator-reports';
import { can } from '../../../shared/auth/permissions';
import { parsePeriod, periodLabel } from '../../../shared/indicators/periods';
import { api } from '../../lib/api-client';
import { useSignedInUser } from '../../lib/current-user';
import { formatDate } from '../../lib/format';
import { useLocale } from '../../lib/locale';
import { useT } from '../../lib/use-t';
import { FollowupWork } from './followup-work';

type Conferences = z.infer<typeof conferenceListSchema>;
type Reports = z.infer<typeof reportListSchema>;

function useConferences(status: 'planned' | 'held', sort: 'date_asc' | 'date_desc', enabled: boolean) {
  return useQuery({
    queryKey: ['conferences', 'list', { status, sort, page: 1, pageSize: 5 }],
    queryFn: ({ signal }) => api.get<Conferences>('/api/conferences', { query: { status, sort, page: 1, pageSize: 5 }, signal }),
    enabled,
  });
}

function Card({ title, more, children }: { title: string; more: { to: string; label: string }; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" align="baseline">
          <Title order={2} fz="md">
            {title}
          </Title>
          <Anchor component={Link} to={more.to} size="sm">
            {more.label}
          </Anchor>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * The home page's "your work": indicator reports waiting for the reader (to finish, or to approve),
 * the trainings coming up and those just held — what an officer opens the system for.
 */
export function MyWork() {
  const t = useT();
  const { locale } = useLocale();
  const user = useSignedInUser();
  const readsTraining = can(user.role, 'conferences.read');
  const readsIndicators = can(user.role, 'indicators.read');
  const waiting = useQuery({
    queryKey: ['indicator-reports', 'list', { waiting: 'true', page: 1, pageSize: 5 }],
    queryFn: ({ signal }) => api.get<Reports>('/api/indicator-reports', { query: { waiting: 'true', page: 1, pageSize: 5 }, signal }),
    enabled: readsIndicators,
  });
  const upcoming = useConferences('planned', 'date_asc', readsTraining);
  const recent = useConferences('held', 'date_desc', readsTraining);
  const none = <Text size="sm" c="dimmed">{t('home.work.none')}</Text>;
  const cards = (readsIndicators ? 1 : 0) + (readsTraining ? 2 : 0) + 1;

  return (
    <SimpleGrid cols={{ base: 1, md: cards === 4 ? 2 : cards }} spacing="md" mb="xl">
      <FollowupWork />
      {readsIndicators && (
        <Card title={t('home.work.waiting', { count: waiting.data?.total ?? 0 })} more={{ to: '/indicators', label: t('home.work.allReports') }}>
          {waiting.data?.items.length
            ? waiting.data.items.map((r) => {
                const period = parsePeriod(r.period);
                return (
                  <Group key={r.id} gap="xs" wrap="nowrap" justify="space-between">
                    <Anchor component={Link} to={`/indicators/reports/${r.id}`} size="sm" lineClamp={1}>
                      {r.unitName} — {period ? periodLabel(period, locale) : r.period}
                    </Anchor>
                    <Badge size="sm" variant="light" color={r.status === 'submitted' ? 'blue' : r.status === 'returned' ? 'red' : 'gray'}>
                      {t(`indicatorReports.status.${r.status}`)}
                    </Badge>
                  </Group>
                );
              })
            : none}
        </Card>
      )}
      {readsTraining &&
        (
          [
            ['home.work.upcoming', upcoming],
            ['home.work.recent', recent],
          ] as const
        ).map(([title, query]) => (
          <Card key={title} title={t(title)} more={{ to: '/training', label: t('home.work.allTrainings') }}>
            {query.data?.items.length
              ? query.data.items.map((c) => (
                  <Group key={c.id} gap="xs" wrap="nowrap" justify="space-between">
                    <Anchor component={Link} to={`/training/${c.id}`} size="sm" lineClamp={1}>
                      {c.title}
                    </Anchor>
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(c.date)}
                    </Text>
                  </Group>
                ))
              : none}
          </Card>
        ))}
    </SimpleGrid>
  );
}
