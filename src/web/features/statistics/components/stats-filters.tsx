import { Group, Select } from '@mantine/core';
import { ProvinceSelect } from '../../../components/province-select/province-select';
import { useT } from '../../../lib/use-t';

/** The value of the year select (and of `?year=`) that means every year. */
export const ALL_YEARS = 'all';

type Props = {
  year: string;
  province: string;
  /** Years to offer, newest first. */
  years: number[];
  /** Only national users choose a province; the others see what their account may see. */
  canChooseProvince: boolean;
  onChange: (key: 'year' | 'province', value: string) => void;
};

export function StatsFilters({ year, province, years, canChooseProvince, onChange }: Props) {
  const t = useT();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('statistics.filter.year')}
        data={[{ value: ALL_YEARS, label: t('statistics.filter.allYears') }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
        value={year}
        onChange={(v) => onChange('year', v ?? '')}
        allowDeselect={false}
        w={{ base: '100%', xs: 180 }}
        comboboxProps={{ withinPortal: true }}
      />
      {canChooseProvince && (
        <div style={{ width: 260, maxWidth: '100%' }}>
          <ProvinceSelect
            label={t('statistics.filter.province')}
            placeholder={t('statistics.filter.allProvinces')}
            value={province || null}
            onChange={(code) => onChange('province', code ?? '')}
            clearable
          />
        </div>
      )}
    </Group>
  );
}
