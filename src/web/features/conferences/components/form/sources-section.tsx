import { Grid, TextInput } from '@mantine/core';
import { useT } from '../../../../lib/use-t';
import { DateField } from '../../../../components/date-field';
import { FormSection } from './form-section';
import { emptyRow } from './form-values';
import { RepeatableRows } from './repeatable-rows';
import type { ConferenceFormApi } from './use-conference-form';

/** Nguồn tin: the articles the record was taken from, so a reader can check it. */
export function SourcesSection({ form }: { form: ConferenceFormApi }) {
  const t = useT();
  const err = (i: number, field: string) => form.rowError('sources', i, field);
  return (
    <FormSection id="conference-sources" title={t('conferences.section.sources')}>
      <RepeatableRows
        rows={form.values.sources}
        onChange={(next, change) => form.setRows('sources', next, change)}
        newRow={emptyRow.sources}
        rowLabel={(i) => t('conferences.sources.row', { n: i + 1 })}
        addLabel={t('conferences.sources.add')}
        empty={t('conferences.sources.empty')}
      >
        {(row, i, update) => (
          <Grid gap="sm">
            <Grid.Col span={12}>
              <TextInput
                label={t('conferences.sources.url')}
                placeholder="https://"
                type="url"
                value={row.url}
                onChange={(e) => update({ url: e.currentTarget.value })}
                error={err(i, 'url')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('conferences.sources.title')} value={row.title} onChange={(e) => update({ title: e.currentTarget.value })} error={err(i, 'title')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <TextInput
                label={t('conferences.sources.publisher')}
                placeholder={t('conferences.sources.publisherPlaceholder')}
                value={row.publisher}
                onChange={(e) => update({ publisher: e.currentTarget.value })}
                error={err(i, 'publisher')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <DateField label={t('conferences.sources.publishedDate')} value={row.publishedDate} onChange={(d) => update({ publishedDate: d })} error={err(i, 'publishedDate')} />
            </Grid.Col>
          </Grid>
        )}
      </RepeatableRows>
    </FormSection>
  );
}
