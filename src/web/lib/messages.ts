import { enMessages as en, viMessages as vi } from '../../shared/i18n/catalogues';
import type { Locale } from './locale';

export type MessageId = keyof typeof vi;

// Message ids are checked at compile time: a typo in `formatMessage({ id })` fails `tsc`.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}

const catalogues: Record<Locale, Record<MessageId, string>> = { vi, en };

export function messagesFor(locale: Locale): Record<MessageId, string> {
  return catalogues[locale];
}
