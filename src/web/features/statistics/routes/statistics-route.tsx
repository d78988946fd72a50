import { lazy, Suspense } from 'react';
import { PageLoader } from '../../../components/page-loader';

// ECharts and the page's charts are a few hundred kB: they load when the page is first opened,
// in their own chunk, instead of with every other screen.
const StatisticsPage = lazy(() => import('./statistics-page').then((m) => ({ default: m.StatisticsPage })));

/** Thống kê tập huấn (see `StatisticsPage`). */
export function StatisticsRoute() {
  return (
    <Suspense fallback={<PageLoader />}>
      <StatisticsPage />
    </Suspense>
  );
}
