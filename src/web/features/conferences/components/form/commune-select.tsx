import { Select } from '@mantine/core';
import { searchKey } from '../../../../../shared/text/index';
import { useT } from '../../../../lib/use-t';
import { useProvinceCommunes } from '../../api/list-province-communes';

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
 * name with or without diacritics ("bao ha" finds Bảo Hà): the commune of a commune-level
 * conference, or where a connection point is.
 */
export function CommuneSelect({ provinceCode, value, onChange, error, disabled, label, required = true }: Props) {
  const t = useT();
  const { data, isLoading } = useProvinceCommunes(provinceCode);
  return (
    <Select
      label={label ?? t('conferences.field.commune')}
      description={provinceCode ? undefined : t('conferences.field.communeNeedsProvince')}
      placeholder={t('conferences.field.communeChoose')}
      data={(data ?? []).map((c) => ({ value: c.code, label: c.fullName }))}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      disabled={disabled || !provinceCode || isLoading}
      searchable
      clearable
      nothingFoundMessage={t('common.noMatch')}
      filter={({ options, search }) => {
        const key = searchKey(search);
        return options.filter((o) => 'label' in o && searchKey(o.label).includes(key));
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
