import { Select } from '@mantine/core';
import { searchKey } from '../../../../shared/text/index';
import { useT } from '../../../lib/use-t';
import { useLegacyProvinces, type LegacyProvince } from '../api/list-legacy-provinces';

type Props = {
  value: string | null;
  onChange: (code: string | null, province: LegacyProvince | null) => void;
  label: string;
  description?: string;
  error?: string;
  /** Only the old provinces merged into this current one (a provincial user's own). */
  successorCode?: string | null;
  clearable?: boolean;
  disabled?: boolean;
  required?: boolean;
};

/** Picks one of the 63 provinces before 1 July 2025; typing filters without tone marks ("bac kan"). */
export function LegacyProvinceSelect({ value, onChange, label, description, error, successorCode, clearable, disabled, required }: Props) {
  const t = useT();
  const { data, isLoading } = useLegacyProvinces();
  const list = (data ?? []).filter((p) => !successorCode || p.successor.code === successorCode);
  return (
    <Select
      label={label}
      description={description}
      placeholder={t('conferences.place.legacyChoose')}
      data={list.map((p) => ({ value: p.code, label: p.name }))}
      value={value}
      onChange={(code) => onChange(code, list.find((p) => p.code === code) ?? null)}
      error={error}
      required={required}
      clearable={clearable}
      disabled={disabled || isLoading}
      searchable
      nothingFoundMessage={t('common.noMatch')}
      filter={({ options, search }) => {
        const key = searchKey(search);
        return options.filter((o) => 'label' in o && searchKey(o.label).includes(key));
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
