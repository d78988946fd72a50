import { Select, SimpleGrid } from '@mantine/core';
import type { PlanColumnField, UprColumnField } from '../../../../shared/api/followup-transfer';
import { useT } from '../../../lib/use-t';

type Props = {
  fields: readonly (UprColumnField | PlanColumnField)[];
  headers: string[];
  mapping: Record<string, number | null>;
  onChange: (mapping: Record<string, number | null>) => void;
};

const columnLetter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : columnLetter(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

/** One select per field, set to the proposed column; the person corrects it, then reads the file again. */
export function MappingFields({ fields, headers, mapping, onChange }: Props) {
  const t = useT();
  const options = headers.map((h, i) => ({ value: String(i), label: t('followupTransfer.mapping.column', { letter: columnLetter(i), header: h || '—' }) }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
      {fields.map((field) => (
        <Select
          key={field}
          label={t(`followupTransfer.field.${field}`)}
          placeholder={t('followupTransfer.mapping.skip')}
          data={options}
          value={mapping[field] === null || mapping[field] === undefined ? null : String(mapping[field])}
          onChange={(v) => onChange({ ...mapping, [field]: v === null ? null : Number(v) })}
          clearable={field !== 'text'}
          required={field === 'text'}
        />
      ))}
    </SimpleGrid>
  );
}
