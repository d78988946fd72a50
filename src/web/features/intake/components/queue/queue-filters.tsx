import { Select } from '@mantine/core';
import { intakeStatuses } from '../../../../../shared/api/intake';
import { useT } from '../../../../lib/use-t';

type Props = { status: string; onStatus: (status: string) => void };

/** By status; "all" is the server's default, which leaves out dropped documents. */
export function QueueFilters({ status, onStatus }: Props) {
  const t = useT();
  return (
    <Select
      label={t('intake.filter.status')}
      placeholder={t('intake.filter.statusAll')}
      data={intakeStatuses.map((s) => ({ value: s, label: t(`intake.status.${s}`) }))}
      value={status || null}
      onChange={(v) => onStatus(v ?? '')}
      clearable
      w={{ base: '100%', xs: 220 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
