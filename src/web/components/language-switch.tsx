import { SegmentedControl } from '@mantine/core';
import { useIntl } from 'react-intl';
import { locales, useLocale, type Locale } from '../lib/locale';

/** VI | EN in the header; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  return (
    <SegmentedControl
      size="xs"
      value={locale}
      onChange={(value) => setLocale(value as Locale)}
      aria-label={intl.formatMessage({ id: 'shell.language.label' })}
      data={locales.map((l) => ({
        value: l,
        label: <span title={intl.formatMessage({ id: `shell.language.${l}` })}>{l.toUpperCase()}</span>,
      }))}
    />
  );
}
