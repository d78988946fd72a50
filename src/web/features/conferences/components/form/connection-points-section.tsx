import { Checkbox, Grid, Group, Input, Select, TextInput } from '@mantine/core';
import { connectionPointLevels } from '../../../../../shared/api/conferences';
import { OrganisationSelect } from '../../../../components/organisation-select/organisation-select';
import { useT } from '../../../../lib/use-t';
import { AttendanceSummary } from './attendance-summary';
import { CommuneSelect } from './commune-select';
import { CountInput } from './count-input';
import { FormSection } from './form-section';
import { emptyRow, type PointLevel } from './form-values';
import { RepeatableRows } from './repeatable-rows';
import type { ConferenceFormApi } from './use-conference-form';

/** Điểm cầu: where an online or hybrid conference was received, with attendance at each point. */
export function ConnectionPointsSection({ form }: { form: ConferenceFormApi }) {
  const t = useT();
  const rows = form.values.connectionPoints;
  const err = (i: number, field: string) => form.rowError('connectionPoints', i, field);

  return (
    <FormSection id="conference-points" title={t('conferences.section.points')} description={t('conferences.points.hint')}>
      {form.errors.connectionPoints && <Input.Error>{form.errors.connectionPoints}</Input.Error>}
      <RepeatableRows
        rows={rows}
        onChange={(next, change) => form.setRows('connectionPoints', next, change)}
        newRow={emptyRow.connectionPoints}
        rowLabel={(i) => t('conferences.points.row', { n: i + 1 })}
        addLabel={t('conferences.points.add')}
        empty={t('conferences.points.empty')}
      >
        {(row, i, update) => (
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('conferences.points.name')}
                placeholder={t('conferences.points.namePlaceholder')}
                value={row.name}
                onChange={(e) => update({ name: e.currentTarget.value })}
                error={err(i, 'name')}
                required
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 4 }}>
              <Select
                label={t('conferences.points.level')}
                placeholder={t('conferences.field.choose')}
                data={connectionPointLevels.map((l) => ({ value: l, label: t(`conferences.pointLevel.${l}`) }))}
                value={row.level}
                onChange={(l) => update({ level: l as PointLevel | null })}
                error={err(i, 'level')}
                required
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 2 }}>
              <CountInput
                label={t('conferences.points.pointCount')}
                placeholder="1"
                value={row.pointCount}
                onChange={(n) => update({ pointCount: n })}
                error={err(i, 'pointCount')}
              />
            </Grid.Col>
            {row.level === 'commune' && (
              <Grid.Col span={{ base: 12, sm: 6 }}>
                {/* A commune point counts towards the communes the training reached (coverage on the statistics page). */}
                <CommuneSelect
                  label={t('conferences.points.commune')}
                  provinceCode={row.provinceCode ?? form.values.provinceCode}
                  value={row.communeCode}
                  onChange={(code) => update({ communeCode: code, provinceCode: code ? (row.provinceCode ?? form.values.provinceCode) : row.provinceCode })}
                  error={err(i, 'communeCode')}
                  required={false}
                />
              </Grid.Col>
            )}
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <OrganisationSelect
                label={t('conferences.points.host')}
                value={row.hostOrganisationId}
                onChange={(id) => update({ hostOrganisationId: id })}
                province={null}
                error={err(i, 'hostOrganisationId')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <CountInput
                label={t('conferences.points.plannedAttendance')}
                value={row.plannedAttendance}
                onChange={(n) => update({ plannedAttendance: n })}
                error={err(i, 'plannedAttendance')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <CountInput
                label={t('conferences.points.actualAttendance')}
                value={row.actualAttendance}
                onChange={(n) => update({ actualAttendance: n })}
                error={err(i, 'actualAttendance')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Group gap="xl">
                <Checkbox
                  label={t('conferences.points.isMain')}
                  checked={row.isMain}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    // Only one point is the main one (the server refuses two): choosing it releases the others.
                    form.setRows('connectionPoints', rows.map((r, j) => ({ ...r, isMain: j === i ? on : on ? false : r.isMain })), { kind: 'edit', index: i, fields: ['isMain'] });
                  }}
                />
                <Checkbox label={t('conferences.points.hasInternet')} checked={row.hasInternet} onChange={(e) => update({ hasInternet: e.currentTarget.checked })} />
              </Group>
            </Grid.Col>
          </Grid>
        )}
      </RepeatableRows>
      {rows.length > 0 && <AttendanceSummary values={form.values} />}
    </FormSection>
  );
}
