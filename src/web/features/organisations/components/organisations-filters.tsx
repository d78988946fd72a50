import { Group, Select } from '@mantine/core';
import { organisationKinds } from '../../../../shared/api/organisations';
import { isNationalRole } from '../../../../shared/auth/permissions';
import { ProvinceSelect } from '../../../components/province-select/province-select';
import { SearchInput } from '../../../components/search-input';
import { useSignedInUser } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';

type Filters = { q: string; kind: string; province: string };
type Props = { values: Filters; onChange: (key: keyof Filters, value: string) => void };

/** Search by name or abbreviation, kind of organisation, and province. */
export function OrganisationsFilters({ values, onChange }: Props) {
  const t = useT();
  const user = useSignedInUser();
  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <SearchInput
        label={t('organisations.filter.search')}
        placeholder={t('organisations.filter.searchPlaceholder')}
        value={values.q}
        onSearch={(q) => onChange('q', q)}
      />
      <Select
        label={t('organisations.filter.kind')}
        placeholder={t('common.all')}
        data={organisationKinds.map((k) => ({ value: k, label: t(`organisations.kind.${k}`) }))}
        value={values.kind || null}
        onChange={(v) => onChange('kind', v ?? '')}
        clearable
        w={{ base: '100%', xs: 220 }}
      />
      {isNationalRole(user.role) && (
        <div style={{ width: 220 }}>
          <ProvinceSelect
            label={t('organisations.filter.province')}
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
