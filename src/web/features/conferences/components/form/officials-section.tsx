import { Grid, Select, TextInput } from '@mantine/core';
import { officialRoles } from '../../../../../shared/api/conferences';
import { OrganisationSelect } from '../../../../components/organisation-select/organisation-select';
import { useT } from '../../../../lib/use-t';
import { FormSection } from './form-section';
import { emptyRow, type OfficialRole } from './form-values';
import { RankInput } from './rank-input';
import { RepeatableRows } from './repeatable-rows';
import type { ConferenceFormApi } from './use-conference-form';

/** Lãnh đạo dự: the officials who chaired, opened, closed, presented or attended, and where. */
export function OfficialsSection({ form }: { form: ConferenceFormApi }) {
  const t = useT();
  const points = form.values.connectionPoints;
  const pointOptions = points.map((p, i) => ({ value: p.key, label: p.name.trim() || t('conferences.points.row', { n: i + 1 }) }));
  const err = (i: number, field: string) => form.rowError('officials', i, field);

  return (
    <FormSection id="conference-officials" title={t('conferences.section.officials')}>
      <RepeatableRows
        rows={form.values.officials}
        onChange={(next, change) => form.setRows('officials', next, change)}
        newRow={emptyRow.officials}
        rowLabel={(i) => t('conferences.officials.row', { n: i + 1 })}
        addLabel={t('conferences.officials.add')}
        empty={t('conferences.officials.empty')}
      >
        {(row, i, update) => (
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <RankInput value={row.rank} onChange={(rank) => update({ rank })} error={err(i, 'rank')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput
                label={t('conferences.people.name')}
                placeholder={t('conferences.people.namePlaceholder')}
                value={row.name}
                onChange={(e) => update({ name: e.currentTarget.value })}
                error={err(i, 'name')}
                required
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select
                label={t('conferences.officials.role')}
                placeholder={t('conferences.field.choose')}
                data={officialRoles.map((r) => ({ value: r, label: t(`conferences.officialRole.${r}`) }))}
                value={row.role}
                onChange={(r) => update({ role: r as OfficialRole | null })}
                error={err(i, 'role')}
                required
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('conferences.people.title')}
                placeholder={t('conferences.people.titlePlaceholder')}
                value={row.title}
                onChange={(e) => update({ title: e.currentTarget.value })}
                error={err(i, 'title')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <OrganisationSelect
                label={t('conferences.people.organisation')}
                value={row.organisationId}
                onChange={(id) => update({ organisationId: id })}
                province={null}
                error={err(i, 'organisationId')}
              />
            </Grid.Col>
            {points.length > 0 && (
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <Select
                  label={t('conferences.officials.point')}
                  placeholder={t('conferences.officials.pointPlaceholder')}
                  data={pointOptions}
                  value={pointOptions.some((o) => o.value === row.pointKey) ? row.pointKey : null}
                  onChange={(key) => update({ pointKey: key })}
                  error={err(i, 'connectionPointIndex')}
                  clearable
                />
              </Grid.Col>
            )}
          </Grid>
        )}
      </RepeatableRows>
    </FormSection>
  );
}
