import type { CountQualifier } from './form/form-values';
import { formatDate, formatNumber } from '../../../lib/format';
import type { MessageId } from '../../../lib/messages';

type T = (id: MessageId, values?: Record<string, string | number>) => string;

/** A head count as the press writes it: "120", "khoảng 120", "hơn 3.000", "ít nhất 200". */
export function formatCount(t: T, count: number | null, qualifier: CountQualifier): string {
  if (count === null) return '';
  return t(`conferences.count.${qualifier}`, { count: formatNumber(count) });
}

/** `13/06/2023`, or a range for a multi-day conference: `13–14/06/2023`, `30/06/2023 – 01/07/2023`. */
export function formatDateRange(start: string, end: string | null): string {
  if (!end || end === start) return formatDate(start);
  if (start.slice(0, 7) === end.slice(0, 7)) return `${start.slice(8, 10)}–${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}
