import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useT } from '../../../../lib/use-t';

/** A body a source document names as (co-)organiser that the registry does not hold yet. */
export type SuggestedOrganiser = { name: string; role: 'organizer' | 'co_organizer' };

type Props = { suggested: SuggestedOrganiser[]; canAdd: boolean; onAdd: (suggestion: SuggestedOrganiser) => void };

/**
 * The names a reviewed document gives for organisers that match nothing in the registry: each
 * can be added on the spot (the new body then fills an organiser row), or left out.
 */
export function SuggestedOrganisers({ suggested, canAdd, onAdd }: Props) {
  const t = useT();
  if (!suggested.length) return null;
  return (
    <Alert color="yellow" variant="light" title={t('conferences.organisers.suggestedTitle')}>
      <Stack gap={6}>
        {suggested.map((s) => (
          <Group key={s.name} justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm">
              <Text span fw={600} size="sm">
                {s.name}
              </Text>
              <Text span c="dimmed" size="sm">{` (${t(`conferences.organiserRole.${s.role}`)})`}</Text>
            </Text>
            {canAdd && (
              <Button size="compact-sm" variant="light" onClick={() => onAdd(s)}>
                {t('conferences.organisers.suggestedAdd')}
              </Button>
            )}
          </Group>
        ))}
        {!canAdd && (
          <Text size="xs" c="dimmed">
            {t('conferences.organisers.suggestedNoRight')}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
