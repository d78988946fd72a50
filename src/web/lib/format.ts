/**
 * Display formats for the web app. Vietnamese conventions everywhere, whatever the UI
 * language: `1.234,5`, `13/06/2023`, `13/06/2023 08:30` (Vietnam time). Officers paste
 * these figures into Word reports, so the English UI must not switch to `1,234.5`.
 * The formatting itself lives in the shared text core, so server exports match the screen.
 */
import { formatViDate, formatViDateTime, formatViNumber, formatViPercent } from '../../shared/text/index';

export { formatViNumber as formatNumber, formatViPercent as formatPercent };

/** `13/06/2023`; an empty string for a missing value, so tables show a blank cell. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return formatViDate(value);
}

/** `13/06/2023 08:30` in Vietnam time; an empty string for a missing value. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return formatViDateTime(value);
}
