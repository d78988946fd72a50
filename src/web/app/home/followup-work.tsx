import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { followupListSchema } from '../../../shared/api/followup';
import { api } from '../../lib/api-client';
import { formatDate } from '../../lib/format';
import { useT } from '../../lib/use-t';

type FollowupList = z.infer<typeof followupListSchema>;
const query = { waiting: 'true', sort: 'due_asc', page: 1, pageSize: 5 } as const;

/** "Việc của tôi": the follow-up items waiting for the reader, the five soonest due, overdue ones flagged. */
export function FollowupWork() {
  const t = useT();
  const waiting = useQuery({
    queryKey: ['followup', 'list', query],
    queryFn: ({ signal }) => api.get<FollowupList>('/api/followup-items', { query, signal }),
  });
  return (
    <Paper withBorder p="md" radius="md" data-testid="home-followup">
      <Stack gap="xs">
        <Group justify="space-between" align="baseline">
          <Title order={2} fz="md">
            {t('followup.home.title', { count: waiting.data?.total ?? 0 })}
          </Title>
          <Anchor component={Link} to="/follow-up?waiting=true" size="sm">
            {t('followup.home.all')}
          </Anchor>
        </Group>
        {waiting.data?.items.length ? (
          waiting.data.items.map((item) => (
            <Group key={item.id} gap="xs" wrap="nowrap" justify="space-between">
              <Anchor component={Link} to={`/follow-up/items/${item.id}`} size="sm" lineClamp={1} title={item.text}>
                {item.reference ? `${item.reference} — ${item.text}` : item.text}
              </Anchor>
              {item.overdue ? (
                <Badge size="sm" color="red" variant="filled" style={{ flexShrink: 0 }}>
                  {t('followup.flag.overdue')}
                </Badge>
              ) : (
                <Text size="sm" c={item.dueSoon ? 'var(--rd-warning-text)' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(item.dueDate)}
                </Text>
              )}
            </Group>
          ))
        ) : (
          <Text size="sm" c="dimmed">
            {t('home.work.none')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
