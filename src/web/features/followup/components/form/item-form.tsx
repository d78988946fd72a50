import { Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { rightsThemes } from '../../../../../shared/api/conferences';
import { followupKinds, followupItemInputSchema, type FollowupItem } from '../../../../../shared/api/followup';
import { isNationalRole } from '../../../../../shared/auth/permissions';
import { LeaveUnsaved, useUnsavedChanges } from '../../../../components/leave-unsaved';
import { OrganisationSelect } from '../../../../components/organisation-select/organisation-select';
import { FormSaveAlerts } from '../../../../components/form-save-alerts';
import { ProvinceSelect } from '../../../../components/province-select/province-select';
import { ApiError } from '../../../../lib/api-client';
import { useSignedInUser } from '../../../../lib/current-user';
import { useFormState } from '../../../../lib/form-state';
import { useT } from '../../../../lib/use-t';
import { useSaveFollowupItem } from '../../api/save-item';
import { DateField } from '../../../../components/date-field';
import { todayInVietnam } from '../today';
import { CooperatingSelect } from './cooperating-select';
import { emptyItem, itemToValues, valuesToInput } from './form-values';
import { KindFields } from './kind-fields';

type Props = { item?: FollowupItem; onSaved: (item: FollowupItem) => void; onCancel: () => void; onReload?: () => void };

/**
 * Creates or edits an item. The shared schema (with the cross-field rules of followupFieldIssues)
 * checks it before it is sent, so the form and the server refuse the same things with the same
 * words at the same fields; the server's own refusals land at the fields too.
 */
export function ItemForm({ item, onSaved, onCancel, onReload }: Props) {
  const t = useT();
  const user = useSignedInUser();
  const national = isNationalRole(user.role);
  const [initial] = useState(() => (item ? itemToValues(item) : emptyItem(national ? null : user.provinceCode, todayInVietnam())));
  const form = useFormState(initial);
  const { values: v, setField, errors } = form;
  const save = useSaveFollowupItem();
  const { unsaved, markSaved } = useUnsavedChanges(initial, v);
  const conflict = save.error instanceof ApiError && save.error.code === 'CONFLICT';
  const province = v.provinceCode || null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.reset();
    const input = form.validate(followupItemInputSchema, valuesToInput(v));
    if (!input) return;
    save.mutate(
      { id: item?.id ?? null, input, version: item?.version },
      {
        onSuccess: (result) => {
          markSaved();
          onSaved(result);
        },
        onError: (error) => form.applyProblem(error),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <LeaveUnsaved unsaved={unsaved} />
      <Stack gap="md">
        <FormSaveAlerts
          conflict={conflict ? { title: t('followup.conflict.title'), body: t('followup.conflict.body'), onReload } : null}
          error={save.error}
          fixErrors={Object.values(errors).some(Boolean) ? t('followup.form.fixErrors') : null}
        />
        <Paper withBorder p={{ base: 'sm', sm: 'lg' }} radius="md">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('followup.field.kind')}
                data={followupKinds.map((k) => ({ value: k, label: t(`followup.kind.${k}`) }))}
                value={v.kind || null}
                onChange={(x) => form.patch({ kind: x ?? '', nature: '' })}
                error={errors.kind}
                withAsterisk
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
              />
              <TextInput label={t('followup.field.reference')} description={t('followup.form.referenceHint')} value={v.reference} onChange={(e) => setField('reference', e.currentTarget.value)} error={errors.reference} />
            </SimpleGrid>
            <KindFields form={form} knownVisit={item?.visitId ? { id: item.visitId, title: item.visitTitle ?? '' } : null} />
            <Textarea label={t('followup.field.text')} withAsterisk autosize minRows={4} value={v.text} onChange={(e) => setField('text', e.currentTarget.value)} error={errors.text} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {national ? (
                <ProvinceSelect
                  label={t('followup.field.province')}
                  placeholder={t('followup.form.nationalPlaceholder')}
                  value={province}
                  onChange={(code) => form.patch({ provinceCode: code ?? '' })}
                  error={errors.provinceCode}
                  clearable
                />
              ) : (
                <ProvinceSelect label={t('followup.field.province')} value={province} onChange={() => {}} disabled />
              )}
              <OrganisationSelect
                label={t('followup.field.leadOrganisation')}
                value={v.leadOrganisationId || null}
                onChange={(id) => setField('leadOrganisationId', id ?? '')}
                province={province}
                error={errors.leadOrganisationId}
              />
            </SimpleGrid>
            <CooperatingSelect
              value={v.cooperatingOrganisationIds}
              onChange={(ids) => setField('cooperatingOrganisationIds', ids)}
              province={province}
              known={item?.cooperatingOrganisations ?? []}
              error={errors.cooperatingOrganisationIds}
            />
            <Group align="flex-start" gap="lg">
              <DateField label={t('followup.field.itemDate')} value={v.itemDate} onChange={(x) => setField('itemDate', x)} error={errors.itemDate} required />
              <DateField label={t('followup.field.dueDate')} value={v.dueDate} onChange={(x) => setField('dueDate', x)} error={errors.dueDate} />
            </Group>
            <MultiSelect
              label={t('followup.field.theme')}
              data={rightsThemes.map((th) => ({ value: th, label: t(`conferences.theme.${th}`) }))}
              placeholder={v.themes.length ? undefined : t('followup.form.themesPlaceholder')}
              value={v.themes}
              onChange={(x) => setField('themes', x)}
              error={errors.themes}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TagsInput label={t('followup.field.sdgs')} description={t('followup.form.sdgHint')} value={v.sdgs} onChange={(x) => setField('sdgs', x)} error={errors.sdgs ?? Object.entries(errors).find(([k]) => k.startsWith('sdgs.'))?.[1]} />
              <TagsInput label={t('followup.field.affectedPersons')} description={t('followup.form.tagsHint')} value={v.affectedPersons} onChange={(x) => setField('affectedPersons', x)} error={errors.affectedPersons} />
            </SimpleGrid>
          </Stack>
        </Paper>
        <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-gray-0)" style={{ zIndex: 2 }}>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t(item ? 'common.save' : 'followup.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
