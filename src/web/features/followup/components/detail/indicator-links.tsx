import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { searchKey } from '../../../../../shared/text/index';
import { useT } from '../../../../lib/use-t';
import { useIndicatorOptions } from '../../api/indicator-options';

export type IndicatorLink = { indicatorCode: string; period: string };
type Props = { value: IndicatorLink[]; onChange: (value: IndicatorLink[]) => void; errors: Partial<Record<string, string>> };

/** Links a progress entry to approved figures: an indicator of the catalogue and a period code (2024, 2024-Q2). */
export function IndicatorLinks({ value, onChange, errors }: Props) {
  const t = useT();
  const options = useIndicatorOptions(true);
  const data = (options.data ?? []).map((i) => ({ value: i.code, label: `${i.nameVi} (${i.code})` }));
  const update = (index: number, change: Partial<IndicatorLink>) => onChange(value.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('followup.progress.indicators')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('followup.progress.indicatorsHint')}
      </Text>
      {value.map((row, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <Select
            aria-label={t('followup.progress.indicator')}
            placeholder={t('followup.progress.indicator')}
            data={data}
            value={row.indicatorCode || null}
            onChange={(code) => update(index, { indicatorCode: code ?? '' })}
            searchable
            filter={({ options: list, search }) => list.filter((o) => 'label' in o && searchKey(o.label).includes(searchKey(search)))}
            nothingFoundMessage={t('common.noMatch')}
            error={errors[`indicators.${index}.indicatorCode`]}
            style={{ flex: 1 }}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            aria-label={t('followup.progress.period')}
            placeholder="2024, 2024-Q2"
            value={row.period}
            onChange={(e) => update(index, { period: e.currentTarget.value })}
            error={errors[`indicators.${index}.period`]}
            w={130}
          />
          <ActionIcon variant="subtle" color="red" mt={6} onClick={() => onChange(value.filter((_, i) => i !== index))} aria-label={t('followup.progress.removeIndicator')}>
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button size="xs" variant="light" onClick={() => onChange([...value, { indicatorCode: '', period: String(new Date().getFullYear() - 1) }])}>
          {t('followup.progress.addIndicator')}
        </Button>
      </Group>
    </Stack>
  );
}
