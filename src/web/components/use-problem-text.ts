import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { ApiError } from '../lib/api-client';
import { useLocale } from '../lib/locale';

/** Problem codes the UI has words for; an unknown code reads as a generic failure. */
const knownCodes = [
  'VALIDATION',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'BAD_ORIGIN',
  'PASSWORD_CHANGE_REQUIRED',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNREADABLE_DOCUMENT',
  'REPORT_HAS_ERRORS',
  'RATE_LIMITED',
  'REQUEST_TIMEOUT',
  'HEADERS_TOO_LARGE',
  'INTERNAL',
  'NETWORK',
  'UNKNOWN',
] as const;
type KnownCode = (typeof knownCodes)[number];

export type ProblemText = { title: string; detail: string };

/**
 * Turns any thrown error into a title and a sentence for the person. The title comes from
 * the problem `code`, translated; the sentence is the server's own Vietnamese `detail` in the
 * Vietnamese UI (it names the record or the wait time), and our translated hint otherwise.
 */
export function useProblemText(): (error: unknown) => ProblemText {
  const intl = useIntl();
  const { locale } = useLocale();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) {
        return {
          title: intl.formatMessage({ id: 'errors.UNEXPECTED.title' }),
          detail: intl.formatMessage({ id: 'errors.UNEXPECTED.hint' }),
        };
      }
      const code: KnownCode = (knownCodes as readonly string[]).includes(error.code) ? (error.code as KnownCode) : 'UNKNOWN';
      const title = intl.formatMessage({ id: `errors.${code}.title` });
      if (locale === 'vi' && error.problem.detail) return { title, detail: error.problem.detail };
      if (code === 'RATE_LIMITED' && error.retryAfterSeconds) {
        // A sign-in lock lasts a quarter of an hour: "900 giây" reads worse than "15 phút".
        const seconds = error.retryAfterSeconds;
        return seconds >= 120
          ? { title, detail: intl.formatMessage({ id: 'errors.RATE_LIMITED.waitMinutes' }, { minutes: Math.ceil(seconds / 60) }) }
          : { title, detail: intl.formatMessage({ id: 'errors.RATE_LIMITED.wait' }, { seconds }) };
      }
      return { title, detail: intl.formatMessage({ id: `errors.${code}.hint` }) };
    },
    [intl, locale],
  );
}
