import { Group, Select } from '@mantine/core';
import { isNationalRole, roles } from '../../../../shared/auth/permissions';
import { ProvinceSelect } from '../../../components/province-select/province-select';
import { SearchInput } from '../../../components/search-input';
import { useSignedInUser } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';

type Filters = { q: string; role: string; province: string };
type Props = { values: Filters; onChange: (key: keyof Filters, value: string) => void };

/** Search by name or e-mail, role, and (for national users) province. */
export function AccountsFilters({ values, onChange }: Props) {
  const t = useT();
  const user = useSignedInUser();
  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <SearchInput
        label={t('accounts.filter.search')}
        placeholder={t('accounts.filter.searchPlaceholder')}
        value={values.q}
        onSearch={(q) => onChange('q', q)}
      />
      <Select
        label={t('accounts.filter.role')}
        placeholder={t('common.all')}
        data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        value={values.role || null}
        onChange={(v) => onChange('role', v ?? '')}
        clearable
        w={{ base: '100%', xs: 260 }}
      />
      {isNationalRole(user.role) && (
        <div style={{ width: 220 }}>
          <ProvinceSelect
            label={t('accounts.filter.province')}
            placeholder={t('common.all')}
            value={values.province || null}
            onChange={(v) => onChange('province', v ?? '')}
            clearable
          />
        </div>
      )}
    </Group>
  );
}
