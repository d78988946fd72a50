import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { organisationInputSchema, organisationKinds, type Organisation, type OrganisationKind } from '../../../../../shared/api/organisations';
import { isNationalRole } from '../../../../../shared/auth/permissions';
import { ProblemAlert } from '../../../../components/problem-alert';
import { ProvinceSelect } from '../../../../components/province-select/province-select';
import { useSignedInUser } from '../../../../lib/current-user';
import { useFormState } from '../../../../lib/form-state';
import { useT } from '../../../../lib/use-t';
import { useCreateOrganisation } from '../../api/create-organisation';

type Props = {
  opened: boolean;
  onClose: () => void;
  onCreated: (organisation: Organisation) => void;
  provinceCode: string | null;
  /** The name as a source document writes it, to start from. */
  initialName?: string;
};

/**
 * "+ Thêm cơ quan mới": adds a body the article names but the registry lacks, without leaving
 * the conference form. It opens on the conference's province; a provincial user's is fixed.
 */
export function NewOrganisationDialog({ opened, onClose, onCreated, provinceCode, initialName = '' }: Props) {
  const t = useT();
  const user = useSignedInUser();
  const national = isNationalRole(user.role);
  const form = useFormState({ name: initialName, shortName: '', kind: null as OrganisationKind | null, provinceCode: national ? provinceCode : user.provinceCode });
  const create = useCreateOrganisation();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The dialog renders in a portal but React still bubbles its submit to the conference form.
    event.stopPropagation();
    const input = form.validate(organisationInputSchema, { ...form.values, shortName: form.values.shortName.trim() || null, parentId: null });
    if (!input) return;
    create.mutate(input, {
      onSuccess: (organisation) => {
        onCreated(organisation);
        form.setValues({ name: '', shortName: '', kind: null, provinceCode: form.values.provinceCode });
        create.reset();
      },
      onError: form.applyProblem,
    });
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('conferences.organisers.newTitle')} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {create.error && <ProblemAlert error={create.error} />}
          <TextInput
            label={t('conferences.organisers.newName')}
            placeholder={t('conferences.organisers.newNamePlaceholder')}
            value={form.values.name}
            onChange={(e) => form.setField('name', e.currentTarget.value)}
            error={form.errors.name}
            required
            data-autofocus
          />
          <TextInput
            label={t('conferences.organisers.newShortName')}
            placeholder={t('conferences.organisers.newShortNamePlaceholder')}
            value={form.values.shortName}
            onChange={(e) => form.setField('shortName', e.currentTarget.value)}
            error={form.errors.shortName}
          />
          <Select
            label={t('conferences.organisers.newKind')}
            placeholder={t('conferences.field.choose')}
            data={organisationKinds.map((k) => ({ value: k, label: t(`organisations.kind.${k}`) }))}
            value={form.values.kind}
            onChange={(k) => form.setField('kind', k as OrganisationKind | null)}
            error={form.errors.kind}
            required
            comboboxProps={{ withinPortal: true }}
          />
          <ProvinceSelect
            label={t('conferences.organisers.newProvince')}
            placeholder={t('conferences.field.provinceNational')}
            value={form.values.provinceCode}
            onChange={(code) => form.setField('provinceCode', code)}
            error={form.errors.provinceCode}
            clearable={national}
            disabled={!national}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('conferences.organisers.newSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
