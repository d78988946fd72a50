import { createContext, useContext } from 'react';

export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Vietnamese is the working language; English is offered for partners and reviewers. */
export const defaultLocale: Locale = 'vi';
const storageKey = 'rights-desk.locale';

export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return (locales as readonly string[]).includes(stored ?? '') ? (stored as Locale) : defaultLocale;
  } catch {
    // Storage may be blocked by a locked-down browser profile; the default still works.
    return defaultLocale;
  }
}

export function storeLocale(locale: Locale) {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // See readStoredLocale: the choice then lasts until the tab closes.
  }
}

export type LocaleContextValue = { locale: Locale; setLocale: (locale: Locale) => void };

export const LocaleContext = createContext<LocaleContextValue>({ locale: defaultLocale, setLocale: () => {} });

export function useLocale(): LocaleContextValue {
  return useContext(LocaleContext);
}
