import { Button, Checkbox, Drawer, Group, MultiSelect, NumberInput, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import {
  disaggregationKeys,
  indicatorAggregations,
  indicatorInputSchema,
  indicatorValueTypes,
  rightsDomains,
  type Indicator,
  type IndicatorInput,
} from '../../../../shared/api/indicators';
import { useToast } from '../../../components/toast/toast-context';
import { useFormState } from '../../../lib/form-state';
import { useT } from '../../../lib/use-t';
import { useSaveIndicator } from '../api/save-indicator';
import { SaveProblem } from './save-problem';

type Values = {
  code: string;
  nameVi: string;
  nameEn: string;
  unit: string;
  valueType: string;
  decimals: number | string;
  domain: string;
  aggregation: string;
  higherIsBetter: boolean;
  maxValue: number | string;
  ratioScale: number | string;
  numeratorLabel: string;
  denominatorLabel: string;
  sdgTarget: string;
  disaggregations: string[];
  description: string;
  active: boolean;
  position: number | string;
};

const valuesOf = (i: Indicator | null): Values => ({
  code: i?.code ?? '',
  nameVi: i?.nameVi ?? '',
  nameEn: i?.nameEn ?? '',
  unit: i?.unit ?? '',
  valueType: i?.valueType ?? 'count',
  decimals: i?.decimals ?? 0,
  domain: i?.domain ?? 'work',
  aggregation: i?.aggregation ?? 'sum',
  higherIsBetter: i?.higherIsBetter ?? true,
  maxValue: i?.maxValue ?? '',
  ratioScale: i?.ratioScale ?? 100,
  numeratorLabel: i?.numeratorLabel ?? '',
  denominatorLabel: i?.denominatorLabel ?? '',
  sdgTarget: i?.sdgTarget ?? '',
  disaggregations: i?.disaggregations ?? [],
  description: i?.description ?? '',
  active: i?.active ?? true,
  position: i?.position ?? 0,
});

const textOrNull = (s: string) => (s.trim() ? s.trim() : null);
const numberOr = <T,>(v: number | string, fallback: T) => (v === '' ? fallback : Number(v));

function inputOf(v: Values): IndicatorInput {
  return {
    code: v.code,
    nameVi: v.nameVi,
    nameEn: textOrNull(v.nameEn),
    unit: v.unit,
    valueType: v.valueType as IndicatorInput['valueType'],
    decimals: numberOr(v.decimals, 0),
    domain: v.domain as IndicatorInput['domain'],
    aggregation: v.aggregation as IndicatorInput['aggregation'],
    higherIsBetter: v.higherIsBetter,
    maxValue: numberOr(v.maxValue, null),
    ratioScale: numberOr(v.ratioScale, 100),
    numeratorLabel: textOrNull(v.numeratorLabel),
    denominatorLabel: textOrNull(v.denominatorLabel),
    sdgTarget: textOrNull(v.sdgTarget),
    disaggregations: v.disaggregations as IndicatorInput['disaggregations'],
    description: textOrNull(v.description),
    active: v.active,
    position: numberOr(v.position, 0),
  };
}

type Props = { indicator: Indicator | null; opened: boolean; onClose: () => void };

/** The drawer in which a national administrator adds or corrects an indicator; the server's field messages land on the fields. */
export function IndicatorEditor({ indicator, opened, onClose }: Props) {
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="lg" title={indicator ? <FormattedMessage id="indicators.editor.editTitle" values={{ code: indicator.code }} /> : <FormattedMessage id="indicators.editor.createTitle" />}>
      {/* Keyed so each opening starts from the record as it is now. */}
      {opened && <EditorForm key={`${indicator?.code ?? 'new'}-${indicator?.version ?? 0}`} indicator={indicator} onClose={onClose} />}
    </Drawer>
  );
}

function EditorForm({ indicator, onClose }: { indicator: Indicator | null; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const form = useFormState<Values>(valuesOf(indicator));
  const { values: v, errors, setField } = form;
  const saving = useSaveIndicator();
  const isRatio = v.valueType === 'ratio';

  const save = () => {
    const input = form.validate(indicatorInputSchema, inputOf(v));
    if (!input) return;
    saving.mutate(
      { code: indicator?.code ?? null, input: { ...inputOf(v), ...(indicator ? { version: indicator.version } : {}) } },
      {
        onSuccess: (saved) => {
          toast(t('indicators.editor.saved', { code: saved.code }));
          onClose();
        },
        onError: (error) => form.applyProblem(error),
      },
    );
  };

  const options = <T extends string>(list: readonly T[], prefix: string) => list.map((value) => ({ value, label: t(`${prefix}.${value}` as Parameters<typeof t>[0]) }));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      noValidate
    >
      <Stack gap="sm">
        <SaveProblem error={saving.error} editing={indicator !== null} onFields={Object.keys(errors).length > 0} conflictTitle="indicators.editor.conflict" queryKey={['indicators']} onClose={onClose} />
        <TextInput label={t('indicators.editor.code')} description={t('indicators.editor.codeHint')} value={v.code} onChange={(e) => setField('code', e.currentTarget.value)} error={errors.code} disabled={indicator !== null} required />
        <TextInput label={t('indicators.editor.nameVi')} value={v.nameVi} onChange={(e) => setField('nameVi', e.currentTarget.value)} error={errors.nameVi} required />
        <TextInput label={t('indicators.editor.nameEn')} value={v.nameEn} onChange={(e) => setField('nameEn', e.currentTarget.value)} error={errors.nameEn} />
        <Group grow align="flex-start">
          <Select label={t('indicators.editor.domain')} data={options(rightsDomains, 'indicators.domain')} value={v.domain} onChange={(x) => setField('domain', x ?? 'work')} error={errors.domain} allowDeselect={false} />
          <TextInput label={t('indicators.editor.unit')} value={v.unit} onChange={(e) => setField('unit', e.currentTarget.value)} error={errors.unit} required />
        </Group>
        <Group grow align="flex-start">
          <Select label={t('indicators.editor.valueType')} data={options(indicatorValueTypes, 'indicators.valueType')} value={v.valueType} onChange={(x) => setField('valueType', x ?? 'count')} error={errors.valueType} allowDeselect={false} />
          <Select label={t('indicators.editor.aggregation')} data={options(indicatorAggregations, 'indicators.aggregation')} value={v.aggregation} onChange={(x) => setField('aggregation', x ?? 'sum')} error={errors.aggregation} allowDeselect={false} />
        </Group>
        {isRatio && (
          <Group grow align="flex-start">
            <TextInput label={t('indicators.editor.numeratorLabel')} value={v.numeratorLabel} onChange={(e) => setField('numeratorLabel', e.currentTarget.value)} error={errors.numeratorLabel} required />
            <TextInput label={t('indicators.editor.denominatorLabel')} value={v.denominatorLabel} onChange={(e) => setField('denominatorLabel', e.currentTarget.value)} error={errors.denominatorLabel} required />
          </Group>
        )}
        <Group grow align="flex-start">
          <NumberInput label={t('indicators.editor.decimals')} value={v.decimals} onChange={(x) => setField('decimals', x)} min={0} max={4} error={errors.decimals} />
          {isRatio ? (
            <NumberInput label={t('indicators.editor.ratioScale')} value={v.ratioScale} onChange={(x) => setField('ratioScale', x)} min={1} thousandSeparator="." decimalSeparator="," error={errors.ratioScale} />
          ) : (
            <NumberInput label={t('indicators.editor.maxValue')} description={t('indicators.editor.maxValueHint')} value={v.maxValue} onChange={(x) => setField('maxValue', x)} thousandSeparator="." decimalSeparator="," error={errors.maxValue} />
          )}
        </Group>
        <MultiSelect label={t('indicators.editor.disaggregations')} data={options(disaggregationKeys, 'indicators.disaggregation')} value={v.disaggregations} onChange={(x) => setField('disaggregations', x)} error={errors.disaggregations} />
        <Group grow align="flex-start">
          <TextInput label={t('indicators.editor.sdgTarget')} value={v.sdgTarget} onChange={(e) => setField('sdgTarget', e.currentTarget.value)} error={errors.sdgTarget} placeholder="SDG 1.2.2" />
          <NumberInput label={t('indicators.editor.position')} value={v.position} onChange={(x) => setField('position', x)} min={0} error={errors.position} />
        </Group>
        <Textarea label={t('indicators.editor.description')} value={v.description} onChange={(e) => setField('description', e.currentTarget.value)} error={errors.description} autosize minRows={2} />
        <Checkbox label={t('indicators.editor.higherIsBetter')} checked={v.higherIsBetter} onChange={(e) => setField('higherIsBetter', e.currentTarget.checked)} />
        <Switch label={t('indicators.editor.active')} checked={v.active} onChange={(e) => setField('active', e.currentTarget.checked)} />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('indicators.editor.cancel')}
          </Button>
          <Button type="submit" loading={saving.isPending}>
            {t('indicators.editor.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
