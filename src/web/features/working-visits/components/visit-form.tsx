import { Button, Group, Paper, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { visitCreateSchema, visitUpdateSchema, type VisitDetail } from '../../../../shared/api/working-visits';
import { isNationalRole } from '../../../../shared/auth/permissions';
import { DateField } from '../../../components/date-field';
import { LeaveUnsaved, useUnsavedChanges } from '../../../components/leave-unsaved';
import { OrganisationSelect } from '../../../components/organisation-select/organisation-select';
import { FormSaveAlerts } from '../../../components/form-save-alerts';
import { ProvinceSelect } from '../../../components/province-select/province-select';
import { ApiError } from '../../../lib/api-client';
import { useSignedInUser } from '../../../lib/current-user';
import { useFormState } from '../../../lib/form-state';
import { useT } from '../../../lib/use-t';
import { useSaveVisit } from '../api/save-visit';
import { createInput, emptyVisit, updateInput, visitToValues } from './form-values';
import { MemberRows, RecommendationRows, UnitRows } from './repeat-rows';

type Props = { visit?: VisitDetail; onSaved: (visit: VisitDetail) => void; onCancel: () => void; onReload?: () => void };

/**
 * Creates or edits a working visit. On create, the delegation's recommendations are entered in the
 * same form and become follow-up items with the visit; on edit they are added from the visit's page.
 * The shared schema checks the form before it is sent, and the server's refusals land at the fields.
 */
export function VisitForm({ visit, onSaved, onCancel, onReload }: Props) {
  const t = useT();
  const user = useSignedInUser();
  const national = isNationalRole(user.role);
  const [initial] = useState(() => (visit ? visitToValues(visit) : emptyVisit(national ? null : user.provinceCode)));
  const form = useFormState(initial);
  const { values: v, setField, errors } = form;
  const save = useSaveVisit();
  const { unsaved, markSaved } = useUnsavedChanges(initial, v);
  const conflict = save.error instanceof ApiError && save.error.code === 'CONFLICT';
  const province = v.provinceCode || null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.reset();
    const values = v;
    const onSuccess = (result: VisitDetail) => {
      markSaved();
      onSaved(result);
    };
    const onError = (error: unknown) => form.applyProblem(error);
    if (visit) {
      const input = updateInput(values, visit.version);
      if (!form.validate(visitUpdateSchema, input)) return;
      save.mutate({ id: visit.id, input }, { onSuccess, onError });
    } else {
      const input = createInput(values);
      if (!form.validate(visitCreateSchema, input)) return;
      save.mutate({ id: null, input }, { onSuccess, onError });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <LeaveUnsaved unsaved={unsaved} />
      <Stack gap="md">
        <FormSaveAlerts
          conflict={conflict ? { title: t('workingVisits.conflict.title'), body: t('workingVisits.conflict.body'), onReload } : null}
          error={save.error}
          fixErrors={Object.values(errors).some(Boolean) ? t('workingVisits.form.fixErrors') : null}
        />
        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} radius="md">
          <Stack gap="md">
            <TextInput
              label={t('workingVisits.field.title')}
              placeholder={t('workingVisits.field.titlePlaceholder')}
              value={v.title}
              onChange={(e) => setField('title', e.currentTarget.value)}
              error={errors.title}
              required
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <DateField label={t('workingVisits.field.startDate')} value={v.startDate} onChange={(iso) => setField('startDate', iso)} error={errors.startDate} required />
              <DateField
                label={t('workingVisits.field.endDate')}
                description={t('workingVisits.field.endDateHint')}
                value={v.endDate}
                onChange={(iso) => setField('endDate', iso)}
                error={errors.endDate}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <ProvinceSelect
                label={t('workingVisits.field.province')}
                placeholder={t('workingVisits.field.provinceHint')}
                value={province}
                onChange={(code) => setField('provinceCode', code ?? '')}
                error={errors.provinceCode}
                clearable={national}
                disabled={!national}
              />
              <OrganisationSelect
                label={t('workingVisits.field.lead')}
                province={null}
                value={v.leadOrganisationId}
                onChange={(id) => setField('leadOrganisationId', id)}
                error={errors.leadOrganisationId}
              />
            </SimpleGrid>
            <Textarea label={t('workingVisits.field.purpose')} value={v.purpose} onChange={(e) => setField('purpose', e.currentTarget.value)} error={errors.purpose} autosize minRows={2} />
            <Textarea label={t('workingVisits.field.findings')} value={v.findings} onChange={(e) => setField('findings', e.currentTarget.value)} error={errors.findings} autosize minRows={3} />
          </Stack>
        </Paper>
        <UnitRows rows={v.visitedUnits} onChange={(rows) => setField('visitedUnits', rows)} errors={errors} province={province} path="visitedUnits" />
        <MemberRows rows={v.members} onChange={(rows) => setField('members', rows)} errors={errors} province={null} path="members" />
        {!visit && <RecommendationRows rows={v.recommendations} onChange={(rows) => setField('recommendations', rows)} errors={errors} province={province} path="recommendations" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
