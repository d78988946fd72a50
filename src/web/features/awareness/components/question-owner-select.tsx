import { Select } from '@mantine/core';
import { searchKey } from '../../../../shared/text/index';
import { useAllProvinces } from '../../../components/province-select/use-provinces';
import { useT } from '../../../lib/use-t';

/** The value standing for the national bank (a question without a province). */
const NATIONAL = 'national';

type Props = { value: string | null; onChange: (provinceCode: string | null) => void };

/**
 * Who owns a question, for a national administrator: the national bank ("Toàn quốc") or one of
 * the 34 provinces. The shared ProvinceSelect has no "whole country" entry, so this offers the
 * same provinces (same list, same search without tone marks) after that entry.
 */
export function QuestionOwnerSelect({ value, onChange }: Props) {
  const t = useT();
  const { data, isLoading } = useAllProvinces();
  const options = [{ value: NATIONAL, label: t('awareness.bank.ownerNational') }, ...(data ?? []).map((p) => ({ value: p.code, label: p.name }))];
  return (
    <Select
      label={t('awareness.bank.owner')}
      description={t('awareness.bank.ownerHint')}
      data={options}
      value={value ?? NATIONAL}
      onChange={(v) => onChange(v === null || v === NATIONAL ? null : v)}
      allowDeselect={false}
      disabled={isLoading}
      searchable
      nothingFoundMessage={t('common.noMatch')}
      filter={({ options: list, search }) => {
        const key = searchKey(search);
        return list.filter((o) => 'label' in o && searchKey(o.label).includes(key));
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
