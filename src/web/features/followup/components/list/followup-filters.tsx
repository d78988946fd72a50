import { Group, Select } from '@mantine/core';
import { rightsThemes } from '../../../../../shared/api/conferences';
import { followupKinds, followupStatuses, treaties } from '../../../../../shared/api/followup';
import { isNationalRole } from '../../../../../shared/auth/permissions';
import { OrganisationSelect } from '../../../../components/organisation-select/organisation-select';
import { ProvinceSelect } from '../../../../components/province-select/province-select';
import { SearchInput } from '../../../../components/search-input';
import { useSignedInUser } from '../../../../lib/current-user';
import { useT } from '../../../../lib/use-t';
import type { FollowupFilters } from '../../api/list-items';

type Props = { values: FollowupFilters; onChange: (key: keyof FollowupFilters, value: string) => void };

const narrow = { base: 'calc(50% - 6px)', xs: 180 };
export const uprCycles = ['1', '2', '3', '4', '5'];

/** Search (tone marks optional), kind, status, UPR cycle, treaty, theme, lead body and (national roles) province and level. */
export function FollowupFilters({ values, onChange }: Props) {
  const t = useT();
  const user = useSignedInUser();
  const national = isNationalRole(user.role);
  const select = (key: keyof FollowupFilters, label: string, data: { value: string; label: string }[]) => (
    <Select
      label={label}
      placeholder={t('common.all')}
      data={data}
      value={values[key] || null}
      onChange={(v) => onChange(key, v ?? '')}
      clearable
      w={narrow}
      comboboxProps={{ withinPortal: true }}
    />
  );
  return (
    <Group align="flex-start" gap="sm" mb="sm" wrap="wrap">
      <SearchInput label={t('followup.filter.search')} placeholder={t('followup.filter.searchPlaceholder')} value={values.q} onSearch={(q) => onChange('q', q)} />
      {select('kind', t('followup.field.kind'), followupKinds.map((k) => ({ value: k, label: t(`followup.kind.${k}`) })))}
      {select('status', t('followup.field.status'), followupStatuses.map((s) => ({ value: s, label: t(`followup.status.${s}`) })))}
      {select('uprCycle', t('followup.field.uprCycle'), uprCycles.map((c) => ({ value: c, label: t('followup.upr.cycleName', { cycle: c }) })))}
      {select('treaty', t('followup.field.treaty'), treaties.map((c) => ({ value: c, label: t(`followup.treaty.${c}`) })))}
      {select('theme', t('followup.field.theme'), rightsThemes.map((th) => ({ value: th, label: t(`conferences.theme.${th}`) })))}
      <div style={{ width: 280, maxWidth: '100%' }}>
        <OrganisationSelect
          label={t('followup.field.leadOrganisation')}
          value={values.leadOrganisationId || null}
          onChange={(id) => onChange('leadOrganisationId', id ?? '')}
          province={national ? null : user.provinceCode}
        />
      </div>
      {national && (
        <div style={{ width: 220, maxWidth: '100%' }}>
          <ProvinceSelect
            label={t('followup.field.province')}
            placeholder={t('common.all')}
            value={values.provinceCode || null}
            onChange={(code) => onChange('provinceCode', code ?? '')}
            clearable
          />
        </div>
      )}
      {national && select('level', t('followup.filter.level'), (['national', 'provincial'] as const).map((l) => ({ value: l, label: t(`followup.level.${l}`) })))}
    </Group>
  );
}
