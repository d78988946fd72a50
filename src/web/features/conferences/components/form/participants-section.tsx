import { Select, SimpleGrid, TagsInput } from '@mantine/core';
import { countQualifiers } from '../../../../../shared/api/conferences';
import { useT } from '../../../../lib/use-t';
import { CountInput } from './count-input';
import { FormSection } from './form-section';
import type { CountQualifier } from './form-values';
import type { ConferenceFormApi } from './use-conference-form';

/** Đại biểu, thành phần: who was invited, and how many, with the qualifier the press uses ("khoảng 120"). */
export function ParticipantsSection({ form }: { form: ConferenceFormApi }) {
  const t = useT();
  const { values: v, errors, setField } = form;
  return (
    <FormSection id="conference-participants" title={t('conferences.section.participants')} description={t('conferences.field.participantsQualifierHint')}>
      <TagsInput
        label={t('conferences.field.audiences')}
        description={t('conferences.field.audiencesHint')}
        placeholder={t('conferences.field.audiencesPlaceholder')}
        value={v.audiences}
        onChange={(tags) => setField('audiences', tags)}
        error={errors.audiences}
        splitChars={[';']}
        clearable
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <CountInput
          label={t('conferences.field.participantsPlanned')}
          value={v.participantsPlanned}
          onChange={(n) => setField('participantsPlanned', n)}
          error={errors.participantsPlanned}
        />
        <CountInput
          label={t('conferences.field.participantsActual')}
          value={v.participantsActual}
          onChange={(n) => setField('participantsActual', n)}
          error={errors.participantsActual}
        />
        <Select
          label={t('conferences.field.participantsQualifier')}
          data={countQualifiers.map((q) => ({ value: q, label: t(`conferences.qualifier.${q}`) }))}
          value={v.participantsQualifier}
          onChange={(q) => q && setField('participantsQualifier', q as CountQualifier)}
          allowDeselect={false}
        />
      </SimpleGrid>
    </FormSection>
  );
}
