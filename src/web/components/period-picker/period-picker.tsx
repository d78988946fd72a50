import { Group, Select } from '@mantine/core';
import { useState } from 'react';
import { periodFrequencies, type PeriodFrequency } from '../../../shared/indicators/periods';
import { todayInVietnam } from '../../../shared/text/calendar';
import { useLocale } from '../../lib/locale';
import type { MessageId } from '../../lib/messages';
import { useT } from '../../lib/use-t';
import { choosablePeriods, choosableYears, needsIndex, partsOfPeriod, periodOfYear } from './period-choices';

type Props = {
  /** The period code chosen, or null. */
  value: string | null;
  onChange: (code: string | null) => void;
  /** The form's frequency when there is one: then only the year (and month or quarter) is asked. */
  frequency?: PeriodFrequency | null;
  disabled?: boolean;
  clearable?: boolean;
  /** Prefix of the selects' test ids (`<prefix>-kind`, `-year`, `-period`). */
  testId?: string;
};

/**
 * A reporting period chosen as people think of it — the kind of period, the year, then the month
 * or quarter — and named as Vietnamese reports name it ("Quý II/2024", "6 tháng đầu năm 2024"),
 * never typed as a code. Periods still to come are not offered.
 */
export function PeriodPicker({ value, onChange, frequency: fixed = null, disabled, clearable, testId = 'period' }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const today = todayInVietnam();
  const chosen = partsOfPeriod(value);
  const [kindChoice, setKindChoice] = useState<PeriodFrequency | null>(chosen.frequency);
  const [yearChoice, setYearChoice] = useState<number | null>(chosen.year);
  const kind = fixed ?? chosen.frequency ?? kindChoice;
  const year = chosen.year ?? yearChoice;

  const choose = (nextKind: PeriodFrequency | null, nextYear: number | null) => {
    setKindChoice(nextKind);
    setYearChoice(nextYear);
    onChange(nextKind && nextYear ? periodOfYear(nextKind, nextYear, today) : null);
  };

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      {!fixed && (
        <Select
          label={t('common.period.kind')}
          placeholder={t('common.period.kindPlaceholder')}
          data={periodFrequencies.map((f) => ({ value: f, label: t(`common.period.kind.${f}` as MessageId) }))}
          value={kind}
          onChange={(v) => choose((v as PeriodFrequency | null) ?? null, year)}
          disabled={disabled}
          clearable={clearable}
          w={{ base: '100%', xs: 180 }}
          comboboxProps={{ withinPortal: true }}
          data-testid={`${testId}-kind`}
        />
      )}
      <Select
        label={t('common.period.year')}
        placeholder={t('common.period.yearPlaceholder')}
        data={choosableYears(today).map((y) => ({ value: String(y), label: String(y) }))}
        value={year ? String(year) : null}
        onChange={(v) => choose(kind, v ? Number(v) : null)}
        disabled={disabled || !kind}
        clearable={clearable}
        searchable
        w={{ base: '100%', xs: 110 }}
        comboboxProps={{ withinPortal: true }}
        data-testid={`${testId}-year`}
      />
      {kind && needsIndex(kind) && (
        <Select
          label={t('common.period.which')}
          placeholder={t(kind === 'month' ? 'common.period.whichMonth' : 'common.period.whichQuarter')}
          data={year ? choosablePeriods(kind, year, today, locale === 'en' ? 'en' : 'vi') : []}
          value={value && chosen.frequency === kind ? value : null}
          onChange={(v) => onChange(v ?? null)}
          disabled={disabled || !year}
          clearable={clearable}
          w={{ base: '100%', xs: 170 }}
          comboboxProps={{ withinPortal: true }}
          data-testid={`${testId}-which`}
        />
      )}
    </Group>
  );
}
