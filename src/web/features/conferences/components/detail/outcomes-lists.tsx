import { Anchor, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Conference } from '../../../../../shared/api/conferences';
import { useCan } from '../../../../lib/current-user';
import { formatDate } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import type { OutcomeKind } from '../form/form-values';
import { useTrackedOutcomes } from '../../api/track-outcomes';
import { DetailSection } from './detail-section';
import { TrackOutcomesButton } from './track-outcomes-button';

/**
 * Kết quả: the limitations named and the directions given, side by side, each with who and by when;
 * those followed up link to their item, and who manages follow-up may track the others.
 */
export function OutcomesLists({ conference: c }: { conference: Conference }) {
  const t = useT();
  const canTrack = useCan('followup.manage');
  const { tracked } = useTrackedOutcomes(c.id, useCan('followup.read'));
  const column = (kind: OutcomeKind) => {
    const items = c.outcomes.filter((o) => o.kind === kind);
    return (
      <Stack gap="xs">
        <Title order={4} fz="md">
          {t(`conferences.outcomes.${kind}.title`)}
        </Title>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('conferences.detail.none')}
          </Text>
        ) : (
          <List spacing="xs" size="sm">
            {items.map((o) => {
              const who = [o.responsibleOrganisationName, o.responsibleText].filter(Boolean).join('; ');
              const meta = [who && t('conferences.outcomes.by', { who }), o.dueDate && t('conferences.outcomes.due', { date: formatDate(o.dueDate) })].filter(Boolean);
              return (
                <List.Item key={o.id}>
                  <Text size="sm">{o.text}</Text>
                  {meta.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {meta.join(' · ')}
                    </Text>
                  )}
                  {tracked.has(o.id) && (
                    <Anchor component={Link} to={`/follow-up/items/${tracked.get(o.id)}`} size="xs">
                      {t('followup.track.tracked')}
                    </Anchor>
                  )}
                </List.Item>
              );
            })}
          </List>
        )}
      </Stack>
    );
  };
  return (
    <DetailSection title={t('conferences.section.outcomes')}>
      {canTrack && (
        <Group justify="flex-end" mt={-8}>
          <TrackOutcomesButton conference={c} tracked={tracked} />
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {column('limitation')}
        {column('direction')}
      </SimpleGrid>
    </DetailSection>
  );
}
