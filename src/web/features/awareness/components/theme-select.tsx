import { Select, type SelectProps } from '@mantine/core';
import { rightsThemes } from '../../../../shared/api/conferences';
import { useT } from '../../../lib/use-t';

/** A rights theme, labelled as the conferences label them (`conferences.theme.*`). */
export function ThemeSelect(props: Omit<SelectProps, 'data'>) {
  const t = useT();
  return <Select {...props} data={rightsThemes.map((theme) => ({ value: theme, label: t(`conferences.theme.${theme}`) }))} />;
}
