import { Select, TextInput } from '@mantine/core';
import { assignableRoles, isNationalRole, type Role } from '../../../../shared/auth/permissions';
import { OrganisationSelect } from '../../../components/organisation-select/organisation-select';
import { ProvinceSelect } from '../../../components/province-select/province-select';
import type { FieldErrors } from '../../../lib/form-state';
import { useSignedInUser } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';

export type AccountFieldValues = {
  fullName: string;
  role: Role | null;
  provinceCode: string | null;
  organisationId: string | null;
};

type Props = {
  values: AccountFieldValues;
  errors: FieldErrors;
  onChange: (changes: Partial<AccountFieldValues>) => void;
  disabled?: boolean;
  /** The signed-in person's own account: only the level above changes its role, province and organisation. */
  reachLocked?: boolean;
};

/**
 * Name, role, province and organisation of an account. The roles offered are those the
 * signed-in manager may hand out; national roles have no province, provincial roles must
 * have one, and a provincial manager can only create accounts in their own province.
 */
export function AccountFields({ values, errors, onChange, disabled, reachLocked }: Props) {
  const t = useT();
  const manager = useSignedInUser();
  const offered = new Set<Role>(assignableRoles(manager.role));
  if (values.role) offered.add(values.role);
  const national = values.role !== null && isNationalRole(values.role);
  const provinceFixed = !isNationalRole(manager.role);

  const changeRole = (role: Role | null) => {
    if (role && isNationalRole(role)) onChange({ role, provinceCode: null });
    else if (provinceFixed) onChange({ role, provinceCode: manager.provinceCode });
    else onChange({ role });
  };

  return (
    <>
      <TextInput
        label={t('accounts.field.fullName')}
        value={values.fullName}
        onChange={(e) => onChange({ fullName: e.currentTarget.value })}
        error={errors.fullName}
        required
        disabled={disabled}
        autoComplete="off"
      />
      <Select
        label={t('accounts.field.role')}
        placeholder={t('accounts.field.rolePlaceholder')}
        data={[...offered].map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        value={values.role}
        onChange={(v) => changeRole(v as Role | null)}
        error={errors.role}
        description={reachLocked ? t('accounts.field.reachLocked') : undefined}
        required
        disabled={disabled || reachLocked}
        allowDeselect={false}
      />
      {!national && (
        <ProvinceSelect
          label={t('accounts.field.province')}
          value={values.provinceCode}
          onChange={(v) => onChange({ provinceCode: v })}
          error={errors.provinceCode}
          required
          disabled={disabled || provinceFixed || reachLocked}
        />
      )}
      <OrganisationSelect
        label={t('accounts.field.organisation')}
        description={t('accounts.field.organisationHint')}
        value={values.organisationId}
        onChange={(v) => onChange({ organisationId: v })}
        province={national ? null : values.provinceCode}
        error={errors.organisationId}
        disabled={disabled || reachLocked}
      />
    </>
  );
}
