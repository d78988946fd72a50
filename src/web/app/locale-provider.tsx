import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { config as configureZod } from 'zod';
import zodEn from 'zod/v4/locales/en.js';
import zodVi from 'zod/v4/locales/vi.js';
import { LocaleContext, readStoredLocale, storeLocale, type Locale } from '../lib/locale';
import { messagesFor } from '../lib/messages';

/** Holds the interface language, remembers it in the browser and keeps `<html lang>` in step. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(readStoredLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
    storeLocale(locale);
    // Form checks reuse the server's schemas; their generic messages follow the UI language.
    configureZod(locale === 'vi' ? zodVi() : zodEn());
  }, [locale]);

  const value = useMemo(() => ({ locale, setLocale }), [locale]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale} defaultLocale="vi" messages={messagesFor(locale)}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}
