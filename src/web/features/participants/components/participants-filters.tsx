import { Group, Select } from '@mantine/core';
import { SearchInput } from '../../../components/search-input';
import { useT } from '../../../lib/use-t';
import type { PointOption } from './types';

export type ParticipantFilters = { q: string; connectionPoint: string; checkedIn: '' | 'true' | 'false' };

type Props = { values: ParticipantFilters; points: PointOption[]; onChange: (changes: Partial<ParticipantFilters>) => void };

/** Search (without diacritics works), connection point, checked in or not. */
export function ParticipantsFilters({ values, points, onChange }: Props) {
  const t = useT();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" mb="md">
      <SearchInput label={t('participants.filter.search')} placeholder={t('participants.filter.searchPlaceholder')} value={values.q} onSearch={(q) => onChange({ q })} />
      {points.length > 0 && (
        <Select
          label={t('participants.field.connectionPoint')}
          placeholder={t('common.all')}
          data={[{ value: 'none', label: t('participants.point.none') }, ...points.map((p) => ({ value: p.id, label: p.name }))]}
          value={values.connectionPoint || null}
          onChange={(v) => onChange({ connectionPoint: v ?? '' })}
          clearable
          searchable
          w={260}
        />
      )}
      <Select
        label={t('participants.filter.checkIn')}
        placeholder={t('common.all')}
        data={[
          { value: 'true', label: t('participants.checkIn.done') },
          { value: 'false', label: t('participants.checkIn.notYet') },
        ]}
        value={values.checkedIn || null}
        onChange={(v) => onChange({ checkedIn: (v ?? '') as ParticipantFilters['checkedIn'] })}
        clearable
        w={200}
      />
    </Group>
  );
}
