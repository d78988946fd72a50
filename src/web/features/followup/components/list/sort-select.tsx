import { Select } from '@mantine/core';
import { followupSorts } from '../../../../../shared/api/followup';
import { useT } from '../../../../lib/use-t';

/** Soonest due first (the default), newest first, or last changed first. */
export function SortSelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <Select
      label={t('followup.sort.label')}
      data={followupSorts.map((s) => ({ value: s, label: t(`followup.sort.${s}`) }))}
      value={value || 'due_asc'}
      onChange={(v) => onChange(v === 'due_asc' ? '' : (v ?? ''))}
      allowDeselect={false}
      w={{ base: '100%', xs: 220 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
