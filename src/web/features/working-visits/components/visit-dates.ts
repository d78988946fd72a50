import { formatDate } from '../../../lib/format';

/** "20/04/2023" or "20/04/2023 – 21/04/2023". */
export function visitDates(startDate: string, endDate: string | null): string {
  return endDate && endDate !== startDate ? `${formatDate(startDate)} – ${formatDate(endDate)}` : formatDate(startDate);
}
