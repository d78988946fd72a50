import { Grid, MultiSelect, Textarea, TextInput } from '@mantine/core';
import { rightsThemes, type RightsTheme } from '../../../../../shared/api/conferences';
import { OrganisationSelect } from '../../../../components/organisation-select/organisation-select';
import { useT } from '../../../../lib/use-t';
import { CountInput } from './count-input';
import { FormSection } from './form-section';
import { emptyRow } from './form-values';
import { RankInput } from './rank-input';
import { RepeatableRows } from './repeatable-rows';
import type { ConferenceFormApi } from './use-conference-form';

/** Chuyên đề: the topics presented, tagged with rights themes, and who presented them. */
export function AgendaSection({ form }: { form: ConferenceFormApi }) {
  const t = useT();
  const themeOptions = rightsThemes.map((th) => ({ value: th, label: t(`conferences.theme.${th}`) }));
  const err = (i: number, field: string) => form.rowError('agenda', i, field);

  return (
    <FormSection id="conference-agenda" title={t('conferences.section.agenda')}>
      <RepeatableRows
        rows={form.values.agenda}
        onChange={(next, change) => form.setRows('agenda', next, change)}
        newRow={emptyRow.agenda}
        rowLabel={(i) => t('conferences.agenda.row', { n: i + 1 })}
        addLabel={t('conferences.agenda.add')}
        empty={t('conferences.agenda.empty')}
      >
        {(row, i, update) => (
          <Grid gap="sm">
            <Grid.Col span={12}>
              <Textarea
                label={t('conferences.agenda.title')}
                placeholder={t('conferences.agenda.titlePlaceholder')}
                value={row.title}
                onChange={(e) => update({ title: e.currentTarget.value })}
                error={err(i, 'title')}
                required
                autosize
                minRows={1}
                maxRows={4}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 9 }}>
              <MultiSelect
                label={t('conferences.agenda.themes')}
                placeholder={row.themes.length ? undefined : t('conferences.agenda.themesPlaceholder')}
                data={themeOptions}
                value={row.themes}
                onChange={(themes) => update({ themes: themes as RightsTheme[] })}
                error={err(i, 'themes')}
                searchable
                clearable
                comboboxProps={{ withinPortal: true }}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <CountInput
                label={t('conferences.agenda.duration')}
                value={row.durationMinutes}
                onChange={(n) => update({ durationMinutes: n })}
                error={err(i, 'durationMinutes')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <RankInput value={row.speakerRank} onChange={(speakerRank) => update({ speakerRank })} error={err(i, 'speakerRank')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label={t('conferences.agenda.speaker')}
                placeholder={t('conferences.people.namePlaceholder')}
                value={row.speakerName}
                onChange={(e) => update({ speakerName: e.currentTarget.value })}
                error={err(i, 'speakerName')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput
                label={t('conferences.people.title')}
                placeholder={t('conferences.people.titlePlaceholder')}
                value={row.speakerTitle}
                onChange={(e) => update({ speakerTitle: e.currentTarget.value })}
                error={err(i, 'speakerTitle')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <OrganisationSelect
                label={t('conferences.people.organisation')}
                value={row.speakerOrganisationId}
                onChange={(id) => update({ speakerOrganisationId: id })}
                province={null}
                error={err(i, 'speakerOrganisationId')}
              />
            </Grid.Col>
          </Grid>
        )}
      </RepeatableRows>
    </FormSection>
  );
}
