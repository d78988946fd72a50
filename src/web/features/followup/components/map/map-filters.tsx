import { Group, Select } from '@mantine/core';
import { rightsThemes } from '../../../../../shared/api/conferences';
import { followupKinds, treaties } from '../../../../../shared/api/followup';
import { useT } from '../../../../lib/use-t';
import type { FollowupMapFilters } from '../../api/get-map';
import { uprCycles } from '../list/followup-filters';

type Props = { values: FollowupMapFilters; onChange: (key: keyof FollowupMapFilters, value: string) => void };

/** Kind, UPR cycle, treaty and theme: which items the map counts. */
export function MapFilters({ values, onChange }: Props) {
  const t = useT();
  const select = (key: keyof FollowupMapFilters, label: string, data: { value: string; label: string }[]) => (
    <Select label={label} placeholder={t('common.all')} data={data} value={values[key] || null} onChange={(v) => onChange(key, v ?? '')} clearable w={{ base: 'calc(50% - 6px)', xs: 200 }} comboboxProps={{ withinPortal: true }} />
  );
  return (
    <Group gap="sm" mb="md" align="flex-start">
      {select('kind', t('followup.field.kind'), followupKinds.map((k) => ({ value: k, label: t(`followup.kind.${k}`) })))}
      {select('uprCycle', t('followup.field.uprCycle'), uprCycles.map((c) => ({ value: c, label: t('followup.upr.cycleName', { cycle: c }) })))}
      {select('treaty', t('followup.field.treaty'), treaties.map((c) => ({ value: c, label: t(`followup.treaty.${c}`) })))}
      {select('theme', t('followup.field.theme'), rightsThemes.map((th) => ({ value: th, label: t(`conferences.theme.${th}`) })))}
    </Group>
  );
}
