import { Select } from '@mantine/core';
import { useState } from 'react';
import { searchKey } from '../../../../../shared/text/index';
import { useT } from '../../../../lib/use-t';
import { useProvinceCommunes } from '../../api/list-province-communes';
import { useCommunesByName } from '../../api/find-communes';

type Props = {
  provinceCode: string | null;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string;
  disabled?: boolean;
  /** Defaults to the conference's commune; a connection point gives its own. */
  label?: string;
  required?: boolean;
};

/**
 * A commune among the province's communes (of the two-level government), found by typing its
 * name with or without diacritics ("bao ha" finds Bảo Hà), or the name of an old commune merged
 * into it (the server maps old names; the option then says which old commune it holds): the
 * commune of a commune-level conference, or where a connection point is.
 */
export function CommuneSelect({ provinceCode, value, onChange, error, disabled, label, required = true }: Props) {
  const t = useT();
  const { data, isLoading } = useProvinceCommunes(provinceCode);
  const [search, setSearch] = useState('');
  const byName = useCommunesByName(provinceCode, search);
  // Only the answer to what is typed now: the previous search's answer, kept on screen while the
  // next one loads, would offer its communes first and Enter would take one of them.
  const found = byName.isPlaceholderData ? [] : (byName.data?.items ?? []);
  const formerly = new Map(found.filter((c) => c.formerly).map((c) => [c.code, c.formerly!.fullName]));
  return (
    <Select
      label={label ?? t('conferences.field.commune')}
      description={provinceCode ? undefined : t('conferences.field.communeNeedsProvince')}
      placeholder={t('conferences.field.communeChoose')}
      data={(data ?? []).map((c) => ({ value: c.code, label: c.fullName }))}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      error={error}
      required={required}
      disabled={disabled || !provinceCode || isLoading}
      searchable
      clearable
      nothingFoundMessage={t('common.noMatch')}
      filter={({ options, search }) => {
        const key = searchKey(search);
        return options.filter((o) => 'label' in o && (searchKey(o.label).includes(key) || formerly.has(o.value)));
      }}
      renderOption={({ option }) =>
        formerly.has(option.value) && !searchKey(option.label).includes(searchKey(search))
          ? t('conferences.field.communeFormerly', { commune: option.label, old: formerly.get(option.value)! })
          : option.label
      }
      comboboxProps={{ withinPortal: true }}
    />
  );
}
