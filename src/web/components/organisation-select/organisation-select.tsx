import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useOrganisation, useOrganisationOptions } from './use-organisation-options';

type Props = {
  value: string | null;
  onChange: (id: string | null) => void;
  label: string;
  /** Limit the choice to one province's organisations (null: all the user may see). */
  province: string | null;
  /** An organisation that may not be chosen, e.g. the one being edited as its own parent. */
  excludeId?: string;
  error?: string;
  description?: string;
  disabled?: boolean;
};

/** Picks an organisation from the registry, searching on the server as you type. */
export function OrganisationSelect({ value, onChange, label, province, excludeId, error, description, disabled }: Props) {
  const intl = useIntl();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const options = useOrganisationOptions({ q, province });
  const listed = options.data ?? [];
  const selected = useOrganisation(value, !listed.some((o) => o.id === value));

  const all = [...listed];
  if (selected.data && !all.some((o) => o.id === selected.data.id)) all.unshift(selected.data);
  const data = all
    .filter((o) => o.id !== excludeId)
    .map((o) => ({ value: o.id, label: o.shortName ? `${o.name} (${o.shortName})` : o.name }));

  return (
    <Select
      label={label}
      description={description}
      placeholder={intl.formatMessage({ id: 'common.organisation.choose' })}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      disabled={disabled}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already matched the words, tone marks or not.
      filter={({ options: list }) => list}
      nothingFoundMessage={options.isFetching ? intl.formatMessage({ id: 'common.loading' }) : intl.formatMessage({ id: 'common.noMatch' })}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
