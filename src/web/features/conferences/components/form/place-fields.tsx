import { Stack, Switch } from '@mantine/core';
import { useState } from 'react';
import { isNationalRole } from '../../../../../shared/auth/permissions';
import { ProvinceSelect } from '../../../../components/province-select/province-select';
import { useSignedInUser } from '../../../../lib/current-user';
import { useT } from '../../../../lib/use-t';
import { useLegacyProvinces } from '../../api/list-legacy-provinces';
import { LegacyProvinceSelect } from '../legacy-province-select';
import { CommuneSelect } from './commune-select';
import type { ConferenceFormApi } from './use-conference-form';
import { provinceReformDay } from '../../../../../shared/admin-units/reform-day';

/** Local government went to two levels on this day: older records may name one of the 63 former provinces. */
const reformDate = provinceReformDay;

/**
 * Host province: a current province, or for a conference before 01/07/2025 the old province the
 * article names, shown with the current province it now counts towards. Then the commune, for a
 * commune-level conference. A provincial user's conferences are always in their own province.
 */
export function PlaceFields({ form, disabled }: { form: ConferenceFormApi; disabled?: boolean }) {
  const t = useT();
  const user = useSignedInUser();
  const national = isNationalRole(user.role);
  const legacyList = useLegacyProvinces().data ?? [];
  const { values: v, errors, patch } = form;
  const [legacyMode, setLegacyMode] = useState(Boolean(v.legacyProvinceCode));
  const offerLegacy = (v.startDate !== '' && v.startDate < reformDate) || Boolean(v.legacyProvinceCode);
  const successor = legacyList.find((p) => p.code === v.legacyProvinceCode)?.successor;
  const ownProvince = national ? null : user.provinceCode;

  return (
    <Stack gap="sm">
      {offerLegacy && (
        <Switch
          label={t('conferences.place.legacyToggle')}
          checked={legacyMode}
          disabled={disabled}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setLegacyMode(on);
            if (!on) patch({ legacyProvinceCode: null });
          }}
        />
      )}
      {offerLegacy && legacyMode ? (
        <LegacyProvinceSelect
          label={t('conferences.field.legacyProvince')}
          description={successor ? t('conferences.place.countsTowards', { province: successor.name }) : t('conferences.place.legacyHint')}
          value={v.legacyProvinceCode}
          successorCode={ownProvince}
          onChange={(code, p) => patch({ legacyProvinceCode: code, provinceCode: p?.successor.code ?? ownProvince, communeCode: null })}
          error={errors.legacyProvinceCode ?? errors.provinceCode}
          clearable
          disabled={disabled}
          required={v.level === 'provincial' || v.level === 'commune'}
        />
      ) : (
        <ProvinceSelect
          label={t('conferences.field.province')}
          placeholder={national ? t('conferences.field.provinceNational') : undefined}
          value={v.provinceCode}
          onChange={(code) => patch({ provinceCode: code, communeCode: null })}
          error={errors.provinceCode}
          clearable={national}
          disabled={disabled || !national}
          required={v.level === 'provincial' || v.level === 'commune'}
        />
      )}
      {v.level === 'commune' && (
        <CommuneSelect provinceCode={v.provinceCode} value={v.communeCode} onChange={(code) => patch({ communeCode: code })} error={errors.communeCode} disabled={disabled} />
      )}
    </Stack>
  );
}
