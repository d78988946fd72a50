import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../../lib/use-t';
import { usePlan } from '../api/get-plan';

/**
 * "Kiểm tra & khảo sát" on the conference page: where the tests stand, and the way to the page
 * that runs them. The shell places it (features do not import each other).
 */
export function AwarenessCard({ conferenceId }: { conferenceId: string }) {
  const t = useT();
  const plan = usePlan(conferenceId);
  const p = plan.data;
  const open = p ? (['pre', 'post', 'survey'] as const).filter((phase) => p.phases[phase]) : [];
  return (
    <Paper component="section" withBorder p={{ base: 'sm', sm: 'lg' }} radius="md" aria-labelledby="awareness-card-title">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={3} fz="lg" id="awareness-card-title">
            {t('awareness.page.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {!p
              ? t('common.loading')
              : t('awareness.card.summary', {
                  questions: p.questions.length,
                  pre: p.responses.pre,
                  post: p.responses.post,
                  survey: p.responses.survey,
                })}
            {open.length > 0 && ` ${t('awareness.card.open', { phases: open.map((o) => t(`awareness.phase.${o}`)).join(', ') })}`}
          </Text>
        </Stack>
        <Button component={Link} to={`/training/${conferenceId}/awareness`} variant="light">
          {t('awareness.card.manage')}
        </Button>
      </Group>
    </Paper>
  );
}
