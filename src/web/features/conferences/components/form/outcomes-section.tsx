import { Grid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { OrganisationSelect } from '../../../../components/organisation-select/organisation-select';
import { useT } from '../../../../lib/use-t';
import { DateField } from '../../../../components/date-field';
import { FormSection } from './form-section';
import { emptyRow, type OutcomeKind, type OutcomeRow } from './form-values';
import { RepeatableRows } from './repeatable-rows';
import type { ConferenceFormApi } from './use-conference-form';

/**
 * Kết quả: the limitations the conference named (hạn chế) and the directions it gave (chỉ đạo,
 * đề nghị), each with who is responsible and by when. Both live in one list for the API,
 * limitations first (the form sorts them so on load); each group is edited on its own.
 */
export function OutcomesSection({ form }: { form: ConferenceFormApi }) {
  const t = useT();
  const all = form.values.outcomes;

  const group = (kind: OutcomeKind) => {
    const rows = all.filter((o) => o.kind === kind);
    const others = all.filter((o) => o.kind !== kind);
    const merge = (next: OutcomeRow[]) => (kind === 'limitation' ? [...next, ...others] : [...others, ...next]);
    const offset = kind === 'limitation' ? 0 : others.length;
    const err = (row: OutcomeRow, field: string) => form.rowError('outcomes', all.indexOf(row), field);
    return (
      <Stack gap="xs">
        <Title order={4} fz="md">
          {t(`conferences.outcomes.${kind}.title`)}
        </Title>
        <RepeatableRows
          rows={rows}
          onChange={(next, change) =>
            form.setRows('outcomes', merge(next), change.kind === 'edit' ? { ...change, index: offset + change.index } : change)
          }
          newRow={() => emptyRow.outcome(kind)}
          rowLabel={(i) => t(`conferences.outcomes.${kind}.row`, { n: i + 1 })}
          addLabel={t(`conferences.outcomes.${kind}.add`)}
          empty={t(`conferences.outcomes.${kind}.empty`)}
        >
          {(row, _i, update) => (
            <Grid gap="sm">
              <Grid.Col span={12}>
                <Textarea
                  label={t('conferences.outcomes.text')}
                  value={row.text}
                  onChange={(e) => update({ text: e.currentTarget.value })}
                  error={err(row, 'text')}
                  required
                  autosize
                  minRows={2}
                  maxRows={8}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <OrganisationSelect
                  label={t('conferences.outcomes.responsible')}
                  value={row.responsibleOrganisationId}
                  onChange={(id) => update({ responsibleOrganisationId: id })}
                  province={null}
                  error={err(row, 'responsibleOrganisationId')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput
                  label={t('conferences.outcomes.responsibleText')}
                  placeholder={t('conferences.outcomes.responsibleTextPlaceholder')}
                  value={row.responsibleText}
                  onChange={(e) => update({ responsibleText: e.currentTarget.value })}
                  error={err(row, 'responsibleText')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <DateField label={t('conferences.outcomes.dueDate')} value={row.dueDate} onChange={(d) => update({ dueDate: d })} error={err(row, 'dueDate')} />
              </Grid.Col>
            </Grid>
          )}
        </RepeatableRows>
      </Stack>
    );
  };

  return (
    <FormSection id="conference-outcomes" title={t('conferences.section.outcomes')}>
      {group('limitation')}
      {group('direction')}
    </FormSection>
  );
}
