import { Alert, Button, Group, Text } from '@mantine/core';
import { useT } from '../../../../lib/use-t';
import type { FollowupFilters } from '../../api/list-items';

type Props = { filters: FollowupFilters; onClear: () => void };

/** Says when the list is narrowed to one conference's, visit's or national item's items (from a link), with a way out. */
export function ScopeNotice({ filters, onClear }: Props) {
  const t = useT();
  const scope = filters.conferenceId ? 'conference' : filters.visitId ? 'visit' : filters.parentId ? 'parent' : null;
  if (!scope) return null;
  return (
    <Alert color="blue" variant="light" mb="md" py="xs">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t(`followup.scope.${scope}`)}</Text>
        <Button size="compact-sm" variant="subtle" onClick={onClear}>
          {t('followup.scope.clear')}
        </Button>
      </Group>
    </Alert>
  );
}
