import { ActionIcon, Button, Checkbox, Drawer, Group, NumberInput, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { formUnitKinds, reportFormInputSchema, type Indicator, type ReportForm, type ReportFormInput } from '../../../../shared/api/indicators';
import { periodFrequencies, type PeriodFrequency } from '../../../../shared/indicators/periods';
import { useToast } from '../../../components/toast/toast-context';
import { useFormState } from '../../../lib/form-state';
import { useT } from '../../../lib/use-t';
import { useSaveReportForm } from '../api/report-forms';
import { firstDeadline } from './form-deadline';
import { SaveProblem } from './save-problem';

type Row = { indicatorCode: string; required: boolean };
type Values = { code: string; name: string; unitKind: string; frequency: string; deadlineDays: number | string; active: boolean; indicators: Row[] };

const valuesOf = (f: ReportForm | null): Values => ({
  code: f?.code ?? '',
  name: f?.name ?? '',
  unitKind: f?.unitKind ?? 'province',
  frequency: f?.frequency ?? 'year',
  deadlineDays: f?.deadlineDays ?? 15,
  active: f?.active ?? true,
  indicators: f?.indicators ?? [],
});

type Props = { form: ReportForm | null; opened: boolean; onClose: () => void; indicators: Indicator[] };

/** Creating or changing a report form: its level, period, deadline and an ordered list of indicators. */
export function FormEditor({ form, opened, onClose, indicators }: Props) {
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="xl" title={form ? <FormattedMessage id="indicators.forms.editor.editTitle" values={{ code: form.code }} /> : <FormattedMessage id="indicators.forms.editor.createTitle" />}>
      {opened && <EditorForm key={`${form?.id ?? 'new'}-${form?.version ?? 0}`} form={form} onClose={onClose} indicators={indicators} />}
    </Drawer>
  );
}

function EditorForm({ form: current, onClose, indicators }: Omit<Props, 'opened'>) {
  const t = useT();
  const toast = useToast();
  const form = useFormState<Values>(valuesOf(current));
  const { values: v, errors, setField } = form;
  const saving = useSaveReportForm();
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const listed = new Set(v.indicators.map((i) => i.indicatorCode));
  const choices = indicators.filter((i) => i.active && !listed.has(i.code)).map((i) => ({ value: i.code, label: `${i.code} — ${i.nameVi}` }));
  const deadlineDays = v.deadlineDays === '' ? 0 : Number(v.deadlineDays);

  const setRows = (rows: Row[]) => setField('indicators', rows);
  const move = (index: number, by: number) => {
    const rows = [...v.indicators];
    const [row] = rows.splice(index, 1);
    rows.splice(index + by, 0, row!);
    setRows(rows);
  };

  const save = () => {
    const raw: ReportFormInput = { ...v, unitKind: v.unitKind as ReportFormInput['unitKind'], frequency: v.frequency as PeriodFrequency, deadlineDays };
    const input = form.validate(reportFormInputSchema, raw);
    if (!input) return;
    saving.mutate(
      { id: current?.id ?? null, input: { ...raw, ...(current ? { version: current.version } : {}) } },
      {
        onSuccess: (saved) => {
          toast(t('indicators.forms.editor.saved', { code: saved.code }));
          onClose();
        },
        onError: (error) => form.applyProblem(error),
      },
    );
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      noValidate
    >
      <Stack gap="sm">
        <SaveProblem error={saving.error} editing={current !== null} onFields={Object.keys(errors).length > 0} conflictTitle="indicators.forms.editor.conflict" queryKey={['report-forms']} onClose={onClose} />
        <Group grow align="flex-start">
          <TextInput label={t('indicators.forms.editor.code')} value={v.code} onChange={(e) => setField('code', e.currentTarget.value)} error={errors.code} disabled={current !== null} required maw={220} />
          <TextInput label={t('indicators.forms.editor.name')} value={v.name} onChange={(e) => setField('name', e.currentTarget.value)} error={errors.name} required />
        </Group>
        <Group grow align="flex-start">
          <Select label={t('indicators.forms.editor.unitKind')} data={formUnitKinds.map((k) => ({ value: k, label: t(`indicators.unitKind.${k}`) }))} value={v.unitKind} onChange={(x) => setField('unitKind', x ?? 'province')} error={errors.unitKind} allowDeselect={false} />
          <Select label={t('indicators.forms.editor.frequency')} data={periodFrequencies.map((f) => ({ value: f, label: t(`indicators.frequency.${f}`) }))} value={v.frequency} onChange={(x) => setField('frequency', x ?? 'year')} error={errors.frequency} allowDeselect={false} />
        </Group>
        <NumberInput
          label={t('indicators.forms.editor.deadlineDays')}
          description={t('indicators.forms.editor.deadlineHint', { due: firstDeadline(v.frequency as PeriodFrequency, deadlineDays) })}
          value={v.deadlineDays}
          onChange={(x) => setField('deadlineDays', x)}
          min={-90}
          max={120}
          error={errors.deadlineDays}
        />
        <Switch label={t('indicators.forms.editor.active')} checked={v.active} onChange={(e) => setField('active', e.currentTarget.checked)} />
        <Text fw={600} size="sm" mt="sm">
          {t('indicators.forms.editor.indicators')}
        </Text>
        <Select
          placeholder={t('indicators.forms.editor.pick')}
          aria-label={t('indicators.forms.editor.addIndicator')}
          data={choices}
          value={null}
          onChange={(code) => code && setRows([...v.indicators, { indicatorCode: code, required: false }])}
          searchable
          error={errors.indicators}
        />
        {v.indicators.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('indicators.forms.editor.noIndicators')}
          </Text>
        ) : (
          <Table verticalSpacing={4}>
            <Table.Tbody>
              {v.indicators.map((row, index) => (
                <Table.Tr key={row.indicatorCode}>
                  <Table.Td w={30}>{index + 1}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <Text span ff="monospace" size="xs">
                        {row.indicatorCode}
                      </Text>{' '}
                      {byCode.get(row.indicatorCode)?.nameVi}
                    </Text>
                    {errors[`indicators.${index}.indicatorCode`] && (
                      <Text size="xs" c="red">
                        {errors[`indicators.${index}.indicatorCode`]}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td w={110}>
                    <Checkbox
                      size="xs"
                      label={t('indicators.forms.editor.required')}
                      checked={row.required}
                      onChange={(e) => setRows(v.indicators.map((r, i) => (i === index ? { ...r, required: e.currentTarget.checked } : r)))}
                    />
                  </Table.Td>
                  <Table.Td w={150}>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon variant="subtle" disabled={index === 0} onClick={() => move(index, -1)} aria-label={t('indicators.forms.editor.moveUp')}>
                        ↑
                      </ActionIcon>
                      <ActionIcon variant="subtle" disabled={index === v.indicators.length - 1} onClick={() => move(index, 1)} aria-label={t('indicators.forms.editor.moveDown')}>
                        ↓
                      </ActionIcon>
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRows(v.indicators.filter((_, i) => i !== index))}>
                        {t('indicators.forms.editor.remove')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
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
