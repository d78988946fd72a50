import { Box, LoadingOverlay } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { PageLoader } from './page-loader';
import { ProblemAlert } from './problem-alert';

type Page<T> = { items: T[]; total: number };
type Props<T> = {
  query: UseQueryResult<Page<T>>;
  /** What to say when nothing matches (the list is empty or the filters exclude everything). */
  empty: ReactNode;
  children: (page: Page<T>) => ReactNode;
};

/**
 * The four states of a list page in one place: first load, failure (with retry), nothing
 * to show, and the rows. While a new page or search loads, the old rows stay under a veil.
 */
export function ListState<T>({ query, empty, children }: Props<T>) {
  if (query.isPending) return <PageLoader />;
  if (query.isError && !query.data) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const page = query.data;
  if (!page) return null;
  return (
    <Box pos="relative">
      <LoadingOverlay visible={query.isFetching && query.isPlaceholderData} overlayProps={{ blur: 1 }} loaderProps={{ size: 'sm' }} />
      {page.items.length === 0 ? empty : children(page)}
    </Box>
  );
}
