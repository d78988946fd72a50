import { Group, Select } from '@mantine/core';
import { SearchInput } from '../../../components/search-input';
import { ViDateInput } from '../../../components/vi-date-input';
import { useT } from '../../../lib/use-t';
import { actionLabelId, auditActions, auditEntityTypes, entityTypeLabelId } from './audit-labels';

type Filters = { entityType: string; action: string; actor: string; from: string; to: string };
type Props = { values: Filters; onChange: (key: keyof Filters, value: string) => void };

/** Record kind, action, who did it (part of an e-mail) and a date range. */
export function AuditFilters({ values, onChange }: Props) {
  const t = useT();
  return (
    <Group align="flex-start" gap="sm" mb="md" wrap="wrap">
      <Select
        label={t('audit.filter.entityType')}
        placeholder={t('common.all')}
        data={auditEntityTypes.map((v) => ({ value: v, label: t(entityTypeLabelId(v)!) }))}
        value={values.entityType || null}
        onChange={(v) => onChange('entityType', v ?? '')}
        clearable
        w={{ base: '100%', xs: 180 }}
      />
      <Select
        label={t('audit.filter.action')}
        placeholder={t('common.all')}
        data={auditActions.map((v) => ({ value: v, label: t(actionLabelId(v)!) }))}
        value={values.action || null}
        onChange={(v) => onChange('action', v ?? '')}
        clearable
        w={{ base: '100%', xs: 200 }}
      />
      <SearchInput
        label={t('audit.filter.actor')}
        placeholder={t('audit.filter.actorPlaceholder')}
        value={values.actor}
        onSearch={(v) => onChange('actor', v)}
        grow={false}
      />
      <ViDateInput label={t('audit.filter.from')} value={values.from} onChange={(v) => onChange('from', v)} invalidMessage={t('common.date.invalid')} />
      <ViDateInput label={t('audit.filter.to')} value={values.to} onChange={(v) => onChange('to', v)} invalidMessage={t('common.date.invalid')} />
    </Group>
  );
}
