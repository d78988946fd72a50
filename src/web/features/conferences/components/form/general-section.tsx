import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { conferenceFormats, conferenceLevels, conferenceStatuses, partsOfDay } from '../../../../../shared/api/conferences';
import { isNationalRole } from '../../../../../shared/auth/permissions';
import { useSignedInUser } from '../../../../lib/current-user';
import { useT } from '../../../../lib/use-t';
import { DateField } from '../../../../components/date-field';
import { FormSection } from './form-section';
import type { ConferenceFormat, ConferenceLevel, ConferenceStatus, PartOfDay } from './form-values';
import { PlaceFields } from './place-fields';
import type { ConferenceFormApi } from './use-conference-form';

/** Thông tin chung: what, which level, where, when, how and whether it has taken place. */
export function GeneralSection({ form }: { form: ConferenceFormApi }) {
  const t = useT();
  const user = useSignedInUser();
  const { values: v, errors, setField } = form;
  // A province records only its own provincial and commune-level conferences.
  const levels = isNationalRole(user.role) ? conferenceLevels : conferenceLevels.filter((l) => l === 'provincial' || l === 'commune');

  return (
    <FormSection id="conference-general" title={t('conferences.section.general')}>
      <Textarea
        label={t('conferences.field.title')}
        placeholder={t('conferences.field.titlePlaceholder')}
        value={v.title}
        onChange={(e) => setField('title', e.currentTarget.value)}
        error={errors.title}
        required
        autosize
        minRows={1}
        maxRows={4}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t('conferences.field.level')}
          placeholder={t('conferences.field.choose')}
          data={levels.map((l) => ({ value: l, label: t(`conferences.level.${l}`) }))}
          value={v.level}
          onChange={(l) => form.patch({ level: l as ConferenceLevel | null, communeCode: null })}
          error={errors.level}
          required
          allowDeselect={false}
        />
        <Select
          label={t('conferences.field.format')}
          placeholder={t('conferences.field.choose')}
          data={conferenceFormats.map((f) => ({ value: f, label: t(`conferences.format.${f}`) }))}
          value={v.format}
          onChange={(f) => setField('format', f as ConferenceFormat | null)}
          error={errors.format}
          clearable
        />
        <Select
          label={t('conferences.field.status')}
          data={conferenceStatuses.map((s) => ({ value: s, label: t(`conferences.status.${s}`) }))}
          value={v.status}
          onChange={(s) => s && setField('status', s as ConferenceStatus)}
          error={errors.status}
          allowDeselect={false}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <DateField label={t('conferences.field.startDate')} value={v.startDate} onChange={(d) => setField('startDate', d)} error={errors.startDate} required />
        <DateField
          label={t('conferences.field.endDate')}
          value={v.endDate}
          onChange={(d) => setField('endDate', d)}
          error={errors.endDate}
          description={t('conferences.field.endDateHint')}
        />
        <Select
          label={t('conferences.field.partOfDay')}
          placeholder={t('conferences.field.partOfDayPlaceholder')}
          data={partsOfDay.map((p) => ({ value: p, label: t(`conferences.partOfDay.${p}`) }))}
          value={v.partOfDay}
          onChange={(p) => setField('partOfDay', p as PartOfDay | null)}
          error={errors.partOfDay}
          clearable
        />
        <TextInput
          label={t('conferences.field.startTime')}
          placeholder="08:00"
          value={v.startTime}
          onChange={(e) => setField('startTime', e.currentTarget.value)}
          error={errors.startTime}
          inputMode="numeric"
          maw={150}
        />
      </SimpleGrid>
      <PlaceFields form={form} />
      <TextInput
        label={t('conferences.field.venue')}
        placeholder={t('conferences.field.venuePlaceholder')}
        value={v.venue}
        onChange={(e) => setField('venue', e.currentTarget.value)}
        error={errors.venue}
      />
      <Textarea
        label={t('conferences.field.summary')}
        placeholder={t('conferences.field.summaryPlaceholder')}
        value={v.summary}
        onChange={(e) => setField('summary', e.currentTarget.value)}
        error={errors.summary}
        autosize
        minRows={2}
        maxRows={10}
      />
    </FormSection>
  );
}
