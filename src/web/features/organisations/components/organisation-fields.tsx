import { Select, TextInput } from '@mantine/core';
import { organisationKinds, type OrganisationKind } from '../../../../shared/api/organisations';
import { isNationalRole } from '../../../../shared/auth/permissions';
import { OrganisationSelect } from '../../../components/organisation-select/organisation-select';
import { ProvinceSelect } from '../../../components/province-select/province-select';
import { useSignedInUser } from '../../../lib/current-user';
import type { FieldErrors } from '../../../lib/form-state';
import { useT } from '../../../lib/use-t';

export type OrganisationFieldValues = {
  name: string;
  shortName: string;
  kind: OrganisationKind | null;
  provinceCode: string | null;
  parentId: string | null;
};

type Props = {
  values: OrganisationFieldValues;
  errors: FieldErrors;
  onChange: (changes: Partial<OrganisationFieldValues>) => void;
  /** The organisation being edited, which cannot be its own parent. */
  selfId?: string;
  disabled?: boolean;
};

/** Name, abbreviation, kind, province (empty for central bodies) and parent body. */
export function OrganisationFields({ values, errors, onChange, selfId, disabled }: Props) {
  const t = useT();
  const user = useSignedInUser();
  const provinceFixed = !isNationalRole(user.role);
  return (
    <>
      <TextInput
        label={t('organisations.field.name')}
        placeholder={t('organisations.field.namePlaceholder')}
        value={values.name}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
        error={errors.name}
        required
        disabled={disabled}
      />
      <TextInput
        label={t('organisations.field.shortName')}
        placeholder={t('organisations.field.shortNamePlaceholder')}
        value={values.shortName}
        onChange={(e) => onChange({ shortName: e.currentTarget.value })}
        error={errors.shortName}
        disabled={disabled}
      />
      <Select
        label={t('organisations.field.kind')}
        placeholder={t('organisations.field.kindPlaceholder')}
        data={organisationKinds.map((k) => ({ value: k, label: t(`organisations.kind.${k}`) }))}
        value={values.kind}
        onChange={(v) => onChange({ kind: v as OrganisationKind | null })}
        error={errors.kind}
        required
        disabled={disabled}
        allowDeselect={false}
      />
      <ProvinceSelect
        label={t('organisations.field.province')}
        placeholder={t('organisations.field.provinceNational')}
        value={values.provinceCode}
        onChange={(v) => onChange({ provinceCode: v })}
        error={errors.provinceCode}
        clearable={!provinceFixed}
        disabled={disabled || provinceFixed}
      />
      <OrganisationSelect
        label={t('organisations.field.parent')}
        description={t('organisations.field.parentHint')}
        value={values.parentId}
        onChange={(v) => onChange({ parentId: v })}
        province={values.provinceCode}
        excludeId={selfId}
        error={errors.parentId}
        disabled={disabled}
      />
    </>
  );
}
