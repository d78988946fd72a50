import { Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { treaties, uprPositions } from '../../../../../shared/api/followup';
import { useT } from '../../../../lib/use-t';
import { DateField } from '../../../../components/date-field';
import { uprCycles } from '../list/followup-filters';
import type { ItemForm } from './item-form-state';
import { VisitSelect } from './visit-select';

const natures = { conference: ['direction', 'limitation'], visit: ['finding', 'recommendation'] } as const;

/** The fields only one kind has: the UPR's cycle, position and States; a treaty body's session; a plan's number and date; what a conference's or a visit's item is, and the visit it came from. */
export function KindFields({ form, knownVisit = null }: { form: ItemForm; knownVisit?: { id: string; title: string } | null }) {
  const t = useT();
  const { values: v, setField, errors } = form;
  const text = (key: 'reference' | 'session' | 'paragraph' | 'planNumber' | 'planTitle', label: string, required = false) => (
    <TextInput label={label} value={v[key]} onChange={(e) => setField(key, e.currentTarget.value)} error={errors[key]} withAsterisk={required} />
  );
  const select = (key: 'nature' | 'uprCycle' | 'uprPosition' | 'treaty', label: string, data: { value: string; label: string }[], required = false) => (
    <Select label={label} data={data} value={v[key] || null} onChange={(x) => setField(key, x ?? '')} error={errors[key]} withAsterisk={required} clearable={!required} comboboxProps={{ withinPortal: true }} />
  );
  if (v.kind === 'conference' || v.kind === 'visit') {
    return (
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {select('nature', t('followup.field.nature'), natures[v.kind].map((n) => ({ value: n, label: t(`followup.nature.${n}`) })))}
        {v.kind === 'visit' && <VisitSelect value={v.visitId} onChange={(id) => setField('visitId', id)} known={knownVisit} error={errors.visitId} />}
      </SimpleGrid>
    );
  }
  if (v.kind === 'upr') {
    return (
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {select('uprCycle', t('followup.field.uprCycle'), uprCycles.map((c) => ({ value: c, label: t('followup.upr.cycleName', { cycle: c }) })), true)}
        {text('paragraph', t('followup.field.paragraph'))}
        {select('uprPosition', t('followup.field.uprPosition'), uprPositions.map((p) => ({ value: p, label: t(`followup.upr.position.${p}`) })))}
        <TagsInput
          label={t('followup.field.recommendingStates')}
          description={t('followup.form.tagsHint')}
          value={v.recommendingStates}
          onChange={(x) => setField('recommendingStates', x)}
          error={errors.recommendingStates}
          style={{ gridColumn: '1 / -1' }}
        />
      </SimpleGrid>
    );
  }
  if (v.kind === 'treaty') {
    return (
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {select('treaty', t('followup.field.treaty'), treaties.map((c) => ({ value: c, label: t(`followup.treaty.${c}`) })), true)}
        {text('session', t('followup.field.session'))}
        {text('paragraph', t('followup.field.paragraph'))}
      </SimpleGrid>
    );
  }
  if (v.kind === 'plan') {
    return (
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {text('planNumber', t('followup.field.planNumber'), true)}
        <DateField label={t('followup.field.planDate')} value={v.planDate} onChange={(x) => setField('planDate', x)} error={errors.planDate} />
        {text('planTitle', t('followup.field.planTitle'))}
      </SimpleGrid>
    );
  }
  return null;
}
