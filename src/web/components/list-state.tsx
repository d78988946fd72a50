import { Box, LoadingOverlay } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { PageLoader } from './page-loader';
import { ProblemAlert } from './problem-alert';

type Page = { items: readonly unknown[]; total: number };
type Props<P extends Page> = {
  query: UseQueryResult<P>;
  /** What to say when nothing matches (the list is empty or the filters exclude everything). */
  empty: ReactNode;
  children: (page: P) => ReactNode;
};

/**
 * The four states of a list page in one place: first load, failure (with retry), nothing
 * to show, and the rows. While a new page or search loads, the old rows stay under a veil.
 */
export function ListState<P extends Page>({ query, empty, children }: Props<P>) {
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
