import { Grid, Select, TextInput } from '@mantine/core';
import { materialKinds } from '../../../../../shared/api/conferences';
import { useT } from '../../../../lib/use-t';
import { FormSection } from './form-section';
import { MaterialFileInput } from './material-file-input';
import { emptyRow, type MaterialKind } from './form-values';
import { RepeatableRows } from './repeatable-rows';
import type { ConferenceFormApi } from './use-conference-form';

/** Tài liệu: documents handed out, films shown ("phim tư liệu"), links, optionally tied to a topic. */
export function MaterialsSection({ form }: { form: ConferenceFormApi }) {
  const t = useT();
  const agenda = form.values.agenda;
  const agendaOptions = agenda.map((a, i) => ({ value: a.key, label: a.title.trim() || t('conferences.agenda.row', { n: i + 1 }) }));
  const err = (i: number, field: string) => form.rowError('materials', i, field);

  return (
    <FormSection id="conference-materials" title={t('conferences.section.materials')}>
      <RepeatableRows
        rows={form.values.materials}
        onChange={(next, change) => form.setRows('materials', next, change)}
        newRow={emptyRow.materials}
        rowLabel={(i) => t('conferences.materials.row', { n: i + 1 })}
        addLabel={t('conferences.materials.add')}
        empty={t('conferences.materials.empty')}
      >
        {(row, i, update) => (
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <Select
                label={t('conferences.materials.kind')}
                data={materialKinds.map((k) => ({ value: k, label: t(`conferences.materialKind.${k}`) }))}
                value={row.kind}
                onChange={(k) => k && update({ kind: k as MaterialKind })}
                allowDeselect={false}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 9 }}>
              <TextInput
                label={t('conferences.materials.title')}
                placeholder={t('conferences.materials.titlePlaceholder')}
                value={row.title}
                onChange={(e) => update({ title: e.currentTarget.value })}
                error={err(i, 'title')}
                required
              />
            </Grid.Col>
            {row.kind === 'file' && (
              <Grid.Col span={12}>
                <MaterialFileInput fileId={row.fileId} onUploaded={(file) => update({ fileId: file.id, title: row.title.trim() ? row.title : file.fileName })} />
              </Grid.Col>
            )}
            <Grid.Col span={{ base: 12, sm: agenda.length ? 7 : 12 }}>
              <TextInput
                label={t('conferences.materials.url')}
                placeholder="https://"
                type="url"
                value={row.url}
                onChange={(e) => update({ url: e.currentTarget.value })}
                error={err(i, 'url')}
                required={row.kind === 'link'}
              />
            </Grid.Col>
            {agenda.length > 0 && (
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <Select
                  label={t('conferences.materials.agendaItem')}
                  placeholder={t('conferences.materials.agendaItemPlaceholder')}
                  data={agendaOptions}
                  value={agendaOptions.some((o) => o.value === row.agendaKey) ? row.agendaKey : null}
                  onChange={(key) => update({ agendaKey: key })}
                  error={err(i, 'agendaItemIndex')}
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
