import { Chip, Group } from '@mantine/core';
import { useT } from '../../../../lib/use-t';
import type { FollowupFilters } from '../../api/list-items';

type Props = { values: FollowupFilters; onChange: (key: 'overdue' | 'dueSoon' | 'waiting', value: string) => void };

const colours = { overdue: 'red', dueSoon: 'orange', waiting: 'blue' } as const;

/** Quá hạn, sắp đến hạn, việc của tôi: one click each, kept in the address bar like the other filters. */
export function QuickFlags({ values, onChange }: Props) {
  const t = useT();
  return (
    <Group gap="xs">
      {(['overdue', 'dueSoon', 'waiting'] as const).map((key) => (
        <Chip key={key} checked={values[key] === 'true'} onChange={(on) => onChange(key, on ? 'true' : '')} variant="outline" color={colours[key]}>
          {t(`followup.filter.${key}`)}
        </Chip>
      ))}
    </Group>
  );
}
