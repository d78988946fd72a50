import { Group, Select, SegmentedControl, Stack, Text } from '@mantine/core';
import type { Indicator } from '../../../../shared/api/indicators';
import { periodFrequencies, periodLabel, periodsOfYear, type PeriodFrequency } from '../../../../shared/indicators/periods';
import { ProvinceSelect } from '../../../components/province-select/province-select';
import { useT } from '../../../lib/use-t';

export type DashboardFilterValues = { indicator: string; year: string; frequency: PeriodFrequency; period: string; province: string; stage: string };

type Props = {
  values: DashboardFilterValues;
  catalogue: Indicator[];
  years: number[];
  /** National roles choose a province (or the nation); a provincial user sees their own. */
  canChooseProvince: boolean;
  onChange: (key: keyof DashboardFilterValues, value: string) => void;
};

/** Indicator (grouped by rights domain), year, frequency and period, province, approved/submitted. */
export function DashboardFilters({ values, catalogue, years, canChooseProvince, onChange }: Props) {
  const t = useT();
  const domains = [...new Set(catalogue.map((i) => i.domain))];
  const indicatorData = domains.map((d) => ({
    group: t(`indicators.domain.${d}` as Parameters<typeof t>[0]),
    items: catalogue.filter((i) => i.domain === d).map((i) => ({ value: i.code, label: `${i.nameVi} (${i.unit})` })),
  }));
  const periods = periodsOfYear(values.frequency, Number(values.year));
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('indicatorDashboards.filter.indicator')}
          data={indicatorData}
          value={values.indicator || null}
          onChange={(v) => v && onChange('indicator', v)}
          searchable
          w={{ base: '100%', sm: 420 }}
          data-testid="filter-indicator"
          comboboxProps={{ width: 520 }}
        />
        <Select
          label={t('indicatorDashboards.filter.year')}
          data={years.map(String)}
          value={values.year}
          onChange={(v) => v && onChange('year', v)}
          w={100}
          allowDeselect={false}
        />
        <Select
          label={t('indicatorDashboards.filter.frequency')}
          data={periodFrequencies.map((f) => ({ value: f, label: t(`indicatorDashboards.frequency.${f}`) }))}
          value={values.frequency}
          onChange={(v) => v && onChange('frequency', v)}
          w={130}
          allowDeselect={false}
        />
        {periods.length > 1 && (
          <Select
            label={t('indicatorDashboards.filter.period')}
            data={periods.map((p) => ({ value: p.code, label: periodLabel(p) }))}
            value={values.period || periods.at(-1)!.code}
            onChange={(v) => v && onChange('period', v)}
            w={160}
            allowDeselect={false}
          />
        )}
        {canChooseProvince && (
          <ProvinceSelect
            label={t('indicatorDashboards.filter.province')}
            placeholder={t('indicatorDashboards.filter.nation')}
            value={values.province || null}
            onChange={(v) => onChange('province', v ?? '')}
            clearable
          />
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('indicatorDashboards.filter.stage')}
          </Text>
          <SegmentedControl
            value={values.stage}
            onChange={(v) => onChange('stage', v)}
            data={[
              { value: 'approved', label: t('indicatorDashboards.stage.approved') },
              { value: 'submitted', label: t('indicatorDashboards.stage.submitted') },
            ]}
          />
        </Stack>
      </Group>
      {values.stage === 'submitted' && (
        <Text size="xs" c="orange.8">
          {t('indicatorDashboards.stage.submittedNote')}
        </Text>
      )}
    </Stack>
  );
}
