import { Autocomplete } from '@mantine/core';
import { useT } from '../../../../lib/use-t';

/**
 * Ranks and academic titles as articles print them before a name. Suggestions only: the press
 * writes many variants ("T.S", "PGS.TS"), and the field keeps what is typed.
 */
const suggestions = ['Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'GS.TS', 'PGS.TS', 'TS', 'ThS', 'Luật sư'];

export function RankInput({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  const t = useT();
  return (
    <Autocomplete
      label={t('conferences.people.rank')}
      placeholder={t('conferences.people.rankPlaceholder')}
      data={suggestions}
      value={value}
      onChange={onChange}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
