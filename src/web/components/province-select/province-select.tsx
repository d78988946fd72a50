import { Select } from '@mantine/core';
import { useIntl } from 'react-intl';
import { searchKey } from '../../../shared/text/index';
import { useAllProvinces } from './use-provinces';

type Props = {
  value: string | null;
  onChange: (code: string | null) => void;
  label: string;
  error?: string;
  required?: boolean;
  clearable?: boolean;
  disabled?: boolean;
  placeholder?: string;
};

/** Picks one of the 34 provinces by name; typing filters without tone marks ("dak lak" finds "Đắk Lắk"). */
export function ProvinceSelect({ value, onChange, label, error, required, clearable, disabled, placeholder }: Props) {
  const intl = useIntl();
  const { data, isLoading } = useAllProvinces();
  const options = (data ?? []).map((p) => ({ value: p.code, label: p.name }));
  return (
    <Select
      label={label}
      placeholder={placeholder ?? intl.formatMessage({ id: 'common.province.choose' })}
      data={options}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      clearable={clearable}
      disabled={disabled || isLoading}
      searchable
      nothingFoundMessage={intl.formatMessage({ id: 'common.noMatch' })}
      filter={({ options: list, search }) => {
        const key = searchKey(search);
        return list.filter((o) => 'label' in o && searchKey(o.label).includes(key));
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

