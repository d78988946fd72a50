import { Button, Group, Select, Switch } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { conferenceFormats, conferenceLevels, conferenceSorts, conferenceStatuses, rightsThemes } from '../../../../../shared/api/conferences';
import { isNationalRole } from '../../../../../shared/auth/permissions';
import { ProvinceSelect } from '../../../../components/province-select/province-select';
import { SearchInput } from '../../../../components/search-input';
import { useSignedInUser } from '../../../../lib/current-user';
import { useT } from '../../../../lib/use-t';
import type { ConferenceFilters } from '../../api/list-conferences';
import { LegacyProvinceSelect } from '../legacy-province-select';

type Props = {
  values: ConferenceFilters;
  onChange: (key: keyof ConferenceFilters, value: string) => void;
  onChangeMany: (changes: Partial<ConferenceFilters>) => void;
};

const firstYear = 2015;
const half = { base: 'calc(50% - 6px)', xs: 170 };

/** Search (tone marks optional), place (current or old province), year, month, level, format, theme, status, order. */
export function ConferencesFilters({ values, onChange, onChangeMany }: Props) {
  const t = useT();
  const user = useSignedInUser();
  const [legacyMode, setLegacyMode] = useState(Boolean(values.legacyProvince));
  // On a phone nine filters would push the list off the screen: they wait behind a button.
  const phone = useMediaQuery('(max-width: 48em)');
  const [expanded, setExpanded] = useState(false);
  const active = (['province', 'legacyProvince', 'year', 'month', 'level', 'format', 'theme', 'status'] as const).filter((k) => values[k]).length;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 2 - firstYear }, (_, i) => String(thisYear + 1 - i));
  const select = (key: keyof ConferenceFilters, label: string, data: { value: string; label: string }[], clearable = true) => (
    <Select
      label={label}
      placeholder={t('common.all')}
      data={data}
      value={values[key] || null}
      onChange={(v) => onChange(key, v ?? '')}
      clearable={clearable}
      w={half}
      comboboxProps={{ withinPortal: true }}
    />
  );

  return (
    <Group align="flex-start" gap="sm" mb="md" wrap="wrap">
      <SearchInput
        label={t('conferences.filter.search')}
        placeholder={t('conferences.filter.searchPlaceholder')}
        value={values.q}
        onSearch={(q) => onChange('q', q)}
      />
      {phone && (
        <Button variant="default" onClick={() => setExpanded((v) => !v)} aria-expanded={expanded} fullWidth>
          {t(expanded ? 'conferences.filter.hide' : 'conferences.filter.show', { count: active })}
        </Button>
      )}
      {(!phone || expanded) && (
        <>
          <div style={{ width: 240, maxWidth: '100%' }}>
            {legacyMode ? (
              <LegacyProvinceSelect
                label={t('conferences.filter.legacyProvince')}
                value={values.legacyProvince || null}
                onChange={(code) => onChange('legacyProvince', code ?? '')}
                successorCode={isNationalRole(user.role) ? null : user.provinceCode}
                clearable
              />
            ) : (
              <ProvinceSelect
                label={t('conferences.filter.province')}
                placeholder={t('common.all')}
                value={values.province || null}
                onChange={(code) => onChange('province', code ?? '')}
                clearable
              />
            )}
            <Switch
              mt={6}
              size="xs"
              label={t('conferences.filter.legacyToggle')}
              checked={legacyMode}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setLegacyMode(on);
                onChangeMany({ province: '', legacyProvince: '' });
              }}
            />
          </div>
          {select('year', t('conferences.filter.year'), years.map((y) => ({ value: y, label: y })))}
          {select(
            'month',
            t('conferences.filter.month'),
            Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: t('conferences.calendar.monthName', { month: String(i + 1) }) })),
          )}
          {select('level', t('conferences.field.level'), conferenceLevels.map((l) => ({ value: l, label: t(`conferences.level.${l}`) })))}
          {select('format', t('conferences.field.format'), conferenceFormats.map((f) => ({ value: f, label: t(`conferences.format.${f}`) })))}
          {select('theme', t('conferences.filter.theme'), rightsThemes.map((th) => ({ value: th, label: t(`conferences.theme.${th}`) })))}
          {select('status', t('conferences.field.status'), conferenceStatuses.map((s) => ({ value: s, label: t(`conferences.status.${s}`) })))}
        </>
      )}
    </Group>
  );
}

/** Newest first, oldest first, by title, or by number of participants. */
export function SortSelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <Select
      label={t('conferences.sort.label')}
      data={conferenceSorts.map((s) => ({ value: s, label: t(`conferences.sort.${s}`) }))}
      value={value || 'date_desc'}
      onChange={(v) => onChange(v === 'date_desc' ? '' : (v ?? ''))}
      allowDeselect={false}
      w={{ base: '100%', xs: 200 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
