import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReportingUnitItem } from '../../../shared/api/indicator-reports';
import { api } from '../../lib/api-client';
import { useT } from '../../lib/use-t';

export type ReportingUnitParams = { formId: string; period?: string; q?: string };

/** The units of a form the person may read, searched on the server (a commune form has thousands), each saying whether they may report for it. */
export function listReportingUnits(params: ReportingUnitParams, signal?: AbortSignal) {
  return api.get<{ items: ReportingUnitItem[]; total: number }>('/api/indicator-reporting-units', { query: { ...params, pageSize: 50 }, signal });
}

export function useReportingUnits(params: ReportingUnitParams | null) {
  return useQuery(
    queryOptions({
      queryKey: ['indicator-reports', 'units', params],
      queryFn: ({ signal }) => listReportingUnits(params!, signal),
      enabled: params !== null,
      placeholderData: keepPreviousData,
    }),
  );
}

/** `province:01`: how a unit is a select's value. */
export const unitValue = (u: Pick<ReportingUnitItem, 'unitKind' | 'unitCode'>) => `${u.unitKind}:${u.unitCode}`;

type Props = {
  formId: string | null;
  /** With a period, only the units that report it (old provinces before 1 July 2025, current ones after). */
  period: string | null;
  value: string | null;
  onChange: (unit: ReportingUnitItem | null) => void;
  label: string;
  placeholder?: string;
  disabled?: boolean;
  /** Width (Mantine style prop); the parent's by default. */
  w?: import('@mantine/core').SelectProps['w'];
  'data-testid'?: string;
};

/**
 * A unit the person may report for, of a form (and a period): searched on the server by name
 * without tone marks; units they may only read are not offered.
 */
export function ReportingUnitSelect({ formId, period, value, onChange, label, placeholder, disabled, w, ...rest }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const units = useReportingUnits(formId ? { formId, ...(period ? { period } : {}), ...(q && !value ? { q } : {}) } : null);
  const reportable = (units.data?.items ?? []).filter((u) => u.reportRefusal === null);
  return (
    <Select
      label={label}
      placeholder={placeholder}
      // An old province and the province it became share a name: the old one says so.
      data={reportable.map((u) => ({ value: unitValue(u), label: u.unitKind === 'legacy_province' ? `${u.unitName} — ${t('indicatorReports.unitKind.legacy_province')}` : u.unitName }))}
      value={value}
      onChange={(v) => onChange(reportable.find((u) => unitValue(u) === v) ?? null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('indicatorReports.open.unitNone')}
      disabled={disabled || !formId}
      w={w}
      comboboxProps={{ withinPortal: true }}
      data-testid={rest['data-testid']}
    />
  );
}
