import { Box, LoadingOverlay } from '@mantine/core';
import { PageLoader } from '../../../../components/page-loader';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useConferences, type ConferenceFilters } from '../../api/list-conferences';
import { ConferencesCalendar } from './conferences-calendar';
import { todayInVietnam } from './month-grid';

/** The most a month shows; a month with more asks for a narrower filter. */
const monthLimit = 200;

type Props = { filters: ConferenceFilters; onMonth: (year: number, month: number) => void };

/**
 * The calendar for the month in the address bar (this month if none; January if only a year),
 * with the list's other filters. An empty month still shows its grid, unlike an empty list.
 * Conferences that began in the previous month and run into this one are not fetched.
 */
export function CalendarView({ filters, onMonth }: Props) {
  const today = todayInVietnam();
  const year = Number(filters.year) || Number(today.slice(0, 4));
  const month = Number(filters.month) || (filters.year ? 1 : Number(today.slice(5, 7)));
  const query = useConferences({ ...filters, year: String(year), month: String(month), sort: 'date_asc', page: 1, pageSize: monthLimit });

  if (query.isPending) return <PageLoader />;
  if (query.isError && !query.data) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Box pos="relative">
      <LoadingOverlay visible={query.isFetching && query.isPlaceholderData} overlayProps={{ blur: 1 }} loaderProps={{ size: 'sm' }} />
      <ConferencesCalendar year={year} month={month} items={query.data?.items ?? []} total={query.data?.total ?? 0} onMonth={onMonth} />
    </Box>
  );
}
