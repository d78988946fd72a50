import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Overview, Pivot, Trend } from '../../../../shared/api/indicator-dashboards';
import type { Indicator } from '../../../../shared/api/indicators';
import { api, buildUrl } from '../../../lib/api-client';

/*
 * The dashboard's reads. Each keeps the previous answer while the next loads, so changing a
 * filter does not blank the charts. Keys start with 'indicators' so anything that changes
 * indicator figures may invalidate them all at once.
 */

type Query = Record<string, string | number | undefined>;

const dashboardQuery = <T>(name: string, params: Query, enabled = true) =>
  queryOptions({
    queryKey: ['indicators', 'dashboard', name, params],
    queryFn: ({ signal }) => api.get<T>(`/api/indicator-dashboards/${name}`, { query: params, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export type OverviewParams = { period: string; stage: string };
export const useOverview = (params: OverviewParams) => useQuery(dashboardQuery<Overview>('overview', params));

export type TrendParams = { indicator: string; frequency: string; fromYear: number; toYear: number; province?: string; stage: string };
export const useTrend = (params: TrendParams, enabled: boolean) => useQuery(dashboardQuery<Trend>('trend', params, enabled));

export type PivotParams = { rows: string; columns: string; year: number; frequency: string; period?: string; indicators?: string; provinces?: string; stage: string };
export const usePivot = (params: PivotParams, enabled: boolean) => useQuery(dashboardQuery<Pivot>('pivot', params, enabled));

/** Where a table downloads: the same filters at `<table>/export` with the format. */
export const exportUrl = (table: 'overview' | 'trend' | 'pivot', params: Query, format: 'xlsx' | 'csv') =>
  buildUrl(`/api/indicator-dashboards/${table}/export`, { ...params, format });

/** The active catalogue, for the indicator picker (read-only here; the catalogue page edits it). */
export function useIndicatorCatalogue() {
  return useQuery(
    queryOptions({
      queryKey: ['indicators', 'catalogue', 'active'],
      queryFn: ({ signal }) => api.get<{ items: Indicator[]; total: number }>('/api/indicators', { query: { active: 'true', pageSize: 200 }, signal }),
      staleTime: 60_000,
    }),
  );
}
