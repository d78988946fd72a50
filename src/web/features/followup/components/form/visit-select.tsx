import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { formatDate } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { useVisitOptions } from '../../api/visit-options';

type Props = {
  value: string;
  onChange: (id: string) => void;
  /** The visit the item already points at, named even when the search does not list it. */
  known: { id: string; title: string } | null;
  error?: string;
};

/** The working visit (đoàn công tác) a finding or recommendation came from, searched as you type. */
export function VisitSelect({ value, onChange, known, error }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const options = useVisitOptions(q);
  const data = (options.data?.items ?? []).map((v) => ({ value: v.id, label: `${v.title} (${formatDate(v.startDate)})` }));
  if (known && value === known.id && !data.some((o) => o.value === known.id)) data.unshift({ value: known.id, label: known.title });
  return (
    <Select
      label={t('followup.field.visit')}
      description={t('followup.form.visitHint')}
      placeholder={t('followup.form.visitChoose')}
      data={data}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      error={error}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already matched the words, tone marks or not.
      filter={({ options: list }) => list}
      nothingFoundMessage={options.isFetching ? t('common.loading') : t('followup.form.visitNone')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
