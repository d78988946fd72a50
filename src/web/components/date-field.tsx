import { Input, Stack } from '@mantine/core';
import { ViDateInput } from './vi-date-input';
import { useT } from '../lib/use-t';

type Props = { label: string; value: string; onChange: (iso: string) => void; error?: string; description?: string; required?: boolean };

/**
 * The shared dd/mm/yyyy input with the form's own error (from the schema or the server) shown
 * beneath it; the shared input reports only its own parsing errors.
 */
export function DateField({ label, value, onChange, error, description, required }: Props) {
  const t = useT();
  return (
    <Stack gap={4}>
      <ViDateInput label={label} value={value} onChange={onChange} invalidMessage={t('common.date.invalid')} required={required} />
      {description && !error && <Input.Description>{description}</Input.Description>}
      {error && <Input.Error>{error}</Input.Error>}
    </Stack>
  );
}
